"""The command line: `python main.py [--db PATH_OR_URL] [COMMAND ...]`.

Each capability adds its commands through a `register(subparsers)` function; a
command handler takes the parsed arguments and returns the exit code. Exit codes:
0 success, 2 usage error (argparse), 1 any other failure with a clear message;
some commands add their own (scan: 3 already checked in, 4 refused).
"""
from __future__ import annotations

import argparse
import os
import sys

from commands import agenda, badges, checkin, demo, importexport, reports, safety, serving
from models.event.file import close_event_database
from models.ground.db import database_errors_explained
from models.ground.errors import BelvedereError

COMMAND_MODULES = [demo, agenda, checkin, importexport, badges, safety, reports, serving]

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="belvedere",
        description="Belvedere runs an event on site. Without a command the window opens.",
    )
    parser.add_argument("--db", metavar="PATH_OR_URL", help="the event file, or a postgresql:// URL")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def run_command(args: argparse.Namespace) -> int:
    try:
        with database_errors_explained():  # what a command only reads fails with the same sentences
            return args.handler(args)
    except BelvedereError as error:
        print(f"belvedere: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        # The reader stopped early (`... | head`): what it wanted was printed. Stop quietly.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 — it stands in for stdout until exit
        return EXIT_OK
    except OSError as error:
        print(f"belvedere: {error.strerror or error} ({error.filename or ''}). Check the path and try again.",
              file=sys.stderr)
        return EXIT_FAILURE
    finally:
        close_event_database()
