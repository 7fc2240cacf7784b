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
from urllib.parse import urlencode

import peewee

from models.ground.addresses import is_server_url, shown
from models.ground.clock import UTC
from models.ground.errors import ConstraintError, EventFileError
from models.ground.files import READ_ONLY_SENTENCE, can_write_in
from models.ground.i18n import QT_TRANSLATE_NOOP, translate
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


# Read-only, SQLite neither changes the journal mode nor syncs: only what reading needs.
READ_ONLY_PRAGMAS = {"foreign_keys": 1, "busy_timeout": BUSY_TIMEOUT_MS, "query_only": 1}


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


def unusable_url_problem(target: str) -> str:
    """Why a database URL is none Belvedere can use (only PostgreSQL servers are), or ""."""
    scheme = str(target).split("://", 1)[0].lower() if is_url(target) else "postgresql"
    if scheme.startswith("postgres"):
        return ""
    shown = "".join(ch if ch.isprintable() else "?" for ch in str(target))[:60]
    return translate("ground", "'{target}' is neither an event file nor a postgresql:// URL. Give the path of a "
                               ".belvedere file, or the URL of the event's PostgreSQL server (postgresql://…).").format(target=shown)


def connect(target: str | os.PathLike, read_only: bool = False) -> peewee.Database:
    """A database for a file path or a postgresql:// URL, not yet bound to the models.

    `read_only`: an event file that cannot be written where it is (see `read_only_uri`); the database
    then refuses every write with SQLite's "readonly" error.
    """
    if is_url(str(target)):
        problem = unusable_url_problem(str(target))
        if problem:
            raise EventFileError(problem)
        return connect_server(str(target))
    path = Path(target)
    if path.is_dir():
        raise EventFileError(translate("ground", "{path} is a folder, not an event file. Choose a .belvedere file.")
                             .format(path=path))
    if not path.parent.exists():
        raise EventFileError(translate("ground", "The folder {parent} does not exist. Create it or choose another "
                                                 "place.").format(parent=path.parent))
    if read_only:
        db = peewee.SqliteDatabase(read_only_uri(path), uri=True, pragmas=READ_ONLY_PRAGMAS,
                                   timeout=BUSY_TIMEOUT_MS / 1000)
        db.event_path, db.read_only = path, True
        return db
    return peewee.SqliteDatabase(
        str(path), pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE", timeout=BUSY_TIMEOUT_MS / 1000
    )


def connect_server(url: str) -> peewee.Database:
    if not is_server_url(url):
        raise EventFileError(translate("ground", "Belvedere opens event files and PostgreSQL servers; {target} is "
                                                 "neither. Give a file path, or an address like "
                                                 "postgresql://desk@192.168.1.10:5432/event.").format(target=shown(url)))
    try:
        return server_database(url)
    except ValueError as error:
        raise EventFileError(translate("ground", "The server address {target} is incomplete ({error}). Write it like "
                                                 "postgresql://desk@192.168.1.10:5432/event.")
                             .format(target=shown(url), error=error)) from error


def is_server(db: peewee.Database | None = None) -> bool:
    db = db or database.obj
    return isinstance(db, peewee.PostgresqlDatabase)


def opened_read_only(db: peewee.Database | None = None) -> bool:
    """Whether the bound event file was opened read-only (it cannot be written where it is)."""
    return getattr(db or database.obj, "read_only", False)


def bind(db: peewee.Database) -> None:
    database.initialize(db)


def is_sqlite(db: peewee.Database | None = None) -> bool:
    db = db or database.obj
    return isinstance(db, peewee.SqliteDatabase)


def sqlite_path(db: peewee.Database | None = None) -> Path | None:
    db = db or database.obj
    return getattr(db, "event_path", None) or Path(db.database) if is_sqlite(db) else None


# What SQLite and PostgreSQL raise: peewee wraps both drivers' errors in its own classes (a
# psycopg DiskFull is a peewee OperationalError, a unique violation an IntegrityError); the
# sqlite3 module's own classes come where peewee is not in between (a cursor read to its end).
DATABASE_ERRORS = (peewee.DatabaseError, peewee.InterfaceError, sqlite3.Error)

