"""Is this the day's date, and what a rehearsal looks like: pure rules, no database, a fake clock."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from models.agenda import controls
from models.agenda.rehearsal import (
    FROM_NOW,
    SAME_TIMES,
    NotTheDayError,
    default_layout,
    laid_on_today,
    on_its_date,
    refuse_off_its_date,
    skipped_before,
)
from models.agenda.stage import BREAK_SCREEN, SEATS_SCREEN, STARTING_SCREEN, stage_screen
from models.agenda.state import RUNNING, agenda_state
from models.ground.clock import local_to_utc
from tests.agenda.helpers import TIRANE, Session, at, item, plan_of

MARCH = date(2025, 3, 12)  # winter time in Tirana (UTC+1); the workshop was in summer time (UTC+2)
MIN = timedelta(minutes=1)


def workshop_morning():
    """Two talks, a coffee break that keeps its resume time, a third talk."""
    return plan_of(item(1, "talk", "09:00", "09:30"), item(2, "talk", "09:30", "10:30"),
                   item(3, "break", "10:30", "10:45", minimum=10, title="Coffee break"),
                   item(4, "talk", "10:45", "11:30"))


def test_the_day_is_started_only_on_its_own_date():
    # GIVEN day I of 9 June 2011, not started
    plan = workshop_morning()
    state = agenda_state(plan, [], at("09:00", MARCH))
    # THEN on 12 March 2025 nothing may be logged for it: the refusal says what to do instead
    assert not on_its_date(plan, at("09:00", MARCH))
    with pytest.raises(NotTheDayError) as refused:
        refuse_off_its_date(state, at("09:00", MARCH), "Day I")
    assert "Today (12.03.2025) is not Day I (09.06.2011)" in str(refused.value)
    assert "Rehearse the day" in str(refused.value) and "the event has moved" in str(refused.value)
    # AND on its date it starts; once started, it takes actions after midnight too
    refuse_off_its_date(agenda_state(plan, [], at("08:59")), at("08:59"), "Day I")
    started = Session(plan, at("09:00"))
    started.do(controls.start)
    after_midnight = at("00:10", date(2011, 6, 10))
    refuse_off_its_date(agenda_state(plan, started.actions, after_midnight), after_midnight, "Day I")


def test_a_day_shown_on_another_date_is_projected_as_planned_never_millions_of_minutes_late():
    plan = workshop_morning()
    state = agenda_state(plan, [], at("15:00", MARCH))
    assert not state.live and state.delay == timedelta(0) and state.day_delay == timedelta(0)


def test_at_the_same_clock_times_every_item_keeps_its_wall_clock_time_on_todays_date():
    # GIVEN the morning laid on 12 March 2025 at the same clock times
    plan = laid_on_today(workshop_morning(), SAME_TIMES, at("08:00", MARCH))
    # THEN 9:00 is 9:00 on that date, in the venue's winter time, and the day is a rehearsal of 9 June 2011
    first = plan.units[0]
    assert first.local_start.isoformat() == "2025-03-12T09:00:00"
    assert first.start == local_to_utc(first.local_start, TIRANE) and first.start.hour == 8  # UTC+1 in March
    assert plan.date == MARCH and plan.rehearsal_of == date(2011, 6, 9)
    assert [unit.length for unit in plan.units] == [unit.length for unit in workshop_morning().units]
    assert on_its_date(plan, at("08:00", MARCH))


def test_starting_now_lays_the_first_item_on_this_minute_and_keeps_the_spacing():
    now = at("15:32", MARCH, seconds=20)
    plan = laid_on_today(workshop_morning(), FROM_NOW, now)
    assert [f"{unit.local_start:%H:%M}" for unit in plan.units] == ["15:32", "16:02", "17:02", "17:17"]
    assert plan.units[2].minimum == 10 * MIN and plan.units[2].resume_policy == "fixed_resume"
    # AND forty seconds past the minute, the next minute is the nearest
    assert f"{laid_on_today(workshop_morning(), FROM_NOW, at('15:32', MARCH, 40)).units[0].local_start:%H:%M}" == "15:33"


def test_the_default_is_the_same_clock_times_while_the_day_is_still_ahead_else_starting_now():
    plan = workshop_morning()
    assert default_layout(plan, at("08:59", MARCH)) == SAME_TIMES
    assert default_layout(plan, at("09:00", MARCH)) == SAME_TIMES
    assert default_layout(plan, at("09:01", MARCH)) == FROM_NOW


def test_a_stale_rehearsal_is_refused_with_its_own_sentence():
    plan = laid_on_today(workshop_morning(), SAME_TIMES, at("08:00", MARCH))
    next_day = at("09:00", MARCH + timedelta(days=1))
    with pytest.raises(NotTheDayError, match="This rehearsal of Day I was laid on 12.03.2025, not today"):
        refuse_off_its_date(agenda_state(plan, [], next_day), next_day, "Day I")


def test_a_rehearsal_runs_as_on_the_day_late_with_a_break_that_starts_by_itself_and_calls_people_back():
    # GIVEN the morning rehearsed from now, 15:32
    session = Session(laid_on_today(workshop_morning(), FROM_NOW, at("15:32", MARCH)), at("15:32", MARCH))
    # WHEN the first talk starts two minutes late and overruns by five
    session.at("15:34")
    session.do(controls.start)
    state = session.at("16:09")
    assert state.current.phase == "overtime" and round(state.delay / MIN) == 7
    session.do(controls.next_item)
    # THEN the day runs seven minutes late, not millions
    assert round(session.at("17:02").delay / MIN) == 7
    # WHEN the second talk ends on its length, the coffee break starts by itself
    session.at("17:09")
    session.do(controls.end)
    state = session.state
    assert state.current.item.title == "Coffee break" and state.current.status == RUNNING
    assert stage_screen(state).kind == BREAK_SCREEN
    # AND it absorbs what it can (ten minutes at least), so the day ends two minutes late
    assert round(state.day_delay / MIN) == 2
    # AND two minutes before it ends the display asks people to take their seats, then says "starting now"
    assert stage_screen(session.at("17:17", seconds=30)).kind == SEATS_SCREEN
    assert stage_screen(session.at("17:19", seconds=1)).kind == STARTING_SCREEN


def test_a_rehearsal_from_a_later_item_starts_it_now_and_passes_over_those_before():
    # GIVEN the morning laid starting now from its coffee break, at 15:32
    plan = workshop_morning()
    now = at("15:32", MARCH)
    laid = laid_on_today(plan, FROM_NOW, now, from_item_id=3)
    assert [f"{unit.local_start:%H:%M}" for unit in laid.units] == ["14:02", "14:32", "15:32", "15:47"]
    # THEN the items before it are skipped in the rehearsal's log, and the day runs on time from the break
    state = agenda_state(laid, skipped_before(laid, 3, now), now)
    assert [run.status for run in state.runs[:2]] == ["skipped", "skipped"] and state.current.item.id == 3
    assert state.delay == timedelta(0) and not state.started
    assert skipped_before(laid, None, now) == []
