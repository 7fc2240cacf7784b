"""The event's days: which there are, and finding one by its number."""
from __future__ import annotations

from models.ground.entities import Day, Event
from models.ground.errors import BelvedereError


def event_days(event: Event) -> list[Day]:
    return list(Day.select().where(Day.event == event).order_by(Day.number))


def day_by_number(event: Event, number: int) -> Day:
    day = Day.get_or_none((Day.event == event) & (Day.number == number))
    if day is None:
        numbers = ", ".join(str(d.number) for d in event_days(event)) or "none"
        raise BelvedereError(f"The event has no day {number} (its days are: {numbers}).")
    return day
