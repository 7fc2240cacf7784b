"""`Belvedere FILE.belvedere` (how a desktop opens a double-clicked document) opens that event file."""
from __future__ import annotations

from main import as_event_file_opened


def test_an_event_file_given_alone_is_opened():
    assert as_event_file_opened(["/home/ana/Seminari — Durrës.belvedere"]) == [
        "--db", "/home/ana/Seminari — Durrës.belvedere"]


def test_commands_and_options_are_left_as_they_are():
    for argv in ([], ["demo"], ["--db", "a.belvedere"], ["--db", "a.belvedere", "find", "x"], ["backup", "b.belvedere"],
                 ["--help"]):
        assert as_event_file_opened(argv) == argv
