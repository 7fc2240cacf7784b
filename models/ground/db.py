"""The event database: one SQLite file per event (or a PostgreSQL URL for several desks).

Every model binds to `database`, a proxy that `open_event_database` points at the
chosen file, so tests and the app each bind their own.
"""
from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import peewee

from models.ground.addresses import is_server_url, shown
from models.ground.clock import UTC
from models.ground.errors import EventFileError
from models.ground.server import UNREACHABLE, server_database


class EventDatabase(peewee.DatabaseProxy):
    """The proxy every model binds to: the open event for every thread, or, inside `using(db)`,
    another database for the calling thread alone (a desk answering from its offline copy)."""

    __slots__ = ("_everywhere", "_here")

    def __init__(self):
        object.__setattr__(self, "_here", threading.local())
        object.__setattr__(self, "_everywhere", None)
        super().__init__()

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value)

    @property
    def obj(self):
        here = getattr(self._here, "db", None)
        return here if here is not None else self._everywhere

    @obj.setter
    def obj(self, db):
        object.__setattr__(self, "_everywhere", db)

    @contextmanager
    def using(self, db: peewee.Database):
        previous = getattr(self._here, "db", None)
        self._here.db = db
        try:
            yield db
        finally:
            self._here.db = previous


database = EventDatabase()

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
    """A database for a file path or a postgresql:// URL, not yet bound to the models."""
    if is_url(str(target)):
        return connect_server(str(target))
    path = Path(target)
    if path.is_dir():
        raise EventFileError(f"{path} is a folder, not an event file. Choose a .belvedere file.")
    if not path.parent.exists():
        raise EventFileError(f"The folder {path.parent} does not exist. Create it or choose another place.")
    return peewee.SqliteDatabase(
        str(path), pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE", timeout=BUSY_TIMEOUT_MS / 1000
    )


def connect_server(url: str) -> peewee.Database:
    if not is_server_url(url):
        raise EventFileError(f"Belvedere opens event files and PostgreSQL servers; {shown(url)} is "
                             "neither. Give a file path, or an address like postgresql://desk@192.168.1.10:5432/event.")
    try:
        return server_database(url)
    except ValueError as error:
        raise EventFileError(f"The server address {shown(url)} is incomplete ({error}). Write it like "
                             "postgresql://desk@192.168.1.10:5432/event.") from error


def is_server(db: peewee.Database | None = None) -> bool:
    db = db or database.obj
    return isinstance(db, peewee.PostgresqlDatabase)


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


SERVER_SENTENCES = (
    # (words in PostgreSQL's or the driver's message, the sentence for the person at the keyboard); first match wins
    (("password authentication failed", "no password supplied", "fe_sendauth"),
     "The event server refused the password: nothing was saved. Connect again and type the password."),
    (('fatal:  database "', 'fatal:  role "'), "The event server has no such database or user. Check the address."),
    (("permission denied", "must be owner"),
     "The event server does not let this user write: nothing was saved. Ask for a user that may."),
    (("could not extend", "no space left"), "The event server's disk is full: nothing was saved. Free space on it."),
    (("read-only transaction", "recovery is in progress"),
     "The event server is read-only: nothing was saved. Connect to the main server, not a copy of it."),
    (("lock timeout", "canceling statement due to statement timeout", "deadlock detected"),
     "The event server is busy: nothing was saved. Try again."),
    ((UNREACHABLE, "connection refused", "could not connect", "timeout expired", "connection is closed",
      "server closed the connection", "terminating connection", "connection to server", "consuming input failed",
      "no route to host", "network is unreachable", "the database system is", "connection is lost"),
     "The event server cannot be reached: nothing was saved there. Check the network cable or Wi-Fi, and that "
     "the server laptop is on."),
)


def translate_operational_error(error: Exception) -> EventFileError:
    """A sentence for the errors a full disk, a read-only stick, a locked file or a lost server give."""
    text = " ".join(str(cause) for cause in causes(error)).lower()
    if is_server():
        for words, sentence in SERVER_SENTENCES:
            if any(word in text for word in words):
                return EventFileError(sentence)
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return EventFileError(f"The event server could not save this ({first_line}). Nothing was saved; try again.")
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


# What a database may raise when the file or the server fails (a lost server connection is an InterfaceError).
SQLITE_ERRORS = (peewee.OperationalError, peewee.DatabaseError, peewee.InterfaceError, sqlite3.DatabaseError)
