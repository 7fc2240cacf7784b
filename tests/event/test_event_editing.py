"""Editing the event: days follow the dates, the agenda keeps its wall-clock times, history fixes them."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest

from models.agenda.entities import AgendaAction
from models.agenda.plan import day_items
from models.checkin.entities import CheckIn
from models.event.editing import EventEditError, details_of, parse_languages, update_event
from models.ground.audit import ORGANISER, Actor, AuditEntry
from models.ground.clock import UTC
from models.ground.days import event_days
from models.ground.entities import Day, Event


def agenda_of(event) -> list[tuple]:
    return [(day.number, day.date, item.title, item.planned_start, item.planned_end)
            for day in event_days(event) for item in day_items(day)]


def test_moving_the_event_moves_every_day_and_keeps_the_agenda_at_the_same_hours(demo_event):
    # GIVEN the workshop on 9–10 June 2011
    before = agenda_of(demo_event)
    # WHEN it moves one week later
    details = replace(details_of(demo_event), start_date=date(2011, 6, 16), end_date=date(2011, 6, 17))
    changed = update_event(demo_event, details, actor=Actor(ORGANISER, "mira"))
    # THEN the days follow, and each item is on its new day at the same wall-clock time
    assert changed == ["start_date", "end_date"]
    assert [(d.number, d.date) for d in event_days(demo_event)] == [(1, date(2011, 6, 16)), (2, date(2011, 6, 17))]
    after = agenda_of(demo_event)
    assert len(after) == len(before)
    for old, new in zip(before, after):
        assert new[2] == old[2] and new[3].time() == old[3].time() and new[4].time() == old[4].time()
        assert (new[3] - old[3]).days == 7
    assert AuditEntry.get(AuditEntry.action == "event changed").details["fields"] == ["start_date", "end_date"]


def test_moving_one_day_earlier_keeps_each_day_on_its_own_date(demo_event):
    details = replace(details_of(demo_event), start_date=date(2011, 6, 8), end_date=date(2011, 6, 9))
    update_event(demo_event, details)
    assert [d.date for d in event_days(demo_event)] == [date(2011, 6, 8), date(2011, 6, 9)]
    assert day_items(event_days(demo_event)[0])[0].planned_start == datetime(2011, 6, 8, 8, 45)


def test_a_longer_event_gets_empty_days_and_a_shorter_one_loses_only_empty_days(demo_event):
    details = replace(details_of(demo_event), end_date=date(2011, 6, 11))
    update_event(demo_event, details)
    days = event_days(demo_event)
    assert [(d.number, d.label, d.date) for d in days][-1] == (3, "Day III", date(2011, 6, 11))
    assert day_items(days[-1]) == []
    # a day with an agenda is not dropped by a date change
    with pytest.raises(EventEditError, match="Day II has 13 agenda item"):
        update_event(demo_event, replace(details, end_date=date(2011, 6, 9)))
    update_event(demo_event, replace(details, end_date=date(2011, 6, 10)))
    assert len(event_days(demo_event)) == 2


def test_once_the_event_has_records_its_dates_and_zone_stay(demo_event):
    day = Day.get(Day.number == 1)
    AgendaAction.create(day=day, action="start", at=datetime(2011, 6, 9, 7, 0, tzinfo=UTC))
    details = details_of(demo_event)
    for moved in (replace(details, start_date=date(2011, 6, 16), end_date=date(2011, 6, 17)),
                  replace(details, timezone="Europe/Belgrade"),
                  replace(details, end_date=date(2011, 6, 9))):
        with pytest.raises(EventEditError, match="already recorded"):
            update_event(demo_event, moved)
    assert Event.get_by_id(demo_event.id).start_date == date(2011, 6, 9)
    update_event(demo_event, replace(details, end_date=date(2011, 6, 11), title="Workshop, extended"))
    assert len(event_days(demo_event)) == 3


def test_event_details_are_checked(demo_event):
    details = details_of(demo_event)
    with pytest.raises(EventEditError, match="needs a title"):
        update_event(demo_event, replace(details, title=" "))
    with pytest.raises(EventEditError, match="not a known time zone"):
        update_event(demo_event, replace(details, timezone="Europe/Durres"))
    with pytest.raises(EventEditError, match="last day is before the first"):
        update_event(demo_event, replace(details, end_date=date(2011, 6, 1)))
    with pytest.raises(EventEditError, match="'english' is not a language code"):
        update_event(demo_event, replace(details, languages=parse_languages("en, english")))
    assert parse_languages("EN; sq mk") == ["en", "sq", "mk"]


def test_changing_the_zone_keeps_the_agenda_at_its_wall_clock_times(demo_event):
    before = agenda_of(demo_event)
    update_event(demo_event, replace(details_of(demo_event), timezone="Europe/Istanbul"))
    assert Event.get_by_id(demo_event.id).timezone == "Europe/Istanbul"
    assert agenda_of(demo_event) == before
    assert day_items(event_days(demo_event)[0])[0].planned_start.time() == time(8, 45)
    assert CheckIn.select().count() == 0
