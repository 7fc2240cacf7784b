"""Read-only media can still be read: an event file on a locked stick, a read-only mount or without write permission
opens read-only for find, agenda, report, export and backup (and in the window); check-ins there answer red with
the read-only sentence; and a file system that turns read-only under an open desk says so, in those words."""
from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from contextlib import closing
from pathlib import Path

import pytest

from models.checkin.service import Outcome, check_in
from models.event.file import close_event_database, open_event_database
from models.ground.days import day_by_number
from models.ground.db import opened_read_only
from models.ground.entities import current_event
from models.ground.files import READ_ONLY_SENTENCE
from models.participants.entities import Participant
from tests.cli import run
from tests.test_cli_checkin import payload_of

ROOT = Path(__file__).resolve().parents[2]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
root_only = pytest.mark.skipif(not IS_ROOT, reason="mounting a file system needs root")


def mount(*argv: str) -> None:
    result = subprocess.run(["mount", *argv], capture_output=True, text=True)
    if result.returncode:
        pytest.skip(f"this machine cannot mount here: {result.stderr.strip()}")


@pytest.fixture
def read_only_stick(tmp_path):
    """A stick mounted read-only, and a function that puts files on it before it is made read-only."""
    place = tmp_path / "media" / "STICK"
    place.mkdir(parents=True)
    mount("-t", "tmpfs", "-o", "size=32m", "tmpfs", str(place))

    def lock_with(*files: Path) -> Path:
        for file in files:
            shutil.copy(file, place / file.name)
        mount("-o", "remount,ro", str(place))
        return place

    yield lock_with
    unmount(place)


def unmount(place: Path) -> None:
    close_event_database()  # the event file on it may still be open
    if subprocess.run(["umount", str(place)], capture_output=True).returncode:
        subprocess.run(["umount", "-l", str(place)], capture_output=True)  # detached once nothing uses it


def commands_that_read(out: Path) -> list[list[str]]:
    return [["find", "kerluku", "--day", "1"], ["agenda", "--day", "1"],
            ["report", "attendance", str(out / "attendance.pdf")], ["report", "signin", str(out / "signin.pdf")],
            ["export", "participants", str(out / "people.csv")], ["export", "event", str(out / "event.json")],
            ["backup", str(out / "copy.belvedere")], ["badges", str(out / "badges.pdf"), "--only", "118"]]


@root_only
def test_every_reading_command_works_on_a_read_only_stick_and_a_check_in_answers_with_the_sentence(
        demo_path, tmp_path, read_only_stick, capsys):
    # GIVEN the event file on a stick whose file system is read-only (closed cleanly: no -wal beside it)
    ticket = payload_of(demo_path, 118)
    stick = read_only_stick(demo_path)
    event_file = stick / demo_path.name
    before = event_file.read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    # WHEN the organiser finds, prints the agenda, reports, exports and backs up from it
    for argv in commands_that_read(out):
        code, _, err = run(capsys, "--db", str(event_file), *argv)
        # THEN each works
        assert code == 0, (argv, err)
    assert (out / "copy.belvedere").stat().st_size > 0
    # AND a check-in is refused with the sentence that says what to do, and the file is as it was
    code, _, err = run(capsys, "--db", str(event_file), "scan", ticket, "--day", "1")
    assert code == 1 and READ_ONLY_SENTENCE in err
    code, _, err = run(capsys, "--db", str(event_file), "walk-in", "Ana", "Walker", "--day", "1")
    assert code == 1 and READ_ONLY_SENTENCE in err
    assert event_file.read_bytes() == before and sorted(p.name for p in stick.iterdir()) == [demo_path.name]


@root_only
def test_the_latest_changes_still_in_the_wal_are_read_on_a_read_only_stick(demo_path, tmp_path, read_only_stick,
                                                                          capsys):
    # GIVEN a check-in that is only in the -wal (copied to the stick while the desk had the file open)
    open_event_database(demo_path)
    result = check_in(current_event(), Participant.get(Participant.number == 118),
                      day=day_by_number(current_event(), 1), desk="Desk 1")
    assert result.checked_in
    with closing(sqlite3.connect(demo_path)) as desk:  # another connection: the desk keeps the file open
        desk.execute("PRAGMA wal_autocheckpoint = 0")
        copied = [Path(f"{demo_path}{suffix}") for suffix in ("", "-wal", "-shm")]
        assert all(path.exists() for path in copied)
        stick = read_only_stick(*copied)
    close_event_database()
    # WHEN its check-ins are exported from the stick
    code, out, err = run(capsys, "--db", str(stick / demo_path.name), "export", "checkins", str(tmp_path / "in.csv"))
    # THEN the check-in in the -wal is there
    assert code == 0, err
    assert "Exported 1 check-ins" in out and "Петровић" in (tmp_path / "in.csv").read_text(encoding="utf-8-sig")


@root_only
def test_a_wal_without_its_shm_on_a_read_only_stick_gets_a_sentence(demo_path, tmp_path, read_only_stick, capsys):
    open_event_database(demo_path)
    check_in(current_event(), Participant.get(Participant.number == 118), day=day_by_number(current_event(), 1))
    with closing(sqlite3.connect(demo_path)) as desk:
        desk.execute("PRAGMA wal_autocheckpoint = 0")
        stick = read_only_stick(demo_path, Path(f"{demo_path}-wal"))
    close_event_database()
    code, _, err = run(capsys, "--db", str(stick / demo_path.name), "find", "kerluku")
    assert code == 1 and "its latest changes are still in demo.belvedere-wal" in err and "Copy the event file" in err


