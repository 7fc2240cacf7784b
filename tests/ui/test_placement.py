"""The main window opens whole on the screen: first start, and a window restored from a screen that went.

The cases need screens whose windows have frames, so they run in a process of their own
(placement_cases.py, about 5 s); the arithmetic of bringing a window back is tested here.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRect

from tests.ui.offscreen_screens import one_screen, platform_for
from ui.placement import fitted

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).with_name("placement_cases.py")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="screens are changed through Qt's Linux libraries")
def test_the_window_opens_whole_on_the_laptops_screens(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": platform_for(one_screen(1280, 720, frame_margins=True), tmp_path)}
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(CASES)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert "7 passed" in result.stdout


rectangles = st.builds(QRect, st.integers(-3000, 3000), st.integers(-3000, 3000), st.integers(1, 4000),
                       st.integers(1, 3000))


@given(frame=rectangles, available=rectangles)
def test_a_fitted_window_is_inside_the_screen_and_as_large_as_it_was_or_as_the_screen(frame, available):
    placed = fitted(frame, available)
    assert available.contains(placed)
    assert placed.width() == min(frame.width(), available.width())
    assert placed.height() == min(frame.height(), available.height())
    if available.contains(frame):
        assert placed == frame  # a window that is on the screen stays where it is
