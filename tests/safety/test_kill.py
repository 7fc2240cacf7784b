"""A check-in that was acknowledged is on disk: a scanning desk killed (SIGKILL) at random moments, many times."""
from __future__ import annotations

import random
import signal
import time

import pytest

from models.safety import journal
from tests.safety.desks import answers, event_in, event_with, file_state, start_desk

KILLS = 50


@pytest.mark.slow
def test_every_acknowledged_check_in_survives_a_kill_at_any_moment(tmp_path):
    # GIVEN an event of 3000 people and a desk journalling to a second medium
    path = event_with(tmp_path / "event.belvedere", 3000)
    stick = tmp_path / "stick"
    stick.mkdir()
    journal.set_journal_folder(str(stick))
    journal_path = journal.journal_file(event_in(path), stick)
    rng = random.Random(2011)
    acknowledged: set[int] = set()
    moments = {"while starting": 0, "while scanning": 0}
    started = time.monotonic()
    for round_number in range(KILLS):
        # WHEN a desk scans and is killed: mostly mid-scanning, sometimes while it opens the file
        desk = start_desk(path, "Desk 1", seed=round_number, count=0)
        if round_number % 5 == 4:
            time.sleep(rng.uniform(0.0, 0.4))
            moments["while starting"] += 1
        else:
            assert desk.stdout.readline() == "ready\n", desk.stderr.read()
            time.sleep(rng.uniform(0.0, 0.25))
            moments["while scanning"] += 1
        desk.send_signal(signal.SIGKILL)
        output, errors = desk.communicate(timeout=30)
        assert desk.returncode == -signal.SIGKILL, errors
        shown = answers(output)
        assert all(outcome == "checked-in" for outcome, _, _ in shown), (shown, errors)
        acknowledged.update(number for _, number, _ in shown)
        # THEN the file reopens sound, with every check-in the desk acknowledged, each once
        integrity, valid = file_state(path)
        assert integrity == "ok", f"after kill {round_number + 1}"
        assert acknowledged <= {number for number, day in valid if day == 1}, f"after kill {round_number + 1}"
        assert max(valid.values(), default=1) == 1
        # AND every acknowledged check-in is in the journal on the stick too
        journalled = {entry["number"] for entry in journal.read_journal(journal_path)}
        assert acknowledged <= journalled
    print(f"{KILLS} kills ({moments}), {len(acknowledged)} acknowledged check-ins, "
          f"{time.monotonic() - started:.1f} s")
    assert len(acknowledged) > 10 * KILLS  # the kills really fell among the scans
