"""Checking in through the core: every outcome, undo, walk-ins, counts, and failures that must not look green."""
from __future__ import annotations

from datetime import datetime

import pytest

from models.badges.payload import encode
from models.badges.reading import BadgeStatus, payload_for
from models.checkin.counts import day_counts
from models.checkin.entities import CheckIn
from models.checkin.service import (
    Outcome,
    check_in,
    last_check_in_at,
    refusal_reason,
    today,
    void_check_in,
    walk_in,
)
from models.ground.audit import DESK, Actor, AuditEntry
from models.ground.clock import UTC, FakeClock
from models.ground.days import day_by_number
from models.ground.db import database, is_sqlite, write_transaction
from models.ground.errors import BelvedereError, EventFileError
from models.participants.entities import Delegation, Participant, Role
from models.participants.registration import PersonDetails, RegistrationError

pytestmark = pytest.mark.databases("sqlite", "postgresql")

# 08:50 in Durrës (UTC+2) on the first day of the workshop
MORNING_OF_DAY_ONE = datetime(2011, 6, 9, 6, 50, tzinfo=UTC)


@pytest.fixture
def clock():
    return FakeClock(MORNING_OF_DAY_ONE)


def person(number: int) -> Participant:
    return Participant.get(Participant.number == number)


def forged(payload: str) -> str:
    """The payload with its last tag digit changed."""
    return payload[:-1] + str((int(payload[-1]) + 1) % 10)


def valid_check_ins() -> list[CheckIn]:
    return list(CheckIn.select().where(CheckIn.voided_at.is_null()))


# --- outcomes ----------------------------------------------------------------


def test_a_valid_badge_checks_in_for_today_at_the_venue(demo_event, clock):
    # GIVEN Elton's badge, scanned at 08:50 venue time on 9 June
    payload = payload_for(person(101), demo_event)
    # WHEN the desk checks it in
    result = check_in(demo_event, payload, desk="Desk 1", operator="Ana", clock=clock)
    # THEN he is checked in for day 1, recorded with the desk, operator, method and badge version
    assert result.outcome is Outcome.CHECKED_IN and result.checked_in
    assert result.participant.number == 101 and result.day.number == 1
    record = CheckIn.get_by_id(result.check_in.id)
    assert (record.desk, record.operator, record.method, record.badge_version) == ("Desk 1", "Ana", "scan", 1)
    assert record.at == MORNING_OF_DAY_ONE


def test_the_day_follows_the_venue_clock_not_utc(demo_event):
    # GIVEN 23:30 UTC on 9 June, which is already 01:30 on 10 June in Durrës
    clock = FakeClock(datetime(2011, 6, 9, 23, 30, tzinfo=UTC))
    # THEN today is day 2
    assert today(demo_event, clock).number == 2
    assert check_in(demo_event, person(101), clock=clock).day.number == 2


def test_scanning_with_leading_noise_and_a_trailing_enter_still_checks_in(demo_event, clock):
    payload = payload_for(person(101), demo_event)
    result = check_in(demo_event, f"]Q1{payload}\r\n", clock=clock)
    assert result.outcome is Outcome.CHECKED_IN


def test_a_second_scan_the_same_day_is_already_with_time_and_desk(demo_event, clock):
    # GIVEN Đorđe checked in at Desk 1 at 08:50
    payload = payload_for(person(118), demo_event)
    check_in(demo_event, payload, desk="Desk 1", clock=clock)
    # WHEN his badge is scanned again at Desk 2 ten minutes later
    clock.advance(minutes=10)
    result = check_in(demo_event, payload, desk="Desk 2", clock=clock)
    # THEN the answer is "already", with the first check-in's time and desk; nothing new is written
    assert result.outcome is Outcome.ALREADY
    assert result.check_in.desk == "Desk 1" and result.check_in.at == MORNING_OF_DAY_ONE
    assert len(valid_check_ins()) == 1


def test_the_next_day_has_its_own_check_in(demo_event, clock):
    payload = payload_for(person(118), demo_event)
    assert check_in(demo_event, payload, clock=clock).checked_in
    clock.advance(minutes=24 * 60)
    second = check_in(demo_event, payload, clock=clock)
    assert second.checked_in and second.day.number == 2


@pytest.mark.parametrize("status, make_payload", [
    (BadgeStatus.NOT_BELVEDERE, lambda event: "hello"),
    (BadgeStatus.NOT_BELVEDERE, lambda event: "12345"),
    (BadgeStatus.OTHER_EVENT, lambda event: encode(4321, event.secret, 101, 1)),
    (BadgeStatus.FORGED, lambda event: forged(payload_for(person(101), event))),
    (BadgeStatus.UNKNOWN_PARTICIPANT, lambda event: encode(event.code, event.secret, 999, 1)),
])
def test_a_refused_badge_says_why_in_plain_words_and_writes_nothing(demo_event, clock, status, make_payload):
    result = check_in(demo_event, make_payload(demo_event), clock=clock)
    assert result.outcome is Outcome.REFUSED and result.badge_status is status
    assert refusal_reason(result)
    assert valid_check_ins() == []


