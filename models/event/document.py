"""The event document: a whole event as JSON (format "belvedere-event", versioned).

It carries the event (with its badge code and secret), its roles, delegations, days with
their agenda, event settings, the words of the delegations' sheets it remembers,
participants, and the record of what happened (check-ins, the chair's run log, the audit
log). The demo is such a document; event import and export use the same format, and
`export_document` → `load_document` gives back the same event on another machine or a
server, so badges printed on one scan on the other.
docs/event-format.md describes every field.
"""
from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from models.agenda.entities import BREAK_KINDS, DEFAULT_MINIMUM_MINUTES, KINDS, RESUME_POLICIES, AgendaItem
from models.agenda.plan import day_items
from models.event import record
from models.event.values import DocumentError, objects, parse_instant, require
from models.ground import jsondata
from models.ground.branding import MAX_LOGOS, MAX_SIGNATORIES, BrandingError, event_logos, event_signatories, png_size
from models.ground.clock import SYSTEM_CLOCK, UTC, Clock, venue_zone
from models.ground.days import event_days
from models.ground.db import write_transaction
from models.ground.entities import Day, Event, Logo, Setting, Signatory
from models.ground.errors import BelvedereError, ConstraintError
from models.ground.files import written_aside
from models.ground.i18n import translate
from models.ground.settings import DESK_LOCK
from models.participants.columns import FIELD_LABELS
from models.participants.entities import LAST_PARTICIPANT_NUMBER, Delegation, Participant, Role, ValueMapping
from models.participants.mappings import COLUMN, DELEGATION, ROLE, WORD_KINDS, entries, word_of
from models.participants.registration import insert_rows
from models.participants.roles import certificate_by_default

FORMAT = "belvedere-event"
DESK_STATES = {DESK_LOCK.key}  # what a desk is doing now (locked), not how the event is set up: it stays in the file
# Raised only when an older Belvedere would misread a document; new optional keys keep it.
FORMAT_VERSION = 1
DEFAULT_WARNING_MINUTES = 5


LARGEST_NUMBER = 10**9  # larger than anything an event counts, and than SQLite can take as an integer


def _text(mapping: dict, key: str, where: str, required: bool = False) -> str:
    """A text value; a number is taken as written (a session 'number': 2), anything else is refused."""
    value = require(mapping, key, where) if required else mapping.get(key)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise DocumentError(translate("event", "{where}: '{key}' should be text, not {value}.")
                            .format(where=where, key=key, value=json.dumps(value, default=str)[:40]))
    return str(value)


def _texts(value, where: str) -> list[str]:
    """A list of texts (speakers, languages); null is an empty list."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(text, str) for text in value):
        raise DocumentError(translate("event", "{where}: expected a list of texts.").format(where=where))
    return value


def _key(value, where: str) -> str | None:
    """A reference to a delegation's code or a role's key."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise DocumentError(translate("event", "{where}: expected a code as text, not {value}.")
                            .format(where=where, value=json.dumps(value, default=str)[:40]))
    return value


def _parse_date(text: str, where: str) -> date:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError) as error:
        raise DocumentError(translate("event", "{where}: '{text}' is not a date like 2011-06-09.")
                            .format(where=where, text=text)) from error


def _integer(value, where: str, default: int | None = None) -> int | None:
    if value in (None, ""):
        return default
    if isinstance(value, bool) or isinstance(value, float) and not value.is_integer():
        raise DocumentError(translate("event", "{where}: '{value}' is not a whole number.").format(where=where, value=value))
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError) as error:
        raise DocumentError(translate("event", "{where}: '{value}' is not a whole number.")
                            .format(where=where, value=value)) from error
    if abs(number) > LARGEST_NUMBER:
        raise DocumentError(translate("event", "{where}: {number} is far too large.").format(where=where, number=number))
    return number


