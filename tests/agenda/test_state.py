"""The agenda state from plan, run log and now: the chair's controls and what they do to the day."""
from __future__ import annotations

from datetime import timedelta

import pytest

from models.agenda import controls
from models.agenda.controls import ChairError
from models.agenda.state import (
    DANGER_PHASE,
    DONE,
    OVERTIME,
    PAUSED,
    PENDING,
    RUNNING,
    SKIPPED,
    WARNING,
    ChairAction,
    agenda_state,
)
from tests.agenda.helpers import Session, at, item, plan_of, three_talks

MIN = timedelta(minutes=1)


def test_before_the_day_nothing_runs_and_the_first_item_waits_for_its_time():
    # GIVEN three talks from 9:00 and the clock at 8:40
    session = Session(three_talks(), at("08:40"))
    state = session.state
    # THEN the first talk is current and pending, projected at its planned time; the day is on time
    assert state.current.item.id == 1 and state.current.status == PENDING
    assert state.current.projected_start == at("09:00")
    assert state.delay == timedelta(0) and state.day_delay == timedelta(0)
    assert not state.started


def test_a_late_start_shifts_every_item_that_follows_directly():
    session = Session(three_talks(), at("09:07"))
    state = session.do(controls.start)
    assert state.current.status == RUNNING and state.current.started_at == at("09:07")
    assert [run.projected_start for run in state.runs] == [at("09:07"), at("09:37"), at("10:07")]
    assert state.delay == 7 * MIN and state.day_delay == 7 * MIN


def test_pause_resume_and_added_time():
    session = Session(three_talks(), at("09:00"))
    session.do(controls.start)
    session.at("09:10")
    session.do(controls.pause)
    state = session.at("09:13")
    assert state.current.status == PAUSED and state.current.remaining == 20 * MIN
    session.do(controls.resume)
    session.do(controls.add_time, 5 * 60)
    state = session.at("09:20")
    # 30 planned + 5 added - 17 running
    assert state.current.remaining == 18 * MIN
    assert state.current.projected_end == at("09:38")
    session.do(controls.add_time, -60)
    assert session.state.current.remaining == 17 * MIN


def test_phases_change_exactly_at_their_thresholds():
    # GIVEN a 30-minute talk with a 5-minute warning, started at 9:00
    session = Session(three_talks(), at("09:00"))
    session.do(controls.start)
    # THEN the phase follows the remaining time, thresholds included
    assert session.at("09:24", 59.999).phase == RUNNING
    assert session.at("09:25").phase == WARNING
    assert session.at("09:28", 59.999).phase == WARNING
    assert session.at("09:29").phase == DANGER_PHASE
    assert session.at("09:29", 59.999).phase == DANGER_PHASE
    assert session.at("09:30").phase == OVERTIME
    assert session.at("09:42").current.overtime == 12 * MIN


def test_a_paused_item_is_paused_whatever_its_time():
    session = Session(three_talks(), at("09:00"))
    session.do(controls.start)
    session.at("09:29", 30)
    assert session.do(controls.pause).phase == PAUSED


def test_end_moves_to_the_next_item_which_waits_for_the_chair():
    session = Session(three_talks(), at("09:00"))
    session.do(controls.start)
    session.at("09:25")
    state = session.do(controls.end)
    assert state.runs[0].status == DONE and state.runs[0].ended_at == at("09:25")
    assert state.current.item.id == 2 and state.current.status == PENDING
    # a pending item right after an early end is projected to start now
    assert state.current.projected_start == at("09:25")


def test_next_ends_the_item_and_starts_the_following_one_at_the_same_instant():
    session = Session(three_talks(), at("09:00"))
    session.do(controls.start)
    session.at("09:31")
    state = session.do(controls.next_item)
    assert state.runs[0].ended_at == at("09:31") == state.runs[1].started_at
    assert state.current.item.id == 2 and state.current.status == RUNNING


