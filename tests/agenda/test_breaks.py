"""Breaks under the chair's hands: Space never ends one early, "Resume at…" sets its end in one step,
and a break that started early is set to its planned length with one choice."""
from __future__ import annotations

from datetime import time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.agenda import controls
from models.agenda.controls import ChairError
from models.agenda.runlog import Chair, day_state, load_actions
from models.agenda.stage import BREAK_SCREEN, STARTING_SCREEN, stage_screen
from models.agenda.state import RUNNING, UNTIL, ChairAction, agenda_state, instant_in, instant_text
from models.event.file import close_event_database, open_event_database
from models.ground.clock import FakeClock
from models.ground.days import day_by_number
from models.ground.entities import current_event
from models.live.remote import perform
from tests.agenda.helpers import Session, at, item, plan_of

MIN = timedelta(minutes=1)


def talk_break_talk(policy: str = "fixed_resume"):
    return plan_of(item(1, "talk", "10:30", "11:00"), item(2, "break", "11:00", "11:15", minimum=10, policy=policy),
                   item(3, "talk", "11:15", "12:00"))


def in_break(ended_at: str, policy: str = "fixed_resume", seconds: float = 0) -> Session:
    """The talk before the break ended at `ended_at`, so the break runs from then."""
    session = Session(talk_break_talk(policy), at("10:30"))
    session.do(controls.start)
    session.at(ended_at, seconds)
    session.do(controls.end)
    return session


def test_space_during_a_break_with_time_left_ends_nothing_and_says_what_does():
    # GIVEN a coffee break under way until 11:15
    session = in_break("11:00")
    session.at("11:05")
    # WHEN the chair presses Space (by habit, or leaning on the laptop)
    with pytest.raises(ChairError) as refused:
        session.do(controls.start_or_pause)
    # THEN nothing is logged, the break goes on, and the sentence names the deliberate ways
    assert "runs until 11:15" in str(refused.value) and "End break now" in str(refused.value)
    assert "Resume at…" in str(refused.value)
    assert [row.action for row in session.actions] == ["start", "end"]
    assert session.state.current.item.id == 2 and session.state.current.status == RUNNING


def test_once_the_break_s_time_is_up_space_starts_what_follows():
    session = in_break("11:00")
    session.at("11:15", seconds=1)
    assert stage_screen(session.state).kind == STARTING_SCREEN
    state = session.do(controls.start_or_pause)
    assert state.current.item.id == 3 and state.current.status == RUNNING
    assert controls.break_with_time_left(state) is None


def test_a_break_with_time_left_ends_only_by_end_break_whatever_else_is_pressed():
    # GIVEN the break under way at 11:08, until 11:15
    session = in_break("11:00")
    session.at("11:08")
    assert controls.break_with_time_left(session.state).item.id == 2
    # WHEN Start, End or Next come (a remote's keys, the command line) THEN each is refused, naming the way
    for control, name in ((controls.start, "Start"), (controls.end, "End"), (controls.next_item, "Next"),
                          (controls.start_or_resume, "Start")):
        with pytest.raises(ChairError, match=f"{name} does not end a break early: use “End break now”"):
            session.do(control)
    assert [row.action for row in session.actions] == ["start", "end"]
    # WHEN the chair ends it with End break now THEN it ended at 11:08 and the talk after it waits for Start
    state = session.do(controls.end_break)
    assert state.runs[1].ended_at == at("11:08") and state.current.item.id == 3 and state.current.status == "pending"
    with pytest.raises(ChairError, match="No break is under way"):
        session.do(controls.end_break)


def test_end_break_can_start_what_follows_in_the_same_step():
    session = in_break("11:00")
    session.at("11:08")
    state = session.do(controls.end_break, True)
    assert [row.action for row in session.actions] == ["start", "end", "end", "start"]
    assert state.current.item.id == 3 and state.current.status == RUNNING and state.current.started_at == at("11:08")


def test_resume_at_sets_the_break_s_end_in_one_step():
    # GIVEN a break that started early, at 10:45, and keeps its 11:15 resume time (30 minutes)
    session = in_break("10:45")
    session.at("10:50")
    assert session.state.current.projected_end == at("11:15")
    # WHEN the chair sets "Resume at 11:02"
    resume = controls.resume_instant(session.state, session.clock.now(), time(11, 2))
    assert resume == at("11:02")
    session.do(controls.resume_at, resume)
    # THEN one row is logged; the break ends at 11:02, and the display says so
    assert [row.action for row in session.actions] == ["start", "end", UNTIL]
    state = session.at("10:51")
    assert state.current.projected_end == at("11:02") and state.current.remaining == 11 * MIN
    assert state.runs[2].projected_start == at("11:02")  # what follows is projected from then
    screen = stage_screen(state)
    assert screen.kind == BREAK_SCREEN and screen.lines == ("We resume at 11:02", "Rifillojmë në orën 11:02")
    assert screen.countdown == "11:00"
    # AND at 11:02 the break's time is up
    assert stage_screen(session.at("11:02", seconds=1)).kind == STARTING_SCREEN


def test_resume_at_a_later_time_lengthens_the_break_and_what_follows_moves():
    session = in_break("11:00", policy="fixed_length")
    session.at("11:10")
    session.do(controls.resume_at, at("11:40"))
    state = session.state
    assert state.current.projected_end == at("11:40") and state.runs[2].projected_start == at("11:40")
    assert state.delay == 25 * MIN


def test_resume_at_after_the_break_s_time_is_up_calls_it_back():
    # the room is not back yet at 11:16: the chair gives them until 11:25
    session = in_break("11:00")
    session.at("11:16")
    session.do(controls.resume_at, at("11:25"))
    screen = stage_screen(session.state)
    assert screen.kind == BREAK_SCREEN and screen.countdown == "9:00"


