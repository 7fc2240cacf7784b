"""Four desks on one event file, scanning at once over the same people: no error, one check-in each per day."""
from __future__ import annotations

import time
from collections import Counter

import pytest

from tests.safety.desks import answers, event_with, file_state, start_desk

DESKS = 4
SCANS = 500


@pytest.mark.slow
@pytest.mark.databases("sqlite", "postgresql")
def test_four_desks_scanning_the_same_people_check_each_in_once_per_day(event_target):
    # GIVEN an event of 600 people over two days, and four desks whose 500 scans each overlap
    path = event_with(event_target, 600)
    start_at = time.time() + 3.0  # every desk has opened the file by then
    desks = [start_desk(path, f"Desk {n}", seed=n, count=SCANS, start_at=start_at) for n in range(1, DESKS + 1)]
    # WHEN they all scan at the same time
    finished = [desk.communicate(timeout=120) for desk in desks]
    # THEN no desk met an error, and every scan got an answer
    for desk, (output, errors) in zip(desks, finished):
        assert desk.returncode == 0 and errors == "", errors
        assert len(answers(output)) == SCANS
    shown = [answer for output, _ in finished for answer in answers(output)]
    outcomes = Counter(outcome for outcome, _, _ in shown)
    assert set(outcomes) <= {"checked-in", "already"}, outcomes
    # AND each person scanned on a day was checked in once that day; every other scan heard "already"
    scanned = {(number, day) for _, number, day in shown}
    checked_in = [(number, day) for outcome, number, day in shown if outcome == "checked-in"]
    assert len(checked_in) == len(set(checked_in)) == len(scanned)
    assert outcomes["already"] == DESKS * SCANS - len(scanned)
    integrity, valid = file_state(path)
    assert integrity == "ok"
    assert set(valid) == scanned and set(valid.values()) == {1}
    assert all(any(outcome == "checked-in" for outcome, _, _ in answers(output)) for output, _ in finished)
    overlap = len(scanned) / (DESKS * SCANS)
    print(f"{DESKS} desks × {SCANS} scans: {outcomes['checked-in']} checked in, {outcomes['already']} already "
          f"({len(scanned)} distinct person-days, {overlap:.0%} of the scans)")
