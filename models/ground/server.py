"""An event on a PostgreSQL server, with the habits a hotel LAN needs.

- Nothing waits long: connecting gives up after 2 s, the server cancels a statement after
  4 s, and every statement has a deadline on this side too (a paused server or a pulled
  cable otherwise keeps the caller waiting for minutes): past it, the connection is cut.
  `deadline(seconds)` shortens it for what a desk must answer at once.
- A connection that broke (the server restarted) is replaced at its next use; a statement
  that cannot have changed anything (BEGIN, a SELECT outside a transaction) is tried once
  more on the new connection.
- While the server is known to be unreachable, statements fail at once instead of each
  waiting for its own timeout; `watch()` starts a thread that notices within a second when
  the server goes away or comes back (`reachable`).
- Write transactions take one lock, so they run one at a time as on an SQLite file: a
  rule that reads before it writes (the chair's state, the next walk-in number) holds
  with four desks as with one.
"""
from __future__ import annotations

import contextlib
import math
import os
import socket
import threading
import time

import peewee

from models.ground import credentials
from models.ground.addresses import parse_address

CONNECT_TIMEOUT_S = 2
SERVER_STATEMENT_TIMEOUT_MS = 4000
LOCK_TIMEOUT_MS = 3000
IDLE_IN_TRANSACTION_TIMEOUT_MS = 10_000
STATEMENT_DEADLINE_S = 5.0  # on this side, a little after the server's own statement timeout
UNREACHABLE_FOR_S = 1.5  # how long a failure makes statements fail at once when nothing watches the server
WATCH_EVERY_S = 0.5
HEARTBEAT_DEADLINE_S = 1.0
WRITE_LOCK_KEY = 0x42E1  # pg_advisory_xact_lock: one writer at a time, as SQLite's IMMEDIATE transactions

UNREACHABLE = "the event server cannot be reached (connection lost)"

# libpq's settings for a LAN that may fail: give up connecting soon, notice a dead peer soon.
CONNECTION_DEFAULTS = {
    "connect_timeout": CONNECT_TIMEOUT_S,
    "keepalives": 1,
    "keepalives_idle": 2,
    "keepalives_interval": 1,
    "keepalives_count": 2,
    "tcp_user_timeout": 3000,
    "application_name": "Belvedere",
    "options": f"-c statement_timeout={SERVER_STATEMENT_TIMEOUT_MS} -c lock_timeout={LOCK_TIMEOUT_MS} "
               f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_TIMEOUT_MS}",
}


class Watchdog:
    """Cuts the connection of a statement that outlives its deadline, so that the waiting call fails.

    Its thread sleeps until the earliest deadline; a statement wakes it only when it must be cut sooner.
    """

    def __init__(self):
        self._lock = threading.Condition()
        self._waiting: dict[int, tuple[float, int]] = {}  # token -> (deadline, socket)
        self._next_token = 0
        self._wake_at = math.inf
        self._thread: threading.Thread | None = None

    def watch(self, fileno: int, seconds: float) -> int:
        deadline = time.monotonic() + seconds
        with self._lock:
            self._next_token += 1
            self._waiting[self._next_token] = (deadline, fileno)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="belvedere-statement-deadlines", daemon=True)
                self._thread.start()
            if deadline < self._wake_at:
                self._wake_at = deadline
                self._lock.notify()
            return self._next_token

    def release(self, token: int) -> bool:
        """Done waiting; True if the connection had been cut meanwhile."""
        with self._lock:
            return self._waiting.pop(token, None) is None

    def _run(self) -> None:
        with self._lock:
            while True:
                now = time.monotonic()
                for token, (deadline, fileno) in list(self._waiting.items()):
                    if deadline <= now:
                        del self._waiting[token]
                        cut(fileno)
                self._wake_at = min((deadline for deadline, _ in self._waiting.values()), default=math.inf)
                self._lock.wait(None if self._wake_at == math.inf else max(0.001, self._wake_at - now))


def cut(fileno: int) -> None:
    """Shut the socket down under the driver: its wait ends, and it reports the connection lost."""
    try:
        duplicate = socket.socket(fileno=os.dup(fileno))
    except OSError:
        return  # already closed
    try:
        duplicate.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        duplicate.close()


WATCHDOG = Watchdog()


def is_read(sql: str) -> bool:
    return sql.lstrip().upper().startswith("SELECT")


