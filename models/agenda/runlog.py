"""The run log in the event file: reading it, and the chair appending to it (or to a rehearsal's log).

Every control reads the state and appends its rows inside one write transaction, so
what the chair sees acknowledged is on disk, and two machines never interleave half
an action. After a crash the state is simply computed again from the log.
"""
from __future__ import annotations

import logging
from datetime import datetime

import peewee

from models.agenda import controls
from models.agenda.entities import AgendaAction
from models.agenda.plan import DayPlan, load_day_plan
from models.agenda.recovery import Recovery, propose_recoveries, trim_rows
from models.agenda.rehearsal import refuse_off_its_date
from models.agenda.state import AgendaState, ChairAction, agenda_state
from models.agenda.timekeeping import ChairClock, Reading
from models.ground import commits
from models.ground.audit import THE_CHAIR, UNNAMED, Actor, record
from models.ground.clock import SYSTEM_CLOCK, Clock
from models.ground.days import day_name
from models.ground.db import write_transaction
from models.ground.entities import Day, Setting
from models.ground.errors import BelvedereError
from models.ground.i18n import QT_TRANSLATE_NOOP, current_language, translate
from models.ground.settings import SEATS_MINUTES

log = logging.getLogger(__name__)


def read_log(day: Day | int, model=AgendaAction) -> tuple[tuple[ChairAction, ...], int]:
    """The day's run log (or `model`'s rows: a rehearsal's) as plain rows, and the id of its last row
    (0 while it is empty), in one query."""
    rows = list(model.select().where(model.day == day).order_by(model.id))
    return (tuple(ChairAction(row.action, row.at, row.item_id, row.seconds, row.text, row.monotonic, row.boot)
                  for row in rows), rows[-1].id if rows else 0)


def load_actions(day: Day | int) -> tuple[ChairAction, ...]:
    return read_log(day)[0]


def last_action_id(day: Day | int, model=AgendaAction) -> int:
    """Changes whenever anyone appends to the day's log (another window, another process)."""
    return model.select(peewee.fn.MAX(model.id)).where(model.day == day).scalar() or 0


def day_state(day: Day, clock: Clock = SYSTEM_CLOCK) -> AgendaState:
    """The day's state now, on the agenda's clock (a ChairClock over `clock`, anchored to the run log)."""
    actions = load_actions(day)
    return agenda_state(load_day_plan(day), actions, ChairClock.of(clock).follow(actions).now())


def day_state_as_of(day: Day, instant: datetime) -> AgendaState:
    """The state as it was at a past instant: what was logged later is left out."""
    actions = tuple(action for action in load_actions(day) if action.at <= instant)
    return agenda_state(load_day_plan(day), actions, instant)


def append(day: Day | int, rows: list[ChairAction], actor: Actor = UNNAMED, reading: Reading | None = None,
           model=AgendaAction) -> list[AgendaAction]:
    """Log the rows, each with the clocks' readings of the moment (the rows' `at` is the reading's)."""
    clocks = dict(wall=reading.wall, monotonic=reading.monotonic, boot=reading.boot) if reading else {}
    return [model.create(day=day, item=row.item_id, action=row.action, at=row.at, seconds=row.seconds,
                         text=row.text, actor=actor.stored(), **clocks)
            for row in rows]


def action_entry(action: AgendaAction, plan: DayPlan) -> dict:
    """A committed chair action as the journal keeps it (its day and item named from the plan, not read again)."""
    return {"type": "action", "day": plan.number, "item": plan.item(action.item_id).position if action.item_id else None,
            "action": action.action, "at": commits.instant_text(action.at), "seconds": action.seconds,
            "text": action.text, "actor": action.actor,
            "wall": commits.instant_text(action.wall) if action.wall else None, "monotonic": action.monotonic,
            "boot": action.boot}


MOVED_ON = QT_TRANSLATE_NOOP("agenda", "Another laptop changed the day a moment ago, so nothing was done: look at "
                                       "the screen, and press again if it is still needed.")


class RunLog:
    """Where a day's chair actions are kept: here the run log, the record of the day.

    The timing report reads it, the journal keeps each action, and before the day has started
    nothing is logged on another date (`refuse_off_its_date`). A rehearsal keeps its own log
    (`models.agenda.rehearsal_log.RehearsalLog`) behind the same methods.
    """

    rehearsal = False
    model = AgendaAction

    def __init__(self, day: Day):
        self.day = day

    def plan(self, now: datetime) -> DayPlan:
        return load_day_plan(self.day)

    def read(self) -> tuple[tuple[ChairAction, ...], int]:
        return read_log(self.day, self.model)

    def last_id(self) -> int:
        return last_action_id(self.day, self.model)

    def append(self, rows: list[ChairAction], actor: Actor, reading: Reading | None = None) -> list[AgendaAction]:
        return append(self.day, rows, actor, reading, self.model)

    def audit(self, action: str, actor: Actor, clock: Clock, **detail) -> None:
        record(action, subject=f"day:{self.day.number}", actor=actor, clock=clock, **detail)

    def committed(self, logged: list[AgendaAction], plan: DayPlan) -> None:
        commits.announce(self.day.event, [action_entry(action, plan) for action in logged])

    def state(self, clock: Clock = SYSTEM_CLOCK) -> AgendaState:
        """The state now, on the agenda's clock (a ChairClock over `clock`, anchored to this log)."""
        actions = self.read()[0]
        now = ChairClock.of(clock).follow(actions).now()
        return agenda_state(self.plan(now), actions, now)


