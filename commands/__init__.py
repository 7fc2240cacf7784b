"""The command line: `python main.py [--db PATH_OR_URL] [COMMAND ...]`.

Each capability adds its commands through a `register(subparsers)` function; a
command handler takes the parsed arguments and returns the exit code (EXIT_CODES below).
Every failure prints one sentence that says what to do, never a traceback.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys

from commands import agenda, badges, chair, checkin, demo, importexport, reports, safety, serving, view
from models.event.file import close_event_database
from models.ground import appconfig, i18n
from models.ground.db import database_errors_explained, unusable_url_problem
from models.ground.errors import BelvedereError
from models.ground.i18n import translate
from models.ground.settings import LANGUAGE

COMMAND_MODULES = [demo, agenda, chair, view, checkin, importexport, badges, safety, reports, serving]

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_CODES = """exit codes:
  0  done (scan: checked in)
  1  not done, and the sentence on stderr says why and what to do (a file that cannot be read or written, a
     journal that is not one, a read-only or locked event file, nothing to undo...)
  2  the command line itself is wrong (an unknown command or option, a day number below 1, a desk name of more
     than 40 characters, a --db that is neither a file nor a postgresql:// URL)
  3  scan: already checked in that day
  4  scan: refused (unknown or forged badge, another event's, a replaced one, not expected that day)"""


def event_target(text: str) -> str:
    """The argparse type of --db: a file path, or a URL of a kind Belvedere connects to."""
    problem = unusable_url_problem(text)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="belvedere",
        description="Belvedere runs an event on site. Without a command the window opens.",
        epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--db", type=event_target, metavar="PATH_OR_URL", help="the event file, or a postgresql:// URL")
    parser.add_argument("--lang", choices=sorted(i18n.LANGUAGES),
                        help="the language of this run, window or command (default: as chosen in the window, "
                             "else the system's)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def speak_the_chosen_language(args: argparse.Namespace) -> None:
    """--lang, else the language chosen in the window's Language menu, else the system's."""
    i18n.use_language(i18n.language_of_this_run(args.lang, appconfig.value_of(LANGUAGE),
                                                i18n.environment_languages()))


def run_command(args: argparse.Namespace) -> int:
    speak_the_chosen_language(args)
    if not logging.getLogger().handlers:
        logging.getLogger().addHandler(logging.NullHandler())  # a command says what matters in its own sentences
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
        print(translate("commands", "belvedere: {problem} ({path}). Check the path and try again.")
              .format(problem=error.strerror or error, path=error.filename or ""),
              file=sys.stderr)
        return EXIT_FAILURE
    finally:
        close_event_database()
