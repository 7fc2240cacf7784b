"""`agenda [--day N]`: the day's agenda as a table in venue time."""
from __future__ import annotations

import argparse

from commands.common import open_event_for_command
from models.agenda.plan import day_by_number, day_items, event_days


def register(subparsers) -> None:
    parser = subparsers.add_parser("agenda", help="print a day's agenda")
    parser.add_argument("--day", type=int, metavar="N", help="day number (default: every day)")
    parser.set_defaults(handler=run)


def format_item(item) -> str:
    indent = "    " if item.parent_id else ""
    times = item.planned_start.strftime("%H:%M")
    if item.planned_end != item.planned_start:
        times += "–" + item.planned_end.strftime("%H:%M")
    label = f"Session {item.number}: {item.title}" if item.kind == "session" else item.title
    speakers = f"  ({'; '.join(item.speaker_list)})" if item.speaker_list else ""
    return f"  {times:<12} {item.kind:<12} {indent}{label}{speakers}"


def run(args: argparse.Namespace) -> int:
    event = open_event_for_command(args)
    days = [day_by_number(event, args.day)] if args.day else event_days(event)
    print(f"{event.title} — {event.venue}, {event.city} (times in {event.timezone})")
    for day in days:
        print()
        print(f"{day.label or f'Day {day.number}'} — {day.date:%A %d %B %Y}")
        for item in day_items(day):
            print(format_item(item))
    return 0
