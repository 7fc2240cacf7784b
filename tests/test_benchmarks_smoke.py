"""The benchmark suite still runs (its --quick mode); the figures are for reading, none is asserted."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_quick_benchmark_run_reports_every_capability(tmp_path):
    results = tmp_path / "figures.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BELVEDERE_HOME=str(tmp_path / "home"))
    run = subprocess.run([sys.executable, "-m", "tests.benchmarks", "--quick", "--json", str(results)],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    names = " ".join(figure["name"] for figure in json.loads(results.read_text(encoding="utf-8"))["figures"])
    for measure in ("durable SQLite commit", "scan core p99", "scan until painted", "search per keystroke",
                    "badges with QR to PDF", "import", "display error", "stage display CPU", "launch",
                    "GUI memory", "live view server CPU"):
        assert measure in names, measure
