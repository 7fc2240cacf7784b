"""`import participants FILE [--dry-run] …`, `import event FILE`, `export participants|checkins|event FILE`.

Imports are all or nothing with row-numbered problems; the dry run prints what each column and
each role and delegation word maps to, and how sure that is; exports choose CSV, XLSX or JSON by
the file's extension and say so on stderr when the file holds personal data.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from commands.common import add_pin_option, open_event_for_command, open_unlocked_event
from models.checkin.exporting import export_checkins
from models.event.creation import event_file_name, import_event_file
from models.event.document import document_title, export_warning, read_document, save_document
from models.ground import appconfig
from models.ground.addresses import shown
from models.ground.audit import THE_COMMAND_LINE
from models.ground.i18n import counted, translate
from models.participants.columns import FIELD_LABELS
from models.participants.exporting import export_participants, personal_data_warning
from models.participants.importing import (
    ImportOptions,
    ImportRefused,
    choice_for,
    plan_import,
    read_participant_table,
    run_import,
)
from models.participants.mappings import DELEGATION, ROLE, WORD_KINDS, word_of
from models.participants.matching import Sureness
from models.participants.sheet_values import describe
from models.participants.spreadsheet import DELIMITER_LABELS, ENCODING_LABELS

DELIMITER_NAMES = {name: delimiter for delimiter, name in DELIMITER_LABELS.items()}
PROBLEMS_SHOWN = 50


class MapWord(argparse.Action):
    """`--map role "Prosecution=Prosecutor"`: what one word of the sheet means (nothing after '=': leave it empty)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        kind, pair = values
        if kind not in WORD_KINDS or "=" not in pair or not pair.split("=", 1)[0].strip():
            parser.error(f"{option_string} takes a kind ({', '.join(WORD_KINDS)}) and \"WORD=MEANING\", like "
                         f"{option_string} role \"Prosecution=Prosecutor\" (not {kind} \"{pair}\")")
        word, meaning = pair.split("=", 1)
        getattr(namespace, self.dest).append((kind, word.strip(), meaning.strip()))


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
    people.add_argument("--create-roles", action="store_true",
                        help="create the roles the sheet names but the event does not have")
    people.add_argument("--accept-similar", action="store_true",
                        help="take every similar match of a role, delegation or column name as suggested")
    people.add_argument("--map", action=MapWord, nargs=2, metavar=("KIND", "WORD=MEANING"), default=[],
                        help="what one word of the sheet means, e.g. --map role \"Prosecution=Prosecutor\" or "
                             "--map delegation \"Shqipëria=AL\" (KIND: role, delegation or column; nothing after "
                             "'=' leaves it empty); remembered in the event when imported")
    people.add_argument("--allow-namesakes", action="store_true",
                        help="import people who share a name in their delegation (but not e-mail, phone or "
                             "number) as separate people")
    people.set_defaults(handler=run_import_participants)
    event = what.add_parser("event", help="a whole event from a JSON event document, into a new event file")
    event.add_argument("file", metavar="FILE")
    event.set_defaults(handler=run_import_event)

    exporting = subparsers.add_parser("export", help="export participants, check-ins (CSV/XLSX/JSON) or the event (JSON)")
    exporting.add_argument("what", choices=["participants", "checkins", "event"])
    exporting.add_argument("file", metavar="FILE", help="the extension chooses the format: .csv, .xlsx or .json")
    add_pin_option(exporting)
    exporting.set_defaults(handler=run_export)


def describe_source(table) -> str:
    if table.kind == "xlsx":
        return translate("commands", "Excel sheet '{sheet}'").format(sheet=table.sheet)
    if table.kind == "json":
        return translate("commands", "JSON, one object per participant")
    detected = translate("commands", " (detected)")
    return (translate("commands", "CSV, {encoding}{guessed}, {delimiter}-separated{split}")
            .format(encoding=table.encoding_label, guessed=detected if table.encoding_detected else "",
                    delimiter=table.delimiter_label, split=detected if table.delimiter_detected else ""))


def print_problems(problems) -> None:
    for problem in problems[:PROBLEMS_SHOWN]:
        print(f"  {problem}", file=sys.stderr)
    if len(problems) > PROBLEMS_SHOWN:
        print(translate("commands", "  … and {value} more.").format(value=len(problems) - PROBLEMS_SHOWN), file=sys.stderr)


def describe_column(column) -> str:
    header = column.header or "(empty)"
    if column.field is None:
        return translate("commands", "{header} → not imported").format(header=header)
    return f"{header} → {FIELD_LABELS[column.field]} ({column.sureness.value})"


def print_mappings(plan) -> None:
    """The columns, then each distinct role and delegation word with what it maps to and how sure."""
    print("Columns: " + "; ".join(describe_column(column) for column in plan.columns))
    for kind, title in ((ROLE, "Roles"), (DELEGATION, "Delegations")):
        described = [describe(value) for value in plan.values if value.kind == kind]
        if described:
            print(f"{title}: " + "; ".join(described))
    for namesake in plan.namesakes:
        print(translate("commands", "Possible namesake, row {row}: {namesake}.").format(row=namesake.row, namesake=namesake))


