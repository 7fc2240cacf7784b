"""The live view's HTTP server: the page and what it needs, the day's snapshot, and the chair's controls.

Made to be safe on a hotel network:
- it listens only on the address chosen (this laptop alone unless the chair picks a network);
- it serves a fixed list of Belvedere's own files and nothing else: no listing, no paths;
- reading is all a GET can do; a control is a POST carrying the chair's token, as
  `Authorization: Bearer TOKEN` or as the password of Basic authentication (what Bitfocus
  Companion's generic HTTP module sends), compared in constant time;
- everything is bounded: a request's head and body, how long it may take, each client's
  requests a second and wrong tokens a minute, connections per client and in all.
The standard library's threading server is enough: a browser asks once a second for a few
kilobytes that are mostly reused from the last answer.
"""
from __future__ import annotations

import base64
import binascii
import errno
import gzip
import hashlib
import http.client
import ipaddress
import json
import logging
import socket
import threading
from dataclasses import dataclass
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from models.agenda.controls import ChairError
from models.ground.db import DATABASE_ERRORS, explain_database_error
from models.ground.errors import BelvedereError, EventFileError
from models.ground.i18n import translate
from models.ground.resources import resource_path
from models.live.feed import LiveFeed
from models.live.limits import Lockout, RateLimit
from models.live.network import view_url
from models.live.remote import CONTROLS, ControlError, NoAnswer, RemoteControls
from models.live.token import token_matches

log = logging.getLogger(__name__)

MAX_LINE = 2048  # the request line
MAX_HEAD = 8192  # request line and headers together
MAX_BODY = 4096
IDLE_S = 15  # a kept-alive connection with nothing to say is closed
MAX_CONNECTIONS = 200
MAX_CONNECTIONS_PER_CLIENT = 16
READS_PER_S, READS_BURST = 10, 30  # a page loads its files, then asks once a second
CONTROLS_PER_S, CONTROLS_BURST = 5, 10
WRONG_TOKENS, WRONG_TOKEN_WINDOW_S = 10, 60
CONTROL_PREFIX = "/api/control/"
STATE_PATH = "/api/state"

SECURITY_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
                                "base-uri 'none'; form-action 'none'"),
)


@dataclass(frozen=True)
class StaticFile:
    body: bytes
    gzipped: bytes
    content_type: str
    etag: str
    cache: str


def static_file(parts: tuple[str, ...], content_type: str, cache: str = "no-cache") -> StaticFile:
    body = resource_path(*parts).read_bytes()
    etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
    return StaticFile(body, gzip.compress(body, compresslevel=6, mtime=0), content_type, etag, cache)


@lru_cache(maxsize=1)
def static_files() -> dict[str, StaticFile]:
    """Everything served besides the API, by exact path: nothing else exists (read and zipped once)."""
    page = static_file(("live", "index.html"), "text/html; charset=utf-8")
    font_cache = "max-age=86400"
    return {
        "/": page,
        "/agenda": page,
        "/live.css": static_file(("live", "live.css"), "text/css; charset=utf-8"),
        "/live.js": static_file(("live", "live.js"), "text/javascript; charset=utf-8"),
        "/fonts/DejaVuSans.ttf": static_file(("fonts", "DejaVuSans.ttf"), "font/ttf", font_cache),
        "/fonts/DejaVuSans-Bold.ttf": static_file(("fonts", "DejaVuSans-Bold.ttf"), "font/ttf", font_cache),
        "/favicon.png": static_file(("icons", "belvedere.png"), "image/png", font_cache),
    }


class HeadBudget:
    """The request's stream, refusing to read more than MAX_HEAD bytes of request line and headers."""

    def __init__(self, stream):
        self.stream = stream
        self.left = MAX_HEAD

    def renew(self) -> None:
        self.left = MAX_HEAD

    def readline(self, limit: int = -1) -> bytes:
        if self.left <= 0:
            raise http.client.LineTooLong("request head")
        line = self.stream.readline(self.left if limit < 0 else min(limit, self.left))
        self.left -= len(line)
        return line

    def read(self, size: int = -1) -> bytes:
        return self.stream.read(size)

    def close(self) -> None:
        self.stream.close()


def offered_token(authorization: str) -> str:
    """The token in `Bearer TOKEN`, or the password in `Basic base64(user:password)`."""
    scheme, _, value = authorization.strip().partition(" ")
    if scheme.lower() == "bearer":
        return value.strip()
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return ""
        return decoded.partition(":")[2]
    return ""


