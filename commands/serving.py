"""`serve [--port P] [--stop]`: a private PostgreSQL server in the data folder, for the desks on the LAN."""
from __future__ import annotations

import argparse
import getpass
import sys

from models.ground import local_server
from models.ground.errors import BelvedereError
from models.ground.i18n import translate


def register(subparsers) -> None:
    serve = subparsers.add_parser("serve", help="start a private PostgreSQL server in the data folder (where "
                                                "PostgreSQL is installed) and print the URL for the desks")
    serve.add_argument("--port", type=int, default=local_server.DEFAULT_PORT, metavar="P",
                       help=f"the port the desks connect to (default {local_server.DEFAULT_PORT})")
    serve.add_argument("--stop", action="store_true", help="stop the server")
    serve.add_argument("--password-stdin", action="store_true",
                       help="the first time: read the desks' password from standard input, not from the keyboard")
    serve.set_defaults(handler=run_serve)


def desks_password(from_stdin: bool) -> str:
    """Asked once, when the server is created: the password each desk will type once."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise BelvedereError(translate("commands", "The first start creates the server with a password for the desks: "
                                                   "run serve in a terminal to type it, or give it on standard input "
                                                   "with --password-stdin."))
    password = getpass.getpass(translate("commands", "A password for the desks (they type it once each): "))
    if getpass.getpass(translate("commands", "The same password again: ")) != password:
        raise BelvedereError(translate("commands", "The two passwords differ. Run serve again."))
    return password


def run_serve(args: argparse.Namespace) -> int:
    server = local_server.this_laptops_server()
    if args.stop:
        print(translate("commands", "The server was stopped.") if server.stop()
              else translate("commands", "The server was not running."))
        return 0
    served = server.serve(args.port, desks_password(args.password_stdin) if server.needs_password() else None)
    print(_served_sentence(served).format(folder=served.folder, port=served.port))
    for url in served.urls:
        print(f"  {url}")
    print(translate("commands", "with the password chosen for the desks (File ▸ Connect to a server…, or --db URL on "
                                "the command line)."))
    print(translate("commands", "Share an event on it with File ▸ Share on a server…, or: --db URL import event "
                                "FILE.json. Stop it with: serve --stop"))
    return 0


def _served_sentence(served: local_server.Served) -> str:
    if served.already_running:
        return translate("commands", "The server in {folder} already ran on port {port}. On each desk, connect to")
    if served.created:
        return translate("commands", "The server in {folder} was created and started on port {port}. On each desk, "
                                     "connect to")
    return translate("commands", "The server in {folder} started on port {port}. On each desk, connect to")
