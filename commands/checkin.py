"""`scan PAYLOAD [--day N] [--desk NAME]` and `find QUERY [--day N]`: the desk from the command line.

scan exits 0 checked in, 3 already checked in, 4 refused (unknown, forged, other
event, replaced badge, not expected that day), 1 when nothing could be saved.
"""
from __future__ import annotations

import argparse
import sys

from commands.common import open_event_for_command, whole_number
from models.checkin.counts import DayStatus, Presence, day_statuses
from models.checkin.service import CheckInResult, Outcome, check_in, day_on, local_time, refusal_reason
from models.ground.clock import SYSTEM_CLOCK, venue_today, venue_zone
from models.ground.days import day_by_number, day_name
from models.ground.entities import Day, Event
from models.participants.entities import Participant
from models.participants.search import search_participants

EXIT_OK = EXIT_CHECKED_IN = 0
EXIT_FAILURE = 1
EXIT_ALREADY = 3
EXIT_REFUSED = 4

EXIT_CODES = {
    Outcome.CHECKED_IN: EXIT_CHECKED_IN,
    Outcome.ALREADY: EXIT_ALREADY,
    Outcome.REFUSED: EXIT_REFUSED,
    Outcome.NOT_EXPECTED: EXIT_REFUSED,
    Outcome.NOT_SAVED: EXIT_FAILURE,
}
COMMAND_LINE_DESK = "command line"


def register(subparsers) -> None:
    scan = subparsers.add_parser("scan", help="check in the badge PAYLOAD (exit 0 in, 3 already, 4 refused)")
    scan.add_argument("payload", metavar="PAYLOAD", help="the digits of the badge's QR code")
    scan.add_argument("--day", type=whole_number, metavar="N", help="day number (default: today at the venue)")
    scan.add_argument("--desk", default=COMMAND_LINE_DESK, metavar="NAME", help="the desk to record")
    scan.set_defaults(handler=run_scan)
    find = subparsers.add_parser("find", help="participants matching QUERY, best first, with their status")
    find.add_argument("query", metavar="QUERY", help="any part of a name, the organisation or the number")
    find.add_argument("--day", type=whole_number, metavar="N", help="day for the status (default: today at the venue)")
    find.set_defaults(handler=run_find)


def describe(participant: Participant) -> str:
    details = participant.delegation_and_role(", ")
    return f"{participant.number} {participant.full_name}" + (f" ({details})" if details else "")


def dated(day: Day) -> str:
    return f"{day_name(day)} ({day.date:%d.%m.%Y})"


def answer(event: Event, result: CheckInResult) -> str:
    who = describe(result.participant) if result.participant else ""
    if result.outcome is Outcome.CHECKED_IN:
        return f"Checked in: {who} — {dated(result.day)} at {local_time(event, result.check_in.at):%H:%M}"
    if result.outcome is Outcome.ALREADY:
        earlier = result.check_in
        where = f" at {local_time(event, earlier.at):%H:%M}, desk {earlier.desk or '(none)'}" if earlier else ""
        return f"Already checked in: {who} — {dated(result.day)}{where}"
    if result.outcome is Outcome.NOT_EXPECTED:
        return f"Not expected: {who} — {dated(result.day)}. {refusal_reason(result)}"
    reason = refusal_reason(result)
    if result.replaced_at:
        reason += f" (replaced {local_time(event, result.replaced_at):%d.%m.%Y %H:%M})"
    return f"Refused: {who + ' — ' if who else ''}{reason}"


def run_scan(args: argparse.Namespace) -> int:
    event = open_event_for_command(args)
    day = day_by_number(event, args.day) if args.day else None
    result = check_in(event, args.payload, day=day, desk=args.desk, method="scan")
    if result.outcome is Outcome.NOT_SAVED:
        print(f"belvedere: {result.problem}", file=sys.stderr)
    else:
        print(answer(event, result))
    return EXIT_CODES[result.outcome]


def status_text(event: Event, status: DayStatus | None) -> str:
    if status is None:
        return ""
    if status.presence is Presence.ARRIVED:
        return f"checked in {local_time(event, status.at):%H:%M} ({status.desk or 'no desk'})"
    return "not arrived" if status.presence is Presence.NOT_YET else "not expected"


def run_find(args: argparse.Namespace) -> int:
    event = open_event_for_command(args)
    day = day_by_number(event, args.day) if args.day else day_on(event, venue_today(SYSTEM_CLOCK,
                                                                                   venue_zone(event.timezone)))
    matches = search_participants(event, args.query)
    if not matches:
        print(f"belvedere: no one matches '{args.query}'. Try part of the family name, or the number.",
              file=sys.stderr)
        return EXIT_FAILURE
    statuses = day_statuses(day, [participant.id for participant in matches]) if day else {}
    print(f"Status on {dated(day)}" if day else "Today is not a day of this event; give --day N for the status.")
    rows = [(participant.number, participant.full_name,
             participant.delegation_name or "—",
             status_text(event, statuses.get(participant.id))) for participant in matches]
    name_width = max(len(row[1]) for row in rows)
    delegation_width = max(len(row[2]) for row in rows)
    for number, name, delegation, status in rows:
        print(f"{number:>5}  {name:<{name_width}}  {delegation:<{delegation_width}}  {status}".rstrip())
    return EXIT_OK