def parse_local_time(text: str, day: date, where: str) -> datetime:
    """'09:30' on the day, or a full local 'YYYY-MM-DDTHH:MM' (for items past midnight)."""
    try:
        if "T" in text:
            return datetime.fromisoformat(text).replace(tzinfo=None)
        return datetime.combine(day, time.fromisoformat(text))
    except (TypeError, ValueError) as error:
        raise DocumentError(translate("event", "{where}: '{text}' is not a time like 09:30.")
                            .format(where=where, text=text)) from error


def format_local_time(moment: datetime, day: date) -> str:
    """The inverse of parse_local_time: '09:30' on the day itself, else the full local date and time."""
    return moment.strftime("%H:%M") if moment.date() == day else moment.strftime("%Y-%m-%dT%H:%M")


def _utc_text(instant: datetime | None) -> str | None:
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if instant else None


def generate_event_code() -> int:
    return 1000 + secrets.randbelow(9000)


def generate_secret() -> str:
    return secrets.token_hex(32)


# --- loading -------------------------------------------------------------------


def _create_event(data: dict) -> Event:
    where = "event"
    start = _parse_date(require(data, "start_date", where), where)
    end = _parse_date(require(data, "end_date", where), where)
    if end < start:
        raise DocumentError(translate("event", "event: the end date is before the start date."))
    zone_name = _text(data, "timezone", where) or "UTC"
    try:
        venue_zone(zone_name)
    except BelvedereError as error:
        raise DocumentError(translate("event", "event: {error}").format(error=error)) from error
    languages = _texts(data.get("languages"), "event: languages") or ["en"]
    code = _integer(data.get("code"), "event: code") or generate_event_code()
    if not 1000 <= code <= 9999:
        raise DocumentError(translate("event", "event: the event code must have four digits (1000–9999)."))
    certificate = data.get("certificate") or {}
    if not isinstance(certificate, dict):
        raise DocumentError(translate("event", "event: 'certificate' should be an object with place, date and "
                                               "signatories."))
    signed_on = certificate.get("date")
    return Event.create(
        title=_text(data, "title", where, required=True), subtitle=_text(data, "subtitle", where),
        venue=_text(data, "venue", where), city=_text(data, "city", where), country=_text(data, "country", where),
        start_date=start, end_date=end, timezone=zone_name, languages=",".join(languages), code=code,
        secret=_secret(data), notes=_text(data, "notes", where), titles=_titles(data.get("titles")),
        certificate_place=_text(certificate, "place", "event: certificate"),
        certificate_date=_parse_date(signed_on, "event: certificate: date") if signed_on else None,
    )


def _titles(value) -> str:
    """The title in other working languages, {"sq": "…"}, as stored."""
    if value is None:
        return "{}"
    if not isinstance(value, dict) or not all(isinstance(text, str) for text in value.values()):
        raise DocumentError(translate("event", "event: 'titles' should map a language code to the title, like {\"sq\": "
                                               "\"…\"}."))
    return json.dumps({str(code): text for code, text in value.items() if text.strip()}, ensure_ascii=False)


def _create_signatories(event: Event, certificate: dict) -> None:
    entries = objects(certificate.get("signatories"), "event: certificate: signatories")
    if len(entries) > MAX_SIGNATORIES:
        raise DocumentError(translate("event", "event: certificate: at most {max_signatories} signatories fit on a "
                                               "certificate.").format(max_signatories=MAX_SIGNATORIES))
    for position, entry in enumerate(entries, start=1):
        where = f"event: certificate: signatory {position}"
        Signatory.create(event=event, position=position, name=_text(entry, "name", where, required=True),
                         title=_text(entry, "title", where))


def _create_logos(event: Event, entries: list[dict]) -> None:
    if len(entries) > MAX_LOGOS:
        raise DocumentError(translate("event", "logos: an event has at most {max_logos} logos.").format(max_logos=MAX_LOGOS))
    for position, entry in enumerate(entries, start=1):
        where = f"logo {position}"
        try:
            data = base64.b64decode(_text(entry, "png", where, required=True), validate=True)
            png_size(data)
        except (binascii.Error, BrandingError) as error:
            raise DocumentError(translate("event", "{where}: 'png' is not a PNG picture in base64 ({error}).")
                                .format(where=where, error=error)) from error
        Logo.create(event=event, position=position, name=_text(entry, "name", where), png=data)


