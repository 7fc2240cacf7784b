"""The physical floors: what the machine itself costs, measured in the same run as the figures."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import peewee

from models.ground.db import SQLITE_PRAGMAS
from tests.benchmarks.common import figure, median, milliseconds, percentile, print_table

BARE_WINDOW = """
import sys, time
start = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget()
window.show()
app.processEvents()
print((time.time() - start) * 1000)
"""


def durable_commit_ms(samples: int = 300) -> list[float]:
    """One small insert committed durably (WAL, synchronous=FULL): the floor under every check-in."""
    with tempfile.TemporaryDirectory() as folder:
        db = peewee.SqliteDatabase(str(Path(folder) / "floor.db"), pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE")
        db.execute_sql("CREATE TABLE t (id INTEGER PRIMARY KEY, at TEXT)")
        timings = []
        for n in range(samples):
            start = time.perf_counter()
            with db.atomic():
                db.execute_sql("INSERT INTO t (at) VALUES (?)", (str(n),))
            timings.append(milliseconds(start))
        db.close()
    return timings


def bare_window_start_ms(runs: int = 3) -> float:
    """Python + PySide6 import + one shown widget, from process start."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as the launch is measured: compiled modules cached
    results = []
    for run_number in range(runs + 1):  # the first start only warms up
        output = subprocess.run([sys.executable, "-c", BARE_WINDOW, str(time.time())], capture_output=True,
                                text=True, env=env, check=True).stdout
        if run_number:
            results.append(float(output.strip().splitlines()[-1]))
    return median(results)


def run(quick: bool = False) -> list[dict]:
    commits = durable_commit_ms(60 if quick else 300)
    return [
        figure("floor: durable SQLite commit p50", median(commits), "ms"),
        figure("floor: durable SQLite commit p99", percentile(commits, 0.99), "ms"),
        figure("floor: bare PySide6 window start", bare_window_start_ms(1 if quick else 3), "ms"),
    ]


if __name__ == "__main__":
    print_table(run("--quick" in sys.argv))
