"""How much one client of the live view may ask: requests a second, and failed tokens a minute.

Each client address has a bucket that fills at `rate` a second up to `burst`; a request takes
one. A browser showing the view asks about once a second, so a bucket only runs dry for a
client that floods the server, and then only that client waits.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable

MAX_CLIENTS = 4096  # remembered at once; the fullest buckets are forgotten first


class RateLimit:
    def __init__(self, rate: float, burst: float, clock: Callable[[], float] = time.monotonic):
        self.rate = rate
        self.burst = burst
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # client → (tokens, when)
        self._lock = threading.Lock()

    def allow(self, client: str) -> bool:
        """Take one request from the client's bucket, if there is one left."""
        now = self.clock()
        with self._lock:
            tokens, when = self._buckets.get(client, (self.burst, now))
            tokens = min(self.burst, tokens + (now - when) * self.rate)
            allowed = tokens >= 1
            self._buckets[client] = (tokens - 1 if allowed else tokens, now)
            if len(self._buckets) > MAX_CLIENTS:
                self._forget_idle(now)
            return allowed

    def _forget_idle(self, now: float) -> None:
        """Clients whose bucket has filled up again are as good as new."""
        full = [client for client, (tokens, when) in self._buckets.items()
                if tokens + (now - when) * self.rate >= self.burst]
        for client in full or list(self._buckets)[:len(self._buckets) // 2]:
            del self._buckets[client]


class Lockout:
    """After `failures` wrong tokens within `window` seconds a client is refused until the window passes."""

    def __init__(self, failures: int, window: float, clock: Callable[[], float] = time.monotonic):
        self.failures = failures
        self.window = window
        self.clock = clock
        self._failed: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, client: str, now: float) -> list[float]:
        recent = [when for when in self._failed.get(client, []) if now - when < self.window]
        if recent:
            self._failed[client] = recent
        else:
            self._failed.pop(client, None)
        return recent

    def locked(self, client: str) -> bool:
        with self._lock:
            return len(self._recent(client, self.clock())) >= self.failures

    def failed(self, client: str) -> None:
        now = self.clock()
        with self._lock:
            self._failed[client] = self._recent(client, now) + [now]
            for stale in list(self._failed)[:max(0, len(self._failed) - MAX_CLIENTS)]:
                del self._failed[stale]  # the longest remembered go first
