"""The desk in practice: every answer as on the day, against the real list; nothing recorded anywhere."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from models.badges.reading import payload_for
from models.checkin.counts import Presence, day_counts
from models.checkin.entities import CheckIn
from models.checkin.practice import PracticeDesk, opens_in_practice
from models.checkin.service import Outcome, check_in
from models.event import journal
from models.ground.audit import AuditEntry
from models.ground.clock import UTC, FakeClock
from models.ground.days import day_by_number
from models.participants.entities import Delegation, Participant
from models.participants.registration import PersonDetails, RegistrationError
from models.reports.generate import generate_report

MORNING_OF_DAY_ONE = datetime(2011, 6, 9, 6, 50, tzinfo=UTC)  # 08:50 in Durrës
MARCH = datetime(2025, 3, 12, 17, 0, tzinfo=UTC)  # the evening the organiser trains the volunteers


def person(number: int) -> Participant:
    return Participant.get(Participant.number == number)


def the_record(event, folder, stick, name: str) -> dict:
    """Everything a practice must leave as it was: check-ins, counts, the audit log, the journal, the reports."""
    report = folder / f"{name}.csv"
    generate_report("attendance", report, clock=FakeClock(MARCH))
    return {
        "check-ins": [(c.participant_id, c.day_id, c.at, c.desk, c.voided_at) for c in CheckIn.select().order_by(CheckIn.id)],
        "counts": [day_counts(day_by_number(event, number)) for number in (1, 2)],
        "participants": Participant.select().count(),
        "audit log": AuditEntry.select().count(),
        "journal": sorted((path.name, path.read_bytes()) for path in stick.iterdir()),
        "attendance report": report.read_bytes(),
    }


def test_practice_answers_as_on_the_day_and_records_nothing(demo_path, demo_event, tmp_path, stick):
    # GIVEN Elton Kerluku really checked in on day I, and the journal going to a stick
    journal.set_journal_folder(str(stick), demo_path)
    day_one, day_two = day_by_number(demo_event, 1), day_by_number(demo_event, 2)
    assert check_in(demo_event, person(101), day=day_one, desk="Desk 1", clock=FakeClock(MORNING_OF_DAY_ONE)).checked_in
    before = the_record(demo_event, tmp_path, stick, "before")
    # WHEN volunteers practise at a desk the evening before
    desk = PracticeDesk(demo_event)
    clock = FakeClock(MARCH)
    how = dict(desk="Training", operator="Ana", clock=clock)
    first = desk.check_in(payload_for(person(118), demo_event), day=day_one, **how)
    # THEN a badge checks in green, a second scan is "already" (since when, at this desk), the real arrival too
    assert first.outcome is Outcome.CHECKED_IN and first.practice and first.check_in.desk == "Training"
    clock.advance(minutes=1)
    again = desk.check_in(payload_for(person(118), demo_event), day=day_one, **how)
    assert again.outcome is Outcome.ALREADY and again.check_in is first.check_in and again.practice
    real = desk.check_in(payload_for(person(101), demo_event), day=day_one, **how)
    assert real.outcome is Outcome.ALREADY and real.check_in.desk == "Desk 1"
    # AND a forged badge is refused, someone not expected is red until let in anyway, a search checks in
    payload = payload_for(person(120), demo_event)
    forged = payload[:-1] + str((int(payload[-1]) + 1) % 10)
    assert desk.check_in(forged, day=day_one, **how).outcome is Outcome.REFUSED
    assert desk.check_in(person(136), day=day_two, **how).outcome is Outcome.NOT_EXPECTED
    assert desk.check_in(person(136), day=day_two, anyway=True, **how).checked_in
    assert desk.check_in(person(127), day=day_one, method="search", **how).checked_in
    # AND a walk-in gets the next number, and is checked in; bad details are refused as on the day
    details = PersonDetails("Besa", "Hoxha", delegation=Delegation.get(Delegation.code == "AL"))
    walk = desk.walk_in(details, day_one, **how)
    assert walk.checked_in and walk.participant.number == 146 and walk.practice
    assert desk.walk_in(PersonDetails("Besa", "Hoxha"), day_one, **how).participant.number == 147
    with pytest.raises(RegistrationError):
        desk.walk_in(PersonDetails(" "), day_one, **how)
    # AND undo takes back this desk's last practice check-in, with a reason
    last = desk.last_check_in_at("Training", day_one)
    assert last.participant.number == 147
    desk.void(last, "Wrong person", operator="Ana", clock=clock)
    assert desk.last_check_in_at("Training", day_one).participant.number == 146
    # AND the desk's counters and list count the practice arrivals (118, 127 and 146) and both walk-ins
    counts = desk.counts(day_one)
    real_counts = day_counts(day_one)
    assert (counts.arrived, counts.expected) == (real_counts.arrived + 3, real_counts.expected + 2)
    albania = next(group for group in counts.by_delegation if group.key == "AL")
    assert albania.arrived == next(g for g in real_counts.by_delegation if g.key == "AL").arrived + 1
    statuses = desk.statuses(day_one, [person(118).id, person(119).id])
    assert statuses[person(118).id].presence is Presence.ARRIVED and statuses[person(119).id].presence is Presence.NOT_YET
    # AND nothing of it is in the event file, the journal or the reports
    assert the_record(demo_event, tmp_path, stick, "after") == before


def test_a_desk_opens_in_practice_on_a_date_that_is_not_a_day_of_the_event(demo_event):
    assert opens_in_practice(demo_event, FakeClock(MARCH))
    assert opens_in_practice(demo_event, FakeClock(MORNING_OF_DAY_ONE - timedelta(days=1)))
    assert not opens_in_practice(demo_event, FakeClock(MORNING_OF_DAY_ONE))
    assert not opens_in_practice(demo_event, FakeClock(MORNING_OF_DAY_ONE + timedelta(days=1)))
