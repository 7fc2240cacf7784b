"""`agenda --day N`: planned, actual and projected times and the current state, from the run log."""
from __future__ import annotations

import pytest

from models.agenda.runlog import Chair
from models.event.file import close_event_database, open_event_database
from models.ground.clock import FakeClock
from models.ground.days import day_by_number
from models.ground.entities import current_event
from tests.agenda.helpers import at
from tests.test_cli import run

pytestmark = pytest.mark.databases("sqlite", "postgresql")


def chair_the_morning(demo_path):
    open_event_database(demo_path)
    clock = FakeClock(at("09:07"))
    chair = Chair(day_by_number(current_event(), 1), clock)
    chair.start()
    clock.set(at("09:40"))
    chair.next_item()
    clock.set(at("10:12"))
    chair.show_message("Please wrap up")
    close_event_database()


def test_agenda_shows_actual_and_projected_times_and_the_running_item(demo_path, capsys):
    # GIVEN the opening started 7 minutes late and ran 10 minutes over
    chair_the_morning(demo_path)
    # WHEN the organiser asks at 10:05 venue time
    code, out, _ = run(capsys, "--db", str(demo_path), "agenda", "--day", "1", "--at", "10:05")
    # THEN the opening's actual times, the running talk and the projection are printed
    assert code == 0
    lines = out.splitlines()
    opening = next(line for line in lines if "Opening statements" in line)
    assert "09:00–09:30  09:07–09:40" in opening
    current = next(line for line in lines if line.startswith("▶"))
    assert "Introduction to the workshop" in current and "09:40–10:10" in current
    assert any("11:10–11:20" in line and "Coffee break" in line for line in lines)
    assert "“Introduction to the workshop" in out and "5:00 left (warning)" in out
    assert "The day runs 10 min late; it ends at 17:30 (planned 17:30, on time)." in out


def test_agenda_before_the_day_and_a_bad_time(demo_path, capsys):
    code, out, _ = run(capsys, "--db", str(demo_path), "agenda", "--day", "1", "--at", "2011-06-09T08:30")
    assert code == 0 and "not started; “Opening statements” is projected at 09:00" in out
    code, out, err = run(capsys, "--db", str(demo_path), "agenda", "--day", "1", "--at", "25:00")
    assert code == 1 and out == "" and "Give --at as 10:42" in err
