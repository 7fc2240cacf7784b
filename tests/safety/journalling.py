"""A desk as the journal tests start it: the event prepared before the event kept aside (a copy of the file, or
a second database on the server), the journal going to a stick (a folder on another device than the event file),
and the event open."""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from models.event import journal
from models.event.file import open_event_database
from models.ground.db import is_url

# Where a test machine has a second device: a RAM disk beside the disk that holds the tests' files.
SECOND_DEVICES = ("/dev/shm", "/run/shm", "/run/user/{uid}", "/tmp")


@contextmanager
def another_device(beside: Path) -> Iterator[Path | None]:
    """A fresh folder on another device than `beside` (removed afterwards), or None where there is none."""
    device = os.stat(beside).st_dev
    for candidate in SECOND_DEVICES:
        candidate = candidate.format(uid=os.getuid() if hasattr(os, "getuid") else 0)
        try:
            usable = os.path.isdir(candidate) and os.stat(candidate).st_dev != device and os.access(candidate, os.W_OK)
        except OSError:
            usable = False
        if usable:
            folder = Path(tempfile.mkdtemp(prefix="belvedere-stick-", dir=candidate))
            try:
                yield folder
            finally:
                shutil.rmtree(folder, ignore_errors=True)
            return
    yield None


def prepared_event_and_stick(new_demo, stick: Path) -> Path | str:
    """Opens one demo event for the desk, journalling to the stick; returns another, as prepared before the event."""
    desk, prepared = new_demo(), new_demo()
    journal.set_journal_folder(str(stick), None if is_url(str(desk)) else desk)
    open_event_database(desk)
    return prepared
