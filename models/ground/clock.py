"""Time: stored in UTC, shown in the venue's zone, read through a clock that tests can replace."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from models.ground.errors import BelvedereError

UTC = UTC


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant as an aware UTC datetime."""


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FakeClock:
    """A clock that only moves when told to; for tests and simulations."""

    current: datetime = field(default_factory=lambda: datetime(2011, 6, 9, 6, 30, tzinfo=UTC))

    def now(self) -> datetime:
        return self.current

    def advance(self, seconds: float = 0, minutes: float = 0) -> datetime:
        self.current += timedelta(seconds=seconds, minutes=minutes)
        return self.current

    def set(self, instant: datetime) -> None:
        self.current = as_utc(instant)


SYSTEM_CLOCK = SystemClock()


def venue_zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise BelvedereError(
            f"'{name}' is not a known time zone. Use an IANA name such as Europe/Tirane."
        ) from error


def as_utc(instant: datetime) -> datetime:
    if instant.tzinfo is None:
        raise ValueError("a naive datetime has no instant; attach a zone first")
    return instant.astimezone(UTC)


def local_to_utc(local: datetime, zone: ZoneInfo) -> datetime:
    """A venue wall-clock time (naive) to the UTC instant it names.

    In the hour that repeats when clocks go back, the first occurrence is meant
    (fold=0); a time skipped when clocks go forward is read with the offset before the change.
    """
    return local.replace(tzinfo=zone).astimezone(UTC)


def utc_to_local(instant: datetime, zone: ZoneInfo) -> datetime:
    """A UTC instant as naive venue wall-clock time, for display."""
    return as_utc(instant).astimezone(zone).replace(tzinfo=None)


def venue_today(clock: Clock, zone: ZoneInfo) -> date:
    return utc_to_local(clock.now(), zone).date()
