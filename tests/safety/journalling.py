"""A desk as the journal tests start it: the event file prepared before the event kept aside,
the journal going to a stick (a folder on another device than the event file), and the event open."""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from models.event import journal
from models.event.file import open_event_database

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


def prepared_file_and_stick(demo_path: Path, stick: Path) -> Path:
    """The prepared file kept aside; the desk journals to the stick, with the event open."""
    prepared = demo_path.with_name("prepared.belvedere")
    prepared.write_bytes(demo_path.read_bytes())
    journal.set_journal_folder(str(stick), demo_path)
    open_event_database(demo_path)
    return prepared
