"""How long each report takes for a large event: `uv run python -m tests.benchmarks.reports [--quick]`.

There is no target in the design for reports; the page shows progress for anything
over a second. These figures tell whether a large event stays bearable.
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from models.checkin.entities import CheckIn
from models.event.file import close_event_database
from models.ground.clock import UTC, FakeClock
from models.ground.db import write_transaction
from models.ground.entities import Day
from models.participants.entities import Participant
from models.reports.generate import generate_report
from tests.benchmarks.common import figure, large_event, print_table

REPORTS = [("attendance", "pdf"), ("attendance", "xlsx"), ("attendance", "csv"), ("signin", "pdf"),
           ("certificates", "pdf"), ("timing", "pdf")]


def check_everyone_in(seed: int = 9) -> None:
    """Nine in ten people arrive each day, between 06:15 and 07:30 UTC (08:15–09:30 at the venue)."""
    rng = random.Random(seed)
    rows = []
    for day in Day.select():
        opening = datetime.combine(day.date, datetime.min.time(), tzinfo=UTC) + timedelta(hours=6, minutes=15)
        for (participant_id,) in Participant.select(Participant.id).tuples():
            if rng.random() < 0.9:
                rows.append(dict(participant=participant_id, day=day.id, desk="Desk 1", method="scan",
                                 at=opening + timedelta(seconds=rng.randrange(75 * 60))))
    with write_transaction():
        for start in range(0, len(rows), 500):
            CheckIn.insert_many(rows[start:start + 500]).execute()


def run(quick: bool = False) -> list[dict]:
    people = 1_000 if quick else 10_000
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        large_event(Path(folder) / "large.belvedere", participants=people)
        check_everyone_in()
        clock = FakeClock(datetime(2011, 6, 10, 16, 0, tzinfo=UTC))
        for key, extension in REPORTS:
            out = Path(folder) / f"{key}.{extension}"
            start = time.perf_counter()
            result = generate_report(key, out, clock=clock)
            seconds = time.perf_counter() - start
            rows.append(figure(f"{key} {extension.upper()}, {people:,} participants", seconds, "s"))
            print(f"  {result.summary.split(' written')[0]}: {seconds:.1f} s", file=sys.stderr)
        close_event_database()
    return rows


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))
