"""The live journal: every write that matters, one JSON line each, on a second medium.

If the laptop dies, the event prepared before (or the latest backup) plus this journal
rebuilds the day (`models.event.rebuild`): check-ins, undos, walk-ins and other changes to
participants, and the chair's actions. Check-ins and chair actions name participants by
number only; a walk-in's registration carries the person's details (the rebuild must be
able to bring them back), so the journal holds personal data and is written private (0600).
The lines of one commit are written and synced together before the action is acknowledged.
The journal listens to what capabilities announce after they commit (`models.ground.commits`).

A second medium means another device than the event file's: a folder on the same disk
would die with it, and the folder where a stick is mounted, while the stick is out, is
just an empty folder on the laptop's disk (lines written there would hide under the stick
once it is back). Nothing is written then, and every answer says why.
"""
from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path

from models.ground import appconfig, commits
from models.ground.db import sqlite_path
from models.ground.entities import Event
from models.ground.errors import BelvedereError
from models.ground.files import open_private
from models.ground.i18n import translate
from models.ground.settings import JOURNAL_FOLDER, JOURNAL_MOUNT_POINT

_lock = threading.Lock()
_UNREAD = object()
_folder: object = _UNREAD  # the configured folder, read once per process (the scan path is hot)
_mount_point: str | None = None  # where the folder's medium was mounted when it was chosen
log = logging.getLogger(__name__)


def journal_folder() -> Path | None:
    """The second location chosen on this laptop (a USB stick), or None when the journal is off."""
    global _folder, _mount_point
    if _folder is _UNREAD:
        configured = appconfig.value_of(JOURNAL_FOLDER)
        _folder = Path(configured) if configured else None
        _mount_point = appconfig.value_of(JOURNAL_MOUNT_POINT)
    return _folder


def mount_point_of(folder: Path) -> Path:
    """The folder where the medium holding `folder` is mounted (the stick's root, or / on the laptop's disk)."""
    folder = folder.resolve()
    while not os.path.ismount(folder) and folder.parent != folder:
        folder = folder.parent
    return folder


def set_journal_folder(folder: str | None, event_file: str | os.PathLike | None = None) -> None:
    """Journal to `folder` from now on (None: stop). Refused, with the reason, unless it is on another
    device than `event_file`; the place its medium is mounted is remembered, to notice the stick is out."""
    global _folder, _mount_point
    if folder:
        path = Path(folder)
        if not path.is_dir():
            raise BelvedereError(translate("event", "{folder} is not a folder. Plug in the stick and choose a folder "
                                                    "on it.").format(folder=folder))
        problem = same_medium_problem(path, Path(event_file) if event_file else None)
        if problem:
            raise BelvedereError(problem)
    mount_point = str(mount_point_of(Path(folder))) if folder else None
    appconfig.put(JOURNAL_FOLDER, folder or None)
    appconfig.put(JOURNAL_MOUNT_POINT, mount_point)
    _folder, _mount_point = (Path(folder) if folder else None), mount_point


def forget_cached_folder() -> None:
    """Read the configuration again at the next append (another process may have changed it)."""
    global _folder
    _folder = _UNREAD


def journal_file(event: Event, folder: Path) -> Path:
    return folder / f"belvedere-journal-{event.code}.jsonl"


def same_medium_problem(folder: Path, event_file: Path | None) -> str:
    """Why `folder` is no second medium for the event file, or "" when it is one."""
    if event_file is None:
        return ""  # an event on a database server: any folder of this laptop is another medium
    try:
        same = os.stat(folder).st_dev == os.stat(event_file.parent).st_dev
    except OSError:
        return ""  # the event file's folder is gone: the write to the event itself says so
    if same:
        return (f"The journal is not written: {folder} is on the same disk as the event file, and would be lost "
                "with it. Choose a folder on a USB stick (File ▸ Journal to a second location).")
    return ""


def _unplugged(folder: Path) -> str:
    return (f"The journal is not written: the stick is not in ({folder} is only the empty place where it is "
            "mounted). Plug it in again; the action is saved on this laptop.")


def moved_mount_problem(folder: Path) -> str:
    """The medium the folder was chosen on is no longer mounted where it was: the stick is out."""
    if _mount_point is None:
        return ""
    mounted = Path(_mount_point)
    if not os.path.ismount(mounted) or os.stat(folder).st_dev != os.stat(mounted).st_dev:
        return _unplugged(folder)
    return ""


def empty_mount_point_problem(folder: Path) -> str:
    """For a folder chosen by an earlier Belvedere (its mount point not recorded): an empty folder on its
    parent's device is the place where a stick is mounted, without the stick."""
    if _mount_point is None and os.stat(folder).st_dev == os.stat(folder.parent).st_dev and not any(folder.iterdir()):
        return _unplugged(folder)
    return ""


def medium_problem(folder: Path, event_file: Path | None) -> str:
    """Why nothing can be journalled to `folder` for the event file now, or "" when it can."""
    if not folder.is_dir():
        return (f"The journal is not written: {folder} is not there. Plug the stick in again (the action is "
                "saved on this laptop).")
    return (moved_mount_problem(folder) or same_medium_problem(folder, event_file)
            or empty_mount_point_problem(folder))


def append(event: Event, entry: dict, folder: Path | None = None) -> None:
    """Append one line durably; raises BelvedereError when the medium is gone (the action itself is saved)."""
    append_all(event, [entry], folder)


def append_all(event: Event, entries: list[dict], folder: Path | None = None) -> None:
    """Append the lines of one commit, synced once; raises BelvedereError when the folder is no second medium
    or the medium failed (the action itself is saved)."""
    folder = folder or journal_folder()
    if folder is None or not entries:
        return
    problem = medium_problem(folder, sqlite_path())
    if problem:
        raise BelvedereError(problem)
    lines = "".join(json.dumps({"event": event.code, **entry}, ensure_ascii=False, separators=(",", ":")) + "\n"
                    for entry in entries)
    path = journal_file(event, folder)
    try:
        with _lock, open_private(path, "a", encoding="utf-8") as handle:
            handle.write(lines if _ends_a_line(path) else "\n" + lines)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        raise BelvedereError(
            translate("event", "The journal on {folder} could not be written ({strerror}). The action is saved on this "
                               "laptop; check the stick.").format(folder=folder, strerror=error.strerror)
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
        append_all(event, entries)
    except BelvedereError as error:
        log.warning("journal not written: %s", error)
        return str(error)
    return ""


def listen_to_commits() -> None:
    """Journal every write announced from now on (idempotent: called each time an event is opened)."""
    commits.listen(record_committed)
