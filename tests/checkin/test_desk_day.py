"""Which day a desk works on: today when the event runs, otherwise proposed and asked once, never guessed after it."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.checkin.desk_day import DayConfirmed, DayFit, desk_day, is_today, must_confirm, propose_day, venue_date
from models.ground.clock import UTC, FakeClock
from models.ground.days import day_by_number
from models.ground.entities import Day


@pytest.mark.parametrize("instant, number, fit", [
    (datetime(2011, 6, 1, 8, 0, tzinfo=UTC), 1, DayFit.BEFORE),  # a week before: the first day, proposed
    (datetime(2011, 6, 8, 22, 30, tzinfo=UTC), 1, DayFit.TODAY),  # 22:30 UTC on the 8th is 00:30 on the 9th in Durrës
    (datetime(2011, 6, 10, 8, 0, tzinfo=UTC), 2, DayFit.TODAY),
    (datetime(2011, 6, 11, 7, 0, tzinfo=UTC), None, DayFit.AFTER),  # the morning after: no day is guessed
    (datetime(2012, 1, 1, 8, 0, tzinfo=UTC), None, DayFit.AFTER),
])
def test_the_desk_is_proposed_today_or_the_next_day_and_nothing_after_the_event(demo_event, instant, number, fit):
    proposed = desk_day(demo_event, FakeClock(instant))
    assert (proposed.day.number if proposed.day else None, proposed.fit) == (number, fit)
    assert proposed.today == venue_date(demo_event, FakeClock(instant))


def test_is_today_is_the_venues_date_not_the_laptops(demo_event):
    day_one = day_by_number(demo_event, 1)
    assert is_today(day_one, demo_event, FakeClock(datetime(2011, 6, 8, 22, 30, tzinfo=UTC)))  # 00:30 in Durrës
    assert not is_today(day_one, demo_event, FakeClock(datetime(2011, 6, 9, 22, 30, tzinfo=UTC)))


def days_on(*dates: date) -> list[Day]:
    return [Day(id=index + 1, number=index + 1, date=on) for index, on in enumerate(dates)]


dates = st.lists(st.dates(min_value=date(2020, 1, 1), max_value=date(2020, 12, 31)), min_size=1, max_size=6,
                 unique=True)


@given(dates, st.dates(min_value=date(2019, 12, 1), max_value=date(2021, 1, 31)))
def test_a_day_is_proposed_only_before_or_during_the_event_and_is_today_only_on_its_date(event_dates, today):
    proposed = propose_day(days_on(*sorted(event_dates)), today)
    if today > max(event_dates):
        assert proposed.day is None and proposed.fit is DayFit.AFTER
        return
    # the first day of the event not yet over
    assert proposed.day.date == min(on for on in event_dates if on >= today)
    assert (proposed.fit is DayFit.TODAY) == (proposed.day.date == today)
    assert (proposed.fit is DayFit.BEFORE) == (today < min(event_dates))


def test_an_event_without_days_proposes_none():
    assert propose_day([], date(2011, 6, 9)).fit is DayFit.NO_DAYS


def test_a_day_that_is_not_today_is_confirmed_once_per_day_and_date():
    day_one, day_two = days_on(date(2011, 6, 9), date(2011, 6, 10))
    today = date(2011, 6, 9)
    assert not must_confirm(day_one, today, None)  # today: nothing to ask
    assert must_confirm(day_two, today, None)
    confirmed = DayConfirmed(day_two.id, today)
    assert not must_confirm(day_two, today, confirmed)  # asked once
    assert must_confirm(day_two, today + timedelta(days=2), confirmed)  # the next morning: asked again
    assert must_confirm(days_on(date(2011, 6, 9), date(2011, 6, 11))[1], today + timedelta(days=1),
                        DayConfirmed(day_one.id, today))  # another day chosen: asked for that one
