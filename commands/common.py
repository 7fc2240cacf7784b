"""What every command that works on an event does first."""
from __future__ import annotations

import argparse

from models.event import desk_lock
from models.event.file import open_event_database
from models.ground import appconfig
from models.ground.days import day_by_number
from models.ground.entities import Day, Event, current_event
from models.ground.errors import BelvedereError
from models.ground.i18n import translate
from models.ground.names import short_name
from models.participants.entities import LAST_PARTICIPANT_NUMBER


def whole_number(text: str) -> int:
    """The argparse type of day and participant numbers: anything else is a usage error (exit 2)."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("commands", "'{text}' is not a whole number").format(text=text)) from None
    # a day number never comes near the last participant number: one bound serves both
    if abs(number) > LAST_PARTICIPANT_NUMBER:
        raise argparse.ArgumentTypeError(translate("commands", "{text} is too large: day and participant numbers go up "
                                                               "to {last_participant_number}")
                                         .format(text=text, last_participant_number=LAST_PARTICIPANT_NUMBER))
    return number


def day_number(text: str) -> int:
    """The argparse type of --day: the event's days are numbered from 1."""
    number = whole_number(text)
    if number < 1:
        raise argparse.ArgumentTypeError(translate("commands", "there is no day {number}: the event's days are "
                                                               "numbered from 1").format(number=number))
    return number


def desk_name(text: str) -> str:
    """The argparse type of --desk: a short name, shown without control characters."""
    try:
        return short_name(text, "desk")
    except BelvedereError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def chosen_day(event: Event, number: int | None) -> Day | None:
    """The day --day names, or None for the command's default (today at the venue)."""
    return day_by_number(event, number) if number is not None else None


def open_event_for_command(args: argparse.Namespace) -> Event:
    """Open --db (else the last event file used, else the demo) and return its event."""
    open_event_database(args.db or appconfig.default_event_target())
    return current_event()


def add_pin_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pin", metavar="PIN", help="the organiser's PIN, when the event is locked to the desk")


def require_pin_if_locked(event: Event, args: argparse.Namespace, what: str) -> None:
    """A locked event gives out personal data or its secret (or is replaced) only with the organiser's PIN."""
    if not desk_lock.is_locked(event):
        return
    if args.pin is None:
        raise BelvedereError(translate("commands", "This event is locked to the desk: {what} needs the organiser's "
                                                   "PIN. Give it with --pin.").format(what=what))
    desk_lock.check(event, args.pin)


def open_unlocked_event(args: argparse.Namespace, what: str) -> Event:
    """open_event_for_command, for a command that writes out personal data or the secret (`what` it does)."""
    event = open_event_for_command(args)
    require_pin_if_locked(event, args, what)
    return event
