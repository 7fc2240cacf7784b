"""The built-in demo: the CyberCrime@IPA regional workshop, Durrës, 9–10 June 2011."""
from __future__ import annotations

import json
import os
from pathlib import Path

from models.event import schema
from models.event.document import load_document
from models.event.file import close_event_database, open_event_database
from models.ground.addresses import shown
from models.ground.clock import SYSTEM_CLOCK, Clock
from models.ground.db import is_url
from models.ground.entities import Event
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
