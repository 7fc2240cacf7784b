"""Live view benchmarks: how far a browser's seconds are from the truth, what the view costs the
browser, and what fifty open views cost the chair's laptop.

- The error: the live view served by a process of its own, whose clock is set to the demo's day
  in 2011 (so the browser, whose clock says today, is right only through its measured offset),
  opened in headless Chromium for 10 minutes (`--quick`: 20 s). Each time the digits change,
  the page notes its own clock; the figure is how late (or early) that was against the instant
  the true countdown changed (target 250 ms), with the drift between the first and last minute.
- The browser's cost over the same run: the page's main thread busy time (Chrome's own task
  duration) and the CPU of every Chromium process, in % of one core, beside the same browser
  showing a still page (the floor). Then the server is killed: how long until the page says
  "Connection lost" (target 3 s).
- The server's cost with 50 views open: 50 clients, each from its own loopback address, asking
  for the day once a second as the page does; the server process's CPU and the answers' p99,
  beside the server with no view open (the floor: it still follows the event file).

    uv run python -m tests.benchmarks.live [--quick]
"""
from __future__ import annotations

import http.client
import json
import math
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from tests.benchmarks.common import figure, median, percentile, print_table

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
VIEWS = 50

# The `view` command's parts, in a process of their own, with the clock at 09:10 on the demo's day I
# (the opening started at 09:02): prints the address and the truth, then serves until killed.
SERVER = """
import json, os, sys, tempfile, threading
from datetime import datetime, timedelta
os.environ["BELVEDERE_HOME"] = tempfile.mkdtemp()
from models.agenda.plan import load_day_plan
from models.agenda.runlog import Chair, load_actions
from models.agenda.state import agenda_state
from models.event.demo import create_demo
from models.event.file import open_event_database
from models.ground.clock import UTC, FakeClock, SystemClock
from models.ground.days import day_by_number
from models.ground.entities import current_event
from models.live.feed import LiveFeed
from models.live.follow import DayFollower, follow
from models.live.remote import RemoteControls
from models.live.server import LiveServer
from tests.agenda.helpers import at

class RunningClock(SystemClock):
    def __init__(self, instant):
        super().__init__()
        self.shift = instant - datetime.now(UTC)
    def now(self):
        return datetime.now(UTC) + self.shift

path = os.path.join(os.environ["BELVEDERE_HOME"], "bench.belvedere")
create_demo(path)
open_event_database(path)
day = day_by_number(current_event(), 1)
Chair(day, FakeClock(at("09:02"))).start()
clock = RunningClock(at("09:10"))
feed, remote = LiveFeed(clock), RemoteControls()
follower = DayFollower(current_event(), feed, clock, day_number=1)
server = LiveServer("127.0.0.1", 0, feed, remote, "bench-mark-only-here").start()
state = agenda_state(load_day_plan(day), load_actions(day), clock.now())
ends_at = state.now + state.current.remaining
print(json.dumps({"url": server.url(), "port": server.port, "shift_ms": clock.shift / timedelta(milliseconds=1),
                  "ends_at_ms": (ends_at - datetime(1970, 1, 1, tzinfo=UTC)) / timedelta(milliseconds=1)}),
      flush=True)
follow(follower, remote, threading.Event())
"""


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far (Linux), in seconds; NaN where it cannot be read."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return math.nan
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_of(pids: set[int], last: dict[int, float]) -> float:
    """The CPU time of these processes so far; one that has ended counts with what it had used."""
    for pid in pids:
        seconds = cpu_seconds(pid)
        if not math.isnan(seconds):
            last[pid] = seconds
    return sum(last.get(pid, 0.0) for pid in pids)


def chromium_pids() -> set[int]:
    pids = set()
    for entry in Path("/proc").iterdir() if Path("/proc").exists() else ():
        if entry.name.isdigit():
            try:
                if "chromium" in os.readlink(entry / "exe"):
                    pids.add(int(entry.name))
            except OSError:
                continue
    return pids