class ServerDatabase(peewee.PostgresqlDatabase):
    def __init__(self, database: str, **params):
        super().__init__(database, **{**CONNECTION_DEFAULTS, **params})
        self._lock = contextlib.nullcontext()  # connections are per thread; one thread connecting never blocks another
        self._here = threading.local()
        self._unreachable_until = 0.0
        self._answered = True  # what the watching thread last saw
        self._watching = threading.Event()

    # --- deadlines -----------------------------------------------------------------

    @contextlib.contextmanager
    def deadline(self, seconds: float):
        """Everything this thread asks inside the block is answered within `seconds`, or fails."""
        previous = getattr(self._here, "deadline", None)
        self._here.deadline = time.monotonic() + seconds if previous is None else min(previous, time.monotonic() + seconds)
        try:
            yield
        finally:
            self._here.deadline = previous

    def _seconds_left(self) -> float:
        deadline = getattr(self._here, "deadline", None)
        left = STATEMENT_DEADLINE_S if deadline is None else deadline - time.monotonic()
        return min(left, STATEMENT_DEADLINE_S)

    def _bounded(self, statement, *args):
        self._refuse_while_unreachable()
        if self._seconds_left() <= 0:
            raise peewee.OperationalError(f"{UNREACHABLE}: no answer in time")
        if self.is_closed():
            self._connect_now()
        token = WATCHDOG.watch(self._state.conn.fileno(), self._seconds_left())
        try:
            result = statement(*args)
        finally:
            if WATCHDOG.release(token):
                self._mark_unreachable()  # it did not answer in time: asking again would only wait again
        return result

    # --- connections ---------------------------------------------------------------

    def _connect_now(self) -> None:
        try:
            self.connect()
        except peewee.OperationalError:
            self._mark_unreachable()
            raise

    def _refuse_while_unreachable(self) -> None:
        if not self.reachable and not getattr(self._here, "probing", False):
            raise peewee.OperationalError(UNREACHABLE)

    def _mark_unreachable(self) -> None:
        self._unreachable_until = time.monotonic() + UNREACHABLE_FOR_S
        self._answered = False

    def _connection_lost(self) -> bool:
        conn = self._state.conn
        return conn is None or conn.closed or conn.broken

    def _discard_connection(self) -> None:
        """Forget this thread's broken connection; the next statement opens a new one."""
        try:
            self._state.conn.close()
        except Exception:  # noqa: BLE001 — it is broken already; nothing more to learn from it
            pass
        self._state.reset()

    def _heal(self, statement, *args, retry: bool):
        """Run a statement; after a lost connection, once more on a new one when that is safe."""
        if not self.is_closed() and not self.in_transaction() and self._connection_lost():
            self._discard_connection()
        try:
            return self._bounded(statement, *args)
        except (peewee.OperationalError, peewee.InterfaceError):
            if self.is_closed() or not self._connection_lost():
                raise
            if self.in_transaction() or not retry or not self.reachable:
                self._mark_unreachable()
                raise
            self._discard_connection()
        try:
            return self._bounded(statement, *args)
        except (peewee.OperationalError, peewee.InterfaceError):
            if not self.is_closed() and self._connection_lost():
                self._mark_unreachable()
            raise

    def execute_sql(self, sql, params=None):
        parent = super().execute_sql
        return self._heal(lambda: parent(sql, params), retry=is_read(sql) and not self.in_transaction())

    def begin(self, isolation_level=None):
        def start():
            with peewee.__exception_wrapper__:  # one round trip: no parameters, so both go as one simple query
                self.cursor().execute(f"BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")

        self._heal(start, retry=True)

    def commit(self):
        self._heal(super().commit, retry=False)

    def rollback(self):
        if self._connection_lost():
            return  # the server rolls back a transaction whose connection is gone
        self._heal(super().rollback, retry=False)

    # --- is the server there? ------------------------------------------------------

    @property
    def reachable(self) -> bool:
        """False once a statement found the server gone: until the watching thread sees it answer again, or
        (when nothing watches) for a moment."""
        if self._watching.is_set():
            return self._answered
        return time.monotonic() >= self._unreachable_until

    def watch(self) -> None:
        """Keep `reachable` true to within a second: a heartbeat while it answers, a probe while it does not."""
        if not self._watching.is_set():
            self._answered = time.monotonic() >= self._unreachable_until
            self._watching.set()
            threading.Thread(target=self._watch, name="belvedere-server-watch", daemon=True).start()

    def stop_watching(self) -> None:
        self._watching.clear()

    def _watch(self) -> None:
        self._here.probing = True
        while self._watching.is_set():
            self._answered = self.answers()
            time.sleep(WATCH_EVERY_S)
        if not self.is_closed():
            self.close()

    def answers(self) -> bool:
        """One short round trip to the server."""
        try:
            with self.deadline(HEARTBEAT_DEADLINE_S):
                self.execute_sql("SELECT 1")
            return True
        except (peewee.OperationalError, peewee.InterfaceError):
            if not self.is_closed():
                self._discard_connection()
            return False


def server_database(url: str) -> ServerDatabase:
    """The server a postgresql:// URL names, with the password from this run or the password file."""
    address = parse_address(url)
    if not address.database:
        raise ValueError("the address names no database")
    params = {"host": address.host, "port": address.port, **credentials.connection_secrets(url)}
    if address.user:
        params["user"] = address.user
    return ServerDatabase(address.database, **params)
