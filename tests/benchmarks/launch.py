"""Launch until the main window is shown, and the window's memory, with 10,000 participants."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from models.event.file import close_event_database
from tests.benchmarks.common import figure, large_event, median, print_table
from tests.benchmarks.floors import bare_window_start_ms

LAUNCH = """
import sys, time
start = float(sys.argv[1])
from ui.app import create_application, open_main_window
app = create_application()
window = open_main_window(sys.argv[2])
app.processEvents()
shown = (time.time() - start) * 1000
for key in window.page_keys:
    window.show_page(key)
    app.processEvents()
rss_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmRSS:"))
print(shown, rss_kb / 1024)
"""


def launch(path: Path, runs: int) -> tuple[float, float]:
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               BELVEDERE_HOME=str(path.parent / "home"))
    # Measure what an installed app does: compiled modules cached (the bundle ships them compiled),
    # after one warm-up start that writes the cache and warms the disk.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    shown, memory = [], []
    for run_number in range(runs + 1):
        output = subprocess.run([sys.executable, "-c", LAUNCH, str(time.time()), str(path)], cwd=root,
                                capture_output=True, text=True, env=env, check=True).stdout
        first, second = output.strip().splitlines()[-1].split()
        if run_number:
            shown.append(float(first))
            memory.append(float(second))
    return median(shown), max(memory)


def run(quick: bool = False) -> list[dict]:
    people = 1_000 if quick else 10_000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.belvedere"
        large_event(path, people)
        close_event_database()
        shown, rss = launch(path, 1 if quick else 3)
    window_floor = bare_window_start_ms(1 if quick else 3)
    return [
        figure(f"launch → main window shown, {people:,} participants", shown, "ms", 1000, window_floor),
        figure(f"GUI memory, every page opened, {people:,} participants (RSS)", rss, "MB", 300),
    ]


if __name__ == "__main__":
    print_table(run("--quick" in sys.argv))
