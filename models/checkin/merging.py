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
from models.checkin.service import local_time
from models.ground import audit
from models.ground.clock import SYSTEM_CLOCK, Clock
from models.ground.db import write_transaction
from models.ground.entities import Day, Event
from models.ground.i18n import QT_TRANSLATE_NOOP, translate
from models.participants.entities import Participant

log = logging.getLogger(__name__)  # participants by number only

# kept with the duplicate, in the language of the desk that uploads it (as a reason typed at a desk is)
DUPLICATE_REASON = QT_TRANSLATE_NOOP("checkin", "duplicate: also checked in at {desk} at {time}, while a desk was offline")
ANOTHER_DESK = QT_TRANSLATE_NOOP("checkin", "another desk")


class Merge(str, Enum):
    ADDED = "added"  # the person had no valid check-in that day, or this one was undone at the desk
    DUPLICATE = "duplicate"  # another desk had checked them in earlier: this one is kept as a duplicate
    EARLIER = "earlier"  # this one was earlier: it is valid now, and the other desk's is the duplicate
    ALREADY_THERE = "already-there"  # uploaded before
    UNKNOWN = "unknown"  # the server has no such person or day (removed meanwhile): left out, and logged


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
    return translate("checkin", DUPLICATE_REASON).format(desk=kept.desk or translate("checkin", ANOTHER_DESK),
                                                         time=f"{local_time(event, kept.at):%H:%M:%S}")


def merge_check_ins(event: Event, entries: list[QueuedCheckIn], clock: Clock = SYSTEM_CLOCK) -> list[Merge]:
    """Add queued check-ins to the bound (server) database, in order, in one transaction."""
    people = {person.number: person for person in Participant.select().where(
        (Participant.event == event) & Participant.number.in_(list({entry.number for entry in entries})))}
    days = {day.number: day for day in Day.select().where(Day.event == event)}
    with write_transaction():
        known: dict[tuple[int, int], list[CheckIn]] = {}  # what the server holds for these people, read once
        for row in CheckIn.select().where(CheckIn.participant.in_([person.id for person in people.values()])):
            known.setdefault((row.participant_id, row.day_id), []).append(row)
        outcomes = [_merge(event, entry, people.get(entry.number), days.get(entry.day), known, clock)
                    for entry in entries]
    for entry, outcome in zip(entries, outcomes):
        log.info("queued check-in of participant %s on day %s: %s", entry.number, entry.day, outcome.value)
    return outcomes


def _merge(event: Event, entry: QueuedCheckIn, participant: Participant | None, day: Day | None,
           known: dict[tuple[int, int], list[CheckIn]], clock: Clock) -> Merge:
    if participant is None or day is None:
        return Merge.UNKNOWN
    rows = known.setdefault((participant.id, day.id), [])
    if any(row.at == entry.at and row.desk == entry.desk for row in rows):
        return Merge.ALREADY_THERE  # uploaded before the desk could note it, or committed just as the LAN went
    valid = next((row for row in rows if row.voided_at is None), None)
    if entry.voided_at is not None or valid is None:
        rows.append(_create(participant, day, entry))
        return Merge.ADDED
    if valid.at <= entry.at:
        rows.append(_create(participant, day, entry, voided_at=clock.now(), void_reason=_reason(event, valid),
                            duplicate_of=valid))
        outcome, kept, other = Merge.DUPLICATE, valid, entry.desk
    else:
        valid.voided_at, valid.void_reason = clock.now(), _reason(event, CheckIn(at=entry.at, desk=entry.desk))
        CheckIn.update(voided_at=valid.voided_at, void_reason=valid.void_reason).where(CheckIn.id == valid.id).execute()
        kept = _create(participant, day, entry)
        CheckIn.update(duplicate_of=kept).where(CheckIn.id == valid.id).execute()
        rows.append(kept)
        outcome, other = Merge.EARLIER, valid.desk
    audit.record("duplicate check-in kept", f"participant:{entry.number}", audit.at_desk(entry.operator), clock,
                 day=entry.day, valid_desk=kept.desk, duplicate_desk=other)
    return outcome
