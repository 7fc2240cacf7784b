"""`report attendance|signin|certificates|timing OUT [--day N]`: a report file, its format by OUT's extension."""
from __future__ import annotations

import argparse

from commands.common import add_pin_option, day_number, open_unlocked_event
from models.reports.kinds import REPORTS


def register(subparsers) -> None:
    formats = "; ".join(f"{key}: {', '.join(kind.formats)}" for key, kind in REPORTS.items())
    parser = subparsers.add_parser(
        "report", help="write a report: attendance, sign-in sheets, certificates or timing",
        description=f"Writes a report of the event. The format follows OUT's extension ({formats}).",
    )
    parser.add_argument("kind", choices=list(REPORTS), help="which report")
    parser.add_argument("out", metavar="OUT", help="the file to write (.pdf, .xlsx or .csv)")
    parser.add_argument("--day", type=day_number, metavar="N", help="only day N (default: every day)")
    add_pin_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from models.reports.generate import generate_report  # reportlab and openpyxl load only when needed

    open_unlocked_event(args, "a report of its participants")
    print(generate_report(args.kind, args.out, day_number=args.day).summary)
    return 0