def _secret(data: dict) -> str:
    """The badge secret as given (badges printed with it must keep scanning), or a new one."""
    secret = _text(data, "secret", "event")
    if not secret:
        return generate_secret()
    try:
        if len(bytes.fromhex(secret)) >= 16:
            return secret
    except ValueError:
        pass
    raise DocumentError(translate("event", "event: the 'secret' must be at least 32 hexadecimal digits. Leave it out "
                                           "to have a new one made (badges printed before will then no longer scan)."))


def _create_items(day: Day, entries: list[dict], parent: AgendaItem | None, position: list[int]) -> None:
    for index, entry in enumerate(entries, start=1):
        where = f"day {day.number}, agenda item {index}" + (f" of session {parent.number}" if parent else "")
        kind = _text(entry, "kind", where, required=True)
        if kind not in KINDS:
            raise DocumentError(translate("event", "{where}: unknown kind '{kind}' (use one of {names}).")
                                .format(where=where, kind=kind, names=', '.join(KINDS)))
        start = parse_local_time(require(entry, "start", where), day.date, where)
        end = parse_local_time(entry.get("end") or entry["start"], day.date, where)
        if end < start:
            end += timedelta(days=1)  # an item that runs past midnight
        policy = _text(entry, "resume_policy", where) or "fixed_resume"
        if policy not in RESUME_POLICIES:
            raise DocumentError(translate("event", "{where}: unknown resume policy '{policy}'.")
                                .format(where=where, policy=policy))
        warning = _integer(entry.get("warning_minutes"), f"{where}: warning_minutes", DEFAULT_WARNING_MINUTES)
        if warning < 0:
            raise DocumentError(translate("event", "{where}: warning_minutes cannot be negative.").format(where=where))
        position[0] += 1
        item = AgendaItem.create(
            day=day, parent=parent, position=position[0], kind=kind, number=_text(entry, "number", where),
            title=_text(entry, "title", where, required=True), description=_text(entry, "description", where),
            chair=_text(entry, "chair", where), speakers="\n".join(_texts(entry.get("speakers"), f"{where}: speakers")),
            planned_start=start, planned_end=end, warning_minutes=warning, resume_policy=policy,
            minimum_minutes=(_integer(entry.get("minimum_minutes"), f"{where}: minimum_minutes",
                                      DEFAULT_MINIMUM_MINUTES.get(kind)) if kind in BREAK_KINDS else None),
        )
        _create_items(day, objects(entry.get("items"), f"{where}: items"), item, position)


def _participant_row(event: Event, entry: dict, where: str, delegations: dict, roles: dict, now: datetime) -> dict:
    delegation_code = _key(entry.get("delegation"), f"{where}: delegation")
    if delegation_code and delegation_code not in delegations:
        raise DocumentError(translate("event", "{where}: unknown delegation '{delegation_code}'.")
                            .format(where=where, delegation_code=delegation_code))
    role_key = _key(entry.get("role"), f"{where}: role")
    if role_key and role_key not in roles:
        raise DocumentError(translate("event", "{where}: unknown role '{role_key}'.").format(where=where, role_key=role_key))
    number = _integer(require(entry, "number", where), f"{where}: number")
    if not 1 <= number <= LAST_PARTICIPANT_NUMBER:
        raise DocumentError(translate("event", "{where}: the number {number} is not between 1 and "
                                               "{last_participant_number}.")
                            .format(where=where, number=number, last_participant_number=LAST_PARTICIPANT_NUMBER))
    badge_version = _integer(entry.get("badge_version"), f"{where}: badge_version", 1)
    if not 1 <= badge_version <= 99:
        raise DocumentError(translate("event", "{where}: the badge version {badge_version} is not between 1 and 99.")
                            .format(where=where, badge_version=badge_version))
    days = entry.get("days") or []
    days = [_integer(n, f"{where}: days") for n in days] if isinstance(days, list) else [None]
    if None in days:
        raise DocumentError(translate("event", "{where}: 'days' should be a list of day numbers, like [1, 2].")
                            .format(where=where))
    return dict(
        event=event, number=number, given_name=_text(entry, "given_name", where, required=True),
        family_name=_text(entry, "family_name", where), badge_name=_text(entry, "badge_name", where),
        organisation=_text(entry, "organisation", where), delegation=delegations.get(delegation_code), role=roles.get(role_key),
        email=_text(entry, "email", where), phone=_text(entry, "phone", where), funded=bool(entry.get("funded")),
        language=_text(entry, "language", where) or "en",
        days_expected=",".join(str(n) for n in days),
        badge_version=badge_version,
        badge_replaced_at=parse_instant(entry.get("badge_replaced_at"), f"{where}: badge_replaced_at"),
        badge_printed_version=_integer(entry.get("badge_printed_version"), f"{where}: badge_printed_version"),
        badge_printed_at=parse_instant(entry.get("badge_printed_at"), f"{where}: badge_printed_at"),
        notes=_text(entry, "notes", where), created_at=now, updated_at=now,
    )


