"""The built-in demo: the CyberCrime@IPA regional workshop, Durrës, 9–10 June 2011."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from models.agenda.entities import AgendaItem
from models.event import schema
from models.event.document import load_document
from models.event.file import close_event_database, open_event_database
from models.ground.addresses import shown
from models.ground.clock import SYSTEM_CLOCK, Clock, venue_today, venue_zone
from models.ground.days import event_days
from models.ground.db import is_url
from models.ground.entities import Day, Event
from models.ground.errors import BelvedereError
from models.ground.i18n import translate
from models.ground.resources import resource_path

DEMO_DOCUMENT = ("demo", "cybercrime-ipa-2011.json")


def demo_document() -> dict:
    return json.loads(resource_path(*DEMO_DOCUMENT).read_text(encoding="utf-8"))


def remove_event_file(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        candidate.unlink(missing_ok=True)


def open_new_event(target: str | os.PathLike, replace: bool = False, advice: str = "") -> None:
    """Open a new event file, or an empty database on a server, for an event to be loaded into.

    With `replace`, what is there is removed first; without it, an existing file or an event
    already on the server is refused, with `advice`.
    """
    if is_url(str(target)):
        open_event_database(target, create=True)
        if schema.holds_event():
            if not replace:
                close_event_database()
                raise BelvedereError(translate("event", "{target} already holds an event. {advice}")
                                     .format(target=shown(str(target)), advice=advice))
            schema.remove_all()
            schema.create_schema()
        return
    path = Path(target)
    if path.exists():
        if not replace:
            raise BelvedereError(translate("event", "{path} already exists. {advice}").format(path=path, advice=advice))
        close_event_database()
        remove_event_file(path)
    open_event_database(path, create=True)


def create_demo(target: str | os.PathLike, force: bool = False, clock: Clock = SYSTEM_CLOCK) -> Event:
    """Write the demo event to a new file or server database (replacing what is there with force); leave it open."""
    open_new_event(target, replace=force, advice=translate("event", "Use --force to replace it with a fresh demo."))
    return load_document(demo_document(), clock)


def is_demo(event: Event) -> bool:
    """The built-in demo workshop, as written by `create_demo` (its code, title and dates)."""
    written = demo_document()["event"]
    return (event.code, event.title, event.start_date.isoformat()) == (
        written["code"], written["title"], written["start_date"])


@dataclass(frozen=True)
class DemoRehearsal:
    """What the demo offers on a date outside it: its first day rehearsed from now, starting at the first coffee
    break, so a newcomer sees a break's countdown at once, and the timer of the session after it with Start."""

    day: Day
    from_item_id: int | None
    from_time: str  # the break's planned time, as the programme prints it


def demo_rehearsal(event: Event, clock: Clock = SYSTEM_CLOCK) -> DemoRehearsal | None:
    """None for any other event, or on a day of the demo itself."""
    if not is_demo(event):
        return None
    days = event_days(event)
    today = venue_today(clock, venue_zone(event.timezone))
    if not days or any(day.date == today for day in days):
        return None
    coffee = (AgendaItem.select().where((AgendaItem.day == days[0]) & (AgendaItem.kind == "break"))
              .order_by(AgendaItem.position).first())
    return DemoRehearsal(days[0], coffee.id if coffee else None, f"{coffee.planned_start:%H:%M}" if coffee else "")