def test_ending_the_item_before_a_break_starts_the_break_by_itself():
    plan = plan_of(item(1, "talk", "10:30", "11:00"), item(2, "break", "11:00", "11:15", minimum=10),
                   item(3, "talk", "11:15", "12:00"))
    session = Session(plan, at("10:30"))
    session.do(controls.start)
    session.at("11:04")
    state = session.do(controls.end)
    assert state.current.item.kind == "break" and state.current.status == RUNNING
    assert state.current.started_at == at("11:04")
    # the break keeps its resume time: 11 minutes, not 15
    assert state.current.remaining == 11 * MIN and state.current.projected_end == at("11:15")


def test_next_during_a_break_ends_it_and_starts_what_follows():
    plan = plan_of(item(1, "talk", "10:30", "11:00"), item(2, "break", "11:00", "11:15", minimum=10),
                   item(3, "talk", "11:15", "12:00"))
    session = Session(plan, at("10:30"))
    session.do(controls.start)
    session.at("11:00")
    session.do(controls.next_item)  # the break starts by itself; no talk starts
    assert session.state.current.item.id == 2
    session.at("11:16")
    state = session.do(controls.start_or_pause)  # space during a break: start the session
    assert state.runs[1].ended_at == at("11:16") and state.current.item.id == 3
    assert state.current.status == RUNNING


def test_skip_and_back():
    session = Session(three_talks(), at("09:00"))
    state = session.do(controls.skip)
    assert state.runs[0].status == SKIPPED and state.current.item.id == 2
    state = session.do(controls.back)
    assert state.current.item.id == 1 and state.current.status == PENDING


def test_back_after_an_accidental_end_continues_the_clock_as_if_never_ended():
    # GIVEN a talk running since 9:00, ended by mistake at 9:10 with the next one started
    session = Session(three_talks(), at("09:00"))
    session.do(controls.start)
    session.at("09:10")
    session.do(controls.next_item)
    session.at("09:11")
    # WHEN the chair goes back a minute later
    state = session.do(controls.back)
    # THEN the first talk runs again with 19 minutes left, and the second waits untouched
    assert state.current.item.id == 1 and state.current.status == RUNNING
    assert state.current.remaining == 19 * MIN
    assert state.runs[1].status == PENDING and state.runs[1].started_at is None


def test_a_second_press_of_the_same_control_changes_nothing():
    # Two presses (or two machines) log the same row twice: the second names an item already ended.
    plan = three_talks()
    first_end = ChairAction("end", at("09:20"), 1)
    log = [ChairAction("start", at("09:00"), 1), first_end, first_end,
           ChairAction("start", at("09:21"), 2), ChairAction("start", at("09:21"), 2)]
    state = agenda_state(plan, log, at("09:25"))
    assert state.current.item.id == 2 and state.current.started_at == at("09:21")
    assert state.runs[2].status == PENDING


def test_a_clock_set_back_between_two_actions_never_runs_time_backwards():
    plan = three_talks()
    log = [ChairAction("start", at("09:00"), 1), ChairAction("pause", at("08:59"), 1)]
    state = agenda_state(plan, log, at("09:05"))
    assert state.current.running == timedelta(0) and state.current.remaining == 30 * MIN


def test_starting_a_later_item_skips_those_between():
    session = Session(three_talks(), at("09:00"))
    session.do(controls.start)
    rows = [ChairAction("start", at("09:05"), 3)]
    state = agenda_state(session.plan, session.actions + rows, at("09:06"))
    assert [run.status for run in state.runs] == [DONE, SKIPPED, RUNNING]


def test_the_day_ends_after_its_last_item_and_back_reopens_it():
    session = Session(three_talks(), at("09:00"))
    session.do(controls.start)
    for hhmm in ("09:30", "10:00"):
        session.at(hhmm)
        session.do(controls.next_item)
    session.at("10:35")
    state = session.do(controls.end)
    assert state.over and state.current is None
    assert state.delay == 5 * MIN and state.day_delay == 5 * MIN
    with pytest.raises(ChairError, match="The day is over"):
        session.do(controls.start)
    state = session.do(controls.back)
    assert state.current.item.id == 3 and state.current.status == RUNNING