def test_resume_at_refuses_what_it_cannot_mean():
    session = in_break("11:00")
    session.at("11:05")
    with pytest.raises(ChairError, match=r"after now \(11:05\)"):
        session.do(controls.resume_at, at("11:05"))
    with pytest.raises(ChairError, match="more than 12 hours"):
        session.do(controls.resume_at, at("11:05") + timedelta(hours=13))
    # the same resume time again logs nothing
    assert session.do(controls.resume_at, at("11:15")) is not None and len(session.actions) == 2
    talk = Session(talk_break_talk(), at("10:30"))
    talk.do(controls.start)
    with pytest.raises(ChairError, match="No break is under way"):
        talk.do(controls.resume_at, at("10:45"))


def test_a_break_started_early_is_offered_its_planned_length():
    # GIVEN the coffee break started at 10:45:20 and keeps its 11:15 resume time
    session = in_break("10:45", seconds=20)
    session.at("10:47")
    # THEN its planned 15 minutes, to the minute, end at 11:00
    assert controls.planned_length_resume(session.state, session.clock.now()) == at("11:00")
    session.do(controls.resume_at, at("11:00"))
    assert controls.planned_length_resume(session.state, session.clock.now()) is None
    # a break that started on time lasts its planned length already: nothing to offer
    on_time = in_break("11:00")
    assert controls.planned_length_resume(on_time.at("11:03"), on_time.clock.now()) is None
    # one that started late (keeping its resume time, down to its 10-minute minimum) is not offered more
    late = in_break("11:09")
    assert late.at("11:10").current.projected_end == at("11:19")
    assert controls.planned_length_resume(late.state, late.clock.now()) is None


def test_a_log_without_the_new_row_reads_as_before_and_a_row_it_cannot_read_changes_nothing():
    plan = talk_break_talk()
    log = [ChairAction("start", at("10:30"), 1), ChairAction("end", at("10:45"), 1)]
    before = agenda_state(plan, log, at("10:50"))
    assert before.current.projected_end == at("11:15")
    unreadable = log + [ChairAction(UNTIL, at("10:46"), 2, text="half past eleven"),
                        ChairAction(UNTIL, at("10:46"), 3, text=instant_text(at("11:30")))]  # not the current item
    assert agenda_state(plan, unreadable, at("10:50")).runs == before.runs
    assert instant_in("2011-06-09T09:00:00+00:00") == at("11:00") and instant_in("2011-06-09T09:00:00") is None


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=30 * 60), st.integers(min_value=1, max_value=4 * 3600),
       st.lists(st.integers(min_value=0, max_value=600), max_size=4))
def test_after_resume_at_the_break_ends_exactly_then_whatever_came_before(pressed_after, ahead, added):
    # GIVEN a break under way with minutes added to it, and the chair setting a resume time `ahead` seconds on
    session = in_break("11:00")
    for seconds in added:
        if seconds:
            session.do(controls.add_time, seconds)
    session.clock.set(at("11:00") + timedelta(seconds=pressed_after))
    resume = session.clock.now() + timedelta(seconds=ahead)
    session.do(controls.resume_at, resume)
    # THEN as time passes, the break's remaining time is exactly what is left until then
    for later in (0, ahead // 2, ahead - 1):
        session.clock.set(resume - timedelta(seconds=ahead - later))
        run = session.state.current
        assert run.item.id == 2 and run.projected_end == resume
        assert run.remaining == resume - session.clock.now()


def coffee_break_from_10_40(day):
    """Day I started at 9:00 and its morning ended at 10:40: the coffee break under way until 11:15."""
    clock = FakeClock(at("09:00"))
    chair = Chair(day, clock)
    state = chair.start()
    clock.set(at("10:40"))
    while not state.current.item.is_break:
        state = chair.next_item()
    return chair, clock, state


def test_resume_at_is_kept_in_the_event_file_and_read_after_a_restart(demo_path):
    # GIVEN the morning ended at 10:40 on day I, so the coffee break runs to its 11:15 resume time
    open_event_database(demo_path)
    day = day_by_number(current_event(), 1)
    chair, clock, state = coffee_break_from_10_40(day)
    assert state.current.projected_end == at("11:15")
    # WHEN the chair gives it its planned 15 minutes
    clock.set(at("10:41"))
    resume = controls.planned_length_resume(day_state(day, clock), clock.now())
    assert resume == at("10:55")
    chair.resume_at(resume)
    # THEN after a restart the break still ends at 10:55
    close_event_database()
    open_event_database(demo_path)
    after = day_state(day_by_number(current_event(), 1), clock)
    assert after.current.item.is_break and after.current.projected_end == at("10:55")
    assert load_actions(day)[-1].action == UNTIL


def test_a_remote_or_the_command_line_ends_a_break_early_only_by_end_break(demo_event):
    # GIVEN the coffee break of day I under way at 10:45, until 11:15
    day = day_by_number(demo_event, 1)
    chair, clock, state = coffee_break_from_10_40(day)
    clock.set(at("10:45"))
    # WHEN a remote's Start, Start/Pause, End or Next is pressed THEN each is refused with the way that works
    for name in ("start", "start-pause", "end", "next"):
        with pytest.raises(ChairError, match="does not end a break early"):
            perform(chair, name)
    assert day_state(day, clock).current.item.is_break
    # WHEN end-break is pressed THEN the break ends at 10:45
    after = perform(chair, "end-break")
    assert after.current.item.title == "Interventions/discussion by participants" and after.current.status == "pending"
    assert after.run_of(state.current.item.id).ended_at == at("10:45")
