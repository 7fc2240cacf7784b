"""Running desks as separate processes on one event (a file, or a database on a server), and reading it
afterwards."""
from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from models.checkin.entities import CheckIn
from models.event.file import close_event_database, open_event_database
from models.ground.db import database, is_sqlite
from models.ground.entities import Day, Event, current_event
from models.participants.entities import Participant
from tests.benchmarks.common import large_event

ROOT = Path(__file__).resolve().parents[2]


def event_with(target: Path | str, people: int) -> Path | str:
    """An event of the demo's days and agenda with `people` participants, closed."""
    large_event(target, participants=people)
    close_event_database()
    return target


def event_in(path: Path) -> Event:
    open_event_database(path)
    try:
        return current_event()
    finally:
        close_event_database()


def start_desk(path: Path | str, desk: str, seed: int, count: int, start_at: float | None = None) -> subprocess.Popen:
    argv = [sys.executable, "-m", "tests.safety.scanner", str(path), desk, str(seed), str(count)]
    if start_at is not None:
        argv.append(repr(start_at))
    return subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def answers(output: str) -> list[tuple[str, int, int]]:
    """(outcome, number, day) for every complete answer line; a line cut short by a kill was never shown."""
    lines = output.split("\n")[:-1]  # the text after the last newline is incomplete
    return [(outcome, int(number), int(day)) for outcome, number, day in
            (line.split() for line in lines if line != "ready")]


def file_state(target: Path | str) -> tuple[str, Counter]:
    """Reopen the event as the app does: its integrity check (a file's), and valid check-ins per (number, day)."""
    open_event_database(target)
    try:
        integrity = database.execute_sql("PRAGMA integrity_check").fetchone()[0] if is_sqlite() else "ok"
        valid = Counter(CheckIn.select(Participant.number, Day.number).join(Participant)
                        .switch(CheckIn).join(Day).where(CheckIn.voided_at.is_null()).tuples())
        return integrity, valid
    finally:
        close_event_database()


@dataclass(frozen=True)
class AfterKill:
    """What a killed desk had answered, and what the event file holds when reopened."""

    killed: bool  # False: the desk ended by itself (its errors say why)
    while_starting: bool
    answers: list[tuple[str, int, int]]
    errors: str
    integrity: str
    valid: Counter  # (number, day) -> valid check-ins


def kill_while_scanning(path: Path | str, kills: int, seed: int = 2011) -> Iterator[AfterKill]:
    """A desk scanning everyone not yet in on day 1, SIGKILLed at a random moment, `kills` times over.

    Every fifth kill falls while the desk opens the file; the others while it scans.
    """
    rng = random.Random(seed)
    for round_number in range(kills):
        desk = start_desk(path, "Desk 1", seed=round_number, count=0)
        while_starting = round_number % 5 == 4
        if while_starting:
            time.sleep(rng.uniform(0.0, 0.4))
        elif desk.stdout.readline() == "ready\n":
            time.sleep(rng.uniform(0.0, 0.25))
        desk.send_signal(signal.SIGKILL)
        output, errors = desk.communicate(timeout=30)
        integrity, valid = file_state(path)
        yield AfterKill(desk.returncode == -signal.SIGKILL, while_starting, answers(output), errors, integrity, valid)
