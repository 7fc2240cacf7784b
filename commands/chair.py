"""`chair start|pause|end|next|end-break|add MINUTES|message TEXT|blackout [--day N] [--rehearse]`: the chair's
controls from a shell, appended to the day's run log exactly as the chair page appends them, then the day's state.

With --rehearse they drive the day's rehearsal instead (laid on today by its first action; `chair clear
--rehearse` forgets it): nothing reaches the run log, the timing report or the journal.

Without --day the chair runs the day the page would open on: today's, else the last one with anything logged.
The time is the chair's clock (models.agenda.timekeeping): a laptop clock set back or forward neither gives
nor takes time, and a jump is said on stderr.
"""
from __future__ import annotations

import argparse
import sys

from commands.agenda import rehearsal_lines, state_lines
from commands.common import chosen_day, day_number, open_event_for_command
from models.agenda.plan import day_to_run
from models.agenda.rehearsal import NotTheDayError
from models.agenda.rehearsal_log import chair_for, clear_rehearsal, rehearsed_day
from models.agenda.timekeeping import ChairClock, jump_sentence
from models.ground.audit import THE_COMMAND_LINE
from models.ground.clock import SYSTEM_CLOCK, venue_today, venue_zone
from models.ground.days import day_name
from models.ground.errors import BelvedereError
from models.ground.i18n import counted, current_language, translate
from models.live.remote import MAX_MINUTES, perform


def minutes(text: str) -> int:
    """The argparse type of `add MINUTES`: anything but a whole number within an hour is a usage error."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("commands", "'{text}' is not a whole number of minutes")
                                         .format(text=text)) from None
    if value == 0 or abs(value) > MAX_MINUTES:
        raise argparse.ArgumentTypeError(translate("commands", "add between 1 and {max_minutes} minutes (or -1 to "
                                                               "-{max_minutes})").format(max_minutes=MAX_MINUTES))
    return value


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "chair", help="the chair's controls: start, pause, end, next, end-break, add, message, blackout "
                      "(--rehearse: on the day's rehearsal)")
    day = argparse.ArgumentParser(add_help=False)
    day.add_argument("--day", type=day_number, metavar="N", help="day number (default: the day the chair runs)")
    day.add_argument("--rehearse", action="store_true",
                     help="drive the day's rehearsal, laid on today: nothing is recorded for the day")
    controls = parser.add_subparsers(dest="control", metavar="CONTROL", required=True)
    controls.add_parser("start", parents=[day], help="start what waits (once a break's time is up: what follows), "
                                                     "or resume what is paused")
    controls.add_parser("pause", parents=[day], help="pause the running item")
    controls.add_parser("end", parents=[day], help="end the running item; a break that follows starts by itself")
    controls.add_parser("next", parents=[day], help="end the running item and start the next")
    controls.add_parser("end-break", parents=[day], help="end the break under way now, even with time left "
                                                         "(start, end and next never end a break early)")
    add = controls.add_parser("add", parents=[day], help="give the running item more minutes (or fewer: add -1)")
    add.add_argument("minutes", type=minutes, metavar="MINUTES")
    message = controls.add_parser("message", parents=[day], help="show a message to the speaker (--hide hides it)")
    message.add_argument("text", nargs="?", default="", metavar="TEXT")
    message.add_argument("--hide", action="store_true", help="hide the message shown")
    blackout = controls.add_parser("blackout", parents=[day], help="black the display out (blackout off: back)")
    blackout.add_argument("on", nargs="?", choices=("on", "off"), default="on")
    controls.add_parser("clear", parents=[day], help="with --rehearse: forget the day's rehearsal")
    parser.set_defaults(handler=run)


def control_of(args: argparse.Namespace) -> tuple[str, dict]:
    """The remote's control name and arguments for the command line's words."""
    if args.control == "add":
        return "add", {"minutes": args.minutes}
    if args.control == "message":
        if args.hide:
            return "hide-message", {}
        return "message", {"text": args.text}
    if args.control == "blackout":
        return "blackout", {"on": args.on}
    return args.control, {}


def the_day(event, args: argparse.Namespace):
    """--day, else a rehearsal laid today (with --rehearse), else the day the chair's page opens on."""
    today = venue_today(SYSTEM_CLOCK, venue_zone(event.timezone))
    rehearsed = rehearsed_day(event, today) if args.rehearse else None
    return chosen_day(event, args.day) or rehearsed or day_to_run(event, today)


def run(args: argparse.Namespace) -> int:
    event = open_event_for_command(args)
    day = the_day(event, args)
    if day is None:
        raise BelvedereError(translate("commands", "This event has no days yet: add its agenda on the Event page."))
    if args.control == "clear":
        if not args.rehearse:
            raise BelvedereError(translate("commands", "Only a rehearsal is cleared: the run log is the record of the day. "
                                                       "Add --rehearse to forget the day's rehearsal."))
        cleared = clear_rehearsal(day)
        print(counted.tr("The rehearsal of {day} is cleared (%n actions).", "", cleared)
              .format(day=day_name(day, current_language())))
        return 0
    name, arguments = control_of(args)
    clock = ChairClock(SYSTEM_CLOCK)
    try:
        state = perform(chair_for(day, clock, THE_COMMAND_LINE, rehearse=args.rehearse), name, arguments)
    except NotTheDayError as error:
        hint = "" if args.rehearse else " " + translate(
            "commands", "To rehearse it from here: chair {control} --day {number} --rehearse. If the event has moved "
                        "to today, say so on the Agenda page.").format(control=args.control, number=day.number)
        raise BelvedereError(f"{error}{hint}") from error
    logged = (translate("commands", "{day}: {control} logged in its rehearsal.") if args.rehearse
              else translate("commands", "{day}: {control} logged."))
    print(logged.format(day=day_name(day, current_language()), control=args.control))
    for line in (rehearsal_lines(day, state) if args.rehearse else []) + state_lines(state):
        print(f"  {line}")
    jump = clock.noticed_jump()
    if jump is not None:
        print(translate("commands", "belvedere: warning: {problem}").format(problem=jump_sentence(jump)), file=sys.stderr)
    return 0