def test_a_replaced_badge_is_refused_and_names_the_person(demo_event, clock):
    # GIVEN Blerina's badge version 1, reprinted as version 2 this morning
    old_badge = payload_for(person(103), demo_event)
    Participant.update(badge_version=2, badge_replaced_at=MORNING_OF_DAY_ONE).where(Participant.number == 103).execute()
    # WHEN the old badge is scanned
    result = check_in(demo_event, old_badge, clock=clock)
    # THEN it is refused as replaced, with when, and the new badge checks in
    assert result.outcome is Outcome.REFUSED and result.badge_status is BadgeStatus.REPLACED
    assert result.participant.number == 103 and result.replaced_at == MORNING_OF_DAY_ONE
    assert "newer" in refusal_reason(result)
    assert check_in(demo_event, payload_for(person(103), demo_event), clock=clock).checked_in


def test_someone_not_expected_that_day_is_not_checked_in_unless_let_in_anyway(demo_event, clock):
    # GIVEN Uwe Rasmussen, expected on day 1 only, arriving on day 2
    day_two = day_by_number(demo_event, 2)
    # WHEN he is checked in on day 2
    result = check_in(demo_event, person(136), day=day_two, desk="Desk 1", operator="Ana", clock=clock)
    # THEN he is not expected; nothing is written
    assert result.outcome is Outcome.NOT_EXPECTED and "organiser" in refusal_reason(result)
    assert valid_check_ins() == []
    # WHEN the organiser agrees and the desk checks him in anyway
    result = check_in(demo_event, person(136), day=day_two, desk="Desk 1", operator="Ana", anyway=True, clock=clock)
    # THEN he is checked in, the exception is audited by number, and a repeat is "already"
    assert result.checked_in
    entry = AuditEntry.get(AuditEntry.action == "checked in although not expected")
    assert entry.subject == "participant:136" and "Rasmussen" not in entry.detail
    assert check_in(demo_event, person(136), day=day_two, clock=clock).outcome is Outcome.ALREADY


def test_checking_in_by_person_records_the_search_method(demo_event, clock):
    result = check_in(demo_event, person(127), desk="Desk 2", clock=clock)
    assert result.checked_in and result.check_in.method == "search" and result.check_in.badge_version is None


def test_without_a_day_outside_the_event_the_answer_names_the_days(demo_event):
    clock = FakeClock(datetime(2011, 6, 12, 8, 0, tzinfo=UTC))
    with pytest.raises(BelvedereError, match="not a day of this event.*1, 2"):
        check_in(demo_event, person(101), clock=clock)


# --- the file cannot be written ----------------------------------------------


def read_only(on: bool) -> None:
    """What SQLite does with a file on a locked stick, and a server that is a read-only copy."""
    if is_sqlite():
        database.execute_sql(f"PRAGMA query_only = {int(on)}")
    else:
        database.execute_sql(f"SET default_transaction_read_only = {'on' if on else 'off'}")


def test_a_read_only_file_gives_not_saved_never_a_green(demo_event, clock):
    read_only(True)
    result = check_in(demo_event, payload_for(person(101), demo_event), clock=clock)
    assert result.outcome is Outcome.NOT_SAVED and not result.checked_in
    assert "read-only" in refusal_reason(result) and "nothing was saved" in result.problem
    read_only(False)
    assert valid_check_ins() == []


@pytest.mark.databases("sqlite")
def test_a_full_disk_gives_not_saved_and_writes_nothing(demo_event, clock):
    # GIVEN an event file that cannot grow any more, its check-in pages filled with voided rows
    day = today(demo_event, clock)
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.execute_sql(f"PRAGMA max_page_count = {pages}")
    for filler in ("x" * 200, "x" * 20, ""):
        with pytest.raises(EventFileError, match="disk is full"):
            while True:
                with write_transaction():
                    CheckIn.create(participant=person(145), day=day, at=clock.now(), voided_at=clock.now(),
                                   void_reason=filler)
    # WHEN someone checks in
    result = check_in(demo_event, payload_for(person(101), demo_event), clock=clock)
    # THEN the desk is told plainly that nothing was saved
    assert result.outcome is Outcome.NOT_SAVED and result.participant.number == 101
    assert "disk is full" in result.problem
    assert valid_check_ins() == []


# --- undo ----------------------------------------------------------------------


