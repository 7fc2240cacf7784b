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


def lateness(delay: timedelta) -> Lateness:
    """How a delay (negative: early) is told: under half a minute either way is on time."""
    minutes = round(delay / timedelta(minutes=1))
    if minutes >= VERY_LATE_MINUTES:
        return Lateness(minutes, VERY_LATE)
    if minutes >= 1:
        return Lateness(minutes, LATE)
    if minutes <= -1:
        return Lateness(minutes, EARLY)
    return Lateness(minutes, ON_TIME)