def print_what_confirms(plan, options: ImportOptions) -> None:
    """Name the options that settle what the plan could not decide alone."""
    similar = [value for value in plan.values if value.sureness is Sureness.SIMILAR and not value.settled]
    if similar or any(column.sureness is Sureness.SIMILAR for column in plan.columns):
        example = (f' or one by one: --map {similar[0].kind} "{similar[0].written}={similar[0].meaning}"'
                   if similar else "")
        print(translate("commands", "Similar matches are only suggestions: add --accept-similar to take them "
                                    "all,{example}.").format(example=example),
              file=sys.stderr)
    for kind, option in ((DELEGATION, "--create-delegations"), (ROLE, "--create-roles")):
        unknown = [value.written for value in plan.values
                   if value.kind == kind and not value.settled and value.sureness is Sureness.NONE]
        if unknown:
            print(translate("commands", "Unknown {kind}s (add {option} to create them, or --map {kind} \"WORD=MEANING\"; "
                                        "nothing after '=' leaves it empty): {names}")
                  .format(kind=kind, option=option, names=', '.join(unknown)), file=sys.stderr)
    if plan.namesakes and not options.allow_namesakes:
        namesakes = len(plan.namesakes)
        print(counted.tr("%n possible namesakes: add --allow-namesakes to import them as separate "
                         "people.", "", namesakes), file=sys.stderr)


def import_options(event, args: argparse.Namespace) -> ImportOptions:
    choices = {(kind, word_of(word)): choice_for(event, kind, meaning) for kind, word, meaning in args.map}
    return ImportOptions(create_delegations=args.create_delegations, create_roles=args.create_roles,
                         accept_similar=args.accept_similar, allow_namesakes=args.allow_namesakes, choices=choices)


def run_import_participants(args: argparse.Namespace) -> int:
    event = open_event_for_command(args)
    delimiter = DELIMITER_NAMES[args.delimiter] if args.delimiter else None
    table = read_participant_table(args.file, args.encoding, delimiter, args.sheet)
    options = import_options(event, args)
    header = f"header in row {table.header_row}, " if table.kind != "json" else ""
    print(translate("commands", "{name}: {describe_source}; {header}{count} rows.")
          .format(name=Path(args.file).name, describe_source=describe_source(table), header=header, count=len(table.rows)))
    if args.dry_run:
        plan = plan_import(event, table, options=options)
        print_mappings(plan)
        print(translate("commands", "Dry run, nothing written: {summary}").format(summary=plan.summary()))
        print_problems(plan.warnings)
        print_problems(plan.problems)
        print_what_confirms(plan, options)
        return 0 if plan.can_import else 1
    try:
        plan = run_import(event, table, options=options, actor=THE_COMMAND_LINE)
    except ImportRefused as refused:
        print_mappings(refused.plan)
        problems = len(refused.plan.problems)
        print(counted.tr("belvedere: nothing was imported: %n problems to fix first.", "", problems),
              file=sys.stderr)
        print_problems(refused.plan.problems)
        print_what_confirms(refused.plan, options)
        return 1
    print_mappings(plan)
    print(translate("commands", "Imported: {summary}").format(summary=plan.summary()))
    print_problems(plan.warnings)
    return 0


def run_import_event(args: argparse.Namespace) -> int:
    title = document_title(read_document(args.file))
    target = args.db or str(appconfig.data_dir() / event_file_name(title))
    event = import_event_file(args.file, target)
    print(translate("commands", "Imported the event \"{title}\" ({count} days, {count2} participants) into {target}")
          .format(title=event.title, count=len(list(event.days)), count2=len(list(event.participants)), target=shown(target)))
    appconfig.remember_event_file(target)
    return 0


def run_export(args: argparse.Namespace) -> int:
    event = open_unlocked_event(args, "exporting its " + ("badge secret and participants" if args.what == "event"
                                                          else args.what))
    path = Path(args.file)
    if args.what == "event":
        count = save_document(event, path)
        print(translate("commands", "Exported the event \"{title}\" with {count} participants to {path}")
              .format(title=event.title, count=count, path=path))
        print(translate("commands", "warning: {warning}").format(warning=export_warning(path, count)), file=sys.stderr)
        return 0
    if args.what == "participants":
        count = export_participants(event, path)
        print(translate("commands", "Exported {count} participants to {path}").format(count=count, path=path))
        contents = f"names, e-mails and phone numbers of {count} participants"
    else:
        count = export_checkins(event, path)
        print(translate("commands", "Exported {count} check-ins to {path}").format(count=count, path=path))
        contents = f"names and arrival times in {count} check-ins"
    print(translate("commands", "warning: {warning}").format(warning=personal_data_warning(path, contents)),
          file=sys.stderr)
    return 0
