"""The planned agenda as the rest of the app reads it."""
from __future__ import annotations

from models.agenda.entities import AgendaItem
from models.errors import BelvedereError
from models.event.entities import Day, Event


def event_days(event: Event) -> list[Day]:
    return list(Day.select().where(Day.event == event).order_by(Day.number))


def day_by_number(event: Event, number: int) -> Day:
    day = Day.get_or_none((Day.event == event) & (Day.number == number))
    if day is None:
        numbers = ", ".join(str(d.number) for d in event_days(event)) or "none"
        raise BelvedereError(f"The event has no day {number} (its days are: {numbers}).")
    return day


def day_items(day: Day) -> list[AgendaItem]:
    """Every item of the day in programme order, sessions before the items inside them."""
    return list(AgendaItem.select().where(AgendaItem.day == day).order_by(AgendaItem.position))
