"""A desk as the journal tests start it: the event file prepared before the event kept aside,
the journal going to a stick, and the event open."""
from __future__ import annotations

from pathlib import Path

from models.event import journal
from models.event.file import open_event_database


def prepared_file_and_stick(demo_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    prepared = tmp_path / "prepared.belvedere"
    prepared.write_bytes(demo_path.read_bytes())
    stick = tmp_path / "stick"
    stick.mkdir()
    journal.set_journal_folder(str(stick))
    open_event_database(demo_path)
    return prepared, stick
