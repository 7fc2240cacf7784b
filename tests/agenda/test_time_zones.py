"""Venue time whatever the laptop's zone: across midnight and across a change of daylight-saving time.

Europe/Tirane moves clocks forward at 2:00 on the last Sunday of March and back at
3:00 on the last Sunday of October (27 March and 30 October in 2011).
"""
from __future__ import annotations

import time
from datetime import datetime, timedelta

import pytest

from models.agenda.plan import load_day_plan
from models.agenda.runlog import Chair, day_state
from models.agenda.stage import stage_screen
from models.event.document import load_document
from models.event.file import open_event_database
from models.ground.clock import UTC, FakeClock
from models.ground.days import day_by_number

HOUR = timedelta(hours=1)


def night_event(tmp_path, day: str, items: list[dict]):
    open_event_database(tmp_path / "night.belvedere", create=True)
    event = load_document({
        "format": "belvedere-event", "format_version": 1,
        "event": {"title": "Night", "start_date": day, "end_date": day, "timezone": "Europe/Tirane",
                  "languages": ["en", "sq"], "code": 4321},
        "days": [{"number": 1, "date": day, "agenda": items}],
    })
    return day_by_number(event, 1)


@pytest.fixture
def laptop_in_another_zone(monkeypatch):
    """The laptop thinks it is in New York: nothing may depend on that."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_an_item_across_midnight(tmp_path, laptop_in_another_zone):
    # GIVEN a night session 23:30–00:30 venue time, started on time
    day = night_event(tmp_path, "2011-06-09", [
        {"kind": "talk", "start": "23:30", "end": "00:30", "title": "Night talk"},
        {"kind": "talk", "start": "00:30", "end": "01:00", "title": "After midnight"},
    ])
    plan = load_day_plan(day)
    assert plan.units[0].length == HOUR
    clock = FakeClock(datetime(2011, 6, 9, 21, 30, tzinfo=UTC))  # 23:30 in Tirane (UTC+2)
    Chair(day, clock).start()
    # WHEN it is 00:10 the next day
    clock.set(datetime(2011, 6, 9, 22, 10, tzinfo=UTC))
    state = day_state(day, clock)
    # THEN 20 minutes are left, the next item is projected after midnight, and the display shows venue time
    assert state.current.remaining == timedelta(minutes=20)
    assert plan.local(state.runs[1].projected_start) == datetime(2011, 6, 10, 0, 30)
    assert stage_screen(state).clock == "0:10"
    assert stage_screen(state).countdown == "20:00"


def test_an_item_across_the_october_change_lasts_an_hour_more(tmp_path, laptop_in_another_zone):
    # GIVEN an item from 1:30 to 3:30 on the night clocks go back (3:00 becomes 2:00)
    day = night_event(tmp_path, "2011-10-30", [
        {"kind": "talk", "start": "01:30", "end": "03:30", "title": "Long night"},
        {"kind": "end", "start": "03:30", "title": "End"},
    ])
    plan = load_day_plan(day)
    # THEN it lasts three real hours
    assert plan.units[0].length == 3 * HOUR
    clock = FakeClock(plan.units[0].start)
    Chair(day, clock).start()
    # WHEN two real hours have passed (the venue clock reads 2:30 for the second time)
    clock.advance(minutes=120)
    state = day_state(day, clock)
    # THEN one hour is left, and the display shows 2:30 venue time and the end at 3:30
    assert state.current.remaining == HOUR
    assert stage_screen(state).clock == "2:30"
    assert plan.local(state.current.projected_end) == datetime(2011, 10, 30, 3, 30)
    assert state.day_delay == timedelta(0)


def test_an_item_across_the_march_change_lasts_an_hour_less(tmp_path, laptop_in_another_zone):
    # GIVEN an item from 1:30 to 3:30 on the night clocks go forward (2:00 becomes 3:00)
    day = night_event(tmp_path, "2011-03-27", [
        {"kind": "talk", "start": "01:30", "end": "03:30", "title": "Short night"},
    ])
    plan = load_day_plan(day)
    assert plan.units[0].length == HOUR
    clock = FakeClock(plan.units[0].start)
    Chair(day, clock).start()
    clock.advance(minutes=45)
    state = day_state(day, clock)
    # THEN after 45 real minutes the venue clock reads 3:15 and 15 minutes are left
    assert stage_screen(state).clock == "3:15"
    assert state.current.remaining == timedelta(minutes=15)
    assert stage_screen(state).countdown == "15:00"
