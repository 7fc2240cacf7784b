"""What every command that works on an event does first."""
from __future__ import annotations

import argparse

from models.event.file import open_event_database
from models.ground import appconfig
from models.ground.entities import Event, current_event
from models.participants.entities import LAST_PARTICIPANT_NUMBER


def whole_number(text: str) -> int:
    """The argparse type of day and participant numbers: anything else is a usage error (exit 2)."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    # a day number never comes near the last participant number: one bound serves both
    if abs(number) > LAST_PARTICIPANT_NUMBER:
        raise argparse.ArgumentTypeError(f"{text} is too large: day and participant numbers go up to {LAST_PARTICIPANT_NUMBER}")
    return number


def open_event_for_command(args: argparse.Namespace) -> Event:
    """Open --db (else the last event file used, else the demo) and return its event."""
    open_event_database(args.db or appconfig.default_event_target())
    return current_event()
