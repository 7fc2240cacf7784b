"""The real program under a moved laptop clock (Debian's faketime): `chair` and `agenda` count real seconds.

faketime moves the wall clock of the program it runs; with FAKETIME_DONT_FAKE_MONOTONIC=1 it leaves the
monotonic clocks alone, which is what changing a laptop's clock does. The laptop's clock runs on the morning of
the workshop's day I (the run log takes the day only on its own date), moved by each run's `shift`.
"""
from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from models.agenda.entities import AgendaAction
from models.event.file import close_event_database, open_event_database

ROOT = Path(__file__).resolve().parents[2]
FAKETIME = shutil.which("faketime")

pytestmark = [pytest.mark.slow, pytest.mark.skipif(FAKETIME is None, reason="faketime is not installed")]


MORNING = datetime(2011, 6, 9, 6, 55, tzinfo=UTC)  # 8:55 in Durrës on day I
STARTED = time.monotonic()
UNITS = {"m": "minutes", "h": "hours"}


def laptop_clock(shift: str | None) -> str:
    """faketime's start for a run: day I's morning as far on as real time has gone, moved by `shift` ("-10m")."""
    moved = timedelta(**{UNITS[shift[-1]]: int(shift[:-1])}) if shift else timedelta(0)
    return f"@{MORNING + timedelta(seconds=time.monotonic() - STARTED) + moved:%Y-%m-%d %H:%M:%S}"


def belvedere(demo_path: Path, *argv: str, shift: str | None = None) -> subprocess.CompletedProcess:
    """main.py ARGV on the demo file on day I's morning; with `shift` ("-10m", "+1h") under a laptop clock moved
    that far."""
    command = [FAKETIME, "-f", laptop_clock(shift), sys.executable, str(ROOT / "main.py"), "--db", str(demo_path),
               *argv]
    env = dict(os.environ, FAKETIME_DONT_FAKE_MONOTONIC="1")
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def the_log(demo_path: Path) -> list[AgendaAction]:
    open_event_database(demo_path)
    try:
        return list(AgendaAction.select().order_by(AgendaAction.id))
    finally:
        close_event_database()


def seconds_left(output: str) -> int:
    minutes, seconds = re.search(r"(\d+):(\d\d) left", output).groups()
    return int(minutes) * 60 + int(seconds)


def test_the_chair_and_agenda_commands_keep_real_time_when_the_laptop_clock_jumps_both_ways(demo_path):
    # GIVEN the opening item started from the command line
    started = belvedere(demo_path, "chair", "start", "--day", "1")
    assert started.returncode == 0, started.stderr
    time.sleep(2)
    # WHEN the laptop's clock is set back ten minutes and the chair pauses
    paused = belvedere(demo_path, "chair", "pause", "--day", "1", shift="-10m")
    assert paused.returncode == 0, paused.stderr
    # THEN the pause is logged a couple of seconds after the start, not ten minutes before it, and the jump is said
    start, pause = the_log(demo_path)
    assert timedelta(seconds=1) < pause.at - start.at < timedelta(seconds=30)
    assert pause.wall < start.wall  # what the laptop's clock said
    assert "10 min behind the agenda's time" in paused.stderr
    shown = belvedere(demo_path, "agenda", "--day", "1", shift="-10m")
    assert "is paused with 29:" in shown.stdout and "10 min behind the agenda's time" in shown.stderr
    # WHEN the clock is put an hour ahead instead, and the chair resumes, then looks at the agenda on the real clock
    resumed = belvedere(demo_path, "chair", "start", "--day", "1", shift="+1h")
    assert resumed.returncode == 0 and "1 h 00 min ahead of the agenda's time" in resumed.stderr
    time.sleep(2)
    now = belvedere(demo_path, "agenda", "--day", "1")
    # THEN the countdown runs on from where it was paused (neither an hour gone nor frozen)
    left = seconds_left(now.stdout)
    assert 30 * 60 - 40 < left < 30 * 60 - 3, now.stdout
    assert "agenda's time" not in now.stderr
    # AND moving on under the wrong clock records the opening as the seconds it ran, and the log stays in order
    assert belvedere(demo_path, "chair", "next", "--day", "1", shift="+1h").returncode == 0
    log = the_log(demo_path)
    assert [action.at for action in log] == sorted(action.at for action in log)
    ended = next(action for action in log if action.action == "end")
    ran = (pause.at - start.at) + (ended.at - log[2].at)
    assert timedelta(seconds=3) < ran < timedelta(seconds=60)
    report = demo_path.with_name("timing.csv")
    assert belvedere(demo_path, "report", "timing", str(report), "--day", "1").returncode == 0
    rows = list(csv.DictReader(report.read_text(encoding="utf-8-sig").splitlines()))
    opening = next(row for row in rows if row["Item"] == "Opening statements")
    assert opening["Actual minutes"] == "0", opening  # the seconds it ran: not an hour, nor ten minutes less
