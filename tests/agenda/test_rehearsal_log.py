"""Rehearsals in the event file: refused real starts on another date, a log of their own, laid and cleared."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from models.agenda.entities import AgendaAction, Rehearsal, RehearsalAction
from models.agenda.recovery import recoveries_to_offer
from models.agenda.rehearsal import FROM_NOW, SAME_TIMES, NotTheDayError
from models.agenda.rehearsal_log import (
    chair_for,
    clear_rehearsal,
    day_state_of,
    lay_rehearsal,
    laying_of,
    rehearsed_day,
)
from models.agenda.runlog import Chair, day_state
from models.event.file import close_event_database, open_event_database
from models.ground.audit import AuditEntry
from models.ground.clock import FakeClock
from models.ground.days import day_by_number
from models.ground.entities import current_event
from tests.agenda.helpers import at

MARCH = date(2025, 3, 12)
MIN = timedelta(minutes=1)


def test_starting_the_real_day_on_another_date_is_refused_and_logs_nothing(demo_event):
    day = day_by_number(demo_event, 1)
    chair = Chair(day, FakeClock(at("09:00", MARCH)))
    for control in (chair.start, chair.start_or_pause, chair.next_item, lambda: chair.show_message("5 minutes")):
        with pytest.raises(NotTheDayError, match=r"Today \(12.03.2025\) is not Day I \(09.06.2011\)"):
            control()
    assert AgendaAction.select().count() == 0
    # AND the day still reads as planned for its own date, never late
    state = day_state(day, FakeClock(at("15:00", MARCH)))
    assert not state.started and state.delay == timedelta(0)


def test_a_rehearsal_is_laid_by_its_first_action_and_logged_apart_from_the_run_log(demo_event):
    # GIVEN day I, rehearsed on 12 March 2025 from the command line's one switch, at 10:00 (after its start)
    day = day_by_number(demo_event, 1)
    clock = FakeClock(at("10:00", MARCH))
    rehearsal = chair_for(day, clock, rehearse=True)
    # WHEN the chair starts it
    state = rehearsal.start()
    # THEN it was laid starting now and runs on time, on today's date
    laying = laying_of(day)
    assert laying.layout == FROM_NOW and laying.laid_on == MARCH and laying.laid
    assert state.started and state.current.item.title == "Opening statements"
    assert f"{state.plan.local(state.current.started_at):%d.%m.%Y %H:%M}" == "12.03.2025 10:00"
    assert state.delay == timedelta(0) and state.plan.rehearsal_of == date(2011, 6, 9)
    # AND it is in the rehearsal's own table: the run log is empty
    assert RehearsalAction.select().count() == 1 and AgendaAction.select().count() == 0
    # AND a restart computes the same state from the rehearsal log
    clock.advance(minutes=12)
    close_event_database()
    open_event_database(demo_event._meta.database.database)
    again = day_state_of(day_by_number(current_event(), 1), clock, rehearse=True)
    assert again.current.remaining == 18 * MIN and rehearsed_day(current_event(), MARCH).number == 1


def test_laid_at_the_same_clock_times_the_page_shows_todays_planned_times(demo_event):
    day = day_by_number(demo_event, 1)
    laying = lay_rehearsal(day, SAME_TIMES, FakeClock(at("08:30", MARCH)))
    assert laying.offset.days == (MARCH - date(2011, 6, 9)).days and laying.offset % timedelta(days=1) == timedelta(0)
    state = day_state_of(day, FakeClock(at("08:40", MARCH)), rehearse=True)
    assert f"{state.runs[0].projected_start.astimezone(state.plan.zone):%H:%M}" == "09:00" and state.live


def test_clearing_a_rehearsal_forgets_it_and_nothing_reaches_the_audit_log(demo_event):
    day = day_by_number(demo_event, 1)
    clock = FakeClock(at("09:00", MARCH))
    rehearsal = chair_for(day, clock, rehearse=True)
    rehearsal.start()
    clock.set(at("11:00", MARCH))  # the opening ninety minutes over: more than the breaks absorb
    proposal = recoveries_to_offer(rehearsal.log.state(clock))[0]
    rehearsal.apply_recovery(proposal)
    assert AuditEntry.select().where(AuditEntry.action == "agenda.recovery").count() == 0
    logged = RehearsalAction.select().count()
    assert logged == 1 + len(proposal.item_ids)  # the start, and a trim for each item the proposal shortens
    assert clear_rehearsal(day) == logged
    assert Rehearsal.select().count() == RehearsalAction.select().count() == 0
    assert rehearsed_day(demo_event, MARCH) is None


def test_a_rehearsal_laid_on_another_day_is_refused_until_it_is_laid_again(demo_event):
    day = day_by_number(demo_event, 1)
    lay_rehearsal(day, SAME_TIMES, FakeClock(at("08:00", MARCH)))
    tomorrow = FakeClock(at("08:55", MARCH + timedelta(days=1)))
    with pytest.raises(NotTheDayError, match="This rehearsal of Day I was laid on 12.03.2025"):
        chair_for(day, tomorrow, rehearse=True).start()
    lay_rehearsal(day, SAME_TIMES, tomorrow)
    assert chair_for(day, tomorrow, rehearse=True).start().started


def test_a_rehearsal_laid_from_its_coffee_break_skips_the_morning_in_its_own_log(demo_event):
    day = day_by_number(demo_event, 1)
    clock = FakeClock(at("15:02", MARCH))
    coffee = next(unit for unit in day_state_of(day, clock).plan.units if unit.title == "Coffee break")
    lay_rehearsal(day, FROM_NOW, clock, from_item_id=coffee.id)
    assert [row.action for row in RehearsalAction.select()] == ["skip"] * 4 and AgendaAction.select().count() == 0
    state = chair_for(day, clock, rehearse=True).start()
    assert state.current.item.id == coffee.id and state.current.remaining == 15 * MIN and state.delay == timedelta(0)
