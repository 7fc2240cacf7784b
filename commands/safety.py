"""`backup OUT`, `restore FROM` and `anonymise --yes`: consistent copies, getting the event back from one or
from a journal, and removing personal data after the event."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from commands.common import open_event_for_command
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
from models.ground.errors import BelvedereError


def register(subparsers) -> None:
    backup = subparsers.add_parser("backup", help="write a consistent copy of the event file (from a server: an "
                                                   "ordinary event file)")
    backup.add_argument("out", metavar="OUT", help="the copy to write")
    backup.set_defaults(handler=run_backup)
    restore = subparsers.add_parser("restore", help="restore the event file from a backup or a journal (.jsonl)")
    restore.add_argument("source", metavar="FROM", help="a backup (.belvedere) or a journal (.jsonl)")
    restore.set_defaults(handler=run_restore)
    anonymise = subparsers.add_parser("anonymise", help="after the event: remove personal data, keep the counts")
    anonymise.add_argument("--yes", action="store_true", help="confirm: remove it now (it cannot be undone)")
    anonymise.set_defaults(handler=run_anonymise)


def event_file(args: argparse.Namespace) -> Path:
    target = args.db or appconfig.default_event_target()
    if is_url(target):
        raise BelvedereError("Backups of a database server are made with the server's own tools.")
    return Path(target)


def run_backup(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if args.db and is_url(args.db):
        open_event_for_command(args)
        copied = save_file_copy(out)
        print(f"Saved {shown(args.db)} to the event file {out} ({copied['participant']} participants, "
              f"{copied['check_in']} check-ins)")
        return 0
    source = event_file(args)
    if out.is_dir():
        raise BelvedereError(f"{out} is a folder. Give the copy a file name, like {out / 'copy.belvedere'}.")
    if out.resolve() == source.resolve():
        raise BelvedereError("The copy must go to another file than the event file itself.")
    open_event_for_command(args)  # checks the file before copying it
    close_event_database()
    copy_database(source, out)
    print(f"Backed up {source} to {out}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    source, target = Path(args.source), event_file(args)
    if not source.exists():
        raise BelvedereError(f"There is no file at {source}. Check the path.")
    if source.suffix == ".jsonl":
        open_event_database(target)
        added = rebuild_from_journal(current_event(), source)
        print(f"Rebuilt {target} from the journal {source}: {added} entries added")
        return 0
    kept = restore_backup(source, target)
    aside = f"; the replaced file was kept as {kept}" if kept else ""
    print(f"Restored {target} from {source}{aside}")
    return 0


def run_anonymise(args: argparse.Namespace) -> int:
    event = open_event_for_command(args)
    if not args.yes:
        print(f"belvedere: anonymise removes {WHAT_GOES.format(count=participants_in(event))}. It keeps {WHAT_STAYS}. "
              f"{NOT_TOUCHED}\nNothing was changed: run again with --yes to remove the personal data (it cannot be "
              "undone).", file=sys.stderr)
        return 1
    target = args.db or appconfig.default_event_target()
    count, deleted = anonymise_event(event, target, actor=THE_COMMAND_LINE)
    print(f"Removed the personal data of {count} participants from {target}, and {deleted} backups.")
    print(f"Kept {WHAT_STAYS}.")
    print(NOT_TOUCHED)
    return 0
