"""A desk on a server when the server or the LAN goes away: it says so within 2 s, keeps checking people in from its
offline copy, never shows a stale answer, and uploads its queue when the server is back, one valid check-in per
person and day (the earlier), the later kept as a duplicate."""
from __future__ import annotations

import time
from datetime import datetime, timedelta

import pytest

from models.badges.reading import payload_for
from models.checkin.entities import CheckIn
from models.checkin.exporting import checkin_rows
from models.checkin.service import Outcome, check_in
from models.event.desk_source import ANSWER_WITHIN_S, OFFLINE_UNDO, OFFLINE_WALK_IN, ServerDesk
from models.event.file import close_event_database, open_event_database
from models.ground.clock import UTC, FakeClock
from models.ground.days import day_by_number
from models.ground.db import connect, database
from models.ground.entities import current_event
from models.ground.errors import BelvedereError
from models.participants.entities import Participant
from models.participants.registration import PersonDetails
from tests.postgres import Cable, wait_until

MORNING = datetime(2011, 6, 9, 6, 50, tzinfo=UTC)  # 08:50 at the venue, day I


@pytest.fixture
def opened():
    """Opens a desk on a URL (its offline copy made) and stops every desk opened at the end."""
    desks: list[ServerDesk] = []

    def open_desk(url: str, clock: FakeClock) -> ServerDesk:
        open_event_database(url)
        desk = ServerDesk(current_event(), url, clock)
        desk.start()
        desks.append(desk)
        assert wait_until(lambda: desk.copy.ready and desk.link().online)
        return desk

    yield open_desk
    for desk in desks:
        desk.stop()


def scan(desk: ServerDesk, number: int, day_number: int = 1):
    event = desk.event
    with database.using(desk.copy.db):
        person = Participant.get(Participant.number == number)
        day = day_by_number(event, day_number)
    started = time.monotonic()
    result = desk.check(payload_for(person, event), day=day, desk="Desk 1", operator="Ana", method="scan")
    return result, time.monotonic() - started


def valid_on_server(url: str) -> dict[int, CheckIn]:
    db = connect(url)
    try:
        with database.using(db):
            return {c.participant.number: c for c in CheckIn.select().where(CheckIn.voided_at.is_null())}
    finally:
        db.close()


def test_a_paused_server_never_gives_a_stale_answer_and_the_desk_keeps_checking_people_in(postgres_server, server_demo, opened):
    # GIVEN a desk on the server, scanning
    clock = FakeClock(MORNING)
    desk = opened(server_demo, clock)
    first, _ = scan(desk, 101)
    assert first.checked_in and desk.link().online
    # WHEN the server is paused (its processes stopped) in the middle of scanning
    postgres_server.pause()
    try:
        clock.advance(seconds=30)
        result, seconds = scan(desk, 118)
        # THEN the next scan is answered within 2 s, about that person, from the offline copy, saved in its queue
        assert seconds < 2.0 and ANSWER_WITHIN_S < 2.0
        assert result.checked_in and result.participant.number == 118
        assert not desk.link().online and desk.link().waiting == 1
        assert "cannot be reached" in desk.link().problem
        # AND the scans after it are answered at once: a repeat from the copy is "already", never a green
        for number in (127, 128):
            result, seconds = scan(desk, number)
            assert result.checked_in and result.participant.number == number and seconds < 0.5
        again, _ = scan(desk, 101)
        assert again.outcome is Outcome.ALREADY and again.participant.number == 101
        assert desk.link().waiting == 3
    finally:
        postgres_server.resume()
    # AND when the server is back the desk reconnects by itself and uploads its queue
    assert wait_until(lambda: desk.link().online and desk.link().waiting == 0, seconds=10)
    assert desk.link().uploaded == 3 and desk.link().duplicates == 0
    assert set(valid_on_server(server_demo)) == {101, 118, 127, 128}


def test_the_desk_says_it_is_offline_within_two_seconds_without_a_scan(postgres_server, server_demo, opened):
    desk = opened(server_demo, FakeClock(MORNING))
    postgres_server.pause()
    try:
        started = time.monotonic()
        assert wait_until(lambda: not desk.link().online, seconds=5, every=0.02)
        assert time.monotonic() - started < 2.0
    finally:
        postgres_server.resume()
    assert wait_until(lambda: desk.link().online, seconds=10)


