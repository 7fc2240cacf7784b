"""Kill the program while an item runs: after a restart the chair's page and the display show
the same item with the right time left, pauses and added time included.

The chair runs day I on its own date (the run log takes the day only then): the program is run under Debian's
faketime on the workshop's morning, with the monotonic clock left alone, as the agenda counts real seconds."""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from models.agenda.stage import countdown_text
from ui.app import create_application, open_main_window

ROOT = Path(__file__).resolve().parents[2]
FAKETIME = shutil.which("faketime")
DAY_ONE_MORNING = "@2011-06-09 06:58:00"  # 8:58 in Durrës

CHAIR = """
import json, sys, time
from ui.app import create_application, open_main_window
app = create_application()


def wait(seconds):  # faketime's clocks refuse time.sleep's deadlines: wait on the monotonic clock instead
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()


window = open_main_window(sys.argv[1])
page = window.show_page("agenda")
app.processEvents()
marks = {}
page.start_button.click(); marks["start"] = time.monotonic()
wait(0.3)
page.start_button.click(); marks["pause"] = time.monotonic()
wait(2.0)  # long enough that forgetting the pause would show
page.start_button.click(); marks["resume"] = time.monotonic()
page.plus_button.click()
page.display_button.click()
app.processEvents()
print(json.dumps(marks), flush=True)
while True:
    wait(0.05)
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="needs kill -9")
@pytest.mark.skipif(FAKETIME is None, reason="faketime is not installed")
def test_after_a_kill_the_page_and_display_show_the_running_item_with_its_time(demo_path, qtbot):
    # GIVEN the program chairing the opening: started, paused 2 s, resumed, one minute added
    chair = subprocess.Popen([FAKETIME, "-f", DAY_ONE_MORNING, sys.executable, "-c", CHAIR, str(demo_path)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT), "FAKETIME_DONT_FAKE_MONOTONIC": "1"},
                             start_new_session=True)  # faketime runs the program as its child: kill both
    try:
        marks = json.loads(chair.stdout.readline())
        # WHEN it is killed outright
        os.killpg(chair.pid, signal.SIGKILL)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(chair.pid, signal.SIGKILL)
        chair.wait(timeout=10)
    # THEN a restarted program shows the same item, with 31 minutes less the time it ran
    create_application()
    window = open_main_window(str(demo_path))
    qtbot.addWidget(window)
    page = window.show_page("agenda")
    page.live.tick()
    ran = (marks["pause"] - marks["start"]) + (time.monotonic() - marks["resume"])
    expected = timedelta(minutes=31) - timedelta(seconds=ran)
    current = page.live.state.current
    assert current.item.title == "Opening statements" and current.status == "running"
    assert abs(current.remaining - expected) < timedelta(seconds=1)
    assert current.added == timedelta(minutes=1)
    page.display_button.click()
    page.live.tick()
    shown = page.display.view.screen_shown.countdown
    assert shown in {countdown_text(expected + timedelta(seconds=delta)) for delta in (-1, 0, 1)}
    assert page.miniature.screen_shown.countdown == shown
