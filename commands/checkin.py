"""The desk from the command line: `scan PAYLOAD`, `walk-in GIVEN FAMILY`, `undo NUMBER --reason TEXT` (each
with [--day N] [--desk NAME]) and `find QUERY [--day N]`.

scan exits 0 checked in, 3 already checked in, 4 refused (unknown, forged, other
event, replaced badge, not expected that day), 1 when nothing could be saved;
walk-in exits 0 registered and checked in, 1 when nothing could be saved;
undo exits 0 undone, 1 when there was nothing to undo or it could not be saved.
"""
from __future__ import annotations

import argparse
import sys

from commands.common import chosen_day, day_number, desk_name, open_event_for_command, whole_number
from models.checkin.counts import DayStatus, Presence, day_statuses
from models.checkin.service import (
    CheckInResult,
    Outcome,
    check_in,
    day_on,
    local_time,
    refusal_reason,
    today,
    valid_check_in,
    void_check_in,
    walk_in,
)
from models.ground.clock import SYSTEM_CLOCK, venue_today, venue_zone
from models.ground.days import day_name
from models.ground.entities import Day, Event
from models.ground.errors import BelvedereError
from models.ground.i18n import current_language, translate
from models.ground.names import MAX_NAME_LENGTH, printable
from models.participants.delegations import delegation_called, event_delegations
from models.participants.entities import Participant
from models.participants.registration import PersonDetails
from models.participants.roles import event_roles, role_called
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


def add_day_and_desk(parser) -> None:
    parser.add_argument("--day", type=day_number, metavar="N", help="day number (default: today at the venue)")
    parser.add_argument("--desk", type=desk_name, default=COMMAND_LINE_DESK, metavar="NAME",
                        help=f"the desk to record (at most {MAX_NAME_LENGTH} characters)")


def register(subparsers) -> None:
    scan = subparsers.add_parser("scan", help="check in the badge PAYLOAD (exit 0 in, 3 already, 4 refused)")
    scan.add_argument("payload", metavar="PAYLOAD", help="the digits of the badge's QR code")
    add_day_and_desk(scan)
    scan.set_defaults(handler=run_scan)
    walk = subparsers.add_parser("walk-in", help="register someone not on the list and check them in, in one step")
    walk.add_argument("given", metavar="GIVEN", help="given name")
    walk.add_argument("family", metavar="FAMILY", help="family name")
    walk.add_argument("--organisation", default="", metavar="O")
    walk.add_argument("--delegation", metavar="D", help="the delegation's code or name")
    walk.add_argument("--role", metavar="R", help="the role's key or name")
    add_day_and_desk(walk)
    walk.set_defaults(handler=run_walk_in)
    undo = subparsers.add_parser("undo", help="undo participant NUMBER's check-in of the day (audited, with a reason)")
    undo.add_argument("number", type=whole_number, metavar="NUMBER", help="participant number")
    undo.add_argument("--reason", required=True, metavar="TEXT", help="why (kept in the audit log)")
    add_day_and_desk(undo)
    undo.set_defaults(handler=run_undo)
    find = subparsers.add_parser("find", help="participants matching QUERY, best first, with their status")
    find.add_argument("query", metavar="QUERY", help="any part of a name, the organisation or the number")
    find.add_argument("--day", type=day_number, metavar="N", help="day for the status (default: today at the venue)")
    find.set_defaults(handler=run_find)


def describe(participant: Participant) -> str:
    details = participant.delegation_and_role(", ")
    return f"{participant.number} {printable(participant.full_name)}" + (f" ({details})" if details else "")


def dated(day: Day) -> str:
    return f"{day_name(day, current_language())} ({day.date:%d.%m.%Y})"


def answer(event: Event, result: CheckInResult, headline: str | None = None) -> str:
    """`headline`: what a green answer starts with (default: "Checked in", in the language of the run)."""
    who = describe(result.participant) if result.participant else ""
    if result.outcome is Outcome.CHECKED_IN:
        return (translate("commands", "{headline}: {who} — {day} at {time:%H:%M}")
                .format(headline=headline or translate("commands", "Checked in"), who=who, day=dated(result.day),
                        time=local_time(event, result.check_in.at)))
    if result.outcome is Outcome.ALREADY:
        earlier = result.check_in
        where = translate("commands", " at {time:%H:%M}, desk {desk}").format(
            time=local_time(event, earlier.at), desk=printable(earlier.desk) or translate("commands", "(none)")) \
            if earlier else ""
        return (translate("commands", "Already checked in: {who} — {day}{where}")
                .format(who=who, day=dated(result.day), where=where))
    if result.outcome is Outcome.NOT_EXPECTED:
        return (translate("commands", "Not expected: {who} — {day}. {reason}")
                .format(who=who, day=dated(result.day), reason=refusal_reason(result)))
    reason = refusal_reason(result)
    if result.replaced_at:
        reason += translate("commands", " (replaced {time:%d.%m.%Y %H:%M})").format(
            time=local_time(event, result.replaced_at))
    if who:
        return translate("commands", "Refused: {who} — {reason}").format(who=who, reason=reason)
    return translate("commands", "Refused: {reason}").format(reason=reason)