def control_arguments(query: str, body: bytes, content_type: str) -> dict:
    """Arguments from the query string and the body (JSON, a form, or plain text as a message's text)."""
    arguments = {key: values[0] for key, values in parse_qs(query, keep_blank_values=True).items()}
    text = body.decode("utf-8", errors="strict").strip() if body else ""
    if not text:
        return arguments
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/json":
        parsed = json.loads(text)
        if not isinstance(parsed, dict):
            raise ControlError(translate("live", "Send the arguments as a JSON object, e.g. {\"text\": \"5 minutes\"}."))
        arguments.update(parsed)
    elif kind == "application/x-www-form-urlencoded":
        arguments.update({key: values[0] for key, values in parse_qs(text, keep_blank_values=True).items()})
    else:
        arguments["text"] = text
    return arguments


class LiveRequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = IDLE_S
    error_content_type = "text/plain; charset=utf-8"
    error_message_format = "%(code)d %(message)s\n"
    server: LiveServer

    def version_string(self) -> str:
        return "Belvedere"

    def setup(self) -> None:
        super().setup()
        self.rfile = HeadBudget(self.rfile)

    @property
    def client(self) -> str:
        return self.client_address[0]

    def handle_one_request(self) -> None:
        self.rfile.renew()
        try:
            self.answer_one_request()
        except (OSError, http.client.LineTooLong):  # a timeout, a client gone, a request line without end
            self.close_connection = True

    def answer_one_request(self) -> None:
        self.raw_requestline = self.rfile.readline(MAX_LINE + 1)
        if not self.raw_requestline:
            self.close_connection = True
            return
        if len(self.raw_requestline) > MAX_LINE:
            self.requestline, self.request_version, self.command = "", "HTTP/1.1", ""
            self.send_error(414)
            return
        if not self.parse_request():
            return
        if self.command != "POST" and (self.headers.get("Transfer-Encoding") or
                                       self.headers.get("Content-Length", "0").strip() not in ("", "0")):
            self.close_connection = True  # a body nobody reads must not be taken for the next request
        route = {"GET": self.on_get, "POST": self.on_post}.get(self.command)
        if route is None:
            self.refuse(405, "Only GET and POST are answered here.", (("Allow", "GET, POST"),))
        else:
            route()
        self.wfile.flush()

    # --- answers ---------------------------------------------------------------------

    def reply(self, status: int, body: bytes, content_type: str, headers=()) -> None:
        self.send_response(status)
        for name, value in SECURITY_HEADERS + tuple(headers):
            self.send_header(name, value)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def reply_json(self, status: int, content: dict, headers=()) -> None:
        body = json.dumps(content, ensure_ascii=False).encode("utf-8")
        self.reply(status, body, "application/json; charset=utf-8", (("Cache-Control", "no-store"),) + tuple(headers))

    def refuse(self, status: int, sentence: str, headers=()) -> None:
        self.reply_json(status, {"ok": False, "error": sentence}, headers)

    def too_many(self) -> None:
        self.refuse(429, "Too many requests from this address: slow down.", (("Retry-After", "1"),))

    # --- reading ---------------------------------------------------------------------

    def on_get(self) -> None:
        path = self.path.partition("?")[0]
        if not self.server.reads.allow(self.client):
            self.too_many()
        elif path == STATE_PATH:
            self.send_state()
        elif path in self.server.files:
            self.send_file(self.server.files[path])
        else:
            self.refuse(404, "Nothing here. The live view is at / and its agenda at /agenda.")

    def send_state(self) -> None:
        feed = self.server.feed
        body = feed.state_body(self.client)
        if body is None:
            self.refuse(503, feed.reason, (("Retry-After", "1"),))
            return
        self.reply(200, body, "application/json; charset=utf-8", (("Cache-Control", "no-store"),))

    def send_file(self, file: StaticFile) -> None:
        headers = [("Cache-Control", file.cache), ("ETag", file.etag), ("Vary", "Accept-Encoding")]
        if self.headers.get("If-None-Match", "") == file.etag:
            self.send_response(304)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        zipped = "gzip" in self.headers.get("Accept-Encoding", "")
        if zipped:
            headers.append(("Content-Encoding", "gzip"))
        self.reply(200, file.gzipped if zipped else file.body, file.content_type, headers)

    # --- controlling -------------------------------------------------------------------

    def read_body(self) -> bytes | None:
        """The request's body, or None after refusing one that is chunked or too large."""
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            self.refuse(411, "Send the body with a Content-Length.")
            return None
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            self.close_connection = True
            self.refuse(413, f"A control's body has at most {MAX_BODY} bytes.")
            return None
        return self.rfile.read(length) if length else b""

    def on_post(self) -> None:
        path, _, query = self.path.partition("?")
        body = self.read_body()
        if body is None:
            return
        server = self.server
        if not path.startswith(CONTROL_PREFIX):
            self.refuse(404, f"Controls are POSTed to {CONTROL_PREFIX}NAME.")
        elif not server.controls.allow(self.client) or server.lockout.locked(self.client):
            self.too_many()
        elif not token_matches(offered_token(self.headers.get("Authorization", "")), server.token):
            server.lockout.failed(self.client)
            log.warning("live view: a control from %s with a missing or wrong token was refused", self.client)
            self.refuse(401, "The control token is missing or wrong. It is shown on the chair's Agenda page, "
                             "beside Live view.", (("WWW-Authenticate", 'Bearer realm="Belvedere"'),))
        else:
            self.control(path[len(CONTROL_PREFIX):], query, body)

    def control(self, name: str, query: str, body: bytes) -> None:
        if name not in CONTROLS:
            self.refuse(404, f"There is no control “{name}”. The controls are: {', '.join(CONTROLS)}.")
            return
        try:
            arguments = control_arguments(query, body, self.headers.get("Content-Type", ""))
            self.reply_json(200, self.server.remote.submit(name, arguments))
        except (ValueError, ControlError) as error:  # JSON that does not parse is a ValueError
            self.refuse(400, str(error) if isinstance(error, ControlError) else "The body is not valid JSON.")
        except ChairError as error:
            self.refuse(409, str(error))
        except NoAnswer as error:
            self.refuse(503, str(error))
        except DATABASE_ERRORS as error:
            self.refuse(503, str(explain_database_error(error)))
        except EventFileError as error:  # the event file or server could not take it: nothing was saved
            self.refuse(503, str(error))
        except BelvedereError as error:
            self.refuse(400, str(error))
        except Exception:
            log.exception("live view: the control %s failed", name)
            self.refuse(500, "The control failed on the chair's laptop and may not have been applied: "
                             "look at the display, and see Belvedere's log.")

    def log_message(self, format: str, *args) -> None:
        log.debug("live view: %s %s", self.client, format % args)


class LiveServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def __init__(self, address: str, port: int, feed: LiveFeed, remote: RemoteControls, token: str):
        try:  # an address, never a name: nothing is looked up
            self.address_family = socket.AF_INET6 if ipaddress.ip_address(address).version == 6 else socket.AF_INET
        except ValueError:
            raise BelvedereError(translate("live", "“{address}” is not an address. Give one of this laptop's, like "
                                                   "192.168.1.20, or 127.0.0.1 for this laptop only.")
                                 .format(address=address)) from None
        self.feed = feed
        self.remote = remote
        self.token = token
        self.files = static_files()
        self.reads = RateLimit(READS_PER_S, READS_BURST)
        self.controls = RateLimit(CONTROLS_PER_S, CONTROLS_BURST)
        self.lockout = Lockout(WRONG_TOKENS, WRONG_TOKEN_WINDOW_S)
        self._open: dict[socket.socket, str] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        try:
            super().__init__((address, port), LiveRequestHandler)
        except OSError as error:
            raise BelvedereError(bind_failure(address, port, error)) from error

    @property
    def port(self) -> int:
        return self.server_address[1]

    @property
    def bound(self) -> str:
        return self.server_address[0]

    def url(self, path: str = "/") -> str:
        return view_url(self.bound, self.port, path)

    def start(self) -> LiveServer:
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.1},
                                        name="live-view", daemon=True)
        self._thread.start()
        log.info("live view serving on %s", self.url())
        return self

    def stop(self) -> None:
        """Stop listening and end every open connection (the browsers then see the band)."""
        if self._thread is not None:
            self.shutdown()
            self._thread.join()
            self._thread = None
        self.server_close()
        with self._lock:
            open_connections = list(self._open)
        for connection in open_connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already gone
        log.info("live view stopped")

    def process_request(self, request, client_address) -> None:
        client = client_address[0]
        with self._lock:
            crowded = len(self._open) >= MAX_CONNECTIONS or \
                sum(1 for other in self._open.values() if other == client) >= MAX_CONNECTIONS_PER_CLIENT
            if not crowded:
                self._open[request] = client
        if crowded:
            self.turn_away(request)
            return
        super().process_request(request, client_address)

    def turn_away(self, request) -> None:
        try:
            request.settimeout(0.5)
            request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        except OSError:
            pass
        super().shutdown_request(request)

    def shutdown_request(self, request) -> None:
        with self._lock:
            self._open.pop(request, None)
        super().shutdown_request(request)

    def handle_error(self, request, client_address) -> None:
        log.warning("live view: a request from %s failed", client_address[0], exc_info=True)


def bind_failure(address: str, port: int, error: OSError) -> str:
    if error.errno == errno.EADDRINUSE:
        return (f"Port {port} is already in use on this laptop (another live view, or another program). "
                f"Choose another port.")
    if error.errno == errno.EADDRNOTAVAIL:
        return f"This laptop has no address {address} (any more). Choose one of its networks."
    if error.errno == errno.EACCES:
        return f"Port {port} needs administrator rights. Choose a port above 1024, e.g. 8765."
    return f"The live view cannot listen on {address}:{port} ({error.strerror or error})."
