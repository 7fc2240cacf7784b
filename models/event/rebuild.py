"""Rebuilding a day from the journal: replaying its lines into the event file prepared before."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from models.agenda.entities import AgendaAction, AgendaItem
from models.checkin.entities import CheckIn
from models.ground.clock import UTC
from models.ground.db import write_transaction
from models.ground.entities import Day, Event
from models.ground.errors import BelvedereError, ConstraintError
from models.participants.entities import Participant


def read_journal(path: Path) -> list[dict]:
    """The journal's entries. A line cut short by a power cut (the last one, or one the desk wrote on after) is
    ignored: it was never acknowledged. Any other bad line is an error."""
    lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()  # a cut may split a letter
    entries = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            entries.append(json.loads(line))
        except ValueError as error:
            if number == len(lines) or not line.rstrip().endswith("}"):
                continue
            raise BelvedereError(f"Line {number} of the journal {path} is damaged; nothing was rebuilt.") from error
    return entries


def _parse(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp).astimezone(UTC)


def _replay_checkin(entry: dict, participants: dict, days: dict) -> bool:
    participant, day = participants.get(entry["number"]), days.get(entry["day"])
    if participant is None or day is None:
        raise BelvedereError(
            f"The journal names participant {entry['number']} on day {entry['day']}, which this event file "
            "does not have. Rebuild into the event file prepared for this event."
        )
    at = _parse(entry["at"])
    exists = CheckIn.select().where((CheckIn.participant == participant) & (CheckIn.day == day) & (CheckIn.at == at))
    if exists.exists():
        return False
    try:
        with write_transaction():
            CheckIn.create(participant=participant, day=day, at=at, desk=entry.get("desk", ""),
                           operator=entry.get("operator", ""), method=entry.get("method", "scan"),
                           badge_version=entry.get("badge_version"))
    except ConstraintError:
        return False  # already checked in that day by another entry
    return True


def _replay_void(entry: dict, participants: dict, days: dict) -> bool:
    match = CheckIn.select().where(
        (CheckIn.participant == participants.get(entry["number"])) & (CheckIn.day == days.get(entry["day"]))
        & (CheckIn.at == _parse(entry["at"])) & CheckIn.voided_at.is_null()
    ).first()
    if match is None:
        return False
    match.voided_at, match.void_reason, match.voided_by = _parse(entry["voided_at"]), entry.get("reason", ""), entry.get("by", "")
    match.save()
    return True


def _replay_action(entry: dict, days: dict) -> bool:
    day = days.get(entry["day"])
    at = _parse(entry["at"])
    if day is None or AgendaAction.select().where(
            (AgendaAction.day == day) & (AgendaAction.at == at) & (AgendaAction.action == entry["action"])).exists():
        return False
    item = AgendaItem.get_or_none((AgendaItem.day == day) & (AgendaItem.position == entry["item"])) \
        if entry.get("item") is not None else None
    AgendaAction.create(day=day, item=item, action=entry["action"], at=at, seconds=entry.get("seconds"),
                        text=entry.get("text", ""), actor=entry.get("actor", ""))
    return True


def rebuild_from_journal(event: Event, path: Path) -> int:
    """Replay the journal into the bound event file; entries already present are skipped. Returns entries added."""
    entries = read_journal(path)
    foreign = {entry.get("event") for entry in entries} - {event.code}
    if foreign:
        raise BelvedereError(f"This journal belongs to another event (code {foreign.pop()}); nothing was rebuilt.")
    participants = {p.number: p for p in Participant.select().where(Participant.event == event)}
    days = {d.number: d for d in Day.select().where(Day.event == event)}
    added = 0
    for entry in entries:
        kind = entry.get("type")
        if kind == "checkin":
            added += _replay_checkin(entry, participants, days)
        elif kind == "void":
            with write_transaction():
                added += _replay_void(entry, participants, days)
        elif kind == "action":
            with write_transaction():
                added += _replay_action(entry, days)
    return added
