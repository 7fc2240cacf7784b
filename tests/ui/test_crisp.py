"""High DPI is crisp: at 150 % and 200 % the QR codes, the badge preview, the stage display, the icons and the
desk's camera picture are drawn for the screen's own pixels, not stretched from fewer.

Qt chooses its screens once per process, so crisp_cases.py runs in a process of its own (about 5 s) on a
laptop at 150 % with a screen at 200 % beside it.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.offscreen_screens import platform_for, two_scales

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).with_name("crisp_cases.py")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the offscreen platform's screens are Linux's")
def test_pictures_are_drawn_for_high_dpi_screens(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": platform_for(two_scales(), tmp_path)}
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", str(CASES)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert "7 passed" in result.stdout
    for line in result.stdout.splitlines():  # the measured edges, for the run's log
        if "grey pixel" in line:
            print(line.lstrip(".F"))
