"""One function turns any database error, SQLite's or PostgreSQL's, into the sentence the user reads."""
from __future__ import annotations

import sqlite3

import peewee
import pytest

from models.checkin.service import Outcome, check_in
from models.ground.days import day_by_number
from models.ground.db import database, database_errors_explained, explain_database_error, write_transaction
from models.ground.entities import Setting
from models.ground.errors import ConstraintError, EventFileError
from models.participants.entities import Participant


class OperationalError(Exception):
    """A driver's own DB-API class, as psycopg defines it (peewee maps driver classes by name)."""


class InternalError(Exception):
    pass


class DiskFull(OperationalError):
    """psycopg's class for SQLSTATE 53100."""


class ReadOnlySqlTransaction(InternalError):
    """psycopg's class for SQLSTATE 25006."""


class LockNotAvailable(OperationalError):
    """psycopg's class for SQLSTATE 55P03."""


# What PostgreSQL and psycopg say, word for word, for the troubles a desk on a server meets.
POSTGRESQL_SAYS = [
    (DiskFull, 'could not extend file "base/16384/16412": No space left on device', "server's disk is full"),
    (ReadOnlySqlTransaction, "cannot execute INSERT in a read-only transaction", "accepts no changes"),
    (LockNotAvailable, "canceling statement due to lock timeout", "busy with another desk's change"),
    (OperationalError, "deadlock detected", "busy with another desk's change"),
    (OperationalError, "could not serialize access due to concurrent update", "busy with another desk's change"),
    (OperationalError, "server closed the connection unexpectedly\n\tThis probably means the server terminated "
                       "abnormally\n\tbefore or while processing the request.", "cannot be reached"),
    (OperationalError, 'connection failed: connection to server at "192.168.1.20", port 5432 failed: '
                       "Connection refused", "cannot be reached"),
    (OperationalError, "the connection is closed", "cannot be reached"),
    (OperationalError, "terminating connection due to administrator command", "cannot be reached"),
]


@pytest.fixture
def on_a_server(monkeypatch):
    """The models bound to an event server (never connected: only what it says is needed here)."""
    monkeypatch.setattr(database, "obj", peewee.PostgresqlDatabase("belvedere"))


def raised_through_peewee(driver_error: Exception) -> Exception:
    """The driver's error as peewee raises it: wrapped in peewee's class of the same DB-API name."""
    try:
        with peewee.__exception_wrapper__:
            raise driver_error
    except peewee.PeeweeException as wrapped:
        return wrapped
    raise AssertionError("peewee did not wrap the driver's error")


@pytest.mark.parametrize(("driver_class", "message", "sentence"), POSTGRESQL_SAYS)
def test_what_postgresql_says_becomes_a_sentence_about_the_event_server(on_a_server, driver_class, message,
                                                                        sentence):
    # GIVEN the error psycopg raises, as peewee hands it on
    error = raised_through_peewee(driver_class(message))
    assert isinstance(error, peewee.DatabaseError)
    # WHEN it leaves a piece of work
    with pytest.raises(EventFileError) as explained, database_errors_explained():
        raise error
    # THEN the user reads what happened to the server and what to do, with the original kept for the log
    assert sentence in str(explained.value) and "event file" not in str(explained.value)
    assert explained.value.__cause__ is error


def test_a_unique_violation_on_the_server_is_a_constraint_error(on_a_server):
    class IntegrityError(Exception):
        pass

    class UniqueViolation(IntegrityError):
        pass

    error = raised_through_peewee(UniqueViolation('duplicate key value violates unique constraint "check_in_valid"'))
    assert isinstance(explain_database_error(error), ConstraintError)


def test_a_locked_event_file_says_it_is_busy_and_nothing_is_written(demo_event, demo_path):
    # GIVEN another program holding the event file's write lock, and no patience to wait for it
    other = sqlite3.connect(demo_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    database.execute_sql("PRAGMA busy_timeout = 0")
    try:
        # WHEN a write is tried THEN it says the file is busy, and to try again
        busy = r"busy in another program: nothing was saved\. Try again\."
        with pytest.raises(EventFileError, match=busy), write_transaction():
            Setting.store("agenda.seats_minutes", "5")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert Setting.get_or_none(Setting.key == "agenda.seats_minutes") is None


def test_a_damaged_event_file_says_to_restore_a_backup():
    error = peewee.DatabaseError("database disk image is malformed")
    assert str(explain_database_error(error)) == "The event file is damaged. Restore it from a backup."


def test_what_sqlite_raises_past_peewee_is_explained_too():
    with pytest.raises(EventFileError, match="read-only"), database_errors_explained():
        raise sqlite3.OperationalError("attempt to write a readonly database")


def test_a_second_valid_check_in_is_refused_by_the_file_and_answered_already(demo_event):
    # GIVEN Elton checked in for day I, written straight into the file (as another desk would)
    elton = Participant.get(Participant.number == 101)
    day_one = day_by_number(demo_event, 1)
    first = check_in(demo_event, elton, day=day_one)
    # WHEN the same check-in is written again, the file's unique rule refuses it
    with pytest.raises(ConstraintError) as refused, write_transaction():
        type(first.check_in).create(participant=elton, day=first.day, at=first.check_in.at)
    assert isinstance(refused.value.__cause__, peewee.IntegrityError)
    # AND through check_in that refusal is the answer "already checked in"
    assert check_in(demo_event, elton, day=day_one).outcome is Outcome.ALREADY
