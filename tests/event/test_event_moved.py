"""The event moved: today is day I. Every day follows at the same clock times, and the journal carries the move."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from models.agenda.entities import AgendaAction
from models.agenda.plan import day_items
from models.agenda.runlog import Chair, day_state
from models.checkin.service import check_in
from models.event import journal, rebuild
from models.event.editing import EventEditError, move_event_to_today
from models.event.file import close_event_database, open_event_database
from models.ground.audit import AuditEntry
from models.ground.clock import FakeClock, local_to_utc, venue_zone
from models.ground.days import day_by_number, event_days
from models.ground.entities import current_event
from models.participants.entities import Participant
from tests.safety.journalling import prepared_event_and_stick

MARCH = date(2025, 3, 12)


def venue(event, hour: int, minute: int = 0, day: date = MARCH) -> FakeClock:
    return FakeClock(local_to_utc(datetime(day.year, day.month, day.day, hour, minute), venue_zone(event.timezone)))


def test_the_event_moved_to_today_so_day_one_starts_today_at_its_planned_times(new_demo, stick):
    # GIVEN the workshop file prepared for June 2011, kept aside, and a journal on a stick
    prepared = prepared_event_and_stick(new_demo, stick)
    event = current_event()
    clock = venue(event, 8, 30)
    # WHEN the organiser says the event moved: today, 12 March 2025, is day I
    move_event_to_today(event, day_by_number(event, 1), MARCH, clock=clock)
    # THEN both days moved, the agenda keeps its clock times, and the move is audited and journalled
    assert [day.date for day in event_days(event)] == [MARCH, date(2025, 3, 13)]
    assert (current_event().start_date, current_event().end_date) == (MARCH, date(2025, 3, 13))
    opening = next(item for item in day_items(day_by_number(event, 1)) if item.title == "Opening statements")
    assert opening.planned_start == datetime(2025, 3, 12, 9, 0)
    assert AuditEntry.select().where(AuditEntry.action == "event changed").count() == 1
    # AND the chair starts day I today, on time
    day = day_by_number(event, 1)
    Chair(day, venue(event, 9, 0)).start()
    assert day_state(day, venue(event, 9, 5)).delay.total_seconds() == 0
    close_event_database()
    # AND a rebuild from the journal into the copy prepared before moves it too, then replays the day
    open_event_database(prepared)
    report = rebuild.rebuild_from_journal(current_event(), journal.journal_file(event, stick))
    assert report.added == {"moves of the event": 1, "chair actions": 1} and not report.skipped
    assert current_event().start_date == MARCH
    rebuilt = day_state(day_by_number(current_event(), 1), venue(event, 9, 5))
    assert rebuilt.current.item.title == "Opening statements" and rebuilt.delay.total_seconds() == 0
    # AND a second rebuild adds nothing
    again = rebuild.rebuild_from_journal(current_event(), journal.journal_file(event, stick))
    assert again.total_added == 0 and again.present == 2


def test_an_event_with_a_record_does_not_move(demo_event):
    day = day_by_number(demo_event, 1)
    check_in(demo_event, Participant.get(Participant.number == 101), day=day, clock=venue(demo_event, 8, 40,
                                                                                             date(2011, 6, 9)))
    with pytest.raises(EventEditError, match="already recorded"):
        move_event_to_today(demo_event, day, MARCH)
    assert [day.date for day in event_days(demo_event)] == [date(2011, 6, 9), date(2011, 6, 10)]
    assert AgendaAction.select().count() == 0


def test_a_day_that_is_today_already_is_not_moved(demo_event):
    with pytest.raises(EventEditError, match="Day I is already today, 09.06.2011"):
        move_event_to_today(demo_event, day_by_number(demo_event, 1), date(2011, 6, 9))
