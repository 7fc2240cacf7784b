"""`demo [--force]`: create the built-in demo event."""
from __future__ import annotations

import argparse

from models.event.demo import create_demo
from models.ground import appconfig
from models.ground.addresses import shown
from models.ground.i18n import translate
from models.participants.entities import Participant


def register(subparsers) -> None:
    parser = subparsers.add_parser("demo", help="create the demo event (the reference workshop)")
    parser.add_argument("--force", action="store_true", help="replace the file if it exists")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    target = args.db or str(appconfig.demo_file())
    event = create_demo(target, force=args.force)
    count = Participant.select().count()
    days = len(list(event.days))
    print(translate("commands", "Created the demo event \"{title}\" ({days} days, {count} participants) in {target}")
          .format(title=event.title, days=days, count=count, target=shown(target)))
    appconfig.remember_event_file(target)
    return 0
