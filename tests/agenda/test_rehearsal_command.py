"""`agenda --rehearse` and `chair … --rehearse`: the real program on a date outside the event.

The in-process tests run on today's date, which is never 9 or 10 June 2011. The faketime test runs
main.py itself under Debian's faketime on a fixed date and time, so its words can be checked exactly.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from models.agenda.entities import AgendaAction, RehearsalAction
from models.event.file import close_event_database, open_event_database
from tests.cli import run

ROOT = Path(__file__).resolve().parents[2]
FAKETIME = shutil.which("faketime")
MILLIONS_LATE = re.compile(r"\d{5,} min")  # ten thousand minutes or more: a week late, never true of a rehearsal


def rows(demo_path: Path) -> tuple[int, int]:
    """(run log rows, rehearsal rows) in the file."""
    open_event_database(demo_path)
    try:
        return AgendaAction.select().count(), RehearsalAction.select().count()
    finally:
        close_event_database()


def test_starting_the_real_day_today_is_refused_with_what_to_do_instead(demo_path, capsys):
    code, out, err = run(capsys, "--db", str(demo_path), "chair", "start", "--day", "1")
    assert code == 1 and out == ""
    assert "is not Day I (09.06.2011)" in err and "chair start --day 1 --rehearse" in err
    assert rows(demo_path) == (0, 0)
    code, out, _ = run(capsys, "--db", str(demo_path), "agenda", "--day", "1")
    assert code == 0 and "not this day, not started; times as planned" in out and "--rehearse" in out
    assert not MILLIONS_LATE.search(out)


def test_a_rehearsal_driven_from_the_command_line_and_cleared(demo_path, capsys):
    code, out, _ = run(capsys, "--db", str(demo_path), "agenda", "--day", "1", "--rehearse")
    assert code == 0 and "none is laid yet" in out and not MILLIONS_LATE.search(out)
    for words in (["start"], ["add", "5"], ["message", "Please wrap up"], ["next"]):
        code, out, err = run(capsys, "--db", str(demo_path), "chair", *words, "--day", "1", "--rehearse")
        assert code == 0 and err == "", (words, err)
        assert out.startswith(f"Day I: {words[0]} logged in its rehearsal.\n  Rehearsal of Day I (09.06.2011), laid on ")
        assert not MILLIONS_LATE.search(out)
    assert "“Introduction to the workshop" in out and "runs, 30:00 left" in out
    assert rows(demo_path) == (0, 5)  # start, add, message, and next's end and start
    code, out, _ = run(capsys, "--db", str(demo_path), "agenda", "--rehearse")  # every day; day I is rehearsed
    assert code == 0 and "Message on the display: Please wrap up" in out
    code, out, _ = run(capsys, "--db", str(demo_path), "chair", "clear", "--day", "1", "--rehearse")
    assert code == 0 and "cleared (5 actions)" in out and rows(demo_path) == (0, 0)
    code, _, err = run(capsys, "--db", str(demo_path), "chair", "clear", "--day", "1")
    assert code == 1 and "Only a rehearsal is cleared" in err


def belvedere(demo_path: Path, when: str, *argv: str) -> subprocess.CompletedProcess:
    """main.py ARGV on the demo file, under a laptop clock set to `when` (UTC)."""
    command = [FAKETIME, when, sys.executable, str(ROOT / "main.py"), "--db", str(demo_path), *argv]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(FAKETIME is None, reason="faketime is not installed")
def test_the_real_program_on_12_march_2025_refuses_the_day_and_rehearses_it_without_lateness(demo_path):
    # GIVEN the laptop's clock at 9:55 in Tirana on 12 March 2025 (8:55 UTC), the demo of June 2011
    when = "2025-03-12 08:55:00"
    # WHEN the chair starts day I: refused, nothing logged
    refused = belvedere(demo_path, when, "chair", "start", "--day", "1")
    assert refused.returncode == 1 and "Today (12.03.2025) is not Day I (09.06.2011)" in refused.stderr
    shown = belvedere(demo_path, when, "agenda", "--day", "1")
    assert "Now 12.03.2025 09:55: not this day, not started; times as planned." in shown.stdout
    # WHEN the chair rehearses it instead: laid starting now (the day's 9:00 has passed), running on time
    started = belvedere(demo_path, when, "chair", "start", "--day", "1", "--rehearse")
    assert started.returncode == 0, started.stderr
    assert "laid on 12.03.2025 starting at 09:55" in started.stdout
    assert "“Opening statements” runs, 30:00 left (running)" in started.stdout
    # AND forty minutes later the opening has overrun by ten: the rehearsal is ten minutes late, not millions
    later = belvedere(demo_path, "2025-03-12 09:35:00", "agenda", "--day", "1", "--rehearse")
    # (the program's clock runs on from the time given: the start was logged a moment after 9:55:00)
    assert re.search(r"runs, \+(9:5\d|10:00) over \(overtime\)", later.stdout), later.stdout
    assert "The day runs 10 min late" in later.stdout
    for output in (refused.stderr, shown.stdout, started.stdout, later.stdout):
        assert not MILLIONS_LATE.search(output), output
    assert rows(demo_path) == (0, 1)
