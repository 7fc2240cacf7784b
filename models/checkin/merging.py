"""Check-ins a desk made while it could not reach the server, added to the server when it is back.

The server keeps one valid check-in per person and day. When another desk checked the same
person in meanwhile, the earlier of the two stays valid and the later is kept as a duplicate
(voided, pointing at the valid one) for the organiser to see: nothing is lost, nothing is
counted twice. Adding the same queued check-in twice (a desk stopped before it noted the
upload) adds nothing the second time.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from models.checkin.entities import CheckIn
from models.checkin.service import local_time, valid_check_in
from models.ground import audit
from models.ground.clock import SYSTEM_CLOCK, Clock
from models.ground.db import write_transaction
from models.ground.entities import Day, Event
from models.participants.entities import Participant

log = logging.getLogger(__name__)  # participants by number only

DUPLICATE_REASON = "duplicate: also checked in at {desk} at {time}, while a desk was offline"


class Merge(str, Enum):
    ADDED = "added"  # the person had no valid check-in that day, or this one was undone at the desk
    DUPLICATE = "duplicate"  # another desk had checked them in earlier: this one is kept as a duplicate
    EARLIER = "earlier"  # this one was earlier: it is valid now, and the other desk's is the duplicate
    ALREADY_THERE = "already-there"  # uploaded before
    UNKNOWN = "unknown"  # the server has no such person or day (removed meanwhile): kept in the log only


@dataclass(frozen=True)
class QueuedCheckIn:
    """A check-in as the desk's offline queue holds it: the person and the day by number."""

    number: int
    day: int
    at: datetime
    desk: str
    operator: str
    method: str
    badge_version: int | None
    voided_at: datetime | None = None
    void_reason: str = ""
    voided_by: str = ""


def recorded(record: CheckIn) -> CheckIn | None:
    """The same check-in in the bound database: a desk's offline copy numbers its rows its own way."""
    return CheckIn.get_or_none((CheckIn.participant == record.participant_id) & (CheckIn.day == record.day_id)
                               & (CheckIn.at == record.at) & (CheckIn.desk == record.desk))


def _create(participant: Participant, day, entry: QueuedCheckIn, **changes) -> CheckIn:
    fields = dict(participant=participant, day=day, at=entry.at, desk=entry.desk, operator=entry.operator,
                  method=entry.method, badge_version=entry.badge_version, voided_at=entry.voided_at,
                  void_reason=entry.void_reason, voided_by=entry.voided_by)
    return CheckIn.create(**{**fields, **changes})


def _reason(event: Event, kept: CheckIn) -> str:
    return DUPLICATE_REASON.format(desk=kept.desk or "another desk", time=f"{local_time(event, kept.at):%H:%M:%S}")


def merge_check_in(event: Event, entry: QueuedCheckIn, clock: Clock = SYSTEM_CLOCK) -> Merge:
    """Add one queued check-in to the bound (server) database, in one transaction."""
    participant = Participant.get_or_none((Participant.event == event) & (Participant.number == entry.number))
    day = Day.get_or_none((Day.event == event) & (Day.number == entry.day))
    if participant is None or day is None:
        log.warning("queued check-in of participant %s on day %s: no such person or day here", entry.number, entry.day)
        return Merge.UNKNOWN
    with write_transaction():
        same_person = (CheckIn.participant == participant) & (CheckIn.day == day)
        if CheckIn.select().where(same_person & (CheckIn.at == entry.at) & (CheckIn.desk == entry.desk)).exists():
            return Merge.ALREADY_THERE  # uploaded before the desk could note it, or committed just as the LAN went
        valid = valid_check_in(participant, day)
        if entry.voided_at is not None or valid is None:
            _create(participant, day, entry)
            return Merge.ADDED
        if valid.at <= entry.at:
            _create(participant, day, entry, voided_at=clock.now(), void_reason=_reason(event, valid), duplicate_of=valid)
            outcome, kept, other = Merge.DUPLICATE, valid, entry.desk
        else:
            CheckIn.update(voided_at=clock.now(), void_reason=_reason(event, CheckIn(at=entry.at, desk=entry.desk)))\
                .where(CheckIn.id == valid.id).execute()
            kept = _create(participant, day, entry)
            CheckIn.update(duplicate_of=kept).where(CheckIn.id == valid.id).execute()
            outcome, other = Merge.EARLIER, valid.desk
        audit.record("duplicate check-in kept", f"participant:{entry.number}", entry.operator, clock, day=entry.day,
                     valid_desk=kept.desk, duplicate_desk=other)
    log.info("queued check-in of participant %s on day %s: %s", entry.number, entry.day, outcome.value)
    return outcome
