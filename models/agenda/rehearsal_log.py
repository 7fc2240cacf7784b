"""Rehearsals in the event file: a day laid on today, and what the chair did in it, apart from the run log.

A rehearsal's actions are rows of their own table (`RehearsalAction`), so the timing report, the
journal and everything else that reads the run log never sees them; they are cleared on request.
A rehearsal is laid when the chair chooses how (the same clock times, or starting now), or by its
first action with the default layout (`models.agenda.rehearsal.default_layout`).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from models.agenda.entities import Rehearsal, RehearsalAction
from models.agenda.plan import DayPlan, load_day_plan
from models.agenda.rehearsal import (
    LAYOUTS,
    default_layout,
    nearest_minute,
    rehearsal_offset,
    rehearsed_plan,
    skipped_before,
    venue_date,
)
from models.agenda.runlog import Chair, RunLog, append
from models.agenda.state import AgendaState, ChairAction
from models.ground.audit import THE_CHAIR, Actor
from models.ground.clock import SYSTEM_CLOCK, Clock, utc_to_local, venue_zone
from models.ground.db import write_transaction
from models.ground.entities import Day, Event
from models.ground.errors import BelvedereError
from models.ground.i18n import translate

log = logging.getLogger(__name__)
MINUTE = timedelta(minutes=1)


@dataclass(frozen=True)
class Laying:
    """How a rehearsal lays the day: on which date, its wall-clock times moved by how much, and how chosen."""

    laid_on: date
    offset: timedelta
    layout: str
    laid_at: datetime  # venue time, to the minute: when a rehearsal starting now starts
    laid: bool  # stored in the event file; False: what a rehearsal laid now would be


def laying_of(day: Day) -> Laying | None:
    row = Rehearsal.get_or_none(Rehearsal.day == day)
    if row is None:
        return None
    laid_at = nearest_minute(utc_to_local(row.laid_at, venue_zone(day.event.timezone)))
    return Laying(row.laid_on, row.offset_minutes * MINUTE, row.layout, laid_at, laid=True)


def laying_now(plan: DayPlan, now: datetime, layout: str | None = None, from_item_id: int | None = None) -> Laying:
    layout = layout or default_layout(plan, now)
    return Laying(venue_date(plan, now), rehearsal_offset(plan, layout, now, from_item_id), layout,
                  nearest_minute(plan.local(now)), laid=False)


class RehearsalLog(RunLog):
    """A rehearsal's log: the day's plan laid on another date, and rows of its own table.

    Nothing of it reaches the journal or the audit log; the timing report never reads it.
    """

    rehearsal = True
    model = RehearsalAction

    def plan(self, now: datetime) -> DayPlan:
        planned = load_day_plan(self.day)
        laying = laying_of(self.day) or laying_now(planned, now)
        return rehearsed_plan(planned, laying.laid_on, laying.offset)

    def append(self, rows: list[ChairAction], actor: Actor, reading=None) -> list[RehearsalAction]:
        if rows and laying_of(self.day) is None:
            store_laying(self.day, laying_now(load_day_plan(self.day), rows[0].at), rows[0].at)
        return super().append(rows, actor, reading)

    def audit(self, action: str, actor: Actor, clock: Clock, **detail) -> None:
        """A rehearsal is no part of the event's history."""

    def committed(self, logged, plan: DayPlan) -> None:
        """Nothing reaches the journal: a rebuilt day holds what really happened."""


def store_laying(day: Day, laying: Laying, now: datetime) -> None:
    Rehearsal.create(day=day, laid_on=laying.laid_on, offset_minutes=round(laying.offset / MINUTE),
                     layout=laying.layout, laid_at=now)


def lay_rehearsal(day: Day, layout: str, clock: Clock = SYSTEM_CLOCK, from_item_id: int | None = None) -> Laying:
    """Lay the day on today for a fresh rehearsal (the previous rehearsal of the day is cleared).

    Starting now `from_item_id` (a later item: the afternoon, the coffee break), that item starts at this
    minute and those before it are skipped in the rehearsal's log."""
    if layout not in LAYOUTS:
        raise BelvedereError(translate("agenda", "A rehearsal is laid at the same clock times or starting now, not "
                                                 "'{layout}'.").format(layout=layout))
    now = clock.now()
    planned = load_day_plan(day)
    laying = laying_now(planned, now, layout, from_item_id)
    with write_transaction():
        _delete_rehearsal(day)
        store_laying(day, laying, now)
        append(day, skipped_before(planned, from_item_id, now), THE_CHAIR, model=RehearsalAction)
    log.info("rehearsal of day %s laid on %s (%s)", day.number, laying.laid_on, layout)
    return laying_of(day)


def clear_rehearsal(day: Day) -> int:
    """Forget the day's rehearsal and everything done in it; returns how many actions were cleared."""
    with write_transaction():
        cleared = _delete_rehearsal(day)
    log.info("rehearsal of day %s cleared (%s actions)", day.number, cleared)
    return cleared


def _delete_rehearsal(day: Day) -> int:
    cleared = RehearsalAction.delete().where(RehearsalAction.day == day).execute()
    Rehearsal.delete().where(Rehearsal.day == day).execute()
    return cleared


def rehearsed_day(event: Event, today: date) -> Day | None:
    """The day being rehearsed today (laid on today), if any: the chair's page opens on it."""
    row = (Rehearsal.select().join(Day).where((Day.event == event) & (Rehearsal.laid_on == today))
           .order_by(Rehearsal.laid_at.desc()).first())
    return row.day if row else None


def log_for(day: Day, rehearse: bool) -> RunLog:
    return RehearsalLog(day) if rehearse else RunLog(day)


def chair_for(day: Day, clock: Clock = SYSTEM_CLOCK, actor: Actor = THE_CHAIR, rehearse: bool = False) -> Chair:
    """The chair's controls on the day's run log, or with `rehearse` on its rehearsal (laid by the first
    action if none is): the one switch a command's --rehearse needs."""
    return Chair(day, clock, actor, log_for(day, rehearse))


def day_state_of(day: Day, clock: Clock = SYSTEM_CLOCK, rehearse: bool = False) -> AgendaState:
    """The day's state now, or its rehearsal's (with none laid: what one laid now would show)."""
    return log_for(day, rehearse).state(clock)