def test_controls_refuse_with_a_sentence_when_they_do_not_apply():
    session = Session(three_talks(), at("09:00"))
    with pytest.raises(ChairError, match="Nothing is running to pause"):
        session.do(controls.pause)
    with pytest.raises(ChairError, match="has not started"):
        session.do(controls.end)
    with pytest.raises(ChairError, match="first item"):
        session.do(controls.back)
    with pytest.raises(ChairError, match="less time than that"):
        session.do(controls.add_time, -31 * 60)
    session.do(controls.start)
    with pytest.raises(ChairError, match="End it instead"):
        session.do(controls.skip)
    with pytest.raises(ChairError, match="Type a message"):
        session.do(controls.show_message, "   ")


def test_messages_and_blackout_are_kept_with_their_times():
    session = Session(three_talks(), at("09:00"))
    session.do(controls.start)
    session.at("09:20")
    session.do(controls.show_message, "Please wrap up")
    session.at("09:21")
    state = session.do(controls.show_message, "2 minutes")
    assert state.message.text == "2 minutes"
    session.at("09:22")
    session.do(controls.hide_message)
    state = session.do(controls.set_blackout, True)
    assert state.blackout and state.message is None
    assert [(m.text, m.shown_at, m.hidden_at) for m in state.messages] == [
        ("Please wrap up", at("09:20"), at("09:21")), ("2 minutes", at("09:21"), at("09:22"))]
    assert controls.set_blackout(state, at("09:23"), True) == []
    assert not session.do(controls.set_blackout, False).blackout


def test_fixed_resume_break_absorbs_delay_down_to_its_minimum_and_fixed_length_passes_it_on():
    def day(policy):
        return plan_of(item(1, "talk", "12:00", "13:00"), item(2, "lunch", "13:00", "14:30", policy=policy, minimum=45),
                       item(3, "talk", "14:30", "16:00"))
    for policy, resume in (("fixed_resume", at("14:30")), ("fixed_length", at("14:50"))):
        session = Session(day(policy), at("12:20"))
        state = session.do(controls.start)  # 20 minutes late
        assert state.runs[1].projected_start == at("13:20")
        assert state.runs[1].projected_end == resume, policy
    # a fixed-resume lunch starting 50 minutes late keeps its 45-minute minimum
    session = Session(day("fixed_resume"), at("12:50"))
    state = session.do(controls.start)
    assert state.runs[1].projected_end == at("14:35") and state.day_delay == 5 * MIN


def test_a_gap_in_the_plan_absorbs_delay_and_early_items_do_not_start_before_it():
    plan = plan_of(item(1, "talk", "09:00", "09:30"), item(2, "talk", "09:45", "10:15"))
    session = Session(plan, at("09:00"))
    state = session.do(controls.start)
    session.at("09:10")
    state = session.do(controls.add_time, 10 * 60)  # ends 9:40, the gap takes it
    assert state.runs[1].projected_start == at("09:45") and state.day_delay == timedelta(0)
    session.do(controls.add_time, 10 * 60)  # ends 9:50
    assert session.state.runs[1].projected_start == at("09:50")


def test_a_day_that_is_not_today_is_projected_as_planned_until_it_starts():
    # GIVEN day I opened a week before (preparing) and a year after (looking back), never started
    for when in (at("10:00") - timedelta(days=7), at("10:00") + timedelta(days=365)):
        state = Session(three_talks(), when).state
        # THEN the projection is the plan, and nothing runs late
        assert not state.live
        assert [run.projected_start for run in state.runs] == [at("09:00"), at("09:30"), at("10:00")]
        assert state.delay == timedelta(0) and state.day_delay == timedelta(0)
    # on the day itself the clock counts: at 10:00 the opening is an hour late
    state = Session(three_talks(), at("10:00")).state
    assert state.live and state.delay == 60 * MIN
