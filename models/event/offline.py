"""A desk's offline copy of an event on a server, and its queue of check-ins waiting to be uploaded.

The copy is an ordinary event file in the data folder (owner-only; WAL and full
synchronisation like every event file): the event with its code and secret, days,
delegations, roles, participants and the check-ins last seen on the server. While the
server cannot be reached the desk checks people in against it, and every check-in it
makes there is committed before the desk answers. Those check-ins are the queue: the
rows after the copy's upload mark (`uploaded_through`), uploaded in order when the server
is back. The copy is refreshed from the server only when its queue is empty.
"""
from __future__ import annotations

import re
from pathlib import Path

import peewee

from models.checkin.entities import CheckIn
from models.checkin.merging import QueuedCheckIn, recorded
from models.event import schema, transfer
from models.ground import appconfig
from models.ground.addresses import parse_address
from models.ground.audit import AuditEntry
from models.ground.db import connect, database
from models.ground.entities import Day, Event, Setting
from models.ground.files import make_private
from models.participants.entities import Delegation, Participant, Role

# What a desk needs to check people in and to search them, in the order rows can be inserted.
DESK_MODELS = [Event, Day, Setting, Delegation, Role, Participant, CheckIn]
MARK_TABLE = ("CREATE TABLE IF NOT EXISTS offline_mark "
              "(id INTEGER PRIMARY KEY CHECK (id = 1), uploaded_through INTEGER NOT NULL)")


def copy_path(url: str) -> Path:
    address = parse_address(url)
    name = re.sub(r"[^\w.-]+", "-", f"{address.host}-{address.port}-{address.database}-{address.user}")
    folder = appconfig.data_dir() / "offline"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder / f"{name}.belvedere"


class OfflineCopy:
    """The copy's database; every method runs on the calling thread's own connection to it."""

    def __init__(self, path: Path):
        self.path = path
        self.db: peewee.SqliteDatabase = connect(path)
        with database.using(self.db):
            schema.ensure_current(create=True)  # a copy left by an older Belvedere is upgraded, its queue kept
        self.db.execute_sql(MARK_TABLE)
        self.db.execute_sql("INSERT OR IGNORE INTO offline_mark (id, uploaded_through) "
                            "VALUES (1, (SELECT COALESCE(MAX(id), 0) FROM check_in))")
        make_private(self.path)

    @property
    def ready(self) -> bool:
        """It holds an event (the first refresh has been made, now or at an earlier start)."""
        with database.using(self.db):
            return Event.select().exists()

    def _mark(self) -> int:
        return self.db.execute_sql("SELECT uploaded_through FROM offline_mark").fetchone()[0]

    def _set_mark(self, check_in_id: int) -> None:
        self.db.execute_sql("UPDATE offline_mark SET uploaded_through = ?", (check_in_id,))

    def waiting(self) -> int:
        """Check-ins made here that the server does not have yet."""
        return self.db.execute_sql("SELECT COUNT(*) FROM check_in WHERE id > (SELECT uploaded_through FROM offline_mark)"
                                   ).fetchone()[0]

    def queued(self) -> list[tuple[int, QueuedCheckIn]]:
        """The queue in the order the check-ins were made: (id here, the check-in by numbers)."""
        with database.using(self.db):
            rows = (CheckIn.select(CheckIn, Participant.number, Day.number.alias("day_number"))
                    .join(Participant).switch(CheckIn).join(Day)
                    .where(CheckIn.id > self._mark()).order_by(CheckIn.id).objects())
            return [(row.id, QueuedCheckIn(row.number, row.day_number, row.at, row.desk, row.operator, row.method,
                                           row.badge_version, row.voided_at, row.void_reason, row.voided_by))
                    for row in rows]

    def uploaded(self, check_in_id: int) -> None:
        self._set_mark(check_in_id)

    def is_queued(self, record: CheckIn) -> CheckIn | None:
        """This copy's row for a check-in, if it is still in the queue (only those can be undone here)."""
        with database.using(self.db):
            row = recorded(record)
            return row if row is not None and row.id > self._mark() else None

    def audit_entries(self) -> list[AuditEntry]:
        """What was audited here while offline (the copy holds no other audit entries)."""
        with database.using(self.db):
            return list(AuditEntry.select().order_by(AuditEntry.id))

    def audit_uploaded(self, entry: AuditEntry) -> None:
        with database.using(self.db):
            AuditEntry.delete().where(AuditEntry.id == entry.id).execute()

    # --- keeping it current --------------------------------------------------------

    def refresh(self, rows: dict) -> bool:
        """Replace the copy with rows read from the server (`transfer.read_rows`); not while check-ins wait."""
        with database.using(self.db), self.db.atomic():
            if self.waiting():
                return False
            transfer.write_rows(rows)
            self._set_mark(self.db.execute_sql("SELECT COALESCE(MAX(id), 0) FROM check_in").fetchone()[0])
        return True

    def add_seen(self, seen: list[tuple[CheckIn, Participant | None]]) -> None:
        """Check-ins and undos this desk made on the server (an undo has no participant), so that the copy knows
        them before the next refresh; in one transaction."""
        with database.using(self.db), self.db.atomic():
            for record, participant in seen:
                if participant is None:
                    self._add_void(record)
                else:
                    self._add_check_in(record, participant)

    def _add_check_in(self, record: CheckIn, participant: Participant) -> None:
        if not Participant.select().where(Participant.id == participant.id).exists():
            return  # a walk-in: the next refresh brings them
        if recorded(record) is not None:
            return
        was_current = self._mark() == self.db.execute_sql("SELECT COALESCE(MAX(id), 0) FROM check_in").fetchone()[0]
        # one the copy still thinks valid was undone on the server since the last refresh
        CheckIn.delete().where((CheckIn.participant == participant.id) & (CheckIn.day == record.day_id)
                               & CheckIn.voided_at.is_null() & (CheckIn.id <= self._mark())).execute()
        new = CheckIn.insert(participant=participant.id, day=record.day_id, at=record.at, desk=record.desk,
                             operator=record.operator, method=record.method, badge_version=record.badge_version,
                             voided_at=record.voided_at, void_reason=record.void_reason,
                             voided_by=record.voided_by).execute()
        if was_current:
            self._set_mark(new)

    def _add_void(self, record: CheckIn) -> None:
        row = recorded(record)
        if row is not None:
            CheckIn.update(voided_at=record.voided_at, void_reason=record.void_reason,
                           voided_by=record.voided_by).where(CheckIn.id == row.id).execute()

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()
