"""Random sequences of chair actions: remaining = planned + added − time running, exactly.

The oracle below keeps time the way a stopwatch does, adding up each step while an
item runs; the state computes it from timestamps. They must agree to the microsecond.
"""
from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from models.agenda import controls
from models.agenda.controls import ChairError
from models.agenda.state import DONE, PAUSED, PENDING, RUNNING, SKIPPED, ChairAction, agenda_state, instant_text
from tests.agenda.helpers import Session, at, item, plan_of, three_talks

CONTROLS = {
    "start": controls.start, "pause": controls.pause, "resume": controls.resume, "space": controls.start_or_pause,
    "end": controls.end, "next": controls.next_item, "skip": controls.skip, "back": controls.back,
    "add": controls.add_time,
}

steps = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=15 * 60 * 1_000_000),  # microseconds that pass before the action
        st.sampled_from(sorted(CONTROLS)),
        st.sampled_from([60, 300, -60, -300, 1, -1, 17]),
    ),
    max_size=40,
)


class Stopwatch:
    """The oracle: per item, time run so far, accumulated step by step."""

    def __init__(self, count: int):
        self.status = [PENDING] * count
        self.ran = [timedelta(0)] * count
        self.added = [timedelta(0)] * count
        self.ended_running = [False] * count
        self.ended_at = [None] * count
        self.cursor = 0

    def elapse(self, step: timedelta) -> None:
        for position, status in enumerate(self.status):
            if status == RUNNING:
                self.ran[position] += step

    def apply(self, name: str, seconds: int, now) -> None:
        position = self.cursor
        if name == "add":
            self.added[position] += timedelta(seconds=seconds)
        elif name == "pause":
            self.status[position] = PAUSED
        elif name == "resume":
            self.status[position] = RUNNING
        elif name == "space":
            self.status[position] = {PENDING: RUNNING, RUNNING: PAUSED, PAUSED: RUNNING}[self.status[position]]
        elif name == "start":
            self.status[position] = RUNNING
        elif name == "skip":
            self.status[position] = SKIPPED
            self.cursor += 1
        elif name in ("end", "next"):
            if self.status[position] == PENDING:  # "next" on a waiting item starts it
                self.status[position] = RUNNING
                return
            self.ended_running[position] = self.status[position] == RUNNING
            self.ended_at[position] = now
            self.status[position] = DONE
            self.cursor += 1
            if name == "next" and self.cursor < len(self.status):
                self.status[self.cursor] = RUNNING
        elif name == "back":
            if position < len(self.status):
                self.status[position], self.ran[position] = PENDING, timedelta(0)
            self.cursor -= 1
            previous = self.cursor
            if self.status[previous] == SKIPPED:
                self.status[previous] = PENDING
            elif self.ended_running[previous]:  # back undoes the end: the time since it counts
                self.status[previous] = RUNNING
                self.ran[previous] += now - self.ended_at[previous]
            else:
                self.status[previous] = PAUSED


@settings(max_examples=300, deadline=None)
@given(steps)
def test_remaining_is_planned_plus_added_minus_time_running(sequence):
    # GIVEN three 30-minute talks and a chair pressing buttons at random moments
    plan = three_talks()
    session = Session(plan, at("08:55"))
    watch = Stopwatch(len(plan.units))
    for micros, name, seconds in sequence:
        step = timedelta(microseconds=micros)
        session.clock.set(session.clock.now() + step)
        watch.elapse(step)
        args = (seconds,) if name == "add" else ()
        try:
            session.do(CONTROLS[name], *args)
        except ChairError:
            continue  # refused: nothing was logged, the stopwatch does nothing either
        watch.apply(name, seconds, session.clock.now())
        # THEN after every accepted action, every item agrees with the stopwatch exactly
        state = session.state
        assert state.cursor == watch.cursor
        for position, run in enumerate(state.runs):
            assert run.status == watch.status[position]
            assert run.running == watch.ran[position]
            assert run.remaining == plan.units[position].length + watch.added[position] - watch.ran[position]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=40 * 60 * 1_000_000), min_size=1, max_size=12),
       st.integers(min_value=-20 * 60, max_value=20 * 60))
def test_a_fixed_resume_break_ends_at_its_resume_time_or_after_its_minimum(pauses, lateness):
    # GIVEN a talk ending `lateness` seconds off its 11:00 end, followed by a 15-minute break (minimum 10)
    plan = plan_of(item(1, "talk", "10:30", "11:00"), item(2, "break", "11:00", "11:15", minimum=10),
                   item(3, "talk", "11:15", "12:00"))
    session = Session(plan, at("10:30"))
    session.do(controls.start)
    session.clock.set(at("11:00", seconds=lateness))
    state = session.do(controls.end)
    started = state.current.started_at
    # WHEN time passes in steps
    for micros in pauses:
        session.clock.set(session.clock.now() + timedelta(microseconds=micros))
        run = session.state.current
        if run.item.id != 2:
            break
        # THEN the break's end is the resume time, or its start plus the minimum, whichever is later
        expected_end = max(at("11:15"), started + timedelta(minutes=10))
        assert run.remaining == expected_end - session.clock.now()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 10**9), st.sampled_from(["start", "pause", "resume", "end", "skip",
                                                                    "back", "add", "trim", "message", "until"]),
                          st.integers(1, 4), st.integers(-600, 600)), max_size=30))
def test_any_log_at_all_gives_a_state(rows):
    # A log written by another version, or edited by hand, never stops the display.
    plan = plan_of(item(1, "talk", "09:00", "09:30"), item(2, "break", "09:30", "09:45"), item(3, "talk", "09:45", "10:30"))
    log, now = [], at("09:00")
    for micros, action, item_id, seconds in rows:
        now += timedelta(microseconds=micros)
        text = instant_text(now + timedelta(seconds=seconds)) if action == "until" and seconds % 2 else "x"
        log.append(ChairAction(action, now, item_id if item_id <= 3 else None, seconds, text))
    state = agenda_state(plan, log, now)
    assert 0 <= state.cursor <= len(plan.units)
    for run in state.runs:
        assert run.running >= timedelta(0)
        assert run.remaining == run.allotted - run.running
