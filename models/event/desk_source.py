"""Where the desk's answers come from: the event file, or a server with this desk's offline copy behind it.

The desk asks one object (`check`, `walk_in`, `undo`, `read`) and paints what it returns;
whether an answer came from the file, the server or the offline copy is decided here, not
at the desk (pretixSCAN's idea). On a server:

- a scan is answered by the server when it answers within ANSWER_WITHIN_S; otherwise, and
  while the server is unreachable, by the offline copy, where the check-in is committed to
  the queue before the answer is given. Either way the answer is about this scan: a failure
  never leaves the desk showing the previous person;
- a thread keeps the copy current while the server answers, and uploads the queue when it
  answers again (the server keeps one valid check-in per person and day; see
  models.checkin.merging); only then does the desk ask the server again;
- `link()` is what the desk shows beside its answer: online, or offline with the number of
  check-ins waiting and why.
"""
from __future__ import annotations

import logging
import math
import queue
import threading
import time
from dataclasses import dataclass

from models.checkin.entities import CheckIn
from models.checkin.merging import Merge, merge_check_ins, recorded
from models.checkin.service import CheckInResult, Outcome, check_in, void_check_in, walk_in
from models.event import transfer
from models.event.offline import DESK_MODELS, OfflineCopy, copy_path
from models.ground.audit import AuditEntry
from models.ground.clock import SYSTEM_CLOCK, Clock, FakeClock
from models.ground.db import DATABASE_ERRORS, database, explain_database_error, is_server
from models.ground.entities import Day, Event
from models.ground.errors import BelvedereError, EventFileError
from models.ground.i18n import QT_TRANSLATE_NOOP, translate
from models.participants.entities import Delegation, Role

log = logging.getLogger(__name__)

ANSWER_WITHIN_S = 1.5  # a desk waits no longer for the server: then it answers from its offline copy
KEEP_EVERY_S = 0.5
REFRESH_EVERY_S = 10.0
UPLOAD_CHUNK = 100  # queued check-ins added to the server in one transaction

UNREACHABLE_SENTENCE = QT_TRANSLATE_NOOP("desk", "The event server cannot be reached: this desk checks people in "
                                                 "from its offline copy and uploads them when the server is back.")
NO_COPY = QT_TRANSLATE_NOOP("desk", "The event server cannot be reached, and this desk has no offline copy of the event "
                            "yet: nothing was saved. Write the name on the sign-in sheet, and check the network.")
OFFLINE_WALK_IN = QT_TRANSLATE_NOOP("desk", "This desk is offline: walk-ins are registered when the server is back (or at "
                                    "a desk that is online). Meanwhile write their details on the sign-in sheet.")
OFFLINE_UNDO = QT_TRANSLATE_NOOP("desk", "This desk is offline: only the check-ins it made while offline can be undone now. "
                                 "Undo this one when the desk is back online.")


@dataclass(frozen=True)
class Link:
    """Where the answers come from now, for the note beside the desk's answer."""

    online: bool
    waiting: int = 0  # check-ins made offline, not yet on the server
    problem: str = ""  # why the desk is offline, in words
    uploaded: int = 0  # check-ins uploaded since the desk was last offline
    duplicates: int = 0  # of those, kept as duplicates of a check-in made at another desk


def load_details(result: CheckInResult, known: dict | None = None) -> CheckInResult:
    """The person's delegation and role given now (from `known`, by id, else read), so that painting the answer
    asks no database."""
    person = result.participant
    if person is not None:
        known = known or {}
        for field, model in (("delegation", Delegation), ("role", Role)):
            group = known.get((model, getattr(person, f"{field}_id")))
            if group is not None:
                setattr(person, field, group)
            else:
                getattr(person, field)
    return result


class FileDesk:
    """A desk on an event file: every answer from the file."""

    def __init__(self, event: Event, clock: Clock = SYSTEM_CLOCK):
        self.event, self.clock = event, clock

    def check(self, scanned, **options) -> CheckInResult:
        return check_in(self.event, scanned, clock=self.clock, **options)

    def walk_in(self, details, day: Day, **options) -> CheckInResult:
        return walk_in(self.event, details, day, clock=self.clock, **options)

    def undo(self, record: CheckIn, reason: str, operator: str = "") -> CheckIn:
        return void_check_in(record, reason, operator=operator, clock=self.clock)

    def read(self, work, *args):
        return work(*args)

    def walk_in_refused(self, day: Day) -> CheckInResult | None:
        return None

    def link(self) -> Link | None:
        return None

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass


