"""Stage display benchmarks: how far the digits shown lag behind the truth, and what the display costs.

- The error: a two-hour item (and ten minutes of overtime) simulated with the fake clock,
  ticking exactly as the display schedules itself, with a timer that is sometimes late.
  The figure is the longest time any second is shown after the true countdown has moved
  on (target 250 ms); drift would show as a median over the last ten minutes above the
  first ten's.
- The cost: the display running full screen (1920×1080, the projector of the two-screen
  offscreen configuration) in a process of its own, in CPU % of one core (target 3 %),
  beside an idle full-screen window in the same conditions (the floor). The same run
  measures the real Qt timer: how long after a second changes the display had it.

    uv run python -m tests.benchmarks.agenda [--quick]
"""
from __future__ import annotations

import bisect
import json
import math
import os
import random
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from models.agenda import controls
from models.agenda.stage import stage_screen
from tests.agenda.helpers import Session, at, item, plan_of
from tests.benchmarks.common import figure, median, percentile, print_table

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ROOT / "tests" / "fixtures" / "two-screens.json"
MS = timedelta(milliseconds=1)


# --- the error, simulated -------------------------------------------------------------------

def late_timer(rng: random.Random) -> timedelta:
    """How late a timer fires: a few milliseconds usually, up to 150 ms on one tick in a hundred."""
    return MS * (rng.uniform(100, 150) if rng.random() < 0.01 else rng.uniform(0, 4))


def simulated_error(minutes: int, seed: int = 2011) -> tuple[float, float, float, float]:
    """(largest, p99, median over the first ten minutes, median over the last ten) staleness in ms."""
    from ui.agenda.live import wait_ms  # the display's own schedule (no window needed)

    rng = random.Random(seed)
    session = Session(plan_of(item(1, "talk", "09:00", "11:00")), at("09:00", seconds=0.123456))
    session.do(controls.start)
    started = session.clock.now()
    end = started + timedelta(minutes=minutes)
    ticks = []
    while session.clock.now() < end:
        state = session.state
        stage_screen(state)  # what the display computes at each look
        ticks.append(state.now)
        session.clock.set(state.now + wait_ms(state) * MS + late_timer(rng))
    # the true countdown (and overtime count) changes each whole second after the start;
    # the display shows the old second until its next look
    stale = []
    change = started + timedelta(seconds=1)
    while change < ticks[-1]:
        following = ticks[bisect.bisect_left(ticks, change)]
        stale.append(((following - change) / MS, change))
        change += timedelta(seconds=1)
    values = [value for value, _ in stale]
    ten = timedelta(minutes=10)
    first = median([value for value, when in stale if when < started + ten])
    last = median([value for value, when in stale if when > ticks[-1] - ten])
    return max(values), percentile(values, 0.99), first, last


# --- the cost, in a process of its own ----------------------------------------------------------

PROBE = """
import json, math, os, sys, tempfile, time
from pathlib import Path
home = tempfile.mkdtemp()
os.environ["BELVEDERE_HOME"] = home
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from models.ground.days import day_by_number
from models.agenda.rehearsal_log import RehearsalLog, chair_for
from models.event.demo import create_demo
from ui.agenda.live import LiveDay
from ui.agenda.stage_window import StageWindow, screen_named
from ui.app import create_application
from ui.context import AppContext

kind, seconds = sys.argv[1], float(sys.argv[2])
app = create_application()
path = Path(home) / "bench.belvedere"
event = create_demo(path)
context = AppContext(str(path))
context.open(str(path))
projector = screen_named("Projector")
records, view = [], None
if kind == "idle":
    window = QWidget()
    window.setStyleSheet("background: black;")
    window.setScreen(projector)
    window.setGeometry(projector.geometry())
    window.showFullScreen()
else:
    day = day_by_number(event, 1)  # rehearsed today, starting now: the display runs as on the day
    chair_for(day, context.clock, rehearse=True).start()
    live = LiveDay(context, day, log=RehearsalLog(day))
    original = live.tick
    def tick():
        original()
        current = live.state.current
        records.append((live.state.now.timestamp(), current.remaining.total_seconds(), live.screen.countdown))
    live.timer.timeout.disconnect()
    live.timer.timeout.connect(tick)
    window = StageWindow(live)
    window.place_full_screen(projector)
    view = window.view
deadline = time.perf_counter() + 1.0
while time.perf_counter() < deadline:  # settle: first paints, fonts, caches
    app.processEvents()
    time.sleep(0.01)
records.clear()
def rss_mb():
    try:
        return int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return float("nan")
rss_start = rss_mb()
paints = view.paints if view else 0
cpu, wall = time.process_time(), time.perf_counter()
QTimer.singleShot(int(seconds * 1000), app.quit)
app.exec()
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
stale, previous = [], None
for now, remaining, text in records:
    if text != previous and previous is not None:
        stale.append((math.ceil(remaining) - remaining) * 1000)
    previous = text
print(json.dumps({"cpu": 100 * cpu / wall, "paints": ((view.paints - paints) / wall) if view else 0,
                  "ticks": len(records) / wall, "stale": stale, "rss": rss_mb(), "rss_growth": rss_mb() - rss_start,
                  "size": [window.width(), window.height()]}))
"""


def probe(kind: str, seconds: float) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={SCREENS}", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", PROBE, kind, str(seconds)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120 + seconds)
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    return json.loads(result.stdout.strip().splitlines()[-1])


def run(quick: bool = False) -> list[dict]:
    minutes = 20 if quick else 130
    largest, p99, first, last = simulated_error(minutes)
    seconds = 3 if quick else 20
    idle = probe("idle", seconds)
    display = probe("display", seconds)
    real_stale = display["stale"] or [math.nan]
    span = "20 min" if quick else "2 h + 10 min overtime"
    return [
        figure(f"display error, simulated {span}: largest", largest, "ms", target=250),
        figure(f"display error, simulated {span}: p99", p99, "ms", target=250),
        figure("display error drift: median, last 10 min − first 10", last - first, "ms", target=1),
        figure(f"display error, real Qt timer, {seconds} s: largest", max(real_stale), "ms", target=250),
        figure("stage display CPU, running, 1920×1080 full screen", display["cpu"], "% core", target=3,
               floor=idle["cpu"]),
        figure("floor: idle full-screen window CPU", idle["cpu"], "% core"),
        figure("stage display repaints", display["paints"], "per s"),
        figure("stage display clock looks (ticks)", display["ticks"], "per s"),
        figure("stage display process memory (RSS)", display["rss"], "MB"),
        figure(f"stage display memory growth over {seconds} s", display["rss_growth"], "MB"),
    ]


if __name__ == "__main__":
    print_table(run("--quick" in sys.argv))