class Chair:
    """The chair's controls for one day, each one a durable append to the day's log.

    Each control returns the state after it, read and written in one transaction: what the
    page and the display show next, with nothing read again. `last_action_id` is then the
    log's last row, so a display that polls the log knows this append as its own.

    Set `seen_log_id` to the last row of the log the chair's screen shows before a press:
    if another laptop appended since, the press is refused, so two chairs pressing at once
    have the effect of one.
    """

    def __init__(self, day: Day, clock: Clock = SYSTEM_CLOCK, actor: Actor = THE_CHAIR, log: RunLog | None = None):
        self.day = day
        self.clock = ChairClock.of(clock)
        self.actor = actor
        self.log = log or RunLog(day)
        self.last_action_id = 0
        self.seen_log_id: int | None = None

    def _perform(self, control, *args) -> AgendaState:
        seen, self.seen_log_id = self.seen_log_id, None
        with write_transaction():
            actions, last_id = self.log.read()
            if seen is not None and last_id != seen:
                raise controls.ChairError(translate("agenda", MOVED_ON))
            reading = self.clock.follow(actions).reading()
            now: datetime = reading.at
            plan: DayPlan = self.log.plan(now)
            state = agenda_state(plan, actions, now)
            rows = control(state, now, *args)
            if rows:
                refuse_off_its_date(state, now, day_name(self.day, current_language()))
            logged = self.log.append(rows, self.actor, reading)
        self.last_action_id = logged[-1].id if logged else last_id
        log.info("chair, day %s%s: %s", self.day.number, " (rehearsal)" if self.log.rehearsal else "",
                 ", ".join(row.action for row in rows) or "nothing to log")
        self.log.committed(logged, plan)
        return agenda_state(plan, state.actions + tuple(rows), now)

    def start(self) -> AgendaState:
        return self._perform(controls.start)

    def start_later_item(self, item_id: int) -> AgendaState:
        return self._perform(controls.start_later_item, item_id)

    def pause(self) -> AgendaState:
        return self._perform(controls.pause)

    def resume(self) -> AgendaState:
        return self._perform(controls.resume)

    def start_or_pause(self) -> AgendaState:
        return self._perform(controls.start_or_pause)

    def start_or_resume(self) -> AgendaState:
        return self._perform(controls.start_or_resume)

    def end(self) -> AgendaState:
        return self._perform(controls.end)

    def next_item(self) -> AgendaState:
        return self._perform(controls.next_item)

    def skip(self) -> AgendaState:
        return self._perform(controls.skip)

    def back(self) -> AgendaState:
        return self._perform(controls.back)

    def add_time(self, seconds: int) -> AgendaState:
        return self._perform(controls.add_time, seconds)

    def end_break(self, start_next: bool = False) -> AgendaState:
        return self._perform(controls.end_break, start_next)

    def resume_at(self, resume: datetime) -> AgendaState:
        return self._perform(controls.resume_at, resume)

    def show_message(self, text: str) -> AgendaState:
        return self._perform(controls.show_message, text)

    def hide_message(self) -> AgendaState:
        return self._perform(controls.hide_message)

    def set_blackout(self, on: bool) -> AgendaState:
        return self._perform(controls.set_blackout, on)

    def toggle_blackout(self) -> AgendaState:
        return self._perform(controls.toggle_blackout)

    def apply_recovery(self, recovery: Recovery) -> AgendaState:
        """Apply a proposal if the projection still offers it (it may have changed meanwhile)."""
        def control(state: AgendaState, now: datetime) -> list[ChairAction]:
            if not any(offered.same_as(recovery) for offered in propose_recoveries(state)):
                raise controls.ChairError(
                    translate("agenda", "This proposal no longer fits the day (the projection changed). Choose one of "
                                        "the new proposals."))
            self.log.audit("agenda.recovery", self.actor, self.clock, text=recovery.description,
                           items=list(recovery.item_ids), minutes=recovery.minutes)
            return trim_rows(recovery.item_ids, recovery.minutes, recovery.description, now)
        return self._perform(control)


def set_seats_minutes(minutes: int) -> None:
    """How many minutes before a break ends the display says "Please take your seats"."""
    if not 0 <= minutes <= 30:
        raise BelvedereError(translate("agenda", "Choose between 0 and 30 minutes before the end of the break."))
    with write_transaction():
        Setting.put(SEATS_MINUTES, minutes)
