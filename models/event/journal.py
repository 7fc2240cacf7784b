"""The live journal: every check-in and chair action, one JSON line each, on a second medium.

If the laptop dies, the event prepared before (or the latest backup) plus this
journal rebuilds the day (`models.event.rebuild`). Lines name participants by number only:
no personal data. Each line is flushed and synced before the next action is acknowledged.
The journal listens to what capabilities announce after they commit (`models.ground.commits`).
"""
from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path

from models.ground import appconfig, commits
from models.ground.entities import Event
from models.ground.errors import BelvedereError
from models.ground.settings import JOURNAL_FOLDER

_lock = threading.Lock()
_UNREAD = object()
_folder: object = _UNREAD  # the configured folder, read once per process (the scan path is hot)
log = logging.getLogger(__name__)


def journal_folder() -> Path | None:
    """The second location chosen on this laptop (a USB stick), or None when the journal is off."""
    global _folder
    if _folder is _UNREAD:
        configured = appconfig.value_of(JOURNAL_FOLDER)
        _folder = Path(configured) if configured else None
    return _folder


def set_journal_folder(folder: str | None) -> None:
    global _folder
    if folder and not Path(folder).is_dir():
        raise BelvedereError(f"{folder} is not a folder. Plug in the stick and choose a folder on it.")
    appconfig.put(JOURNAL_FOLDER, folder or None)
    _folder = Path(folder) if folder else None


def forget_cached_folder() -> None:
    """Read the configuration again at the next append (another process may have changed it)."""
    global _folder
    _folder = _UNREAD


def journal_file(event: Event, folder: Path) -> Path:
    return folder / f"belvedere-journal-{event.code}.jsonl"


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


def listen_to_commits() -> None:
    """Journal every write announced from now on (idempotent: called each time an event is opened)."""
    commits.listen(record_committed)
