"""Runs two_screens_cases.py in its own process, on a laptop screen and a projector.

Qt picks its platform and screens once per process, so the two-screen configuration
(tests/fixtures/two-screens.json) cannot be switched on inside this test run. Being a
second process it is marked slow: `uv run pytest -m slow` runs it (about 10 seconds).
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.offscreen_screens import CONFIG

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).with_name("two_screens_cases.py")


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="screens are plugged in through Qt's Linux libraries")
def test_the_display_with_a_laptop_and_a_projector():
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={CONFIG}"}
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(CASES)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert "7 passed" in result.stdout
