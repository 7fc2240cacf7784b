"""The event database: one SQLite file per event (or a PostgreSQL URL for several desks).

Every model binds to `database`, a proxy that `open_event_database` points at the
chosen file, so tests and the app each bind their own.
"""
from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import peewee
from playhouse.db_url import connect as connect_url

from models.ground.clock import UTC
from models.ground.errors import EventFileError

database = peewee.DatabaseProxy()

BUSY_TIMEOUT_MS = 10_000

# WAL lets the stage display read while the desk writes; synchronous=FULL makes a
# commit durable before it returns, so an acknowledged check-in survives a power cut.
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
}


class BaseModel(peewee.Model):
    class Meta:
        database = database
        legacy_table_names = False


class UTCDateTimeField(peewee.DateTimeField):
    """An instant: takes and gives aware UTC datetimes, stores naive UTC text.

    Naive values are refused so that a local time can never be saved as if it were UTC.
    """

    def db_value(self, value):
        if value is None:
            return None
        if isinstance(value, datetime):
            if value.tzinfo is None:
                raise ValueError(f"{self.name}: naive datetime given for a UTC instant")
            value = value.astimezone(UTC).replace(tzinfo=None)
        return super().db_value(value)

    def python_value(self, value):
        value = super().python_value(value)
        if isinstance(value, datetime):
            return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return value


def is_url(target: str) -> bool:
    return "://" in str(target)


def connect(target: str | os.PathLike) -> peewee.Database:
    """A database for a file path or a database URL, not yet bound to the models."""
    if is_url(str(target)):
        return connect_url(str(target))
    path = Path(target)
    if path.is_dir():
        raise EventFileError(f"{path} is a folder, not an event file. Choose a .belvedere file.")
    if not path.parent.exists():
        raise EventFileError(f"The folder {path.parent} does not exist. Create it or choose another place.")
    return peewee.SqliteDatabase(
        str(path), pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE", timeout=BUSY_TIMEOUT_MS / 1000
    )


def bind(db: peewee.Database) -> None:
    database.initialize(db)


def is_sqlite(db: peewee.Database | None = None) -> bool:
    db = db or database.obj
    return isinstance(db, peewee.SqliteDatabase)


def sqlite_path(db: peewee.Database | None = None) -> Path | None:
    db = db or database.obj
    return Path(db.database) if is_sqlite(db) else None


@contextmanager
def write_transaction():
    """One write that matters: all of it commits durably, or none of it happens.

    SQLite transactions begin IMMEDIATE (set on the connection), so two desks never
    deadlock upgrading a read lock; the busy timeout makes the second one wait.
    """
    with database.atomic() as transaction:
        yield transaction


def causes(error: BaseException) -> list[BaseException]:
    """The error and those it happened while handling: when SQLite has already rolled back
    (a full disk), the rollback's own complaint hides the real reason."""
    chain = [error]
    while chain[-1].__context__ is not None and len(chain) < 5:
        chain.append(chain[-1].__context__)
    return chain


def translate_operational_error(error: Exception) -> EventFileError:
    """A sentence for the errors a full disk, a read-only stick or a locked file give."""
    text = " ".join(str(cause) for cause in causes(error)).lower()
    if "disk" in text and "full" in text or "database or disk is full" in text:
        return EventFileError("The disk is full: nothing was saved. Free some space or save a copy elsewhere.")
    if "readonly" in text or "read-only" in text:
        return EventFileError(
            "The event file is read-only: nothing was saved. Copy it to a writable place and open the copy."
        )
    if "locked" in text or "busy" in text:
        return EventFileError("The event file is busy in another program: nothing was saved. Try again.")
    if "not a database" in text or "malformed" in text:
        return EventFileError("The event file is damaged. Restore it from a backup.")
    return EventFileError(f"The event file could not be written ({error}). Nothing was saved.")


SQLITE_ERRORS = (peewee.OperationalError, peewee.DatabaseError, sqlite3.DatabaseError)
