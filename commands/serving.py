"""`serve [--port P] [--stop]`: a private PostgreSQL server in the data folder, for the desks on the LAN."""
from __future__ import annotations

import argparse
import getpass
import sys

from models.ground import local_server
from models.ground.errors import BelvedereError


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
        raise BelvedereError("The first start creates the server with a password for the desks: run serve in a "
                             "terminal to type it, or give it on standard input with --password-stdin.")
    password = getpass.getpass("A password for the desks (they type it once each): ")
    if getpass.getpass("The same password again: ") != password:
        raise BelvedereError("The two passwords differ. Run serve again.")
    return password


def run_serve(args: argparse.Namespace) -> int:
    server = local_server.this_laptops_server()
    if args.stop:
        print("The server was stopped." if server.stop() else "The server was not running.")
        return 0
    served = server.serve(args.port, desks_password(args.password_stdin) if server.needs_password() else None)
    state = "already ran" if served.already_running else ("was created and started" if served.created else "started")
    print(f"The server in {served.folder} {state} on port {served.port}. On each desk, connect to")
    for url in served.urls:
        print(f"  {url}")
    print("with the password chosen for the desks (File ▸ Connect to a server…, or --db URL on the command line).")
    print("Share an event on it with File ▸ Share on a server…, or: --db URL import event FILE.json. "
          "Stop it with: serve --stop")
    return 0
