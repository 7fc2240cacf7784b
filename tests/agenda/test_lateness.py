"""How late the day runs, as the chair reads it: to the minute, amber when late, red from ten minutes."""
from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.agenda.lateness import EARLY, LATE, ON_TIME, VERY_LATE, Lateness, lateness, projected_lateness
from models.agenda.state import agenda_state
from tests.agenda.helpers import at, three_talks


@pytest.mark.parametrize(("delay", "minutes", "level"), [
    (timedelta(0), 0, ON_TIME),
    (timedelta(seconds=29), 0, ON_TIME),
    (timedelta(seconds=-29), 0, ON_TIME),
    (timedelta(seconds=31), 1, LATE),
    (timedelta(minutes=9, seconds=29), 9, LATE),
    (timedelta(minutes=9, seconds=31), 10, VERY_LATE),
    (timedelta(hours=2), 120, VERY_LATE),
    (timedelta(seconds=-31), -1, EARLY),
    (timedelta(minutes=-25), -25, EARLY),
])
def test_the_delay_is_told_to_the_minute_and_from_ten_minutes_late_it_is_very_late(delay, minutes, level):
    assert (lateness(delay).minutes, lateness(delay).level) == (minutes, level)


@given(st.timedeltas(min_value=timedelta(hours=-12), max_value=timedelta(hours=12)))
def test_only_a_day_a_minute_or_more_behind_counts_as_late(delay):
    told = lateness(delay)
    assert told.late == (told.minutes >= 1)
    assert (told.level == VERY_LATE) == (told.minutes >= 10)


def test_a_day_started_seven_minutes_late_runs_late_not_very_late():
    # GIVEN three talks from 09:00, the first started at 09:07
    plan = three_talks()
    state = agenda_state(plan, [], at("09:07"))
    # THEN the day runs seven minutes late: amber on the chair's page, not yet red
    assert lateness(state.delay) == Lateness(7, LATE)


@pytest.mark.parametrize(("late", "level"), [
    (timedelta(seconds=40), ON_TIME),  # reads as the planned minute: not marked, though "1 min late" rounded
    (timedelta(seconds=59), ON_TIME),
    (timedelta(minutes=1), LATE),
    (timedelta(minutes=9, seconds=59), LATE),
    (timedelta(minutes=10), VERY_LATE),
])
def test_a_projected_time_shown_to_the_minute_is_late_by_whole_minutes(late, level):
    assert projected_lateness(late).level == level
    assert projected_lateness(late).minutes == late // timedelta(minutes=1)
