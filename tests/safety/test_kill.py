"""A check-in that was acknowledged is on disk: a scanning desk killed (SIGKILL) at random moments, many times."""
from __future__ import annotations

import time

import pytest

from models.event import journal, rebuild
from models.ground.db import is_url
from tests.safety.desks import event_in, event_with, kill_while_scanning

KILLS = 50


@pytest.mark.slow
@pytest.mark.databases("sqlite", "postgresql")
def test_every_acknowledged_check_in_survives_a_kill_at_any_moment(event_target, stick):
    # GIVEN an event of 10,000 people (enough that 50 rounds of scanning never run out) and a desk journalling to a
    # second medium
    path = event_with(event_target, 10_000)
    journal.set_journal_folder(str(stick), None if is_url(str(path)) else path)
    journal_path = journal.journal_file(event_in(path), stick)
    acknowledged: set[int] = set()
    started = time.monotonic()
    # WHEN a desk scans and is killed, again and again: mostly mid-scanning, sometimes while it opens the file
    for kill, after in enumerate(kill_while_scanning(path, KILLS), start=1):
        assert after.killed, after.errors
        assert all(outcome == "checked-in" for outcome, _, _ in after.answers), (after.answers, after.errors)
        acknowledged.update(number for _, number, _ in after.answers)
        # THEN the file reopens sound, with every check-in the desk acknowledged, each once
        assert after.integrity == "ok", f"after kill {kill}"
        assert acknowledged <= {number for number, day in after.valid if day == 1}, f"after kill {kill}"
        assert max(after.valid.values(), default=1) == 1
        # AND every acknowledged check-in is in the journal on the stick too
        assert acknowledged <= {line.entry["number"] for line in rebuild.read_journal(journal_path)}
    print(f"{KILLS} kills, {len(acknowledged)} acknowledged check-ins, {time.monotonic() - started:.1f} s")
    assert len(acknowledged) > 10 * KILLS  # the kills really fell among the scans