def test_undo_voids_the_desks_last_check_in_with_a_reason_in_the_audit_log(demo_event, clock):
    # GIVEN two check-ins at Desk 1 and one at Desk 2
    day = today(demo_event, clock)
    check_in(demo_event, person(101), desk="Desk 1", clock=clock)
    clock.advance(seconds=30)
    second = check_in(demo_event, person(102), desk="Desk 1", clock=clock)
    clock.advance(seconds=30)
    check_in(demo_event, person(103), desk="Desk 2", clock=clock)
    # WHEN Desk 1 undoes its last check-in
    last = last_check_in_at("Desk 1", day)
    assert last.id == second.check_in.id
    voided = void_check_in(last, "Scanned the wrong badge", operator="Ana", clock=clock)
    # THEN it is voided (kept in the file), the audit log says why by number only, and the person can check in again
    assert voided.voided_at == clock.now() and voided.void_reason == "Scanned the wrong badge"
    entry = AuditEntry.get(AuditEntry.action == "check-in voided")
    assert entry.subject == "participant:102" and entry.by == Actor(DESK, "Ana")
    assert entry.details == {"day": 1, "desk": "Desk 1", "reason": "Scanned the wrong badge"}
    assert last_check_in_at("Desk 1", day).participant.number == 101
    assert check_in(demo_event, person(102), desk="Desk 1", clock=clock).checked_in
    assert CheckIn.select().where(CheckIn.participant == person(102)).count() == 2


def test_undo_needs_a_reason_and_happens_once(demo_event, clock):
    record = check_in(demo_event, person(101), desk="Desk 1", clock=clock).check_in
    with pytest.raises(BelvedereError, match="reason"):
        void_check_in(record, "  ")
    void_check_in(record, "mistake")
    with pytest.raises(BelvedereError, match="already undone"):
        void_check_in(record, "mistake")


# --- walk-ins ------------------------------------------------------------------


def test_a_walk_in_is_registered_and_checked_in_in_one_step(demo_event, clock):
    # GIVEN a prosecutor from Montenegro who is not on the list
    details = PersonDetails(given_name="Vesna", family_name="Đukanović", organisation="Vrhovno državno tužilaštvo",
                            delegation=Delegation.get(Delegation.code == "ME"), role=Role.get(Role.key == "prosecutor"))
    # WHEN the desk registers her as a walk-in
    result = walk_in(demo_event, details, today(demo_event, clock), desk="Desk 1", operator="Ana", clock=clock)
    # THEN she has the next number, is checked in by walk-in, counted with Montenegro
    assert result.checked_in and result.participant.number == 146
    assert result.check_in.method == "walk-in"
    montenegro = next(g for g in day_counts(result.day).by_delegation if g.key == "ME")
    assert (montenegro.arrived, montenegro.expected) == (1, 5)


def test_a_walk_in_without_a_name_writes_nothing(demo_event, clock):
    with pytest.raises(RegistrationError, match="name"):
        walk_in(demo_event, PersonDetails(given_name=" "), today(demo_event, clock), clock=clock)
    assert Participant.select().count() == 45 and valid_check_ins() == []


# --- counts --------------------------------------------------------------------


def test_someone_let_in_anyway_counts_as_expected_and_arrived_and_an_undo_takes_both_back(demo_event, clock):
    # GIVEN day 2 with its 42 expected, and Uwe Rasmussen (day 1 only) let in anyway
    day_two = day_by_number(demo_event, 2)
    assert (day_counts(day_two).arrived, day_counts(day_two).expected) == (0, 42)
    record = check_in(demo_event, person(136), day=day_two, anyway=True, clock=clock).check_in
    # THEN he is one of 43 expected and one arrived, in his delegation's count too
    counts = day_counts(day_two)
    assert (counts.arrived, counts.expected) == (1, 43)
    group = next(g for g in counts.by_delegation if g.key == person(136).delegation.code) \
        if person(136).delegation_id else next(g for g in counts.by_delegation if g.key == "")
    assert group.arrived == 1 and group.arrived <= group.expected
    # AND undone, he is neither
    void_check_in(record, "wrong day")
    assert (day_counts(day_two).arrived, day_counts(day_two).expected) == (0, 42)


def test_counts_per_day_by_delegation_and_role(demo_event, clock):
    # GIVEN three Albanians and the Turkish prosecutor checked in on day 1, one of them undone
    for number in (101, 102, 103, 129):
        check_in(demo_event, person(number), clock=clock)
    void_check_in(last_check_in_at("", today(demo_event, clock)), "mistake")  # 129
    day_one = today(demo_event, clock)
    # WHEN the desk counts
    counts = day_counts(day_one)
    # THEN 3 of 45 have arrived, Albania 3 of 6, Turkey 0 of 5; officers 2 of 16
    assert (counts.arrived, counts.expected) == (3, 45)
    by_delegation = {g.key: (g.arrived, g.expected) for g in counts.by_delegation}
    assert by_delegation["AL"] == (3, 6) and by_delegation["TR"] == (0, 5) and by_delegation[""] == (0, 9)
    by_role = {g.key: (g.arrived, g.expected) for g in counts.by_role}
    assert by_role["officer"] == (2, 16) and by_role["prosecutor"] == (1, 8)
