"""The day as the live view's server sends it: published by the thread that reads the event file,
read by the server's threads at every request.

The owner publishes the plan, the run log and the welcome screen's count whenever they change;
each request then gets the snapshot at its own instant. A snapshot is reused for a short while
(it holds instants, so it stays right), which keeps fifty browsers polling every second cheap.
The server's time is stamped on each response as it leaves: the browser measures its offset
from it.
"""
from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from datetime import timedelta

from models.agenda.plan import DayPlan
from models.agenda.state import ChairAction
from models.checkin.counts import DayCount
from models.ground.clock import Clock
from models.live.snapshot import epoch_ms, live_snapshot

REUSE = timedelta(milliseconds=500)
SEEN_WITHIN_S = 5.0  # a browser that asked this recently is following the view
MAX_SEEN = 4096


@dataclass(frozen=True)
class Publication:
    plan: DayPlan
    actions: tuple[ChairAction, ...]
    registered: DayCount | None


class LiveFeed:
    def __init__(self, clock: Clock):
        self.clock = clock
        self._lock = threading.Lock()
        self._publication: Publication | None = None
        self._body: bytes = b""
        self._built_at = None
        self._seen: dict[str, float] = {}
        self.reason = "The live view is starting; ask again in a second."  # while nothing is published

    def publish(self, plan: DayPlan, actions: tuple[ChairAction, ...], registered: DayCount | None = None) -> None:
        """The day as it now stands (plan and actions are immutable: nothing is copied)."""
        with self._lock:
            current = self._publication
            if current and current.plan is plan and current.actions is actions and current.registered == registered:
                return
            self._publication = Publication(plan, tuple(actions), registered)
            self._built_at = None

    def withdraw(self, reason: str) -> None:
        """Nothing to show that can be trusted (the database is out of reach): browsers show the band."""
        with self._lock:
            self._publication = None
            self.reason = reason

    @property
    def publication(self) -> Publication | None:
        return self._publication

    def state_body(self, client: str = "") -> bytes | None:
        """The snapshot as JSON with the server's time of sending first; None before anything is published."""
        with self._lock:
            if client:
                self._seen[client] = time.monotonic()
                if len(self._seen) > MAX_SEEN:
                    self._seen.pop(next(iter(self._seen)))
            publication = self._publication
            if publication is None:
                return None
            now = self.clock.now()
            if self._built_at is None or not (self._built_at <= now < self._built_at + REUSE):
                snapshot = live_snapshot(publication.plan, publication.actions, now, publication.registered)
                self._body = json.dumps(snapshot, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
                self._built_at = now
            body = self._body
        return b'{"server_time":%r,' % epoch_ms(self.clock.now()) + body[1:]

    def followers(self) -> int:
        """How many browsers asked for the view in the last few seconds."""
        now = time.monotonic()
        with self._lock:
            self._seen = {client: when for client, when in self._seen.items() if now - when < SEEN_WITHIN_S}
            return len(self._seen)
