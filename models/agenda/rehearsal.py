"""Is this the day's date, and what a rehearsal of the day looks like.

The run log is the record of the day: the timing report reads it and the journal keeps it.
So nothing is logged for a day before it has started on its own date. On any other date
the chair rehearses the day instead: its plan laid on today, at the same clock times or
starting now, run from a log of its own (`models.agenda.rehearsal_log`) exactly as on the
day — timer, phases, messages, breaks, projections and recoveries alike.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from models.agenda.controls import ChairError
from models.agenda.plan import DayPlan, PlannedItem, runnable_units
from models.agenda.state import SKIP, AgendaState, ChairAction
from models.ground.clock import local_to_utc
from models.ground.i18n import translate

# How a rehearsal lays the day on today.
SAME_TIMES, FROM_NOW = "same_times", "from_now"
LAYOUTS = (SAME_TIMES, FROM_NOW)
MINUTE = timedelta(minutes=1)


class NotTheDayError(ChairError):
    """A day is started only on its own date; a rehearsal only on the date it was laid on."""


def date_text(day: date) -> str:
    return f"{day:%d.%m.%Y}"


def venue_date(plan: DayPlan, now: datetime) -> date:
    return plan.local(now).date()


def on_its_date(plan: DayPlan, now: datetime) -> bool:
    """Whether `now` falls on the day's date at the venue (a rehearsal's date: the date it was laid on)."""
    return venue_date(plan, now) == plan.date


def off_its_date_sentence(plan: DayPlan, now: datetime, name: str) -> str:
    """Why nothing is logged for the day (`name`, in the reader's language) on this date, and what to do."""
    today, its_date = date_text(venue_date(plan, now)), date_text(plan.date)
    if plan.rehearsal_of is not None:
        return translate("agenda", "This rehearsal of {day} was laid on {date}, not today ({today}). Rehearse the day "
                                   "again to lay it on today.").format(day=name, date=its_date, today=today)
    return translate("agenda", "Today ({today}) is not {day} ({date}): its run log is the record of the day, for the "
                               "timing report. Rehearse the day instead (nothing is recorded), or, if the event has "
                               "moved, say that today is {day}.").format(day=name, date=its_date, today=today)


def refuse_off_its_date(state: AgendaState, now: datetime, name: str) -> None:
    """Nothing is logged for a day that has not started, except on its own date (raises NotTheDayError, whose
    sentence names the day as `name`).

    Once started on its date, the day takes every action, after midnight too.
    """
    if not state.started and not on_its_date(state.plan, now):
        raise NotTheDayError(off_its_date_sentence(state.plan, now, name))


def nearest_minute(local: datetime) -> datetime:
    return (local + MINUTE / 2).replace(second=0, microsecond=0)


def first_of(plan: DayPlan, from_item_id: int | None) -> PlannedItem:
    """The item a rehearsal starting now begins with: the one chosen, else the day's first."""
    return next((unit for unit in plan.units if unit.id == from_item_id), plan.units[0])


def rehearsal_offset(plan: DayPlan, layout: str, now: datetime, from_item_id: int | None = None) -> timedelta:
    """How far the day's wall-clock times move to lay it on today: whole days for the same clock times;
    for starting now, so that its first item (or the one chosen) starts at this minute."""
    today = venue_date(plan, now)
    if layout == SAME_TIMES or not plan.units:
        return datetime.combine(today, time()) - datetime.combine(plan.date, time())
    return nearest_minute(plan.local(now)) - first_of(plan, from_item_id).local_start


def skipped_before(plan: DayPlan, from_item_id: int | None, now: datetime) -> list[ChairAction]:
    """A rehearsal starting from a later item passes over those before it, as the chair's Skip would."""
    if from_item_id is None or not plan.units:
        return []
    position = plan.units.index(first_of(plan, from_item_id))
    return [ChairAction(SKIP, now, unit.id) for unit in plan.units[:position]]


def default_layout(plan: DayPlan, now: datetime) -> str:
    """The same clock times while the day's first item is still ahead today, else starting now."""
    if not plan.units:
        return SAME_TIMES
    first = plan.units[0].local_start + rehearsal_offset(plan, SAME_TIMES, now)
    return SAME_TIMES if plan.local(now) <= first else FROM_NOW


def _shifted(item: PlannedItem, offset: timedelta, plan: DayPlan) -> PlannedItem:
    """The item at its wall-clock times moved by `offset` (the instants follow the venue's zone on the new date)."""
    local_start, local_end = item.local_start + offset, item.local_end + offset
    return replace(item, local_start=local_start, local_end=local_end,
                   start=local_to_utc(local_start, plan.zone), end=local_to_utc(local_end, plan.zone))


def rehearsed_plan(plan: DayPlan, laid_on: date, offset: timedelta) -> DayPlan:
    """The day's plan laid on `laid_on`, every wall-clock time moved by `offset`; the next day moves by whole days."""
    items = tuple(_shifted(item, offset, plan) for item in plan.items)
    days = timedelta(days=(laid_on - plan.date).days)
    following = plan.next_day
    if following is not None:
        following = replace(following, date=following.date + days, local_start=following.local_start + days)
    return replace(plan, date=laid_on, items=items, units=runnable_units(items), next_day=following,
                   rehearsal_of=plan.date)


def laid_on_today(plan: DayPlan, layout: str, now: datetime, from_item_id: int | None = None) -> DayPlan:
    """What a rehearsal laid now would look like."""
    return rehearsed_plan(plan, venue_date(plan, now), rehearsal_offset(plan, layout, now, from_item_id))
