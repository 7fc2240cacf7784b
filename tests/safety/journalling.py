"""A desk as the journal tests start it: the event prepared before the event kept aside (a copy of the file, or
a second database on the server), the journal going to a stick, and the event open."""
from __future__ import annotations

from pathlib import Path

from models.event import journal
from models.event.file import open_event_database


def prepared_event_and_stick(new_demo, tmp_path: Path) -> tuple[Path | str, Path]:
    """Opens one demo event for the desk; returns another, as prepared before the event, and the stick."""
    desk, prepared = new_demo(), new_demo()
    stick = tmp_path / "stick"
    stick.mkdir()
    journal.set_journal_folder(str(stick))
    open_event_database(desk)
    return prepared, stick