class ServerDesk:
    """A desk on a server, with its offline copy and queue (see the module's description)."""

    def __init__(self, event: Event, url: str, clock: Clock = SYSTEM_CLOCK):
        self.event, self.clock = event, clock
        self.server = database.obj
        self.copy = OfflineCopy(copy_path(url))
        self._lock = threading.RLock()  # the copy's queue changes under it: a scan here, an upload there
        self._seen: queue.SimpleQueue = queue.SimpleQueue()  # this desk's work on the server, for the copy
        self._online = self.copy.waiting() == 0  # a queue left from the last run is uploaded first
        self._problem = "" if self._online else translate("desk", UNREACHABLE_SENTENCE)
        self._uploaded = self._duplicates = 0
        self._groups: dict = {}  # (Delegation or Role, id) -> row: a scan's answer needs no more round trips
        self._refreshed_at = -math.inf
        self._stopping = threading.Event()
        self._keeper: threading.Thread | None = None

    # --- the desk's questions ------------------------------------------------------

    def check(self, scanned, **options) -> CheckInResult:
        clock = FakeClock(self.clock.now())  # one instant, on the server and, should that fail, in the copy
        if self._usable():
            result = self._on_server(lambda: load_details(check_in(self.event, scanned, clock=clock, **options),
                                                          self._groups))
            if result is not None and result.outcome is not Outcome.NOT_SAVED:
                if result.checked_in:
                    self._seen.put((result.check_in, result.participant))
                return result
            if result is not None:
                self._go_offline(result.problem)
        return self._from_copy(lambda: load_details(check_in(self.event, scanned, clock=clock, **options),
                                                    self._groups), options["day"])

    def walk_in(self, details, day: Day, **options) -> CheckInResult:
        if self._usable():
            result = self._on_server(lambda: load_details(walk_in(self.event, details, day, clock=self.clock,
                                                                  **options)))
            if result is not None and result.outcome is not Outcome.NOT_SAVED:
                self._seen.put((result.check_in, result.participant))
                return result
            if result is not None:
                self._go_offline(result.problem)
        return self.walk_in_refused(day)

    def walk_in_refused(self, day: Day) -> CheckInResult | None:
        """While offline a walk-in is refused before anyone types their details."""
        return None if self._usable() else CheckInResult(Outcome.NOT_SAVED, day, problem=translate("desk", OFFLINE_WALK_IN))

    def undo(self, record: CheckIn, reason: str, operator: str = "") -> CheckIn:
        if self._usable():
            try:
                with self.server.deadline(ANSWER_WITHIN_S):
                    voided = void_check_in(recorded(record) or record, reason, operator=operator, clock=self.clock)
                self._seen.put((voided, None))
                return voided
            except EventFileError as error:
                if self.server.reachable:
                    raise
                self._go_offline(str(error))
        with self._lock, database.using(self.copy.db):
            self._add_seen()
            queued = self.copy.is_queued(record)
            if queued is None:
                raise BelvedereError(translate("desk", OFFLINE_UNDO))
            return void_check_in(queued, reason, operator=operator, clock=self.clock)

    def read(self, work, *args):
        """`work(*args)` on the server while it answers in time, else on the offline copy."""
        if self._usable():
            try:
                with self.server.deadline(ANSWER_WITHIN_S):
                    return work(*args)
            except DATABASE_ERRORS as error:
                self._go_offline(self._sentence(error))
        if not self.copy.ready:
            raise EventFileError(translate("desk", NO_COPY))
        with database.using(self.copy.db):
            return work(*args)

    def link(self) -> Link:
        online = self._usable()
        problem = "" if online else (self._problem or translate("desk", UNREACHABLE_SENTENCE))
        return Link(online, self.copy.waiting(), problem, self._uploaded, self._duplicates)

    # --- where the answer comes from ---------------------------------------------------

    def _usable(self) -> bool:
        return self._online and self.server.reachable

    def _on_server(self, work) -> CheckInResult | None:
        """The result, or None if the server failed after giving one (it then comes from the copy)."""
        try:
            with self.server.deadline(ANSWER_WITHIN_S):
                return work()
        except DATABASE_ERRORS as error:
            self._go_offline(self._sentence(error))
            return None

    def _from_copy(self, work, day: Day) -> CheckInResult:
        if not self.copy.ready:
            return CheckInResult(Outcome.NOT_SAVED, day, problem=translate("desk", NO_COPY))
        with self._lock, database.using(self.copy.db):
            self._add_seen()
            return work()

    def _sentence(self, error: Exception) -> str:
        with database.using(self.server):
            return str(explain_database_error(error))

    def _go_offline(self, problem: str) -> None:
        """`problem` says why, unless the server is simply out of reach: then what the desk does about it."""
        problem = problem if self.server.reachable else translate("desk", UNREACHABLE_SENTENCE)
        if self._online:
            log.warning("desk offline: %s", problem)
            self._uploaded = self._duplicates = 0
        self._online, self._problem = False, problem

    def _add_seen(self) -> None:
        """This desk's check-ins and undos on the server, into the copy (under the lock)."""
        seen = []
        while True:
            try:
                seen.append(self._seen.get_nowait())
            except queue.Empty:
                break
        if seen:
            self.copy.add_seen(seen)

    # --- keeping the copy, uploading the queue -------------------------------------------

    def start(self) -> None:
        self.server.watch()
        self._keeper = threading.Thread(target=self._keep, name="belvedere-desk-copy", daemon=True)
        self._keeper.start()

    def stop(self) -> None:
        self._stopping.set()
        self.server.stop_watching()
        if self._keeper is not None:
            self._keeper.join(timeout=10)
        self.copy.close()

    def _keep(self) -> None:
        while not self._stopping.is_set():
            try:
                with database.using(self.server):
                    self.keep_once()
            except (*DATABASE_ERRORS, BelvedereError, OSError) as error:
                log.warning("offline copy not kept current: %s", error)
            self._stopping.wait(KEEP_EVERY_S)
        self.copy.close()
        if not self.server.is_closed():
            self.server.close()

    def keep_once(self) -> None:
        with self._lock:
            self._add_seen()
        if not self.server.reachable:
            self._go_offline(self._problem or translate("desk", UNREACHABLE_SENTENCE))
            return
        if not self._online or self.copy.waiting():
            self._upload()
        if self._online and time.monotonic() - self._refreshed_at >= REFRESH_EVERY_S:
            self._refresh()

    def _upload(self) -> None:
        self._upload_queued()
        with self._lock:  # what was scanned meanwhile goes too, then the server answers again
            self._upload_queued()
            for entry in self.copy.audit_entries():
                AuditEntry.create(at=entry.at, actor=entry.actor, action=entry.action, subject=entry.subject,
                                  detail=entry.detail)
                self.copy.audit_uploaded(entry)
            if not self._online:
                log.info("desk online again: %s check-ins uploaded, %s duplicates", self._uploaded, self._duplicates)
            self._online, self._problem = True, ""

    def _upload_queued(self) -> None:
        queued = self.copy.queued()
        for start in range(0, len(queued), UPLOAD_CHUNK):
            chunk = queued[start:start + UPLOAD_CHUNK]
            outcomes = merge_check_ins(self.event, [entry for _, entry in chunk], self.clock)
            self.copy.uploaded(chunk[-1][0])
            self._uploaded += sum(outcome is not Merge.ALREADY_THERE for outcome in outcomes)
            self._duplicates += sum(outcome in (Merge.DUPLICATE, Merge.EARLIER) for outcome in outcomes)

    def _refresh(self) -> None:
        rows = transfer.read_rows(DESK_MODELS)
        self._groups = {(model, row["id"]): model(**row) for model in (Delegation, Role) for row in rows[model]}
        with self._lock:
            self.copy.refresh(rows)
            self._add_seen()
        self._refreshed_at = time.monotonic()



def open_desk(event: Event, target: str, clock: Clock = SYSTEM_CLOCK) -> FileDesk | ServerDesk:
    """The desk for the bound event: on its file, or on its server (started: call `stop` when done)."""
    desk = ServerDesk(event, target, clock) if is_server() else FileDesk(event, clock)
    desk.start()
    return desk