def _create_participants(event: Event, entries: list[dict], clock: Clock) -> None:
    delegations = {d.code: d for d in event.delegations}
    roles = {r.key: r for r in event.roles}
    now = clock.now()
    rows = [_participant_row(event, entry, f"participant {index}", delegations, roles, now)
            for index, entry in enumerate(entries, start=1)]
    numbers = [row["number"] for row in rows]
    if len(set(numbers)) != len(numbers):
        twice = next(number for number in numbers if numbers.count(number) > 1)
        raise DocumentError(translate("event", "The participant number {twice} appears twice. Each participant needs "
                                               "their own.").format(twice=twice))
    insert_rows(Participant, rows)


def _create_words(event: Event, words: list[dict], clock: Clock) -> None:
    """The remembered words of the sheets: each names a role key, a delegation code, a field, or nothing."""
    roles = {role.key: role for role in event.roles}
    delegations = {delegation.code: delegation for delegation in event.delegations}
    for index, entry in enumerate(words, start=1):
        where = f"word {index}"
        kind, written = _text(entry, "kind", where, required=True), _text(entry, "word", where, required=True)
        target = _key(entry.get("maps_to"), f"{where}: maps_to")
        if kind not in WORD_KINDS:
            raise DocumentError(translate("event", "{where}: unknown kind '{kind}' (use one of {names}).")
                                .format(where=where, kind=kind, names=', '.join(WORD_KINDS)))
        known = roles if kind == ROLE else delegations if kind == DELEGATION else FIELD_LABELS
        if target is not None and target not in known:
            raise DocumentError(translate("event", "{where}: '{written}' maps to an unknown {kind} '{target}'.")
                                .format(where=where, written=written, kind=kind, target=target))
        ValueMapping.create(event=event, kind=kind, word=word_of(written), written=written,
                            role=roles.get(target) if kind == ROLE else None,
                            delegation=delegations.get(target) if kind == DELEGATION else None,
                            field=target if kind == COLUMN and target else "", updated_at=clock.now())


