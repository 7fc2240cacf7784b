"""Time: stored in UTC, shown in the venue's zone, read through a clock that tests can replace."""
from __future__ import annotations

import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from models.ground.errors import BelvedereError
from models.ground.i18n import translate

__all__ = ["UTC"]  # the instants' zone, imported from here by the rest of the app


class Clock(Protocol):
    """Two clocks in one: the wall clock, which tells the instant but can be set (or jump), and a monotonic
    one, which only counts the seconds that pass, for as long as the machine runs (`boot` names that run)."""

    boot: str

    def now(self) -> datetime:
        """The current instant as an aware UTC datetime (the wall clock)."""

    def monotonic(self) -> float:
        """Seconds since some moment of this boot; never goes back, whatever the wall clock does."""


def _boot_id() -> str:
    """This machine's run since it was switched on; where the system cannot tell, this process's run."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return f"process-{uuid.uuid4()}"


def _monotonic_counting_sleep() -> Callable[[], float]:
    """A monotonic clock that keeps counting while the laptop sleeps (a lid closed over lunch)."""
    if sys.platform.startswith("linux") and hasattr(time, "CLOCK_BOOTTIME"):
        return lambda: time.clock_gettime(time.CLOCK_BOOTTIME)
    if sys.platform == "darwin":
        return lambda: time.clock_gettime(time.CLOCK_MONOTONIC)  # macOS's CLOCK_MONOTONIC counts sleep
    return time.monotonic  # elsewhere (Windows) Python's own; a sleep it did not count shows as a clock jump


class SystemClock:
    def __init__(self):
        self.boot = _boot_id()
        self.monotonic = _monotonic_counting_sleep()

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FakeClock:
    """A clock that only moves when told to; for tests and simulations.

    Moving it forward (`advance`, `set`) is time passing: both its clocks move. Setting it back, or `jump`,
    is someone changing the laptop's clock: only the wall clock moves.
    """

    current: datetime = field(default_factory=lambda: datetime(2011, 6, 9, 6, 30, tzinfo=UTC))
    elapsed: float = 0.0  # the monotonic clock
    boot: str = field(default_factory=lambda: f"fake-{uuid.uuid4()}")

    def now(self) -> datetime:
        return self.current

    def monotonic(self) -> float:
        return self.elapsed

    def advance(self, seconds: float = 0, minutes: float = 0) -> datetime:
        self.set(self.current + timedelta(seconds=seconds, minutes=minutes))
        return self.current

    def set(self, instant: datetime) -> None:
        instant = as_utc(instant)
        self.elapsed += max((instant - self.current).total_seconds(), 0.0)
        self.current = instant

    def jump(self, seconds: float = 0, minutes: float = 0) -> datetime:
        """The laptop's clock is set forward (or back, negative) while real time goes on as before."""
        self.current += timedelta(seconds=seconds, minutes=minutes)
        return self.current


SYSTEM_CLOCK = SystemClock()


def venue_zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise BelvedereError(
            translate("ground", "'{name}' is not a known time zone. Use an IANA name such as Europe/Tirane.")
            .format(name=name)
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