def test_a_server_restart_in_the_middle_of_scanning_loses_nothing(postgres_server, server_demo, opened):
    clock = FakeClock(MORNING)
    desk = opened(server_demo, clock)
    assert scan(desk, 101)[0].checked_in
    postgres_server.stop("immediate")  # the server laptop is switched off
    try:
        results = [scan(desk, number) for number in (118, 127)]
        assert all(result.checked_in and seconds < 2.5 for result, seconds in results)
        assert desk.link().waiting == 2 and not desk.link().online
    finally:
        postgres_server.start()
    assert wait_until(lambda: desk.link().online and desk.link().waiting == 0, seconds=15)
    # the next scan goes to the server again, on a new connection
    later, _ = scan(desk, 128)
    assert later.checked_in and desk.link().waiting == 0
    assert set(valid_on_server(server_demo)) == {101, 118, 127, 128}


@pytest.mark.parametrize("offline_first", [True, False], ids=["offline-desk-earlier", "online-desk-earlier"])
def test_two_desks_check_in_the_same_person_while_one_is_offline_the_earlier_stays_valid(postgres_server, server_demo, opened,
                                                                                         offline_first):
    # GIVEN desk 1 on the server through a cable that will be pulled, and desk 2 on the server directly
    cable = Cable(postgres_server)
    clock = FakeClock(MORNING)
    try:
        desk = opened(cable.url(server_demo), clock)
        other = connect(server_demo)
        event, day = desk.event, day_by_number(desk.event, 1)
        elton = Participant.get(Participant.number == 101)
        # WHEN desk 1 loses the LAN, and both check Elton in, a minute apart
        cable.pull()
        assert wait_until(lambda: not desk.link().online, seconds=5)
        times = {"desk 1": MORNING, "desk 2": MORNING + timedelta(minutes=1)}
        if not offline_first:
            times = {"desk 1": MORNING + timedelta(minutes=1), "desk 2": MORNING}
        clock.set(times["desk 1"])
        offline = desk.check(payload_for(elton, event), day=day, desk="Desk 1", method="scan")
        with database.using(other):
            online = check_in(event, elton, day=day, desk="Desk 2", clock=FakeClock(times["desk 2"]))
        # THEN both desks answered green: neither could know
        assert offline.checked_in and online.checked_in and desk.link().waiting == 1
        # WHEN the cable is back
        cable.plug()
        assert wait_until(lambda: desk.link().online and desk.link().waiting == 0, seconds=15)
        # THEN the server holds one valid check-in, the earlier, and the other as a duplicate of it
        with database.using(other):
            rows = list(CheckIn.select().where(CheckIn.participant == elton).order_by(CheckIn.at))
        assert [row.voided_at is None for row in rows] == [True, False]
        valid, duplicate = rows
        assert valid.desk == ("Desk 1" if offline_first else "Desk 2")
        assert duplicate.duplicate_of_id == valid.id and "duplicate" in duplicate.void_reason
        assert desk.link().duplicates == 1
        # AND the organiser sees the duplicate in the check-in export, beside the valid one
        with database.using(other):
            exported = [row for row in checkin_rows(event) if row[3] == 101]
        assert [bool(row[-2]) for row in exported] == [False, True] and "duplicate" in exported[1][-1]
        other.close()
    finally:
        cable.close()


def test_a_desk_closed_while_offline_uploads_its_queue_at_the_next_start(postgres_server, server_demo, opened):
    clock = FakeClock(MORNING)
    desk = opened(server_demo, clock)
    postgres_server.pause()
    try:
        assert scan(desk, 118)[0].checked_in and desk.link().waiting == 1
    finally:
        desk.stop()  # the laptop is shut while the server is away
        close_event_database()
        postgres_server.resume()
    restarted = opened(server_demo, clock)
    assert wait_until(lambda: restarted.link().waiting == 0 and restarted.link().online, seconds=10)
    assert set(valid_on_server(server_demo)) == {118}


def test_offline_a_queued_check_in_can_be_undone_but_walk_ins_and_older_check_ins_wait(postgres_server, server_demo, opened):
    clock = FakeClock(MORNING)
    desk = opened(server_demo, clock)
    day = day_by_number(desk.event, 1)
    earlier, _ = scan(desk, 101)
    postgres_server.pause()
    try:
        queued, _ = scan(desk, 118)
        assert not desk.link().online
        undone = desk.undo(queued.check_in, "wrong person", operator="Ana")
        assert undone.voided_at is not None
        with pytest.raises(BelvedereError, match="only the check-ins it made while offline"):
            desk.undo(earlier.check_in, "wrong person")
        walk_in = desk.walk_in(PersonDetails(given_name="Ana", family_name="Kola"), day, desk="Desk 1")
        assert walk_in.outcome is Outcome.NOT_SAVED and walk_in.problem == OFFLINE_WALK_IN
    finally:
        postgres_server.resume()
    assert wait_until(lambda: desk.link().online and desk.link().waiting == 0, seconds=10)
    assert set(valid_on_server(server_demo)) == {101}  # the undone one went up undone
    assert OFFLINE_UNDO
