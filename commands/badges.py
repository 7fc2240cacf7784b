"""`payload NUMBER` and `badges OUT.pdf [--layout NAME] [--only N,...] [--reprint]`."""
from __future__ import annotations

import argparse
import sys

from commands.common import add_pin_option, open_unlocked_event, whole_number
from models.badges.fonts import describe_missing, missing_glyphs
from models.badges.layouts import DEFAULT_LAYOUT, LAYOUTS
from models.badges.pdf import render_badges
from models.badges.preflight import describe_undersized, undersized_names
from models.badges.printing import Selection, participants_to_print, unknown_numbers
from models.badges.reading import payload_for
from models.badges.reprint import reprint_badge
from models.ground.audit import THE_COMMAND_LINE
from models.ground.errors import BelvedereError
from models.ground.i18n import translate
from models.participants.entities import Participant


def register(subparsers) -> None:
    payload = subparsers.add_parser("payload", help="print a participant's badge payload (the digits in the QR code)")
    payload.add_argument("number", type=whole_number, metavar="NUMBER", help="participant number")
    add_pin_option(payload)
    payload.set_defaults(handler=run_payload)

    badges = subparsers.add_parser("badges", help="write badge sheets to a PDF")
    badges.add_argument("out", metavar="OUT.pdf", help="the PDF to write (replaced if it exists)")
    badges.add_argument("--layout", choices=list(LAYOUTS), default=DEFAULT_LAYOUT,
                        help="; ".join(f"{key}: {layout.name}" for key, layout in LAYOUTS.items()))
    badges.add_argument("--only", type=participant_numbers, metavar="N,...",
                        help="only these participants, e.g. 101,118 or 101-110 (default: everyone)")
    badges.add_argument("--reprint", action="store_true",
                        help="the --only badges were lost: issue new versions (the old badges are then refused)")
    add_pin_option(badges)
    badges.set_defaults(handler=run_badges)


def participant_numbers(text: str) -> list[int]:
    """'101,118,130-133' -> [101, 118, 130, 131, 132, 133]."""
    numbers = []
    try:
        for part in filter(None, (part.strip() for part in text.split(","))):
            first, _, last = part.partition("-")
            numbers += range(whole_number(first), whole_number(last or first) + 1)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(translate("commands", "'{text}' is not a list of participant numbers like "
                                                               "101,118,130-133").format(text=text)) \
            from None
    if not numbers:
        raise argparse.ArgumentTypeError(translate("commands", "give at least one participant number"))
    return numbers


def run_payload(args: argparse.Namespace) -> int:
    event = open_unlocked_event(args, "a badge's signed code")
    participant = Participant.get_or_none((Participant.event == event) & (Participant.number == args.number))
    if participant is None:
        raise BelvedereError(translate("commands", "There is no participant {number}. Check the number with 'find'.")
                             .format(number=args.number))
    print(payload_for(participant, event))
    return 0


def run_badges(args: argparse.Namespace) -> int:
    event = open_unlocked_event(args, "printing badges")
    if args.reprint and not args.only:
        raise BelvedereError(translate("commands", "--reprint needs --only with the numbers of the lost badges."))
    if args.only:
        unknown = unknown_numbers(event, args.only)
        if unknown:
            raise BelvedereError(translate("commands", "No participant has the number {names}. Nothing was printed.")
                                 .format(names=', '.join(map(str, unknown))))
        if args.reprint:
            for participant in participants_to_print(event, Selection.CHOSEN, args.only):
                reprinted = reprint_badge(participant, actor=THE_COMMAND_LINE)
                print(translate("commands", "Participant {number}: new badge version {badge_version}; the earlier "
                                            "badge is now refused at the desk.")
                      .format(number=reprinted.number, badge_version=reprinted.badge_version))
        chosen = participants_to_print(event, Selection.CHOSEN, args.only)
    else:
        chosen = participants_to_print(event, Selection.ALL)
    for line in describe_missing(missing_glyphs(chosen)):
        print(translate("commands", "belvedere: warning: no glyph in the badge font for participant {line}; these "
                                    "print as empty boxes.").format(line=line), file=sys.stderr)
    for line in describe_undersized(undersized_names(chosen, args.layout, event)):
        print(translate("commands", "belvedere: warning: the name of participant {line} is too long for the {layout} "
                                    "layout; give a shorter name on the badge (the participant's form) or choose a "
                                    "larger layout.").format(line=line, layout=args.layout),
              file=sys.stderr)
    result = render_badges(args.out, chosen, args.layout, actor=THE_COMMAND_LINE, event=event)
    print(translate("commands", "Wrote {count} badges on {pages} pages ({name}) to {path}")
          .format(count=len(result.printed), pages=result.pages, name=translate("badges", LAYOUTS[args.layout].name),
                  path=result.path))
    return 0
