"""What every command that works on an event does first."""
from __future__ import annotations

import argparse

from models import appconfig
from models.event.entities import Event
from models.event.file import current_event, open_event_database


def open_event_for_command(args: argparse.Namespace) -> Event:
    """Open --db (else the last event file used, else the demo) and return its event."""
    open_event_database(args.db or appconfig.default_event_target())
    return current_event()
