"""`import participants FILE [--dry-run]`, `import event FILE`, `export participants|checkins|event FILE`.

Imports are all or nothing with row-numbered problems; exports choose CSV, XLSX or JSON by
the file's extension and say so on stderr when the file holds personal data.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from commands.common import open_event_for_command
from models.checkin.exporting import export_checkins
from models.event.creation import event_file_name, import_event_file
from models.event.document import export_warning, read_document, save_document
from models.ground import appconfig
from models.ground.addresses import shown
from models.participants.exporting import export_participants, personal_data_warning
from models.participants.importing import (
    FIELD_LABELS,
    ImportOptions,
    ImportRefused,
    guess_mapping,
    plan_import,
    read_participant_table,
    run_import,
)
from models.participants.spreadsheet import DELIMITER_LABELS, ENCODING_LABELS

DELIMITER_NAMES = {name: delimiter for delimiter, name in DELIMITER_LABELS.items()}
PROBLEMS_SHOWN = 50
ACTOR = "command line"


def register(subparsers) -> None:
    importing = subparsers.add_parser("import", help="import participants (CSV/XLSX/JSON) or a whole event (JSON)")
    what = importing.add_subparsers(dest="what", metavar="WHAT", required=True)
    people = what.add_parser("participants",
                             help="participants from a CSV or XLSX sheet, or a JSON participant export, all or nothing")
    people.add_argument("file", metavar="FILE")
    people.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    people.add_argument("--encoding", choices=list(ENCODING_LABELS), help="override the detected text encoding")
    people.add_argument("--delimiter", choices=list(DELIMITER_NAMES), help="override the detected delimiter")
    people.add_argument("--sheet", metavar="NAME", help="the workbook's sheet (default: the first with data)")
    people.add_argument("--create-delegations", action="store_true",
                        help="create the delegations the sheet names but the event does not have")
    people.set_defaults(handler=run_import_participants)
    event = what.add_parser("event", help="a whole event from a JSON event document, into a new event file")
    event.add_argument("file", metavar="FILE")
    event.set_defaults(handler=run_import_event)

    exporting = subparsers.add_parser("export", help="export participants, check-ins (CSV/XLSX/JSON) or the event (JSON)")
    exporting.add_argument("what", choices=["participants", "checkins", "event"])
    exporting.add_argument("file", metavar="FILE", help="the extension chooses the format: .csv, .xlsx or .json")
    exporting.set_defaults(handler=run_export)


def describe_source(table) -> str:
    if table.kind == "xlsx":
        return f"Excel sheet '{table.sheet}'"
    if table.kind == "json":
        return "JSON, one object per participant"
    guessed = " (detected)" if table.encoding_detected else ""
    split = " (detected)" if table.delimiter_detected else ""
    return f"CSV, {table.encoding_label}{guessed}, {table.delimiter_label}-separated{split}"


def print_problems(problems) -> None:
    for problem in problems[:PROBLEMS_SHOWN]:
        print(f"  {problem}", file=sys.stderr)
    if len(problems) > PROBLEMS_SHOWN:
        print(f"  … and {len(problems) - PROBLEMS_SHOWN} more.", file=sys.stderr)


def run_import_participants(args: argparse.Namespace) -> int:
    event = open_event_for_command(args)
    delimiter = DELIMITER_NAMES[args.delimiter] if args.delimiter else None
    table = read_participant_table(args.file, args.encoding, delimiter, args.sheet)
    mapping = guess_mapping(table.headers)
    options = ImportOptions(create_delegations=args.create_delegations)
    header = f"header in row {table.header_row}, " if table.kind != "json" else ""
    print(f"{Path(args.file).name}: {describe_source(table)}; {header}{len(table.rows)} rows.")
    columns = [f"{header or '(empty)'} → {FIELD_LABELS[key] if key else 'not imported'}"
               for header, key in zip(table.headers, mapping)]
    print("Columns: " + "; ".join(columns))
    if args.dry_run:
        plan = plan_import(event, table, mapping, options)
        print(f"Dry run, nothing written: {plan.summary()}")
        if plan.unknown_delegations:
            print("Unknown delegations (add --create-delegations to create them): "
                  + ", ".join(plan.unknown_delegations), file=sys.stderr)
        print_problems(plan.problems)
        return 0 if plan.can_import else 1
    try:
        plan = run_import(event, table, mapping, options, actor=ACTOR)
    except ImportRefused as refused:
        print(f"belvedere: nothing was imported: {len(refused.plan.problems)} problem(s) to fix first.",
              file=sys.stderr)
        if refused.plan.unknown_delegations:
            print("Unknown delegations (add --create-delegations to create them): "
                  + ", ".join(refused.plan.unknown_delegations), file=sys.stderr)
        print_problems(refused.plan.problems)
        return 1
    print(f"Imported: {plan.summary()}")
    return 0


def run_import_event(args: argparse.Namespace) -> int:
    title = str(read_document(args.file).get("event", {}).get("title", ""))
    target = args.db or str(appconfig.data_dir() / event_file_name(title))
    event = import_event_file(args.file, target)
    print(f"Imported the event \"{event.title}\" ({len(list(event.days))} days, "
          f"{len(list(event.participants))} participants) into {shown(target)}")
    appconfig.remember_event_file(target)
    return 0


def run_export(args: argparse.Namespace) -> int:
    event = open_event_for_command(args)
    path = Path(args.file)
    if args.what == "event":
        count = save_document(event, path)
        print(f"Exported the event \"{event.title}\" with {count} participants to {path}")
        print(f"warning: {export_warning(path, count)}", file=sys.stderr)
        return 0
    if args.what == "participants":
        count = export_participants(event, path)
        print(f"Exported {count} participants to {path}")
        contents = f"names, e-mails and phone numbers of {count} participants"
    else:
        count = export_checkins(event, path)
        print(f"Exported {count} check-ins to {path}")
        contents = f"names and arrival times in {count} check-ins"
    print(f"warning: {personal_data_warning(path, contents)}", file=sys.stderr)
    return 0
