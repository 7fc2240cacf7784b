"""`view [--port P] [--bind ADDRESS] [--day N] [--rehearse]`: serves the live view of the day's display and
agenda to browsers on the LAN, following the run log in the event file or on the event's server (with
--rehearse: the day's rehearsal), until Ctrl+C. The chair's remote controls (with this laptop's token) are
served too."""
from __future__ import annotations

import argparse
import signal
import threading

from commands.common import open_event_for_command, whole_number
from models.ground.clock import SYSTEM_CLOCK
from models.ground.i18n import translate
from models.live.feed import LiveFeed
from models.live.follow import DayFollower, follow
from models.live.network import DEFAULT_PORT, LOOPBACK
from models.live.remote import RemoteControls
from models.live.server import CONTROL_PREFIX, LiveServer
from models.live.token import control_token


def port_number(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("commands", "'{text}' is not a port number").format(text=text)) from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(translate("commands", "{text} is not a port: they go from 1 to 65535 (0 picks "
                                                               "a free one)").format(text=text))
    return port


def register(subparsers) -> None:
    parser = subparsers.add_parser("view", help="serve the live view of the day's display and agenda to browsers "
                                                "on the LAN")
    parser.add_argument("--port", type=port_number, default=DEFAULT_PORT, metavar="P",
                        help=f"the port (default {DEFAULT_PORT}; 0 picks a free one)")
    parser.add_argument("--bind", default=LOOPBACK, metavar="ADDRESS",
                        help="where to listen: 127.0.0.1 (this laptop only, the default), one of this laptop's "
                             "LAN addresses, or 0.0.0.0 for all of its networks")
    parser.add_argument("--day", type=whole_number, metavar="N", help="day number (default: the day the chair runs)")
    parser.add_argument("--rehearse", action="store_true",
                        help="show the day's rehearsal (chair … --rehearse drives it; the remote drives it too)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    event = open_event_for_command(args)
    feed = LiveFeed(SYSTEM_CLOCK)
    remote = RemoteControls()
    follower = DayFollower(event, feed, SYSTEM_CLOCK, args.day, rehearse=args.rehearse)
    follower.look()  # a day that does not exist fails before anything listens
    token = control_token()
    server = LiveServer(args.bind, args.port, feed, remote, token).start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print(translate("commands", "Live view of {title}: {url} (the agenda: {url2})")
          .format(title=event.title, url=server.url(), url2=server.url('/agenda')))
    print(translate("commands", "Chair's remote: POST {url}NAME with the token {token}")
          .format(url=server.url(CONTROL_PREFIX), token=token))
    print(translate("commands", "Ctrl+C stops it."), flush=True)
    try:
        follow(follower, remote, stop)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    print(translate("commands", "The live view stopped."))
    return 0
