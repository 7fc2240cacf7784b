"""The event document: a whole event as JSON (format "belvedere-event", versioned).

It carries the event, its roles, delegations, days with their agenda, and participants.
The demo is such a document; event import and export use the same format.
"""
from __future__ import annotations

import secrets
from datetime import date, datetime, time, timedelta
from typing import Any

from models.agenda.entities import BREAK_KINDS, KINDS, RESUME_POLICIES, AgendaItem
from models.clock import SYSTEM_CLOCK, Clock, venue_zone
from models.db import write_transaction
from models.errors import BelvedereError
from models.event.entities import Day, Event
from models.participants.entities import Delegation, Participant, Role

FORMAT = "belvedere-event"
FORMAT_VERSION = 1
DEFAULT_MINIMUM_MINUTES = {"break": 10, "lunch": 45}


class DocumentError(BelvedereError):
    pass


def _require(mapping: dict, key: str, where: str) -> Any:
    if key not in mapping or mapping[key] in (None, ""):
        raise DocumentError(f"{where}: '{key}' is missing.")
    return mapping[key]


def _parse_date(text: str, where: str) -> date:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError) as error:
        raise DocumentError(f"{where}: '{text}' is not a date like 2011-06-09.") from error


def parse_local_time(text: str, day: date, where: str) -> datetime:
    """'09:30' on the day, or a full local 'YYYY-MM-DDTHH:MM' (for items past midnight)."""
    try:
        if "T" in text:
            return datetime.fromisoformat(text).replace(tzinfo=None)
        return datetime.combine(day, time.fromisoformat(text))
    except (TypeError, ValueError) as error:
        raise DocumentError(f"{where}: '{text}' is not a time like 09:30.") from error


def generate_event_code() -> int:
    return 1000 + secrets.randbelow(9000)


def generate_secret() -> str:
    return secrets.token_hex(32)


def _create_event(data: dict) -> Event:
    where = "event"
    start = _parse_date(_require(data, "start_date", where), where)
    end = _parse_date(_require(data, "end_date", where), where)
    if end < start:
        raise DocumentError("event: the end date is before the start date.")
    zone_name = data.get("timezone") or "UTC"
    venue_zone(zone_name)  # refuses an unknown zone with a clear sentence
    languages = data.get("languages") or ["en"]
    code = int(data.get("code") or generate_event_code())
    if not 1000 <= code <= 9999:
        raise DocumentError("event: the event code must have four digits (1000–9999).")
    return Event.create(
        title=_require(data, "title", where), subtitle=data.get("subtitle", ""), venue=data.get("venue", ""),
        city=data.get("city", ""), country=data.get("country", ""), start_date=start, end_date=end,
        timezone=zone_name, languages=",".join(languages), code=code,
        secret=data.get("secret") or generate_secret(), notes=data.get("notes", ""),
    )


def _create_items(day: Day, entries: list[dict], parent: AgendaItem | None, position: list[int]) -> None:
    for index, entry in enumerate(entries, start=1):
        where = f"day {day.number}, agenda item {index}" + (f" of session {parent.number}" if parent else "")
        kind = _require(entry, "kind", where)
        if kind not in KINDS:
            raise DocumentError(f"{where}: unknown kind '{kind}' (use one of {', '.join(KINDS)}).")
        start = parse_local_time(_require(entry, "start", where), day.date, where)
        end = parse_local_time(entry.get("end") or entry["start"], day.date, where)
        if end < start:
            end += timedelta(days=1)  # an item that runs past midnight
        policy = entry.get("resume_policy", "fixed_resume")
        if policy not in RESUME_POLICIES:
            raise DocumentError(f"{where}: unknown resume policy '{policy}'.")
        position[0] += 1
        item = AgendaItem.create(
            day=day, parent=parent, position=position[0], kind=kind, number=str(entry.get("number", "")),
            title=_require(entry, "title", where), description=entry.get("description", ""),
            chair=entry.get("chair", ""), speakers="\n".join(entry.get("speakers", [])),
            planned_start=start, planned_end=end, warning_minutes=int(entry.get("warning_minutes", 5)),
            resume_policy=policy,
            minimum_minutes=entry.get("minimum_minutes", DEFAULT_MINIMUM_MINUTES.get(kind)) if kind in BREAK_KINDS else None,
        )
        _create_items(day, entry.get("items", []), item, position)


def _create_participants(event: Event, entries: list[dict], clock: Clock) -> None:
    delegations = {d.code: d for d in event.delegations}
    roles = {r.key: r for r in event.roles}
    now = clock.now()
    for index, entry in enumerate(entries, start=1):
        where = f"participant {index}"
        delegation_code = entry.get("delegation")
        if delegation_code and delegation_code not in delegations:
            raise DocumentError(f"{where}: unknown delegation '{delegation_code}'.")
        role_key = entry.get("role")
        if role_key and role_key not in roles:
            raise DocumentError(f"{where}: unknown role '{role_key}'.")
        Participant.create(
            event=event, number=int(_require(entry, "number", where)),
            given_name=_require(entry, "given_name", where), family_name=entry.get("family_name", ""),
            organisation=entry.get("organisation", ""),
            delegation=delegations.get(delegation_code), role=roles.get(role_key),
            email=entry.get("email", ""), phone=entry.get("phone", ""), funded=bool(entry.get("funded")),
            language=entry.get("language", "en"),
            days_expected=",".join(str(n) for n in entry.get("days", [])),
            badge_version=int(entry.get("badge_version", 1)), notes=entry.get("notes", ""),
            created_at=now, updated_at=now,
        )


def load_document(document: dict, clock: Clock = SYSTEM_CLOCK) -> Event:
    """Create the whole event in the bound database, all or nothing."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise DocumentError("This is not a Belvedere event document (its 'format' is not belvedere-event).")
    if int(document.get("format_version", 0)) > FORMAT_VERSION:
        raise DocumentError("This event document was written by a newer Belvedere. Update Belvedere to import it.")
    with write_transaction():
        if Event.select().exists():
            raise DocumentError("This file already holds an event. Import into a new event file.")
        event = _create_event(_require(document, "event", "document"))
        for position, role in enumerate(document.get("roles", [])):
            Role.create(event=event, key=role["key"], name=role["name"], colour=role.get("colour", "#607d8b"),
                        funded_quota=int(role.get("funded_quota", 0)), position=position)
        for position, delegation in enumerate(document.get("delegations", [])):
            Delegation.create(event=event, code=delegation["code"], name=delegation["name"],
                              note=delegation.get("note", ""), position=position)
        for day_data in document.get("days", []):
            where = f"day {day_data.get('number', '?')}"
            day = Day.create(event=event, number=int(_require(day_data, "number", where)),
                             date=_parse_date(_require(day_data, "date", where), where),
                             label=day_data.get("label", ""))
            _create_items(day, day_data.get("agenda", []), None, [0])
        _create_participants(event, document.get("participants", []), clock)
    return event