def print_result(event: Event, result: CheckInResult, headline: str | None = None) -> int:
    """The answer on stdout (a problem with the journal beside it on stderr); returns the exit code."""
    if result.outcome is Outcome.NOT_SAVED:
        print(f"belvedere: {result.problem}", file=sys.stderr)
    else:
        print(answer(event, result, headline))
    if result.journal_problem:
        print(translate("commands", "belvedere: warning: {problem}").format(problem=result.journal_problem),
              file=sys.stderr)
    return EXIT_CODES[result.outcome]


def run_scan(args: argparse.Namespace) -> int:
    event = open_event_for_command(args)
    result = check_in(event, args.payload, day=chosen_day(event, args.day), desk=args.desk, method="scan")
    return print_result(event, result)


def found(called, event: Event, text: str | None, what: str, choices: list[str]):
    if not text:
        return None
    chosen = called(event, text)
    if chosen is None:
        raise BelvedereError(translate("commands", "This event has no {what} '{printable}'. Use one of: {names}.")
                             .format(what=what, printable=printable(text), names=', '.join(choices)))
    return chosen


def run_walk_in(args: argparse.Namespace) -> int:
    event = open_event_for_command(args)
    details = PersonDetails(  # printable: a shell hands undecodable bytes over as lone surrogates, which no file stores
        given_name=printable(args.given), family_name=printable(args.family), organisation=printable(args.organisation),
        delegation=found(delegation_called, event, args.delegation, "delegation",
                         [d.code for d in event_delegations(event)]),
        role=found(role_called, event, args.role, "role", [r.key for r in event_roles(event)]),
    )
    day = chosen_day(event, args.day) or today(event)
    return print_result(event, walk_in(event, details, day, desk=args.desk),
                        translate("commands", "Registered and checked in"))


def run_undo(args: argparse.Namespace) -> int:
    event = open_event_for_command(args)
    participant = Participant.get_or_none((Participant.event == event) & (Participant.number == args.number))
    if participant is None:
        raise BelvedereError(translate("commands", "There is no participant {number}. Check the number with 'find'.")
                             .format(number=args.number))
    day = chosen_day(event, args.day) or today(event)
    record = valid_check_in(participant, day)
    if record is None:
        raise BelvedereError(translate("commands", "{describe} has no check-in to undo on {dated}.")
                             .format(describe=describe(participant), dated=dated(day)))
    voided = void_check_in(record, args.reason, operator=args.desk)
    print(translate("commands", "Undone: {describe} — {dated}, checked in at {local_time:%H:%M} (reason: {printable})")
          .format(describe=describe(participant), dated=dated(day), local_time=local_time(event, voided.at),
                  printable=printable(voided.void_reason)))
    return EXIT_OK


def status_text(event: Event, status: DayStatus | None) -> str:
    if status is None:
        return ""
    if status.presence is Presence.ARRIVED:
        return (translate("commands", "checked in {time:%H:%M} ({desk})")
                .format(time=local_time(event, status.at), desk=printable(status.desk) or translate("commands", "no desk")))
    return translate("commands", "not arrived") if status.presence is Presence.NOT_YET \
        else translate("commands", "not expected")


def run_find(args: argparse.Namespace) -> int:
    event = open_event_for_command(args)
    day = chosen_day(event, args.day) or day_on(event, venue_today(SYSTEM_CLOCK, venue_zone(event.timezone)))
    matches = search_participants(event, args.query)
    if not matches:
        print(translate("commands", "belvedere: no one matches '{query}'. Try part of the family name, or the number.")
              .format(query=args.query),
              file=sys.stderr)
        return EXIT_FAILURE
    statuses = day_statuses(day, [participant.id for participant in matches]) if day else {}
    print(translate("commands", "Status on {day}").format(day=dated(day)) if day else
          translate("commands", "Today is not a day of this event; give --day N for the status."))
    rows = [(participant.number, printable(participant.full_name),
             participant.delegation_name or "—",
             status_text(event, statuses.get(participant.id))) for participant in matches]
    name_width = max(len(row[1]) for row in rows)
    delegation_width = max(len(row[2]) for row in rows)
    for number, name, delegation, status in rows:
        print(f"{number:>5}  {name:<{name_width}}  {delegation:<{delegation_width}}  {status}".rstrip())
    return EXIT_OK
