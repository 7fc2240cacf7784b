"""A desk on a PostgreSQL server at 10,000 participants: `uv run python -m tests.benchmarks.server [--quick]`.

The server is a private one started for the benchmark on 127.0.0.1, with fsync on as a real one.

- scan on the server: badge text -> the desk's check -> committed on the server -> result, over loopback
  (floor: one PostgreSQL commit on the same server)
- scan offline: the same while the server is unreachable, answered from the offline copy and queued
- upload: 500 check-ins queued while offline, added to the server once it is back
"""
from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time

from tests.benchmarks.common import print_table
from tests.benchmarks.desk import create_event, durable_commit_seconds, milliseconds, percentile, row

QUEUED = 500


def server_commit_seconds(rounds: int) -> list[float]:
    """The floor: one small write committed on the server (a write transaction as a check-in's)."""
    from models.ground.db import write_transaction
    from models.ground.entities import Setting

    timings = []
    for index in range(rounds):
        start = time.perf_counter()
        with write_transaction():
            Setting.store("benchmark", str(index))
        timings.append(time.perf_counter() - start)
    return timings


def desk_scan_seconds(desk, payloads: list[str], day, outcome) -> list[float]:
    timings = []
    for payload in payloads:
        start = time.perf_counter()
        result = desk.check(payload, day=day, desk="bench", method="scan")
        timings.append(time.perf_counter() - start)
        assert result.outcome is outcome, result
    return timings


def wait_until(condition, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the server did not change state in time")
        time.sleep(0.02)


def run(quick: bool = False) -> list[dict]:
    from tests.postgres import PrivateServer, why_no_server

    reason = why_no_server()
    if reason:
        print(f"(server: not measured: {reason})", file=sys.stderr)
        return []
    from models.badges.reading import payload_for
    from models.checkin.service import Outcome
    from models.event.desk_source import ServerDesk
    from models.event.file import close_event_database, open_event_database
    from models.ground.days import day_by_number
    from models.ground.db import database
    from models.ground.entities import current_event
    from models.participants.entities import Participant

    rounds = 200 if quick else 1000
    queued = 100 if quick else QUEUED
    server = PrivateServer(durable=True)
    try:
        with tempfile.TemporaryDirectory() as folder:
            os.environ["BELVEDERE_HOME"] = folder  # the benchmark's settings and offline copy stay out of the user's
            url = server.new_database()
            create_event(url)
            floor = milliseconds(server_commit_seconds(rounds))
            close_event_database()
            open_event_database(url)
            event = current_event()
            day = day_by_number(event, 1)
            chosen = random.Random(9).sample(list(Participant.select()), rounds + queued)
            payloads = [payload_for(participant, event) for participant in chosen]
            desk = ServerDesk(event, url)
            desk.server.watch()
            desk.keep_once()  # the offline copy, as a desk has it once open
            online = milliseconds(desk_scan_seconds(desk, payloads[:rounds], day, Outcome.CHECKED_IN))
            desk.keep_once()
            server.stop("immediate")  # the LAN is gone
            wait_until(lambda: not desk.link().online)
            offline = milliseconds(desk_scan_seconds(desk, payloads[rounds:], day, Outcome.CHECKED_IN))
            assert desk.link().waiting == queued
            server.start()
            wait_until(lambda: desk.server.reachable)
            desk._refreshed_at = time.monotonic()  # the upload alone: the copy's refresh comes after it
            start = time.perf_counter()
            desk.keep_once()
            upload = time.perf_counter() - start
            with database.using(desk.copy.db):
                local_floor = milliseconds(durable_commit_seconds(rounds))
            assert desk.link().waiting == 0 and desk.link().online
            desk.server.stop_watching()
            desk.copy.close()
            close_event_database()
            os.environ.pop("BELVEDERE_HOME")
    finally:
        server.close()
    floor_p50, floor_p99 = round(statistics.median(floor), 3), round(percentile(floor, 0.99), 3)
    local_p99 = round(percentile(local_floor, 0.99), 3)
    return [
        row("PostgreSQL commit p50 (floor)", floor, 0.50, None, None),
        row("PostgreSQL commit p99 (floor)", floor, 0.99, None, None),
        row("scan on the server p50 (loopback, 10,000)", online, 0.50, 10.0, floor_p50),
        row("scan on the server p99 (loopback, 10,000)", online, 0.99, 10.0, floor_p99),
        row("durable commit in the offline copy p99 (floor)", local_floor, 0.99, None, None),
        row("scan offline p99 (offline copy and queue)", offline, 0.99, 5.0, local_p99),
        {"name": f"upload of {queued} queued check-ins", "value": round(upload, 3), "unit": "s", "target": 2.0,
         "floor": None},
    ]


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))
