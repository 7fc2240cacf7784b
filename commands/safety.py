"""`backup OUT`, `restore FROM`, `journal FOLDER|--off` and `anonymise --yes`: consistent copies, getting the
event back from one or from a journal, the journal on a second medium, and removing personal data after the
event."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from commands.common import add_pin_option, open_event_for_command, open_unlocked_event, require_pin_if_locked
from models.event import journal
from models.event.backups import copy_database, restore_backup
from models.event.file import close_event_database, open_event_database
from models.event.privacy import NOT_TOUCHED, WHAT_GOES, WHAT_STAYS, anonymise_event, participants_in
from models.event.rebuild import rebuild_from_journal
from models.event.transfer import save_file_copy
from models.ground import appconfig
from models.ground.addresses import shown
from models.ground.audit import THE_COMMAND_LINE
from models.ground.db import is_url
from models.ground.entities import current_event
from models.ground.errors import BelvedereError, EventFileError
from models.ground.i18n import translate


def register(subparsers) -> None:
    backup = subparsers.add_parser("backup", help="write a consistent copy of the event file (from a server: an "
                                                   "ordinary event file)")
    backup.add_argument("out", metavar="OUT", help="the copy to write")
    add_pin_option(backup)
    backup.set_defaults(handler=run_backup)
    restore = subparsers.add_parser("restore", help="restore the event file from a backup or a journal (.jsonl)")
    restore.add_argument("source", metavar="FROM", help="a backup (.belvedere) or a journal (.jsonl)")
    add_pin_option(restore)
    restore.set_defaults(handler=run_restore)
    journal_parser = subparsers.add_parser(
        "journal", help="this laptop's journal on a second medium (a USB stick): every write that matters, as it happens",
        description="Without FOLDER or --off: say where this laptop journals, and whether it can.")
    where = journal_parser.add_mutually_exclusive_group()
    where.add_argument("folder", nargs="?", metavar="FOLDER", help="a folder on a USB stick (another device than the "
                                                                    "event file)")
    where.add_argument("--off", action="store_true", help="stop journalling on this laptop")
    journal_parser.set_defaults(handler=run_journal)
    anonymise = subparsers.add_parser("anonymise", help="after the event: remove personal data, keep the counts")
    anonymise.add_argument("--yes", action="store_true", help="confirm: remove it now (it cannot be undone)")
    add_pin_option(anonymise)
    anonymise.set_defaults(handler=run_anonymise)


def event_file(args: argparse.Namespace) -> Path:
    target = args.db or appconfig.default_event_target()
    if is_url(target):
        raise BelvedereError(translate("commands", "Backups of a database server are made with the server's own tools."))
    return Path(target)


def run_backup(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if args.db and is_url(args.db):
        open_event_for_command(args)
        copied = save_file_copy(out)
        print(translate("commands", "Saved {target} to the event file {out} ({participants} participants, {check_ins} "
                                    "check-ins)").format(target=shown(args.db), out=out, participants=copied["participant"],
                                                          check_ins=copied["check_in"]))
        return 0
    source = event_file(args)
    if out.is_dir():
        raise BelvedereError(translate("commands", "{out} is a folder. Give the copy a file name, like {value}.")
                             .format(out=out, value=out / 'copy.belvedere'))
    if out.resolve() == source.resolve():
        raise BelvedereError(translate("commands", "The copy must go to another file than the event file itself."))
    open_unlocked_event(args, "a copy of it")  # checks the file before copying it
    close_event_database()
    copy_database(source, out)
    print(translate("commands", "Backed up {source} to {out}").format(source=source, out=out))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    source, target = Path(args.source), event_file(args)
    if not source.exists():
        raise BelvedereError(translate("commands", "There is no file at {source}. Check the path.").format(source=source))
    require_pin_to_replace(args)
    if source.suffix == ".jsonl":
        open_event_database(target)
        report = rebuild_from_journal(current_event(), source, actor=THE_COMMAND_LINE)
        print(translate("commands", "Rebuilt {target} from the journal {source}: {summary}")
              .format(target=target, source=source, summary=report.summary()))
        return 0
    kept = restore_backup(source, target)
    aside = f"; the replaced file was kept as {kept}" if kept else ""
    print(translate("commands", "Restored {target} from {source}{aside}").format(target=target, source=source, aside=aside))
    return 0


def run_journal(args: argparse.Namespace) -> int:
    if args.off:
        journal.set_journal_folder(None)
        print(translate("commands", "The journal is off on this laptop."))
        return 0
    event = open_event_for_command(args)
    target = args.db or appconfig.default_event_target()
    event_file = None if is_url(target) else Path(target)
    if args.folder:
        journal.set_journal_folder(args.folder, event_file)
        print(translate("commands", "This laptop journals every check-in, walk-in, undo, change to a participant and "
                                    "chair action to {journal_file} from now on. The journal holds walk-ins' names: "
                                    "keep the stick safe.")
              .format(journal_file=journal.journal_file(event, Path(args.folder))))
        return 0
    folder = journal.journal_folder()
    if folder is None:
        print(translate("commands", "The journal is off on this laptop. Turn it on with: journal FOLDER (a folder on a "
                                    "USB stick)."))
        return 0
    problem = journal.medium_problem(folder, event_file)
    print(translate("commands", "This laptop journals to {journal_file}.")
          .format(journal_file=journal.journal_file(event, folder)))
    if problem:
        print(f"belvedere: {problem}", file=sys.stderr)
        return 1
    return 0


def require_pin_to_replace(args: argparse.Namespace) -> None:
    """A locked event file is rebuilt or replaced only with the PIN (a damaged one, which nothing can open, may be)."""
    try:
        event = open_event_for_command(args)
    except EventFileError:
        return
    require_pin_if_locked(event, args, "restoring it")
    close_event_database()


def run_anonymise(args: argparse.Namespace) -> int:
    event = open_unlocked_event(args, "removing its personal data")
    if not args.yes:
        print(translate("commands", "belvedere: anonymise removes {removed}. It keeps {kept}. "
                                    "{not_touched}\nNothing was changed: run again with --yes to remove the personal "
                                    "data (it cannot be undone).")
              .format(removed=translate("event", WHAT_GOES).format(count=participants_in(event)),
                      kept=translate("event", WHAT_STAYS), not_touched=translate("event", NOT_TOUCHED)), file=sys.stderr)
        return 1
    target = args.db or appconfig.default_event_target()
    count, deleted = anonymise_event(event, target, actor=THE_COMMAND_LINE)
    print(translate("commands", "Removed the personal data of {count} participants from {target}, and {deleted} "
                                "backups.").format(count=count, target=target, deleted=deleted))
    print(translate("commands", "Kept {kept}.").format(kept=translate("event", WHAT_STAYS)))
    print(translate("event", NOT_TOUCHED))
    return 0
