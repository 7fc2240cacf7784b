"""Opening an event file (or database URL): connect, check, upgrade, bind."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import peewee

from models.event import journal, schema
from models.ground.addresses import scrub, shown
from models.ground.db import bind, connect, database, explain_database_error, is_url
from models.ground.errors import DamagedEventFileError, EventFileError, ServerPasswordError
from models.ground.files import is_read_only, make_private, open_private
from models.ground.i18n import QT_TRANSLATE_NOOP, translate

SQLITE_HEADER = b"SQLite format 3\x00"
READ_ONLY_WAL_SENTENCE = QT_TRANSLATE_NOOP(
    "event",
    "The event file {name} is on read-only media, and its latest changes are still in {name}-wal beside it, "
    "which SQLite can read only with its {name}-shm. Copy the event file with the files beside it to a writable "
    "place and open the copy."
)


def _check_readable_file(path: Path, create: bool) -> None:
    if not path.exists():
        if create:
            return
        raise EventFileError(translate("event", "There is no event file at {path}. Check the path, or create one with "
                                                "'demo'.").format(path=path))
    if not os.access(path, os.R_OK):
        raise EventFileError(translate("event", "The event file {path} cannot be read (permission denied). Check its "
                                                "permissions.").format(path=path))
    size = path.stat().st_size
    if size == 0:
        if create:
            return
        # cut short to nothing (a copy interrupted by a power cut): damaged, so the latest backup is offered
        raise DamagedEventFileError(translate("event", "The event file {path} is empty. Restore it from a backup.")
                                    .format(path=path))
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        if size < len(SQLITE_HEADER) and SQLITE_HEADER.startswith(header):
            raise DamagedEventFileError(translate("event", "The event file {path} is cut short. Restore it from a "
                                                           "backup.").format(path=path))
        raise EventFileError(translate("event", "{path} is not a Belvedere event file. Open a .belvedere file.")
                             .format(path=path))


def open_event_database(target: str | os.PathLike, create: bool = False) -> peewee.Database:
    """Bind the models to the event file or URL, creating or upgrading its schema as needed.

    A file that cannot be written where it is (a locked stick, read-only media, no write permission) opens
    read-only: everything can be read, and every write is refused with the read-only sentence.
    """
    target = str(target)
    read_only = False
    if not is_url(target):
        _check_readable_file(Path(target), create)
        if create and not Path(target).exists():
            with open_private(target, "xb"):  # SQLite gives its -wal and -shm files the event file's mode
                pass
        read_only = not create and is_read_only(Path(target))
    close_event_database()
    db = connect(target, read_only)
    try:
        db.connect()
    except peewee.ImproperlyConfigured as error:
        raise EventFileError(translate("event", "This Belvedere cannot connect to {target}: its database driver is not "
                                                "installed ({error}). Use an event file, or install the driver.")
                             .format(target=shown(target), error=error)) from error
    except (peewee.OperationalError, peewee.InterfaceError) as error:
        if is_url(target):
            raise server_error(target, db, error) from error
        raise EventFileError(translate("event", "The event database {target} cannot be opened ({error}).")
                             .format(target=target, error=error)) from error
    except peewee.DatabaseError as error:
        raise DamagedEventFileError(translate("event", "The event file {target} is damaged ({error}). Restore it from "
                                                       "a backup.").format(target=target, error=error)) from error
    bind(db)
    try:
        if not is_url(target):
            check_integrity(db)
        schema.ensure_current(create, read_only)
    except (peewee.DatabaseError, peewee.InterfaceError, sqlite3.DatabaseError) as error:
        close_event_database()
        if is_url(target):
            raise server_error(target, db, error) from error
        if read_only and Path(f"{target}-wal").exists():
            raise EventFileError(translate("event", READ_ONLY_WAL_SENTENCE).format(name=Path(target).name)) from error
        raise DamagedEventFileError(translate("event", "The event file {target} is damaged ({error}). Restore it from "
                                                       "a backup.").format(target=target, error=error)) from error
    except EventFileError:
        close_event_database()
        raise
    if not is_url(target) and not read_only:
        make_private(Path(target))
    journal.listen_to_commits()
    return db


def server_error(target: str, db: peewee.Database, error: Exception) -> EventFileError:
    """Why the server did not let us in, in words, without the password."""
    with database.using(db):  # so that the server's sentences are chosen
        sentence = str(explain_database_error(error))
    text = scrub(str(error), target).lower()
    kind = ServerPasswordError if "password" in text or "fe_sendauth" in text else EventFileError
    return kind(translate("event", "{target}: {sentence}").format(target=shown(target), sentence=sentence))


def check_integrity(db: peewee.Database) -> None:
    """A quick structural check at open, so a damaged file is caught before the desk relies on it."""
    result = db.execute_sql("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise DamagedEventFileError(translate("event", "The event file is damaged ({result}). Restore it from a backup.")
                                    .format(result=result))


def close_event_database() -> None:
    if database.obj is not None and not database.obj.is_closed():
        database.obj.close()
