"""The live view's server on 127.0.0.1: what it serves (a fixed list, nothing else), what it refuses
(no token, a wrong one, too much, too often, too many connections), and how it stops."""
from __future__ import annotations

import gzip
import json
import socket
import time

import pytest

from models.ground.errors import BelvedereError
from models.live import server as live_server
from models.live.limits import RateLimit
from models.live.server import LiveServer
from tests.live.helpers import TOKEN, chair_until, control, request, serving, state


@pytest.fixture
def served(demo_path):
    chair_until(demo_path, [("09:02", "start")])
    with serving(demo_path, "09:10") as running:
        yield running


def raw(port: int, data: bytes) -> bytes:
    """What the server answers to bytes sent as they are."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
        connection.sendall(data)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
        return answer


def test_the_page_its_files_and_the_day_are_served(served):
    for path in ("/", "/agenda"):
        status, headers, body = request(served.port, "GET", path)
        assert status == 200 and headers["Content-Type"].startswith("text/html") and b"/live.js" in body
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    status, headers, body = request(served.port, "GET", "/live.js", headers={"Accept-Encoding": "gzip"})
    assert status == 200 and headers["Content-Encoding"] == "gzip" and b"ASK_EVERY_MS" in gzip.decompress(body)
    assert request(served.port, "GET", "/live.js", headers={"If-None-Match": headers["ETag"]})[0] == 304
    status, headers, body = request(served.port, "GET", "/fonts/DejaVuSans-Bold.ttf")
    assert status == 200 and headers["Content-Type"] == "font/ttf" and len(body) > 100_000
    day = state(served.port)
    assert day["screens"][0]["title"] == "Opening statements" and day["server_time"] > 0
    assert request(served.port, "GET", "/api/state")[1]["Cache-Control"] == "no-store"


@pytest.mark.parametrize("path", [
    "/index.html", "/live/", "/fonts/", "/resources/live/live.js", "/../pyproject.toml", "/%2e%2e/models/db.py",
    "/fonts/../live.js", "/live.js/", "//etc/passwd", "/api", "/api/control/start", "/favicon.ico", "/agenda/",
])
def test_nothing_else_is_served(served, path):
    status, _, body = request(served.port, "GET", path)
    assert status == 404 and json.loads(body)["ok"] is False


def test_other_methods_are_refused(served):
    for method in ("PUT", "DELETE", "OPTIONS", "PATCH"):
        status, headers, _ = request(served.port, method, "/")
        assert status == 405 and headers["Allow"] == "GET, POST"
    assert request(served.port, "POST", "/")[0] == 404


def test_controls_need_the_token_and_wrong_tokens_lock_the_address_out(served):
    assert control(served.port, "pause", token=None)[0] == 401
    status, answer = control(served.port, "pause", token="abcd-efgh-jkmn-pqrt")
    assert status == 401 and "shown on the chair's Agenda page" in answer["error"]
    status, answer = control(served.port, "pause", token=TOKEN.upper().replace("-", " "))
    assert status == 200 and answer["status"] == "paused"  # as typed: capitals and spaces do not matter
    for _ in range(live_server.WRONG_TOKENS - 2):
        time.sleep(1 / live_server.CONTROLS_PER_S)  # within the rate of controls: only the tokens count
        assert control(served.port, "pause", token="guess")[0] == 401
    status, answer = control(served.port, "start", token=TOKEN)
    assert status == 429  # locked out: even the right token waits


def test_one_address_sending_controls_too_often_is_slowed_down(served):
    served.server.controls = RateLimit(rate=0.01, burst=3)  # slower than the test can be, however loaded
    statuses = [control(served.port, "add", {"minutes": 1})[0] for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    assert state(served.port)["screens"][0]["timer"]["allotted_ms"] == 33 * 60_000  # the refused ones changed nothing


def test_control_arguments_come_as_json_a_form_plain_text_or_the_query(served):
    headers = {"Authorization": f"Bearer {TOKEN}"}
    status, _, body = request(served.port, "POST", "/api/control/message", b"Please wrap up",
                              {**headers, "Content-Type": "text/plain"})
    assert status == 200 and json.loads(body)["message"] == ["Please wrap up"]
    status, _, body = request(served.port, "POST", "/api/control/message", b"quick=questions",
                              {**headers, "Content-Type": "application/x-www-form-urlencoded"})
    assert json.loads(body)["message"] == ["Questions from the floor", "Pyetje nga salla"]
    status, _, body = request(served.port, "POST", "/api/control/add?minutes=-1", b"{}",
                              {**headers, "Content-Type": "application/json"})
    assert status == 200 and json.loads(body)["countdown"] in ("21:00", "20:59")
    for body, sentence in ((b"{not json", "not valid JSON"), (b"[1]", "JSON object")):
        status, _, answer = request(served.port, "POST", "/api/control/add", body,
                                    {**headers, "Content-Type": "application/json"})
        assert status == 400 and sentence in json.loads(answer)["error"]
    status, answer = control(served.port, "jump")
    assert status == 404 and "start, pause" in answer["error"]
    assert control(served.port, "add", {"minutes": "many"})[0] == 400
    status, answer = control(served.port, "hide-message")
    assert status == 200
    status, answer = control(served.port, "hide-message")
    assert status == 409 and answer["error"] == "No message is showing."


def test_requests_are_bounded_in_size(served):
    assert raw(served.port, b"GET /" + b"a" * 3000 + b" HTTP/1.1\r\n\r\n").startswith(b"HTTP/1.1 414")
    many_headers = b"".join(b"X-Filler-%d: %s\r\n" % (n, b"x" * 200) for n in range(60))
    assert raw(served.port, b"GET / HTTP/1.1\r\nHost: a\r\n" + many_headers + b"\r\n").startswith(b"HTTP/1.1 431")
    big = b"x" * (live_server.MAX_BODY + 1)
    status, _, _ = request(served.port, "POST", "/api/control/message", big, {"Authorization": f"Bearer {TOKEN}"})
    assert status == 413
    chunked = (b"POST /api/control/message HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n"
               b"Authorization: Bearer " + TOKEN.encode() + b"\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
    assert raw(served.port, chunked).startswith(b"HTTP/1.1 411")


def test_a_body_where_none_belongs_is_never_read_as_the_next_request(served):
    answer = raw(served.port, b"GET /favicon.png HTTP/1.1\r\nHost: a\r\nContent-Length: 40\r\n\r\n"
                              b"POST /api/control/start HTTP/1.1\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 200") and b"Connection: close" in answer and answer.count(b"HTTP/1.1") == 1


def test_one_address_asking_too_often_is_slowed_down(served):
    served.server.reads = RateLimit(rate=0.01, burst=5)
    statuses = [request(served.port, "GET", "/api/state")[0] for _ in range(7)]
    assert statuses == [200] * 5 + [429] * 2


def test_one_address_cannot_take_every_connection(served):
    held = [socket.create_connection(("127.0.0.1", served.port), timeout=5)
            for _ in range(live_server.MAX_CONNECTIONS_PER_CLIENT)]
    try:
        for connection in held:  # each is being answered: the server counts it
            connection.sendall(b"GET /favicon.png HTTP/1.1\r\nHost: a\r\n\r\n")
            assert connection.recv(12) == b"HTTP/1.1 200"
        assert raw(served.port, b"GET / HTTP/1.1\r\nHost: a\r\n\r\n").startswith(b"HTTP/1.1 503")
    finally:
        for connection in held:
            connection.close()


def test_stopping_ends_kept_alive_connections_too(served):
    connection = socket.create_connection(("127.0.0.1", served.port), timeout=5)
    connection.sendall(b"GET /favicon.png HTTP/1.1\r\nHost: a\r\n\r\n")
    assert connection.recv(12) == b"HTTP/1.1 200"
    served.server.stop()
    leftover = b""
    while chunk := connection.recv(65536):  # the rest of the answer, then the end
        leftover += chunk
    connection.close()
    with pytest.raises(ConnectionRefusedError):
        request(served.port, "GET", "/")


def test_the_view_says_when_it_cannot_trust_what_it_has(served):
    served.feed.withdraw("The live view cannot read the event's database; it tries again every second.")
    status, headers, body = request(served.port, "GET", "/api/state")
    assert status == 503 and "cannot read the event's database" in json.loads(body)["error"]


def test_a_port_in_use_or_an_address_not_here_is_said_in_a_sentence(served):
    with pytest.raises(BelvedereError, match=f"Port {served.port} is already in use"):
        LiveServer("127.0.0.1", served.port, served.feed, served.remote, TOKEN)
    with pytest.raises(BelvedereError, match="is not an address"):
        LiveServer("chair-laptop.local", 0, served.feed, served.remote, TOKEN)