@root_only
def test_the_window_on_a_read_only_stick_says_so_and_the_desk_answers_red(qtbot, demo_path, read_only_stick,
                                                                          artifacts):
    from tests.ui.pages import leave_practice
    from tests.ui.test_desk_page import assert_answer, badge, scan
    from ui.app import create_application, open_main_window
    from ui.context import window_settings
    from ui.desk.answer import Tone

    stick = read_only_stick(demo_path)
    create_application()
    settings = window_settings()
    settings.setValue("desk/name", "Desk 1")
    settings.setValue("desk/operator", "Ana")
    settings.sync()
    window = open_main_window(str(stick / demo_path.name))
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert opened_read_only() and "(read-only)" in window.windowTitle()
    assert window.read_only_banner.isVisible() and "copy the file" in window.read_only_banner.text().lower()
    desk = window.pages["desk"]
    leave_practice(qtbot, desk)  # today is not a day of the workshop: the desk opened in practice
    desk.activateWindow()
    qtbot.waitUntil(desk.isActiveWindow)
    desk.scan_field.setFocus()
    scan(qtbot, desk, badge(118, desk))
    assert_answer(desk, Tone.REFUSED, "Not saved", "Ђорђе Петровић", READ_ONLY_SENTENCE)
    window.grab().save(str(artifacts / "main-window-read-only.png"))


# --- without write permission --------------------------------------------------------


def run_as_someone_else(folder: Path, *argv: str) -> subprocess.CompletedProcess:
    """main.py ARGV as an ordinary user (as root, file permissions do not stop writes)."""
    command = [sys.executable, str(ROOT / "main.py"), *argv]
    env = dict(os.environ, BELVEDERE_HOME=str(folder / "home"), HOME=str(folder))
    if IS_ROOT:
        if shutil.which("setpriv") is None:
            pytest.skip("setpriv is needed to drop root's rights")
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        probe = subprocess.run([*command[:4], sys.executable, "-c", "import models, peewee"], cwd=ROOT, env=env,
                               capture_output=True)
        if probe.returncode:
            pytest.skip("an ordinary user cannot run this Python (it is installed in root's own folder)")
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def shared_folder(demo_path):
    """A folder an ordinary user can work in, with the demo event file in it."""
    folder = Path(tempfile.mkdtemp(prefix="belvedere-read-only-"))
    os.chmod(folder, 0o777)
    (folder / "home").mkdir(mode=0o777)
    os.chmod(folder / "home", 0o777)
    (folder / "event").mkdir()
    shutil.copy(demo_path, folder / "event" / "demo.belvedere")
    yield folder
    for path in folder.rglob("*"):
        if path.is_dir():
            os.chmod(path, 0o777)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.slow
@pytest.mark.parametrize("locked", ["file", "folder"])
def test_an_event_file_without_write_permission_opens_read_only(shared_folder, locked):
    # GIVEN the event file read-only (0444), or in a folder where nothing can be created (0555)
    event_file = shared_folder / "event" / "demo.belvedere"
    ticket = payload_of(event_file, 118)
    out = shared_folder / "out"
    out.mkdir(mode=0o777)
    os.chmod(out, 0o777)
    os.chmod(event_file, 0o444 if locked == "file" else 0o666)
    os.chmod(event_file.parent, 0o555 if locked == "folder" else 0o777)
    # WHEN an ordinary user reads, reports, exports and backs it up, then scans a badge
    for argv in commands_that_read(out):
        result = run_as_someone_else(shared_folder, "--db", str(event_file), *argv)
        # THEN everything that reads works
        assert result.returncode == 0, (argv, result.stderr)
    result = run_as_someone_else(shared_folder, "--db", str(event_file), "scan", ticket, "--day", "1")
    # AND the check-in is refused with the read-only sentence
    assert result.returncode == 1 and READ_ONLY_SENTENCE in result.stderr, result.stderr
    assert stat.S_IMODE(event_file.stat().st_mode) == (0o444 if locked == "file" else 0o666)


# --- a medium that turns read-only under an open desk ---------------------------------------


@root_only
def test_a_medium_that_turns_read_only_under_an_open_desk_gives_the_read_only_sentence(demo_path, tmp_path):
    # GIVEN the desk checking people in from an event file on a stick (ext4 that turns read-only on an error)
    image, place = tmp_path / "stick.img", tmp_path / "media" / "STICK"
    place.mkdir(parents=True)
    with open(image, "wb") as handle:
        handle.truncate(32 * 1024 * 1024)
    if shutil.which("mkfs.ext4") is None or subprocess.run(["mkfs.ext4", "-q", str(image)]).returncode:
        pytest.skip("mkfs.ext4 is needed to make the stick")
    mount("-o", "loop,errors=remount-ro", str(image), str(place))
    try:
        device = next(line.split()[0] for line in Path("/proc/mounts").read_text().splitlines()
                      if line.split()[1] == str(place))
        trigger = Path(f"/sys/fs/ext4/{Path(device).name}/trigger_fs_error")
        if not trigger.exists():
            pytest.skip("this kernel cannot make an ext4 file system fail on purpose")
        shutil.copy(demo_path, place / "event.belvedere")
        open_event_database(place / "event.belvedere")
        event, day = current_event(), day_by_number(current_event(), 1)
        assert check_in(event, Participant.get(Participant.number == 101), day=day).checked_in
        # WHEN the stick's file system turns read-only (as after an error on a worn-out stick)
        trigger.write_text("test\n")
        # THEN the next check-ins are not saved, and say why in the read-only sentence (not SQLite's words)
        for number in (118, 127):
            result = check_in(event, Participant.get(Participant.number == number), day=day)
            assert result.outcome is Outcome.NOT_SAVED and result.problem == READ_ONLY_SENTENCE, result.problem
    finally:
        unmount(place)