class Server:
    def __init__(self):
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen([sys.executable, "-c", SERVER], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(self.process.stderr.read()[-2000:])
        self.__dict__.update(json.loads(line))

    def cpu(self) -> float:
        return cpu_seconds(self.process.pid)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


# --- the browser ------------------------------------------------------------------------------------

def busy_seconds(session) -> float:
    metrics = {metric["name"]: metric["value"] for metric in session.send("Performance.getMetrics")["metrics"]}
    return metrics["TaskDuration"]


def watch_in_browser(server: Server, seconds: float) -> dict:
    """The page's digit changes, its main thread's busy time and Chromium's CPU over `seconds`, and the floor's."""
    from playwright.sync_api import sync_playwright

    before = chromium_pids()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        ours = chromium_pids() - before
        used: dict[int, float] = {}
        figures = {}
        for kind in ("still", "view"):
            page = browser.new_page(viewport={"width": 1920, "height": 1080})
            session = page.context.new_cdp_session(page)
            session.send("Performance.enable")
            if kind == "view":
                page.goto(server.url)
                page.wait_for_selector("#stage.kind-item")
                page.evaluate("""() => {
                  window.changes = [];
                  const countdown = document.getElementById("countdown");
                  new MutationObserver(() => window.changes.push([Date.now(), countdown.textContent]))
                    .observe(countdown, {childList: true, characterData: true, subtree: true});
                }""")
            else:
                page.set_content("<body style='background:#000;color:#fff;font-size:40vh'>21:30</body>")
            page.wait_for_timeout(1000)
            ours |= chromium_pids() - before
            busy, cpu, wall = busy_seconds(session), cpu_of(ours, used), time.perf_counter()
            page.wait_for_timeout(1000 * (seconds if kind == "view" else min(seconds / 2, 30)))
            wall = time.perf_counter() - wall
            figures[kind] = {"busy": 100 * (busy_seconds(session) - busy) / wall,
                             "cpu": 100 * (cpu_of(ours, used) - cpu) / wall}
            if kind == "view":
                figures["changes"] = page.evaluate("window.changes")
                stopped = time.perf_counter()
                server.stop()  # the chair's laptop goes: how long until the page says so
                page.wait_for_selector("#lost", state="visible", timeout=10_000)
                figures["lost_after"] = time.perf_counter() - stopped
            page.close()
        browser.close()
    return figures


def errors_of(changes: list, server: Server) -> list[tuple[float, float]]:
    """(when, ms late) for each change of the digits, against the server's agenda clock."""
    found = []
    for wall, text in changes:
        total = 0
        for part in text.split(":"):
            total = total * 60 + int(part)
        true_left = server.ends_at_ms - (wall + server.shift_ms)
        found.append((wall, total * 1000 - true_left))
    return found


# --- fifty views ---------------------------------------------------------------------------------------

def poll(port: int, source: str, until: float, latencies: list, failures: list) -> None:
    """One view: ask for the day once a second on a kept-alive connection, as the page does."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5, source_address=(source, 0))
    while time.perf_counter() < until:
        sent = time.perf_counter()
        try:
            connection.request("GET", "/api/state")
            response = connection.getresponse()
            response.read()
            (latencies if response.status == 200 else failures).append((time.perf_counter() - sent) * 1000)
        except OSError:
            failures.append(math.nan)
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5, source_address=(source, 0))
        time.sleep(max(0.0, 1.0 - (time.perf_counter() - sent)))
    connection.close()


def loopback_sources(count: int) -> list[str]:
    """A loopback address per view where the system has the whole 127/8 (Linux), else 127.0.0.1."""
    try:
        with http.client.socket.socket() as probe:
            probe.bind(("127.0.0.2", 0))
    except OSError:
        return ["127.0.0.1"] * count
    return [f"127.0.{1 + n // 250}.{2 + n % 250}" for n in range(count)]


def fifty_views(server: Server, seconds: float) -> dict:
    idle_cpu, idle_wall = server.cpu(), time.perf_counter()
    time.sleep(min(seconds / 2, 10))
    idle = 100 * (server.cpu() - idle_cpu) / (time.perf_counter() - idle_wall)
    latencies, failures = [], []
    until = time.perf_counter() + seconds + 2
    threads = [threading.Thread(target=poll, args=(server.port, source, until, latencies, failures), daemon=True)
               for source in loopback_sources(VIEWS)]
    for thread in threads:
        thread.start()
    time.sleep(2)  # every view connected and asking
    cpu, wall = server.cpu(), time.perf_counter()
    time.sleep(seconds)
    busy = 100 * (server.cpu() - cpu) / (time.perf_counter() - wall)
    for thread in threads:
        thread.join(10)
    return {"idle": idle, "busy": busy, "latencies": latencies, "failures": len(failures)}


def run(quick: bool = False) -> list[dict]:
    seconds = 20 if quick else 600
    server = Server()
    rows = []
    try:
        load = fifty_views(server, 8 if quick else 60)
        rows += [
            figure(f"live view server CPU, {VIEWS} views open", load["busy"], "% core", floor=load["idle"]),
            figure("floor: live view server, no view open", load["idle"], "% core"),
            figure(f"live view answer p99, {VIEWS} views asking each second", percentile(load["latencies"], 0.99),
                   "ms"),
            figure(f"live view answers refused or failed, {VIEWS} views", load["failures"], "count", target=0),
        ]
        if CHROMIUM.exists():
            watched = watch_in_browser(server, seconds)
            timed = errors_of(watched["changes"], server)
            errors = [abs(error) for _, error in timed]
            start, end = timed[0][0], timed[-1][0]
            first = median([error for when, error in timed if when < start + 60_000])
            last = median([error for when, error in timed if when > end - 60_000])
            span = f"{seconds // 60} min" if seconds >= 60 else f"{seconds} s"
            rows += [
                figure(f"live view error vs truth, {span}: p99", percentile(errors, 0.99), "ms", target=250),
                figure(f"live view error vs truth, {span}: largest", max(errors), "ms", target=250),
                figure("live view drift: median, last minute − first", last - first, "ms", target=1),
                figure("live view page main thread busy, 1920×1080", watched["view"]["busy"], "% core",
                       floor=watched["still"]["busy"]),
                figure("live view Chromium CPU, all processes", watched["view"]["cpu"], "% core",
                       floor=watched["still"]["cpu"]),
                figure("floor: Chromium showing a still page", watched["still"]["cpu"], "% core"),
                figure("live view: 'connection lost' shown after the server stops", watched["lost_after"], "s",
                       target=3),
            ]
        else:
            print("(live view: no /usr/bin/chromium, the browser figures are left out)", file=sys.stderr)
    finally:
        server.stop()
    return rows


if __name__ == "__main__":
    os.environ.setdefault("BELVEDERE_HOME", tempfile.mkdtemp())
    print_table(run("--quick" in sys.argv))
