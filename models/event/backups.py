"""Consistent copies of the event file: automatic, rotating, and restorable.

Copies use SQLite's online backup, so they are consistent while the desk keeps
writing (WAL content included) and are themselves complete event files.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from models.ground import appconfig
from models.ground.db import read_only_uri
from models.ground.errors import BelvedereError
from models.ground.files import private_folder, written_aside
from models.ground.i18n import translate

KEEP = 20
STAMP = "%Y%m%d-%H%M%S"


def backup_folder(event_file: Path) -> Path:
    return private_folder(private_folder(appconfig.data_dir() / "backups", own=True) / Path(event_file).stem, own=True)


def copy_database(source: Path, target: Path) -> Path:
    """An online, consistent copy of an SQLite file (WAL content included) while others keep writing to it.

    The copy is private (it holds what the event file holds) and appears complete or not at all.
    """
    source, target = Path(source), Path(target)
    try:
        with written_aside(target, private=True) as partial:
            with closing(sqlite3.connect(read_only_uri(source), uri=True)) as origin, \
                    closing(sqlite3.connect(partial)) as copy:
                origin.backup(copy)
            _fsync(partial)
    except (sqlite3.Error, OSError) as error:
        raise BelvedereError(translate("event", "The backup to {target} failed ({error}). Check the disk, then try "
                                                "again.").format(target=target, error=error)) from error
    return target


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def make_backup(event_file: Path, folder: Path | None = None, now: datetime | None = None) -> Path:
    """A new rotating backup of the event file; the oldest beyond KEEP are removed."""
    event_file = Path(event_file)
    folder = private_folder(folder or backup_folder(event_file))
    stamp = (now or datetime.now()).strftime(STAMP)
    target = folder / f"{event_file.stem}-{stamp}.belvedere"
    copy_database(event_file, target)
    rotate(folder, event_file.stem)
    return target


def backups_of(event_file: Path, folder: Path | None = None) -> list[Path]:
    """The event file's backups, newest first."""
    folder = folder or backup_folder(Path(event_file))
    stem = Path(event_file).stem
    return sorted(folder.glob(f"{stem}-????????-??????.belvedere"), reverse=True)


def rotate(folder: Path, stem: str) -> None:
    for old in sorted(folder.glob(f"{stem}-????????-??????.belvedere"), reverse=True)[KEEP:]:
        old.unlink(missing_ok=True)


def is_sound(path: Path) -> bool:
    """True when the file is a readable SQLite database that passes SQLite's integrity check."""
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
            return connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    except sqlite3.Error:
        return False


def latest_good_backup(event_file: Path) -> Path | None:
    return next((path for path in backups_of(event_file) if is_sound(path)), None)


def restore_backup(backup: Path, event_file: Path) -> Path | None:
    """Put a backup in place of the event file; the replaced file is kept aside and returned."""
    backup, event_file = Path(backup), Path(event_file)
    if not is_sound(backup):
        raise BelvedereError(translate("event", "{backup} is not a sound event file. Choose another backup.")
                             .format(backup=backup))
    kept = None
    if event_file.exists():
        kept = event_file.with_name(f"{event_file.stem}.before-restore-{datetime.now():{STAMP}}{event_file.suffix}")
        shutil.move(str(event_file), kept)
        for suffix in ("-wal", "-shm"):
            Path(f"{event_file}{suffix}").unlink(missing_ok=True)
    copy_database(backup, event_file)
    return kept
