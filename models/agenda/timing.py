"""Planned against actual, for the timing report: every item's times, and the messages shown.

Computed from the same state as the chair's page and the display, so the report says
what the room saw. Times are venue-local (naive), ready to print.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from models.agenda.plan import DayPlan, PlannedItem
from models.agenda.runlog import day_state
from models.agenda.state import AgendaState
from models.ground.clock import SYSTEM_CLOCK, Clock
from models.ground.entities import Day


@dataclass(frozen=True)
class ItemTiming:
    item: PlannedItem
    session: PlannedItem | None
    status: str  # pending, running, paused, done, skipped
    planned_start: datetime
    planned_end: datetime
    actual_start: datetime | None
    actual_end: datetime | None
    ran: timedelta  # time it ran, pauses excluded
    added: timedelta  # the chair's + and −
    trimmed: timedelta  # recoveries

    @property
    def planned_length(self) -> timedelta:
        return self.item.length


@dataclass(frozen=True)
class MessageTiming:
    text: str
    shown: datetime
    hidden: datetime | None


@dataclass(frozen=True)
class DayTiming:
    plan: DayPlan
    items: tuple[ItemTiming, ...]
    messages: tuple[MessageTiming, ...]
    recoveries: tuple[tuple[datetime, str], ...]
    planned_end: datetime | None
    actual_end: datetime | None  # when the last item ended, once the day is over


def timing_of(state: AgendaState) -> DayTiming:
    plan = state.plan
    local = plan.local
    items = tuple(
        ItemTiming(item=run.item, session=plan.session_of(run.item), status=run.status,
                   planned_start=run.item.local_start, planned_end=run.item.local_end,
                   actual_start=local(run.started_at) if run.started_at else None,
                   actual_end=local(run.ended_at) if run.ended_at else None,
                   ran=run.running, added=run.added, trimmed=run.trimmed)
        for run in state.runs)
    messages = tuple(MessageTiming(m.text, local(m.shown_at), local(m.hidden_at) if m.hidden_at else None)
                     for m in state.messages)
    ends = [row.actual_end for row in items if row.actual_end]
    return DayTiming(
        plan=plan, items=items, messages=messages,
        recoveries=tuple((local(r.at), r.text) for r in state.recoveries),
        planned_end=local(plan.planned_end) if plan.planned_end else None,
        actual_end=max(ends) if state.over and ends else None,
    )


def day_timing(day: Day, clock: Clock = SYSTEM_CLOCK) -> DayTiming:
    return timing_of(day_state(day, clock))
