"""The chair's time: real seconds, counted by the monotonic clock from an instant of the run log.

Remaining time and durations are differences between the run log's instants and "now". Taken from
the wall clock, setting the laptop's clock back ten minutes while an item runs would give the item
ten minutes, and a clock set forward then corrected would freeze the countdown. So every chair
action stores, beside the instant the agenda uses (`at`), the wall clock's reading, the monotonic
clock's and the boot they belong to; and the agenda's "now" is the instant of the latest action
logged on this boot plus the monotonic seconds since it.

- On one boot (the window restarted after a crash, another window, the command line, the laptop
  asleep over lunch) time runs on without a break, whatever the wall clock does meanwhile.
- After a restart of the laptop there is no monotonic continuity: "now" starts again from the wall
  clock, but never before the log's last instant, so the day neither rewinds nor freezes. The time
  between the last action before the restart and the first after it is the wall clock's word.
- A wall clock more than a minute away from the agenda's time is a jump: the chair is told (the
  agenda keeps real time; the laptop's clock should be checked).
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from models.agenda.state import ChairAction
from models.ground.clock import SYSTEM_CLOCK, Clock

JUMP = timedelta(minutes=1)  # more than this between the wall clock and the agenda's time is a jump
MINUTE = timedelta(minutes=1)
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reading:
    """One moment as a chair action stores it."""

    at: datetime  # the agenda's time
    wall: datetime
    monotonic: float
    boot: str


@dataclass(frozen=True)
class _Anchor:
    at: datetime
    monotonic: float


class ChairClock:
    """The agenda's clock: monotonic seconds from an anchor (the latest action logged on this boot, or the wall
    clock when there is none). Itself a Clock, so the agenda's pure functions take it like any other."""

    def __init__(self, source: Clock = SYSTEM_CLOCK):
        self.source = source
        self.boot = source.boot
        self._anchor: _Anchor | None = None
        self._jump_logged: timedelta | None = None

    @classmethod
    def of(cls, clock: Clock) -> ChairClock:
        return clock if isinstance(clock, ChairClock) else cls(clock)

    def monotonic(self) -> float:
        return self.source.monotonic()

    def follow(self, actions: Sequence[ChairAction]) -> ChairClock:
        """Anchor to the day's run log: its latest action of this boot (another window or process may have
        logged it); on a new boot, never before its last instant, so the log's instants stay in order."""
        same_boot = next((action for action in reversed(actions)
                          if action.boot == self.boot and action.monotonic is not None), None)
        if same_boot is not None and (self._anchor is None or same_boot.monotonic >= self._anchor.monotonic):
            self._anchor = _Anchor(same_boot.at, same_boot.monotonic)
        last = max((action.at for action in actions), default=None)
        if last is not None and self.now() < last:
            self._anchor = _Anchor(last, self.source.monotonic())
        return self

    def now(self) -> datetime:
        ticks = self.source.monotonic()
        if self._anchor is None:
            self._anchor = _Anchor(self.source.now(), ticks)
        return self._anchor.at + timedelta(seconds=ticks - self._anchor.monotonic)

    def reading(self) -> Reading:
        return Reading(self.now(), self.source.now(), self.source.monotonic(), self.boot)

    def jump(self) -> timedelta:
        """How far the wall clock is from the agenda's time (positive: the wall clock is ahead)."""
        return self.source.now() - self.now()

    def noticed_jump(self) -> timedelta | None:
        """The wall clock's distance from the agenda's time when it is more than a minute (a jump to show the
        chair), else None. Logged once for each new distance."""
        jump = self.jump()
        if abs(jump) <= JUMP:
            return None
        if jump_minutes(jump) != jump_minutes(self._jump_logged):
            log.warning("the laptop's clock is %+.0f s from the agenda's time", jump.total_seconds())
            self._jump_logged = jump
        return jump


def jump_minutes(jump: timedelta | None) -> int:
    return round(jump / MINUTE) if jump is not None else 0


def amount_text(jump: timedelta) -> str:
    """"10 min", "1 h 05 min"."""
    minutes = abs(jump_minutes(jump))
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


def jump_sentence(jump: timedelta) -> str:
    """What the command line says about a jump."""
    direction = "ahead of" if jump > timedelta(0) else "behind"
    return (f"The laptop's clock is {amount_text(jump)} {direction} the agenda's time: it was changed while the "
            "day ran. The agenda keeps real time; check the laptop's clock.")
