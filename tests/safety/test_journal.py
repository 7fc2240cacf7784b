"""The journal on the stick after a power cut: the desk writes on, and the rebuild still gets every entry."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from models.checkin.entities import CheckIn
from models.checkin.service import check_in, void_check_in
from models.event import journal, rebuild
from models.event.file import close_event_database, open_event_database
from models.ground.clock import UTC, FakeClock
from models.ground.entities import Day, current_event
from models.participants.entities import Participant
from tests.safety.journalling import prepared_event_and_stick

pytestmark = pytest.mark.databases("sqlite", "postgresql")

MORNING = datetime(2011, 6, 9, 6, 50, tzinfo=UTC)


def test_a_line_cut_by_a_power_cut_does_not_spoil_the_entries_written_after_it(new_demo, stick):
    # GIVEN the prepared event file kept aside, and a desk journalling to a stick
    prepared = prepared_event_and_stick(new_demo, stick)
    event, day = current_event(), Day.get(Day.number == 1)
    clock = FakeClock(MORNING)
    check_in(event, Participant.get(Participant.number == 101), day=day, desk="Desk 1", clock=clock)
    path = journal.journal_file(event, stick)
    # WHEN the power goes while a line is written, cutting it inside a letter ("Đ" is two bytes)
    with open(path, "ab") as handle:
        handle.write('{"event":2011,"type":"void","number":101,"reason":"Đ'.encode()[:-1])
    # AND the desk starts again and writes on: check-ins and an undo
    for minute, number in enumerate((118, 127), start=1):
        clock.set(MORNING + timedelta(minutes=minute))
        result = check_in(event, Participant.get(Participant.number == number), day=day, desk="Desk 1", clock=clock)
    void_check_in(result.check_in, "wrong person", clock=clock)
    close_event_database()
    # THEN the journal rebuilds every acknowledged entry into the prepared file; the cut line is left out
    open_event_database(prepared)
    report = rebuild.rebuild_from_journal(current_event(), path)
    assert report.total_added == 4 and report.skipped == ["line 2: cut short by a power cut while it was written "
                                                          "(it was never acknowledged)"]
    assert sorted(c.participant.number for c in CheckIn.select().where(CheckIn.voided_at.is_null())) == [101, 118]
