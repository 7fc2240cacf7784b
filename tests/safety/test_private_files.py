"""Private by default: every file Belvedere writes is created readable by its owner only (0600), and the
folders it makes for them are the owner's only (0700), on a laptop whose umask would let others read."""
from __future__ import annotations

import logging
import os
import stat
from datetime import datetime
from pathlib import Path

import peewee
import pytest

from main import main
from models.event import backups, journal, schema
from models.event.file import close_event_database, open_event_database
from models.ground import appconfig
from models.ground.errors import EventFileError
from models.ground.logs import configure_logging
from tests.safety.test_privacy import run_a_day
from tests.test_schema import write_release_1_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def open_umask():
    """A laptop as most are set up: files others may read unless the program says otherwise."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.fixture
def log_handlers():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[len(handlers):]:
        handler.close()
    root.handlers[:], root.level = handlers, level


def modes_under(folder: Path) -> dict[str, int]:
    return {str(path.relative_to(folder)): stat.S_IMODE(path.stat().st_mode) for path in sorted(folder.rglob("*"))}


def test_a_day_every_export_report_copy_upgrade_and_the_journal_are_private(
        isolated_home, tmp_path, stick, open_umask, log_handlers, capsys):
    # GIVEN a laptop with an open umask, the demo made by the command line, the log, and a journal on a stick
    configure_logging()
    assert main(["demo"]) == 0
    event_file = appconfig.demo_file()
    out = tmp_path / "out"
    out.mkdir()
    open_event_database(event_file)
    from models.ground.entities import current_event

    run_a_day(current_event(), stick)  # check-ins, a walk-in, an undo, the chair's controls
    # WHEN everything that can be written is written: exports, reports, badges, copies, backups, an upgrade
    schema.copy_to(out / "saved copy.belvedere")  # File ▸ Save a copy
    backups.make_backup(event_file)
    close_event_database()
    commands = [["export", what, str(out / f"{what}.{extension}")]
                for what in ("participants", "checkins") for extension in ("csv", "xlsx", "json")]
    commands += [["export", "event", str(out / "event.json")], ["backup", str(out / "backup.belvedere")],
                 ["badges", str(out / "badges.pdf"), "--only", "101,146"]]
    commands += [["report", kind, str(out / f"{kind}.{extension}")]
                 for kind, extension in (("attendance", "pdf"), ("attendance", "csv"), ("attendance", "xlsx"),
                                         ("signin", "pdf"), ("certificates", "pdf"), ("timing", "pdf"),
                                         ("timing", "csv"), ("timing", "xlsx"))]
    for argv in commands:
        assert main(argv) == 0, (argv, capsys.readouterr().err)
    old = out / "old.belvedere"
    write_release_1_file(old)
    os.chmod(old, 0o600)  # written by the test as release 1 did
    open_event_database(old)  # upgraded, with a copy beside it
    close_event_database()
    from ui.context import window_settings

    settings = window_settings()
    settings.setValue("desk/operator", "Ana Volunteer")
    settings.sync()
    # THEN every file is the owner's only, and so is every folder Belvedere made
    written = {**{f"home/{name}": mode for name, mode in modes_under(isolated_home).items()},
               **{f"out/{name}": mode for name, mode in modes_under(out).items()},
               **{f"stick/{name}": mode for name, mode in modes_under(stick).items()}}
    folders = {name for name in written if (tmp_path / name).is_dir() or (stick.parent / name).is_dir()}
    assert {name for name in written if "before-upgrade" in name}, written
    assert "stick/" + journal.journal_file(current_event_code(event_file), stick).name in written
    assert {"home/data/logs/belvedere.log", "home/config/window.ini", "home/config/belvedere.json"} <= set(written)
    open_to_others = {name: oct(mode) for name, mode in written.items()
                      if mode != (0o700 if name in folders else 0o600) and name not in ("out/old.belvedere",)}
    assert open_to_others == {}
    assert {name for name in folders if name.startswith("home/")} >= {"home/data", "home/data/backups", "home/config"}


def current_event_code(event_file: Path):
    open_event_database(event_file)
    from models.ground.entities import current_event

    event = current_event()
    close_event_database()
    return event


def minutes_later(minutes: int) -> type:
    class Later(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(2011, 6, 9, 8, minutes, tzinfo=tz)

    return Later


def test_a_failed_upgrade_does_not_write_another_full_copy_on_each_attempt(tmp_path, monkeypatch):
    # GIVEN a release-1 file whose upgrade fails (say the disk is full by the time the new column is added)
    path = tmp_path / "old.belvedere"
    write_release_1_file(path)

    def full_disk(_migrator):
        raise peewee.OperationalError("database or disk is full")

    monkeypatch.setitem(schema.MIGRATIONS, 2, full_disk)
    # WHEN the organiser tries to open it three times, a minute apart
    for attempt in range(3):
        monkeypatch.setattr(schema, "datetime", minutes_later(attempt))
        with pytest.raises(EventFileError, match="could not be upgraded"):
            open_event_database(path)
    # THEN one copy was written before the first attempt, and kept for the next ones
    assert len(list(tmp_path.glob("old.before-upgrade-v1-*.belvedere"))) == 1
