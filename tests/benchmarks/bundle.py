"""`find` from the frozen command line against the same command from source (target: at most 1.2×).

Uses the bundle in build/dist/Belvedere: build it first (`uv run python -m build.build`).
Wall time is the median of the runs; processor time (user and system) the least of them, which a
busy machine disturbs least.
"""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import figure, median, print_table

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "build" / "dist" / "Belvedere"


def timed_runs(command: list[str], env: dict, runs: int) -> tuple[float, float]:
    """(median wall ms, least processor ms) over `runs` runs after one warm-up."""
    subprocess.run(command, env=env, check=True, capture_output=True)  # disk and bytecode cache warm
    wall, processor = [], []
    for _ in range(runs):
        before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        wall.append((time.perf_counter() - started) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        processor.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
    return median(wall), min(processor)


def run(quick: bool = False) -> list[dict]:
    program = BUNDLE / ("belvedere-cli.exe" if sys.platform == "win32" else "belvedere-cli")
    if not program.exists():
        print("(bundle: not built; run `uv run python -m build.build` first)", file=sys.stderr)
        return []
    runs = 3 if quick else 15
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        event = home / "workshop.belvedere"
        env = dict(os.environ, BELVEDERE_HOME=str(home), PYTHONPYCACHEPREFIX=str(home / "bytecode"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # from source as installed: modules compiled once, then cached
        subprocess.run([str(program), "--db", str(event), "demo"], env=env, check=True, capture_output=True)
        find = ["--db", str(event), "find", "djordje", "--day", "1"]
        frozen = timed_runs([str(program), *find], env, runs)
        source = timed_runs([sys.executable, str(ROOT / "main.py"), *find], env, runs)
    return [
        figure("find from the bundle (wall, median)", frozen[0], "ms", 1.2 * source[0], source[0]),
        figure("find from source (wall, median)", source[0], "ms"),
        figure("find from the bundle / from source (wall)", frozen[0] / source[0], "×", 1.2),
        figure("find from the bundle / from source (processor time)", frozen[1] / source[1], "×", 1.2),
    ]


if __name__ == "__main__":
    print_table(run("--quick" in sys.argv))