def load_document(document: dict, clock: Clock = SYSTEM_CLOCK) -> Event:
    """Create the whole event in the bound database, all or nothing."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise DocumentError(translate("event", "This is not a Belvedere event document (its 'format' is not "
                                               "belvedere-event)."))
    if (_integer(document.get("format_version"), "format_version", 0) or 0) > FORMAT_VERSION:
        raise DocumentError(translate("event", "This event document was written by a newer Belvedere. Update Belvedere "
                                               "to import it."))
    try:
        with write_transaction():
            if Event.select().exists():
                raise DocumentError(translate("event", "This file already holds an event. Import into a new event file."))
            event_data = require(document, "event", "document")
            event = _create_event(event_data)
            _create_signatories(event, event_data.get("certificate") or {})
            _create_logos(event, objects(document.get("logos"), "logos"))
            for position, role in enumerate(objects(document.get("roles"), "roles"), start=1):
                where = f"role {position}"
                key, name = _text(role, "key", where, required=True), _text(role, "name", where, required=True)
                certificate = role.get("certificate", certificate_by_default(key, name))
                if not isinstance(certificate, bool):
                    raise DocumentError(translate("event", "{where}: 'certificate' should be true or false.")
                                        .format(where=where))
                Role.create(event=event, key=key, name=name, colour=_text(role, "colour", where) or "#607d8b",
                            funded_quota=_integer(role.get("funded_quota"), f"{where}: funded_quota", 0),
                            position=position, certificate=certificate)
            for position, delegation in enumerate(objects(document.get("delegations"), "delegations"), start=1):
                where = f"delegation {position}"
                Delegation.create(event=event, code=_text(delegation, "code", where, required=True),
                                  name=_text(delegation, "name", where, required=True),
                                  note=_text(delegation, "note", where), position=position)
            for position, day_data in enumerate(objects(document.get("days"), "days"), start=1):
                where = f"day {position}"
                day = Day.create(event=event, number=_integer(require(day_data, "number", where), where),
                                 date=_parse_date(require(day_data, "date", where), where),
                                 label=_text(day_data, "label", where))
                _create_items(day, objects(day_data.get("agenda"), f"{where}: agenda"), None, [0])
            settings = document.get("settings") or {}
            if not isinstance(settings, dict):
                raise DocumentError(translate("event", "settings: expected an object of names and values."))
            for key, value in settings.items():
                if key not in DESK_STATES:
                    Setting.store(str(key), str(value))
            _create_words(event, objects(document.get("words"), "words"), clock)
            _create_participants(event, objects(document.get("participants"), "participants"), clock)
            record.load_record(event, document)
    except ConstraintError as error:
        raise DocumentError(
            translate("event", "The document contradicts itself ({error}): two roles, delegations, days or words with "
                               "the same key, code, number, date or word, or a day outside the event's dates. Nothing "
                               "was imported.").format(error=error)
        ) from error
    return event


# --- exporting -----------------------------------------------------------------


def _item_entry(item: AgendaItem, children: dict[int, list[AgendaItem]], day: Day) -> dict:
    entry: dict[str, Any] = {"kind": item.kind}
    if item.number:
        entry["number"] = item.number
    entry.update(title=item.title, start=format_local_time(item.planned_start, day.date),
                 end=format_local_time(item.planned_end, day.date))
    if item.description:
        entry["description"] = item.description
    if item.chair:
        entry["chair"] = item.chair
    if item.speaker_list:
        entry["speakers"] = item.speaker_list
    if item.warning_minutes != DEFAULT_WARNING_MINUTES:
        entry["warning_minutes"] = item.warning_minutes
    if item.kind in BREAK_KINDS:
        entry["resume_policy"] = item.resume_policy
        if item.minimum_minutes is not None:
            entry["minimum_minutes"] = item.minimum_minutes
    if children.get(item.id):
        entry["items"] = [_item_entry(child, children, day) for child in children[item.id]]
    return entry


def _day_entry(day: Day) -> dict:
    items = day_items(day)
    children: dict[int, list[AgendaItem]] = {}
    for item in items:
        if item.parent_id:
            children.setdefault(item.parent_id, []).append(item)
    return {"number": day.number, "date": day.date.isoformat(), "label": day.label,
            "agenda": [_item_entry(item, children, day) for item in items if not item.parent_id]}


def _participant_entry(participant: Participant, delegation_codes: dict, role_keys: dict) -> dict:
    return {
        "number": participant.number, "given_name": participant.given_name,
        "family_name": participant.family_name, **({"badge_name": participant.badge_name} if participant.badge_name
                                                   else {}),
        "organisation": participant.organisation,
        "delegation": delegation_codes.get(participant.delegation_id), "role": role_keys.get(participant.role_id),
        "email": participant.email, "phone": participant.phone, "funded": participant.funded,
        "language": participant.language, "days": sorted(participant.expected_day_numbers or []),
        "badge_version": participant.badge_version,
        "badge_replaced_at": _utc_text(participant.badge_replaced_at),
        "badge_printed_version": participant.badge_printed_version,
        "badge_printed_at": _utc_text(participant.badge_printed_at),
        "notes": participant.notes,
    }


def _certificate_entry(event: Event) -> dict:
    return {"place": event.certificate_place,
            "date": event.certificate_date.isoformat() if event.certificate_date else None,
            "signatories": [{"name": s.name, "title": s.title} for s in event_signatories(event)]}


def export_document(event: Event, include_participants: bool = True) -> dict:
    """The whole event as a document that load_document reads back to the same event.

    It holds the badge secret (and, with participants, their personal data and the record of
    their check-ins): keep it safe.
    """
    roles = list(Role.select().where(Role.event == event).order_by(Role.position, Role.id))
    delegations = list(Delegation.select().where(Delegation.event == event)
                       .order_by(Delegation.position, Delegation.id))
    document: dict[str, Any] = {
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "event": {
            "title": event.title, "subtitle": event.subtitle, "venue": event.venue, "city": event.city,
            "country": event.country, "start_date": event.start_date.isoformat(),
            "end_date": event.end_date.isoformat(), "timezone": event.timezone, "languages": event.language_list,
            "code": event.code, "secret": event.secret, "notes": event.notes,
            "titles": event.title_translations, "certificate": _certificate_entry(event),
        },
        "roles": [{"key": r.key, "name": r.name, "colour": r.colour, "funded_quota": r.funded_quota,
                   "certificate": r.certificate} for r in roles],
        "delegations": [{"code": d.code, "name": d.name, **({"note": d.note} if d.note else {})} for d in delegations],
        "days": [_day_entry(day) for day in event_days(event)],
        "logos": [{"name": logo.name, "png": base64.b64encode(bytes(logo.png)).decode("ascii")}
                  for logo in event_logos(event)],
        "settings": {setting.key: setting.value for setting in Setting.select().order_by(Setting.key)
                     if setting.key not in DESK_STATES},
        "words": entries(event),
        "participants": [],
    }
    if include_participants:
        codes = {d.id: d.code for d in delegations}
        keys = {r.id: r.key for r in roles}
        document["participants"] = [
            _participant_entry(p, codes, keys)
            for p in Participant.select().where(Participant.event == event).order_by(Participant.number)
        ]
        document.update(record.export_record(event))
    return document


def export_warning(path: Path, people: int) -> str:
    return (f"{path.name} holds the event's badge secret and the personal data of {people} participants: anyone "
            "with this file can make badges that scan. Keep it safe.")


def save_document(event: Event, path: str | os.PathLike) -> int:
    """Write the event document as JSON (beside the target, then moved over it); returns the participants."""
    path = Path(path)
    if path.suffix.lower() != ".json":
        raise DocumentError(translate("event", "An event is exported as JSON: choose a file name ending in .json (not "
                                               "'{name}').").format(name=path.name))
    document = export_document(event)
    with written_aside(path) as temporary:
        temporary.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(document["participants"])


def document_title(document: dict) -> str:
    """The event's title as the document gives it ("" when it gives none), for naming a new event file."""
    event = document.get("event")
    title = event.get("title") if isinstance(event, dict) else None
    return title if isinstance(title, str) else ""


def read_document(path: str | os.PathLike) -> dict:
    """The event document in a JSON file, or a sentence saying why it is not one."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as error:
        raise DocumentError(translate("event", "There is no file {path}. Check the name and the folder.")
                            .format(path=path)) from error
    except UnicodeDecodeError as error:
        raise DocumentError(translate("event", "{name} is not an event document (it is not JSON text).")
                            .format(name=path.name)) from error
    except OSError as error:
        raise DocumentError(translate("event", "{path} cannot be read ({strerror}).")
                            .format(path=path, strerror=error.strerror)) from error
    try:
        document = jsondata.parse(text)
    except ValueError as error:
        raise DocumentError(translate("event", "{name} is not an event document: {error}.")
                            .format(name=path.name, error=error)) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise DocumentError(translate("event", "{name} is not a Belvedere event document (its 'format' is not "
                                               "{format}).").format(name=path.name, format=FORMAT))
    return document
