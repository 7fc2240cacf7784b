"""`chair start|pause|end|next|add MIN|message [TEXT]|blackout [--day N]`: the chair's actions from the command
line, appended to the run log as the chair page does, then the day's state as `agenda` prints it.

Without --day the chair runs the day the page would open on: today's, else the last one with anything logged.
"""
from __future__ import annotations

import argparse
import sys

from commands.agenda import state_lines
from commands.common import chosen_day, day_number, open_event_for_command
from models.agenda.plan import day_to_run
from models.agenda.runlog import Chair
from models.agenda.state import AgendaState
from models.agenda.timekeeping import ChairClock, jump_sentence
from models.ground.audit import THE_COMMAND_LINE
from models.ground.clock import SYSTEM_CLOCK, venue_today, venue_zone
from models.ground.days import day_name
from models.ground.errors import BelvedereError

MAX_MINUTES = 24 * 60
ACTIONS = ("start", "pause", "end", "next", "add", "message", "blackout")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "chair", help="the chair's actions: start, pause, end, next, add MIN, message [TEXT], blackout",
        description="start starts the current item (or resumes it); add MIN gives it minutes (negative: takes them); "
                    "message TEXT shows a message to the speaker, message alone hides it; blackout switches the "
                    "display's blackout on or off.")
    parser.add_argument("action", choices=ACTIONS, metavar="ACTION", help=", ".join(ACTIONS))
    parser.add_argument("value", nargs="?", metavar="MIN|TEXT", help="the minutes for add, the text for message")
    parser.add_argument("--day", type=day_number, metavar="N", help="day number (default: the day the chair runs)")
    parser.set_defaults(handler=run)


def minutes_of(text: str | None) -> int:
    try:
        return int(text)
    except (TypeError, ValueError):
        raise BelvedereError("Give the minutes to add as a whole number, like 'chair add 5' or 'chair add -2'.") \
            from None


def perform(chair: Chair, action: str, value: str | None) -> AgendaState:
    if action == "add":
        minutes = minutes_of(value)
        if abs(minutes) > MAX_MINUTES:
            raise BelvedereError(f"Add at most {MAX_MINUTES} minutes at once.")
        return chair.add_time(minutes * 60)
    if action == "message":
        return chair.show_message(value) if value else chair.hide_message()
    if value is not None:
        raise BelvedereError(f"'chair {action}' takes nothing after it (only add and message do).")
    return {"start": chair.start_or_resume, "pause": chair.pause, "end": chair.end, "next": chair.next_item,
            "blackout": chair.toggle_blackout}[action]()


def run(args: argparse.Namespace) -> int:
    event = open_event_for_command(args)
    day = chosen_day(event, args.day) or day_to_run(event, venue_today(SYSTEM_CLOCK, venue_zone(event.timezone)))
    if day is None:
        raise BelvedereError("This event has no days yet.")
    clock = ChairClock(SYSTEM_CLOCK)
    state = perform(Chair(day, clock, actor=THE_COMMAND_LINE), args.action, args.value)
    print(f"{day_name(day)}: {args.action} logged.")
    for line in state_lines(state):
        print(f"  {line}")
    jump = clock.noticed_jump()
    if jump is not None:
        print(f"belvedere: warning: {jump_sentence(jump)}", file=sys.stderr)
    return 0
