"""How late the day runs, as the chair's page says it: to the minute, and how much that matters."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

ON_TIME, EARLY, LATE, VERY_LATE = "on time", "early", "late", "very late"
VERY_LATE_MINUTES = 10  # from this many minutes late the day needs the chair's attention (red)


@dataclass(frozen=True)
class Lateness:
    minutes: int  # to the nearest minute: positive late, negative early
    level: str  # ON_TIME, EARLY, LATE or VERY_LATE

    @property
    def late(self) -> bool:
        return self.level in (LATE, VERY_LATE)


MINUTE = timedelta(minutes=1)


def lateness(delay: timedelta) -> Lateness:
    """How a delay (negative: early) is told: under half a minute either way is on time."""
    minutes = round(delay / MINUTE)
    return Lateness(minutes, _level(minutes))


def projected_lateness(late: timedelta) -> Lateness:
    """How late a projected time is, as a time shown to the minute reads: whole minutes, never rounded up
    (a start 40 seconds late still reads as the planned minute)."""
    minutes = late // MINUTE
    return Lateness(minutes, _level(minutes))


def _level(minutes: int) -> str:
    if minutes >= VERY_LATE_MINUTES:
        return VERY_LATE
    if minutes >= 1:
        return LATE
    if minutes <= -1:
        return EARLY
    return ON_TIME
