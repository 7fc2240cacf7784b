"""A new, empty event: the organiser gives the essentials, the rest is edited in the app."""
from __future__ import annotations

import os
import re
from datetime import date, timedelta
from pathlib import Path

from models.event.demo import open_new_event, remove_event_file
from models.event.document import FORMAT, FORMAT_VERSION, load_document, read_document
from models.event.file import close_event_database
from models.ground.days import default_label
from models.ground.db import is_url
from models.ground.entities import Event
from models.ground.errors import BelvedereError
from models.ground.i18n import translate

DEFAULT_ROLES = [
    {"key": "participant", "name": "Participant", "colour": "#1565c0"},
    {"key": "speaker", "name": "Speaker", "colour": "#fb8c00"},
    {"key": "staff", "name": "Staff", "colour": "#212121"},
]


def event_file_name(title: str) -> str:
    """A file name for the event from its title: 'Regional workshop' → 'regional-workshop.belvedere'."""
    slug = re.sub(r"[^\w]+", "-", title.lower(), flags=re.UNICODE).strip("-") or "event"
    return f"{slug[:60]}.belvedere"


def new_event_document(title: str, start: date, end: date, timezone: str, venue: str = "", city: str = "",
                       country: str = "", languages: list[str] | None = None) -> dict:
    if not title.strip():
        raise BelvedereError(translate("event", "Give the event a title."))
    if end < start:
        raise BelvedereError(translate("event", "The last day is before the first day."))
    if (end - start).days >= 31:
        raise BelvedereError(translate("event", "An event of more than 31 days is not supported. Check the dates."))
    days = [
        {"number": n + 1, "date": (start + timedelta(days=n)).isoformat(), "label": default_label(n + 1), "agenda": []}
        for n in range((end - start).days + 1)
    ]
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "event": {"title": title.strip(), "venue": venue, "city": city, "country": country,
                  "start_date": start.isoformat(), "end_date": end.isoformat(), "timezone": timezone,
                  "languages": languages or ["en"]},
        "roles": DEFAULT_ROLES, "delegations": [], "days": days, "participants": [],
    }


def create_event_file(path: str | os.PathLike, document: dict) -> Event:
    open_new_event(path, advice=translate("event", "Choose another name."))
    return load_document(document)


def import_event_file(document_path: str | os.PathLike, target: str | os.PathLike) -> Event:
    """A new event file (or an empty server database) from an exported event document, check-ins, run log and
    audit included; if the document is refused, no file is left behind (and nothing on the server).

    The new event is left open (bound), like a newly created event.
    """
    document = read_document(document_path)
    open_new_event(target, advice=translate("event", "Choose another name for the new event file, or an empty server "
                                                     "database."))
    try:
        return load_document(document)
    except BelvedereError:
        close_event_database()
        if not is_url(str(target)):
            remove_event_file(Path(target))
        raise
