"""The live journal: every check-in and chair action, one JSON line each, on a second medium.

If the laptop dies, the event prepared before (or the latest backup) plus this
journal rebuilds the day. Lines name participants by number only: no personal data.
Each line is flushed and synced before the next action is acknowledged.
"""
from __future__ import annotations

import json
import logging
import os
import threading
from datetime import datetime
from pathlib import Path

import peewee

from models import appconfig
from models.agenda.entities import AgendaAction, AgendaItem
from models.checkin.entities import CheckIn
from models.clock import UTC
from models.db import write_transaction
from models.errors import BelvedereError
from models.event.entities import Day, Event
from models.participants.entities import Participant

_lock = threading.Lock()
_UNREAD = object()
_folder: object = _UNREAD  # the configured folder, read once per process (the scan path is hot)
log = logging.getLogger(__name__)


def journal_folder() -> Path | None:
    """The second location chosen on this laptop (a USB stick), or None when the journal is off."""
    global _folder
    if _folder is _UNREAD:
        configured = appconfig.get_value("journal_folder")
        _folder = Path(configured) if configured else None
    return _folder


def set_journal_folder(folder: str | None) -> None:
    global _folder
    if folder and not Path(folder).is_dir():
        raise BelvedereError(f"{folder} is not a folder. Plug in the stick and choose a folder on it.")
    appconfig.set_value("journal_folder", folder or None)
    _folder = Path(folder) if folder else None


def forget_cached_folder() -> None:
    """Read the configuration again at the next append (another process may have changed it)."""
    global _folder
    _folder = _UNREAD


def journal_file(event: Event, folder: Path) -> Path:
    return folder / f"belvedere-journal-{event.code}.jsonl"


def _stamp(instant: datetime) -> str:
    return instant.astimezone(UTC).isoformat()


def append(event: Event, entry: dict, folder: Path | None = None) -> None:
    """Append one line durably; raises BelvedereError when the medium is gone (the action itself is saved)."""
    folder = folder or journal_folder()
    if folder is None:
        return
    line = json.dumps({"event": event.code, **entry}, ensure_ascii=False, separators=(",", ":")) + "\n"
    path = journal_file(event, folder)
    try:
        with _lock, open(path, "a", encoding="utf-8") as handle:
            handle.write(line if _ends_a_line(path) else "\n" + line)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        raise BelvedereError(
            f"The journal on {folder} could not be written ({error.strerror}). The action is saved on this "
            "laptop; check the stick."
        ) from error


def _ends_a_line(path: Path) -> bool:
    """False when the last line was cut short (a power cut mid-write): the next entry must start a line of its own."""
    try:
        with open(path, "rb") as handle:
            handle.seek(-1, os.SEEK_END)
            return handle.read(1) == b"\n"
    except OSError:  # no journal yet, or an empty one
        return True


def record_committed(event: Event, entries: list[dict]) -> str:
    """Journal what was just committed; returns the problem sentence when the medium failed.

    The action itself is already saved in the event file, so a missing stick never
    turns a check-in red: the desk shows the problem beside the answer instead.
    """
    try:
        for entry in entries:
            append(event, entry)
    except BelvedereError as error:
        log.warning("journal not written: %s", error)
        return str(error)
    return ""


def checkin_entry(checkin: CheckIn) -> dict:
    return {
        "type": "checkin", "number": checkin.participant.number, "day": checkin.day.number,
        "at": _stamp(checkin.at), "desk": checkin.desk, "operator": checkin.operator, "method": checkin.method,
        "badge_version": checkin.badge_version,
    }


def void_entry(checkin: CheckIn) -> dict:
    return {"type": "void", "number": checkin.participant.number, "day": checkin.day.number,
            "at": _stamp(checkin.at), "voided_at": _stamp(checkin.voided_at), "reason": checkin.void_reason,
            "by": checkin.voided_by}


def action_entry(action: AgendaAction) -> dict:
    return {"type": "action", "day": action.day.number, "item": action.item.position if action.item_id else None,
            "action": action.action, "at": _stamp(action.at), "seconds": action.seconds, "text": action.text,
            "actor": action.actor}


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
    except peewee.IntegrityError:
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
