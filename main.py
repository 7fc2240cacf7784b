"""Belvedere: `python main.py [--db PATH_OR_URL] [COMMAND ...]`.

Without a command the window opens on the last event file (on first run, the demo);
`python main.py FILE.belvedere` opens that file, as a desktop does when one is double-clicked.
"""
from __future__ import annotations

import sys


def as_event_file_opened(argv: list[str]) -> list[str]:
    """A desktop opens a document as `Belvedere FILE`: an event file given alone is `--db FILE`."""
    if len(argv) == 1 and argv[0].endswith(".belvedere") and not argv[0].startswith("-"):
        return ["--db", argv[0]]
    return argv


def main(argv: list[str] | None = None) -> int:
    from commands import build_parser, run_command
    from models.ground.resources import hand_programs_the_systems_libraries

    hand_programs_the_systems_libraries()

    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")  # names in every script, on any console
    args = build_parser().parse_args(as_event_file_opened(sys.argv[1:] if argv is None else argv))
    if args.command is None:
        from ui.app import run_gui

        return run_gui(args.db, args.lang)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