# What each engine says (lower case) for a trouble the user can act on, and the sentence for
# an event file and for the event server. Checked in this order: the first that matches speaks.
TROUBLES = (
    (("password authentication failed", "no password supplied", "fe_sendauth"),
     QT_TRANSLATE_NOOP("ground", "The event file could not be opened. Check the file."),
     QT_TRANSLATE_NOOP("ground", "The event server refused the password: nothing was saved. Connect again and type "
                                 "the password.")),
    (('fatal:  database "', 'fatal:  role "'),
     QT_TRANSLATE_NOOP("ground", "The event file could not be opened. Check the file."),
     QT_TRANSLATE_NOOP("ground", "The event server has no such database or user. Check the address.")),
    (("permission denied for", "must be owner of"),
     QT_TRANSLATE_NOOP("ground", "The event file could not be written. Check its permissions."),
     QT_TRANSLATE_NOOP("ground", "The event server does not let this user change the event: nothing was saved. Ask "
                                 "for a user that may.")),
    (("disk is full", "no space left on device"),
     QT_TRANSLATE_NOOP("ground", "The disk is full: nothing was saved. Free some space or save a copy elsewhere."),
     QT_TRANSLATE_NOOP("ground", "The event server's disk is full: nothing was saved. Ask whoever runs the server to "
                                 "free some space.")),
    (("readonly", "read-only", "read only"),
     READ_ONLY_SENTENCE,  # marked for translation where it is written
     QT_TRANSLATE_NOOP("ground", "The event server accepts no changes (it is read-only): nothing was saved. Ask "
                                 "whoever runs the server.")),
    (("locked", "busy", "lock timeout", "could not obtain lock", "deadlock detected", "could not serialize access",
      "statement timeout"),
     QT_TRANSLATE_NOOP("ground", "The event file is busy in another program: nothing was saved. Try again."),
     QT_TRANSLATE_NOOP("ground", "The event server is busy with another desk's change: nothing was saved. Try again.")),
    (("not a database", "malformed", "invalid page in block", "could not read block"),
     QT_TRANSLATE_NOOP("ground", "The event file is damaged. Restore it from a backup."),
     QT_TRANSLATE_NOOP("ground", "The event server's database is damaged. Ask whoever runs the server to restore it "
                                 "from a backup.")),
    ((UNREACHABLE, "server closed the connection", "connection refused", "could not connect", "connection to server",
      "connection is closed", "connection is lost", "connection already closed", "terminating connection",
      "could not receive data", "could not send data", "no route to host", "timed out", "timeout expired",
      "consuming input failed", "network is unreachable", "the database system is"),
     QT_TRANSLATE_NOOP("ground", "The event file cannot be reached: nothing was saved. Check where it is kept, then try again."),
     QT_TRANSLATE_NOOP("ground", "The event server cannot be reached: nothing was saved. Check the network cable or "
                                 "Wi-Fi, then try again.")),
)


def folder_turned_read_only() -> bool:
    """After a write failed: the event file's medium no longer takes writes (a stick whose file system turned
    read-only after an error, or was locked). SQLite then says only "disk I/O error", and the rollback after it
    "cannot rollback - no transaction is active"."""
    path = sqlite_path() if database.obj is not None else None
    return path is not None and not can_write_in(path.parent)


def causes(error: BaseException) -> list[BaseException]:
    """The error and those it happened while handling: when SQLite has already rolled back
    (a full disk), the rollback's own complaint hides the real reason."""
    chain = [error]
    while chain[-1].__context__ is not None and len(chain) < 5:
        chain.append(chain[-1].__context__)
    return chain


def explain_database_error(error: Exception) -> EventFileError:
    """The user's sentence for any database error, SQLite's or PostgreSQL's, as an error to raise.

    A change that breaks a rule of the schema (a duplicate, a missing reference) is a
    ConstraintError, which callers that expect one (a second check-in) take as their answer.
    """
    on_server = database.obj is not None and not is_sqlite()
    if any(isinstance(cause, (peewee.IntegrityError, sqlite3.IntegrityError)) for cause in causes(error)):
        return ConstraintError(_could_not_write(error, on_server))
    text = " ".join(str(cause) for cause in causes(error)).lower()
    if not on_server and ("i/o" in text or "no transaction is active" in text) and folder_turned_read_only():
        return EventFileError(translate("ground", READ_ONLY_SENTENCE))  # SQLite's words when the medium turned read-only under it
    for markers, on_file, on_the_server in TROUBLES:
        if any(marker in text for marker in markers):
            return EventFileError(translate("ground", on_the_server if on_server else on_file))
    return EventFileError(_could_not_write(error, on_server))


def _could_not_write(error: Exception, on_server: bool) -> str:
    if on_server:
        return translate("ground", "The event server refused the change ({error}). Nothing was saved.").format(error=error)
    return translate("ground", "The event file could not be written ({error}). Nothing was saved.").format(error=error)


@contextmanager
def database_errors_explained():
    """Inside, any database error becomes the user's sentence (an EventFileError, the original as its
    cause). Also a decorator, for work that only reads (a report)."""
    try:
        yield
    except DATABASE_ERRORS as error:
        raise explain_database_error(error) from error


@contextmanager
def write_transaction():
    """One write that matters: all of it commits durably, or none of it happens.

    SQLite transactions begin IMMEDIATE (set on the connection), so two desks never
    deadlock upgrading a read lock; the busy timeout makes the second one wait. A database
    error, in the work or at the commit, leaves as the user's sentence (see above).
    """
    with database_errors_explained(), database.atomic() as transaction:
        yield transaction


def sqlite_uri(path: str | os.PathLike, **query) -> str:
    """An SQLite URI for a file of any name (spaces, '?', '#', accents), with options such as mode=ro."""
    return Path(path).resolve().as_uri() + (f"?{urlencode(query)}" if query else "")


def read_only_uri(path: str | os.PathLike) -> str:
    """How SQLite reads an event file it must not, or cannot, write.

    mode=ro reads the file together with its -wal, but needs the -shm beside it, which SQLite can only create
    in a writable folder. On read-only media a file that was closed cleanly has no -wal: SQLite opens it only
    as immutable (nothing can change it there, so nothing needs locking). A -wal left beside it (the laptop
    died before the stick was locked) holds the latest changes: mode=ro reads it if the -shm is there too.
    """
    wal = Path(f"{path}-wal")
    if not can_write_in(Path(path).parent) and not (wal.exists() and wal.stat().st_size):
        return sqlite_uri(path, mode="ro", immutable=1)
    return sqlite_uri(path, mode="ro")
