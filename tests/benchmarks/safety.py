"""Nothing lost, at what cost: `uv run python -m tests.benchmarks.safety [--quick]`.

The scan with the journal on a second medium (here a folder on the same disk; a USB stick
is slower), a consistent backup of a 10,000-participant event, and acknowledged check-ins
lost when a scanning desk is killed (SIGKILL) again and again.
"""
from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from tests.benchmarks.common import figure, percentile, print_table
from tests.benchmarks.desk import create_event, durable_commit_seconds, scan_core_seconds


def backup_seconds(path: Path, folder: Path, rounds: int) -> list[float]:
    from models.event.backups import make_backup

    timings = []
    for index in range(rounds):
        start = time.perf_counter()
        make_backup(path, folder, now=datetime(2011, 6, 9, 8, 0) + timedelta(minutes=5 * index))
        timings.append(time.perf_counter() - start)
    return timings


def lost_after_kills(folder: Path, kills: int) -> tuple[int, int]:
    """(acknowledged check-ins missing from the reopened file, acknowledged check-ins) over `kills` kills."""
    from tests.safety.desks import event_with, kill_while_scanning

    path = event_with(folder / "kills.belvedere", 3000)
    acknowledged: set[int] = set()
    for after in kill_while_scanning(path, kills):
        acknowledged.update(number for outcome, number, _ in after.answers if outcome == "checked-in")
    present = {number for number, day in after.valid if day == 1}  # the file only grows: the last look suffices
    return len(acknowledged - present), len(acknowledged)


def run(quick: bool = False) -> list[dict]:
    from models.badges.reading import payload_for
    from models.event import journal
    from models.event.file import close_event_database
    from models.ground.days import day_by_number
    from models.ground.entities import current_event
    from models.participants.entities import Participant
    from tests.safety.journalling import another_device

    rounds = 200 if quick else 1000
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        os.environ["BELVEDERE_HOME"] = str(folder)  # the benchmark's settings stay out of the user's
        path = folder / "safety-benchmark.belvedere"
        create_event(path)
        event = current_event()
        chosen = random.Random(9).sample(list(Participant.select()), rounds)
        payloads = [payload_for(participant, event) for participant in chosen]
        floor = [value * 1000 for value in durable_commit_seconds(rounds)]
        with another_device(folder) as stick:  # the journal's second medium (a RAM disk here, if there is one)
            journal.set_journal_folder(str(stick or folder), None)
            with_journal = [value * 1000 for value in scan_core_seconds(payloads, day_by_number(event, 1))]
            journal.set_journal_folder(None)
        close_event_database()
        backups = [value * 1000 for value in backup_seconds(path, folder / "backups", 3 if quick else 10)]
        kills = 5 if quick else 20
        lost, acknowledged = lost_after_kills(folder, kills)
    floor_p50 = round(statistics.median(floor), 3)
    return [
        figure("scan core with the journal p50", round(percentile(with_journal, 0.5), 3), "ms", 5.0, floor_p50),
        figure("scan core with the journal p99", round(percentile(with_journal, 0.99), 3), "ms", 5.0, floor_p50),
        figure("online backup, 10,000 participants, median", round(statistics.median(backups), 1), "ms"),
        figure(f"check-ins lost, {acknowledged} acknowledged, {kills} kills", lost, "check-ins", 0),
    ]


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))
