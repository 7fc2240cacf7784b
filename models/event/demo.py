"""The built-in demo: the CyberCrime@IPA regional workshop, Durrës, 9–10 June 2011."""
from __future__ import annotations

import json
import os
from pathlib import Path

from models.event.document import load_document
from models.event.file import close_event_database, open_event_database
from models.ground.clock import SYSTEM_CLOCK, Clock
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


def create_demo(path: str | os.PathLike, force: bool = False, clock: Clock = SYSTEM_CLOCK) -> Event:
    """Write the demo event to a new file (or replace an existing one with force) and leave it open."""
    path = Path(path)
    if path.exists():
        if not force:
            raise BelvedereError(translate("event", "{path} already exists. Use --force to replace it with a fresh "
                                                    "demo.").format(path=path))
        close_event_database()
        remove_event_file(path)
    open_event_database(path, create=True)
    return load_document(demo_document(), clock)
