"""A live view served in the test's own process on 127.0.0.1, a clock that runs in real time from
any venue instant, plain HTTP requests, and headless Chromium driven by Playwright."""
from __future__ import annotations

import base64
import http.client
import json
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from models.agenda.runlog import Chair
from models.event.file import open_event_database
from models.ground.clock import UTC, FakeClock, SystemClock
from models.ground.days import day_by_number
from models.ground.entities import current_event
from models.live.feed import LiveFeed
from models.live.follow import DayFollower, follow
from models.live.remote import RemoteControls
from models.live.server import LiveServer
from tests.agenda.helpers import DAY_ONE, at

TOKEN = "abcd-efgh-jkmn-pqrs"
MS = timedelta(milliseconds=1)


class RunningClock(SystemClock):
    """Real time, started at a chosen instant: the server's clock in a test (the browser keeps its own)."""

    def __init__(self, instant: datetime):
        super().__init__()
        self.shift = instant - datetime.now(UTC)

    def now(self) -> datetime:
        return datetime.now(UTC) + self.shift

    def truth_at(self, wall_ms: float) -> datetime:
        """This clock's instant when the system clock read `wall_ms` (JavaScript's Date.now())."""
        return datetime.fromtimestamp(wall_ms / 1000, UTC) + self.shift


@dataclass
class Served:
    """A live view of the demo's day I in this process, and what it is made of."""

    server: LiveServer
    feed: LiveFeed
    remote: RemoteControls
    clock: RunningClock
    stop: threading.Event
    thread: threading.Thread

    @property
    def url(self) -> str:
        return self.server.url()

    @property
    def port(self) -> int:
        return self.server.port


def chair_until(demo_path, steps: list[tuple[str, str]], day: int = 1) -> None:
    """The chair's actions at past venue times on day I: [("09:02", "start"), ("09:31", "next_item"), …]."""
    open_event_database(demo_path)
    clock = FakeClock(at("08:00"))
    chair = Chair(day_by_number(current_event(), day), clock)
    for hhmm, control in steps:
        clock.set(at(hhmm))
        getattr(chair, control)()


@contextmanager
def serving(demo_path, venue_time: str, port: int = 0, seconds: float = 0, rehearsing_on: date | None = None):
    """The live view of day I served on 127.0.0.1 with its clock at `venue_time` and running (on day I's date,
    or following the rehearsal of the day on `rehearsing_on`, as `view --rehearse` does)."""
    open_event_database(demo_path)
    clock = RunningClock(at(venue_time, rehearsing_on or DAY_ONE, seconds=seconds))
    feed = LiveFeed(clock)
    remote = RemoteControls()
    follower = (DayFollower(current_event(), feed, clock, rehearse=True) if rehearsing_on
                else DayFollower(current_event(), feed, clock, day_number=1))
    stop = threading.Event()
    thread = threading.Thread(target=follow, args=(follower, remote, stop), daemon=True)
    thread.start()
    server = LiveServer("127.0.0.1", port, feed, remote, TOKEN).start()
    served = Served(server, feed, remote, clock, stop, thread)
    try:
        wait_until(lambda: feed.publication is not None)
        yield served
    finally:
        server.stop()
        stop.set()
        thread.join(5)


def wait_until(condition, timeout: float = 5.0, step: float = 0.02):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step)
    raise AssertionError("the condition did not come true in time")


def request(port: int, method: str, path: str, body: bytes = b"", headers: dict | None = None,
            timeout: float = 5.0) -> tuple[int, dict, bytes]:
    """(status, headers, body) of one request to 127.0.0.1."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def control(port: int, name: str, arguments: dict | None = None, token: str | None = TOKEN,
            basic: bool = False) -> tuple[int, dict]:
    """POST a control as a remote does; (status, the JSON answer)."""
    headers = {"Content-Type": "application/json"}
    if token is not None:
        credentials = base64.b64encode(f"chair:{token}".encode()).decode()
        headers["Authorization"] = f"Basic {credentials}" if basic else f"Bearer {token}"
    status, _, body = request(port, "POST", f"/api/control/{name}", json.dumps(arguments or {}).encode(), headers)
    return status, json.loads(body)


def state(port: int) -> dict:
    status, _, body = request(port, "GET", "/api/state")
    assert status == 200, body
    return json.loads(body)


# --- in the browser ---------------------------------------------------------------------------------

# Each change of an element's text, with the browser's own clock (Date.now()) when it happened.
def record_changes(page, element: str = "countdown") -> None:
    page.evaluate("""(element) => {
      window.changes = [];
      const watched = document.getElementById(element);
      new MutationObserver(() => window.changes.push([Date.now(), watched.textContent]))
        .observe(watched, {childList: true, characterData: true, subtree: true});
    }""", element)


def recorded_changes(page) -> list[tuple[float, str]]:
    return [(wall, text) for wall, text in page.evaluate("window.changes")]


def seconds_shown(text: str) -> int:
    """'29:57' → 1797, '1:02:03' → 3723, '+0:04' → -4 (overtime)."""
    sign = -1 if text.startswith("+") else 1
    total = 0
    for part in text.lstrip("+").split(":"):
        total = total * 60 + int(part)
    return sign * total


def change_errors(changes: list[tuple[float, str]], clock: RunningClock, ends_at: datetime) -> list[float]:
    """For each change of the digits, how late (ms, negative: early) it came after the true countdown changed.

    The text for s seconds left appears when s seconds are left (4.2 s left shows 0:05, so 0:05
    appears at exactly 5 s left); +0:s appears when s seconds are over: either way, when the time
    left is `shown` seconds.
    """
    return [seconds_shown(text) * 1000 - (ends_at - clock.truth_at(wall)) / MS for wall, text in changes if text]


def moved_to_today(demo_path: Path, day_number: int) -> Path:
    """The demo file with its days moved so that day `day_number` is today: the run log takes a day only on
    its own date, and these tests run the real day on the real clock (as an organiser whose event moved)."""
    from models.event.editing import move_event_to_today
    from models.event.file import close_event_database, open_event_database
    from models.ground.clock import SYSTEM_CLOCK, venue_today, venue_zone
    from models.ground.days import day_by_number
    from models.ground.entities import current_event

    open_event_database(demo_path)
    event = current_event()
    move_event_to_today(event, day_by_number(event, day_number), venue_today(SYSTEM_CLOCK, venue_zone(event.timezone)))
    close_event_database()
    return demo_path
