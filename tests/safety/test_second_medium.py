"""The journal is on a second medium or says so: a folder on the event file's own disk is refused, and a
stick that is out (its mount point left as an empty folder on the laptop's disk) gets no lines; every check-in
made meanwhile is green, with the warning beside it."""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from models.checkin.service import check_in
from models.event import journal
from models.event.file import close_event_database, open_event_database
from models.ground import appconfig
from models.ground.days import day_by_number
from models.ground.entities import current_event
from models.ground.settings import JOURNAL_FOLDER
from models.participants.entities import Participant
from tests.cli import run


def check_in_number(number: int):
    event = current_event()
    return check_in(event, Participant.get(Participant.number == number), day=day_by_number(event, 1), desk="Desk 1")


def test_a_folder_on_the_event_files_own_disk_is_refused_and_never_written(demo_path, tmp_path, capsys):
    # GIVEN a folder beside the event file, on the same disk
    beside = tmp_path / "journal"
    beside.mkdir()
    # WHEN it is chosen for the journal: refused with the reason
    code, _, err = run(capsys, "--db", str(demo_path), "journal", str(beside))
    assert code == 1 and "is on the same disk as the event file" in err
    # AND when an earlier Belvedere had chosen it anyway, a check-in is saved, green, with the warning beside it
    appconfig.put(JOURNAL_FOLDER, str(beside))
    journal.forget_cached_folder()
    open_event_database(demo_path)
    result = check_in_number(101)
    assert result.checked_in and "is on the same disk as the event file" in result.journal_problem
    assert list(beside.iterdir()) == []
    # AND the command line says so beside its answer
    code, out, err = run(capsys, "--db", str(demo_path), "walk-in", "Ana", "Walker", "--day", "1")
    assert code == 0 and out.startswith("Registered and checked in") and "same disk as the event file" in err


def test_an_empty_folder_chosen_by_an_earlier_belvedere_is_no_stick(demo_path, tmp_path, stick):
    # GIVEN the event file on a stick, and a journal folder an earlier Belvedere recorded without its mount point:
    # now an empty folder on the same device as its parent (the place where another stick was mounted)
    on_stick = shutil.copy(demo_path, stick / "event.belvedere")
    mount_point = tmp_path / "media" / "JOURNAL"
    mount_point.mkdir(parents=True)
    appconfig.put(JOURNAL_FOLDER, str(mount_point))
    journal.forget_cached_folder()
    # WHEN someone checks in
    open_event_database(on_stick)
    result = check_in_number(118)
    # THEN the check-in is saved and green, nothing lands in the empty folder, and the desk is told
    assert result.checked_in and "the stick is not in" in result.journal_problem
    assert list(mount_point.iterdir()) == []


def mount(kind: str, where) -> None:
    subprocess.run(["mount", "-t", kind, "-o", "size=4m", kind, str(where)], check=True, capture_output=True)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mounting a stick needs root")
def test_a_stick_pulled_out_of_its_mount_point_gets_no_lines_until_it_is_back(demo_path, tmp_path, capsys):
    # GIVEN a stick mounted at its place, chosen for the journal (its root)
    mount_point = tmp_path / "media" / "STICK"
    mount_point.mkdir(parents=True)
    try:
        mount("tmpfs", mount_point)
    except (OSError, subprocess.CalledProcessError) as error:
        pytest.skip(f"this machine cannot mount a file system here ({error})")
    try:
        assert run(capsys, "--db", str(demo_path), "journal", str(mount_point))[0] == 0
        journal.forget_cached_folder()
        open_event_database(demo_path)
        assert check_in_number(101).journal_problem == ""
        # WHEN the stick is pulled out: its mount point is an empty folder on the laptop's disk again
        subprocess.run(["umount", str(mount_point)], check=True)
        result = check_in_number(118)
        # THEN the check-in is saved and green, the desk is told the stick is not in, and no line hides there
        assert result.checked_in and "the stick is not in" in result.journal_problem
        assert list(mount_point.iterdir()) == []
        code, out, err = run(capsys, "--db", str(demo_path), "journal")
        assert code == 1 and "the stick is not in" in err
        # AND once a stick is back at its place, the next check-in is journalled again
        mount("tmpfs", mount_point)
        open_event_database(demo_path)
        assert check_in_number(127).journal_problem == ""
        assert (mount_point / "belvedere-journal-2011.jsonl").read_text(encoding="utf-8").count("\n") == 1
    finally:
        close_event_database()
        if subprocess.run(["umount", str(mount_point)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)
