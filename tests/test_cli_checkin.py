"""`scan` and `find` on the command line, and several processes checking in on one file at once."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from models.badges.payload import encode
from models.badges.reading import payload_for
from models.checkin.entities import CheckIn
from models.event.file import close_event_database, open_event_database
from models.ground.entities import current_event
from models.participants.entities import Participant
from tests.test_cli import run

ROOT = Path(__file__).resolve().parents[1]


def payload_of(path: Path, number: int) -> str:
    open_event_database(path)
    try:
        return payload_for(Participant.get(Participant.number == number), current_event())
    finally:
        close_event_database()


def valid_check_ins_in(path: Path) -> list[tuple[int, int, str]]:
    open_event_database(path)
    try:
        return [(c.participant.number, c.day.number, c.desk)
                for c in CheckIn.select().where(CheckIn.voided_at.is_null())]
    finally:
        close_event_database()


def test_scan_exit_codes_checked_in_already_refused(demo_path, capsys):
    payload = payload_of(demo_path, 118)
    # WHEN Đorđe's badge is scanned on day 1
    code, out, _ = run(capsys, "--db", str(demo_path), "scan", payload, "--day", "1", "--desk", "Desk 3")
    # THEN exit 0 and the answer names him, his delegation and role, and the day
    assert code == 0
    assert out.startswith("Checked in: 118 Ђорђе Петровић (Serbia, High-tech crime unit officer) — Day I (09.06.2011)")
    # WHEN it is scanned again: exit 3 with the desk of the first check-in
    code, out, _ = run(capsys, "--db", str(demo_path), "scan", payload, "--day", "1")
    assert code == 3 and out.startswith("Already checked in: 118") and "desk Desk 3" in out
    # WHEN a badge of another event, a forged one, a stranger's, or a replaced one is scanned: exit 4 with the reason
    open_event_database(demo_path)
    event = current_event()
    other_event = encode(4321, event.secret, 118, 1)
    stranger = encode(event.code, event.secret, 999, 1)
    forged = payload[:-1] + str((int(payload[-1]) + 1) % 10)
    Participant.update(badge_version=2).where(Participant.number == 118).execute()
    close_event_database()
    for scanned, words in ((other_event, "another event"), (forged, "not genuine"), (stranger, "no one registered"),
                           (payload, "replaced"), ("hello", "not a badge")):
        code, out, _ = run(capsys, "--db", str(demo_path), "scan", scanned, "--day", "2")
        assert (code, out.startswith("Refused")) == (4, True) and words in out, out
    assert valid_check_ins_in(demo_path) == [(118, 1, "Desk 3")]


def test_scan_of_someone_not_expected_that_day_is_refused_with_exit_4(demo_path, capsys):
    code, out, _ = run(capsys, "--db", str(demo_path), "scan", payload_of(demo_path, 136), "--day", "2")
    assert code == 4 and out.startswith("Not expected: 136 Uwe Rasmussen")


def test_scan_without_a_day_outside_the_event_exits_1_and_names_the_days(demo_path, capsys):
    code, _, err = run(capsys, "--db", str(demo_path), "scan", payload_of(demo_path, 101))
    assert code == 1 and "not a day of this event" in err and "1, 2" in err


def test_scan_on_a_read_only_file_exits_1_and_says_nothing_was_saved(demo_path, capsys, monkeypatch):
    import models.checkin.service as service
    from models.ground.db import database

    real_transaction = service.write_transaction

    def read_only_transaction():  # what SQLite does with a file on a write-protected stick
        database.execute_sql("PRAGMA query_only = 1")
        return real_transaction()

    monkeypatch.setattr(service, "write_transaction", read_only_transaction)
    code, out, err = run(capsys, "--db", str(demo_path), "scan", payload_of(demo_path, 101), "--day", "1")
    assert code == 1 and out == "" and "read-only" in err and "nothing was saved" in err


def test_find_prints_matches_best_first_with_the_days_status(demo_path, capsys):
    run(capsys, "--db", str(demo_path), "scan", payload_of(demo_path, 110), "--day", "1", "--desk", "Desk 1")
    code, out, _ = run(capsys, "--db", str(demo_path), "find", "KOVAČ", "--day", "1")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Status on Day I (09.06.2011)"
    assert lines[1].split()[:4] == ["107", "Mirza", "Kovačević", "Bosnia"] and lines[1].endswith("not arrived")
    assert lines[2].split()[:4] == ["110", "Tomislav", "Kovačić", "Croatia"] and "checked in" in lines[2]
    assert lines[2].endswith("(Desk 1)")


@pytest.mark.parametrize("query", ["djordje", "Ђорђе", "dorde petrovic"])
def test_find_in_any_script(demo_path, capsys, query):
    code, out, _ = run(capsys, "--db", str(demo_path), "find", query, "--day", "2")
    assert code == 0 and out.splitlines()[1].split()[:3] == ["118", "Ђорђе", "Петровић"]


def test_find_with_no_match_exits_1_with_a_hint(demo_path, capsys):
    code, _, err = run(capsys, "--db", str(demo_path), "find", "zzzz")
    assert code == 1 and "no one matches" in err


# --- several processes, one file ------------------------------------------------

START_TOGETHER = (
    "import sys, time\n"
    "import commands, models.checkin.service\n"  # imported before the start line so all start together
    "from main import main\n"
    "start = float(sys.argv[1])\n"
    "time.sleep(max(0.0, start - time.time()))\n"
    "sys.exit(main(sys.argv[2:]))\n"
)


def test_two_processes_checking_in_the_same_person_at_once_give_one_check_in_and_one_already(demo_path):
    # GIVEN four people, each scanned at two desks (eight processes) at the same instant
    numbers = (101, 118, 127, 135)
    payloads = {number: payload_of(demo_path, number) for number in numbers}
    start = time.time() + 1.5
    processes = {
        (number, desk): subprocess.Popen(
            [sys.executable, "-c", START_TOGETHER, str(start), "--db", str(demo_path), "scan", payloads[number],
             "--day", "1", "--desk", desk],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for number in numbers for desk in ("Desk A", "Desk B")
    }
    codes = {key: process.wait(timeout=60) for key, process in processes.items()}
    # THEN each person has exactly one check-in, and one desk heard "already"
    for number in numbers:
        assert sorted((codes[(number, "Desk A")], codes[(number, "Desk B")])) == [0, 3], (
            number, {k: p.stderr.read() for k, p in processes.items()})
    check_ins = valid_check_ins_in(demo_path)
    assert sorted(number for number, _, _ in check_ins) == list(numbers)
    for number, _, desk in check_ins:
        winner = "Desk A" if codes[(number, "Desk A")] == 0 else "Desk B"
        assert desk == winner
