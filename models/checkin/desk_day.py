"""Which day a desk records its check-ins for, and when the desk must be asked.

A desk works on one day of the event. On a day of the event that is today at the venue,
and needs no question. On any other date (the evening before, a date between the days, a
laptop started after the event) a day is only proposed, or none at all after the event:
a check-in recorded for the wrong day looks green and is wrong in every report, so the
desk is asked once before it records any.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from models.ground.clock import SYSTEM_CLOCK, Clock, venue_today, venue_zone
from models.ground.days import event_days
from models.ground.entities import Day, Event


class DayFit(str, Enum):
    """How today at the venue stands to the event's days."""

    TODAY = "today"  # today is a day of the event
    BEFORE = "before"  # the event has not begun: its first day is proposed
    BETWEEN = "between"  # a date between two of its days: the next day is proposed
    AFTER = "after"  # the event is over: no day is proposed
    NO_DAYS = "no-days"  # the event has no days yet


@dataclass(frozen=True)
class DeskDay:
    """The day proposed to a desk (None: the desk must choose) and how today stands to the event."""

    day: Day | None
    fit: DayFit
    today: date


def propose_day(days: list[Day], today: date) -> DeskDay:
    """Today's day if the event runs today; the next day before or between its days; none after it."""
    ordered = sorted(days, key=lambda day: day.date)
    if not ordered:
        return DeskDay(None, DayFit.NO_DAYS, today)
    ahead = [day for day in ordered if day.date >= today]
    if not ahead:
        return DeskDay(None, DayFit.AFTER, today)
    if ahead[0].date == today:
        return DeskDay(ahead[0], DayFit.TODAY, today)
    return DeskDay(ahead[0], DayFit.BEFORE if ahead[0] is ordered[0] else DayFit.BETWEEN, today)


def venue_date(event: Event, clock: Clock = SYSTEM_CLOCK) -> date:
    """Today's date at the venue, whatever the laptop's own time zone."""
    return venue_today(clock, venue_zone(event.timezone))


def desk_day(event: Event, clock: Clock = SYSTEM_CLOCK) -> DeskDay:
    """The day proposed to a desk opening now."""
    return propose_day(event_days(event), venue_date(event, clock))


def is_today(day: Day, event: Event, clock: Clock = SYSTEM_CLOCK) -> bool:
    return day.date == venue_date(event, clock)


@dataclass(frozen=True)
class DayConfirmed:
    """The desk said, on the date `on`, that it works on the day `day_id` although that is not today."""

    day_id: int
    on: date


def must_confirm(day: Day, today: date, confirmed: DayConfirmed | None) -> bool:
    """Whether to ask before recording a check-in for `day`: it is not today and the desk has not said so today.

    Asked once per day chosen, and again when the date moves on (past midnight, the next morning).
    """
    return day.date != today and confirmed != DayConfirmed(day.id, today)
