"""The record of the event as it happened, in the event document: check-ins (undone and duplicate ones too), the
chair's run log and the audit log, so that an event moves between a file and a server whole.

People are named by number, days by number and agenda items by their day and position, as in the journal.
"""
from __future__ import annotations

import json
from datetime import datetime

from models.agenda.entities import AgendaAction, AgendaItem
from models.checkin.entities import CheckIn
from models.event.values import DocumentError, objects, parse_instant, require
from models.ground.audit import AuditEntry
from models.ground.clock import UTC
from models.ground.entities import Day, Event
from models.ground.i18n import translate
from models.participants.entities import Participant
from models.participants.registration import insert_rows

KEYS = ("checkins", "run_log", "audit")


def _utc(instant: datetime | None) -> str | None:
    return instant.astimezone(UTC).isoformat().replace("+00:00", "Z") if instant else None


# --- out -----------------------------------------------------------------------------


def export_record(event: Event) -> dict:
    days = {day.id: day.number for day in Day.select().where(Day.event == event)}
    numbers = dict(Participant.select(Participant.id, Participant.number).where(Participant.event == event).tuples())
    positions = {item.id: item.position for item in AgendaItem.select(AgendaItem.id, AgendaItem.position)}
    checkins = list(CheckIn.select().where(CheckIn.day.in_(list(days))).order_by(CheckIn.at, CheckIn.id))
    at_of = {checkin.id: checkin.at for checkin in checkins}
    return {
        "checkins": [{
            "number": numbers[c.participant_id], "day": days[c.day_id], "at": _utc(c.at), "desk": c.desk,
            "operator": c.operator, "method": c.method, "badge_version": c.badge_version,
            "voided_at": _utc(c.voided_at), "void_reason": c.void_reason, "voided_by": c.voided_by,
            "duplicate_of": _utc(at_of.get(c.duplicate_of_id)),
        } for c in checkins],
        "run_log": [{
            "day": days[a.day_id], "item": positions.get(a.item_id), "action": a.action, "at": _utc(a.at),
            "seconds": a.seconds, "text": a.text, "actor": a.actor,
        } for a in AgendaAction.select().where(AgendaAction.day.in_(list(days))).order_by(AgendaAction.id)],
        "audit": [{"at": _utc(e.at), "actor": e.actor, "action": e.action, "subject": e.subject,
                   "detail": e.details} for e in AuditEntry.select().order_by(AuditEntry.id)],
    }


# --- in ------------------------------------------------------------------------------


def load_record(event: Event, document: dict) -> None:
    """Add the document's record to the event just loaded (inside its transaction)."""
    days = {day.number: day.id for day in Day.select().where(Day.event == event)}
    people = dict(Participant.select(Participant.number, Participant.id).where(Participant.event == event).tuples())
    _load_checkins(objects(document.get("checkins"), "checkins"), days, people)
    items = {(item.day_id, item.position): item.id for item in AgendaItem.select().where(AgendaItem.day.in_(list(days.values())))}
    actions = []
    for index, entry in enumerate(objects(document.get("run_log"), "run_log"), start=1):
        where = f"run log entry {index}"
        day = _day(entry, days, where)
        item = entry.get("item")
        if item is not None and (day, item) not in items:
            raise DocumentError(translate("event", "{where}: day {day} has no agenda item at position {item}.")
                                .format(where=where, day=entry["day"], item=item))
        actions.append(dict(day=day, item=items.get((day, item)), action=str(require(entry, "action", where)),
                            at=parse_instant(require(entry, "at", where), where), seconds=entry.get("seconds"),
                            text=str(entry.get("text") or ""), actor=str(entry.get("actor") or "")))
    insert_rows(AgendaAction, actions)
    insert_rows(AuditEntry, [_audit_row(entry, f"audit entry {index}")
                             for index, entry in enumerate(objects(document.get("audit"), "audit"), start=1)])


def _audit_row(entry: dict, where: str) -> dict:
    return dict(at=parse_instant(require(entry, "at", where), where), actor=str(entry.get("actor") or ""),
                action=str(require(entry, "action", where)), subject=str(entry.get("subject") or ""),
                detail=json.dumps(entry.get("detail") or {}, ensure_ascii=False))


def _day(entry: dict, days: dict, where: str) -> int:
    number = require(entry, "day", where)
    if number not in days:
        raise DocumentError(translate("event", "{where}: the event has no day {number}.").format(where=where, number=number))
    return days[number]


def _load_checkins(entries: list[dict], days: dict, people: dict) -> None:
    rows, duplicates = [], []
    for index, entry in enumerate(entries, start=1):
        where = f"check-in {index}"
        number = require(entry, "number", where)
        if number not in people:
            raise DocumentError(translate("event", "{where}: there is no participant {number}.")
                                .format(where=where, number=number))
        row = dict(participant=people[number], day=_day(entry, days, where), at=parse_instant(require(entry, "at", where), where),
                   desk=str(entry.get("desk") or ""), operator=str(entry.get("operator") or ""),
                   method=str(entry.get("method") or "scan"), badge_version=entry.get("badge_version"),
                   voided_at=parse_instant(entry.get("voided_at"), where), void_reason=str(entry.get("void_reason") or ""),
                   voided_by=str(entry.get("voided_by") or ""))
        rows.append(row)
        if entry.get("duplicate_of"):
            duplicates.append((row, parse_instant(entry["duplicate_of"], where)))
    insert_rows(CheckIn, rows)
    for row, earlier in duplicates:
        same_person = (CheckIn.participant == row["participant"]) & (CheckIn.day == row["day"])
        original = CheckIn.get_or_none(same_person & (CheckIn.at == earlier))
        if original is not None:
            CheckIn.update(duplicate_of=original.id).where(same_person & (CheckIn.at == row["at"])).execute()
