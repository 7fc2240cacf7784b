"""Who made a change: the role (a desk's operator, the organiser, the chair, the command line) and a name."""
from __future__ import annotations

import getpass

import pytest

from models.agenda.entities import AgendaAction
from models.agenda.runlog import Chair
from models.checkin.service import check_in, void_check_in
from models.ground.audit import (
    CHAIR,
    COMMAND_LINE,
    DESK,
    ORGANISER,
    THE_CHAIR,
    THE_COMMAND_LINE,
    Actor,
    AuditEntry,
    at_desk,
    organiser,
    record,
)
from models.ground.clock import FakeClock
from models.ground.days import day_by_number
from models.participants.entities import Participant
from tests.agenda.helpers import at


@pytest.mark.parametrize(("actor", "stored"), [
    (at_desk("Ana"), "desk: Ana"),
    (Actor(ORGANISER, "jdoe"), "organiser: jdoe"),
    (THE_CHAIR, "chair"),
    (THE_COMMAND_LINE, "command line"),
    (at_desk(""), "desk"),
])
def test_each_role_is_written_in_words_and_read_back_as_it_was(actor, stored):
    assert actor.stored() == stored
    assert Actor.from_stored(stored) == actor


@pytest.mark.parametrize(("written_before", "read"), [
    ("Ana", Actor("", "Ana")),  # a desk's operator, before roles were kept
    ("badges page", Actor("", "badges page")),
    ("jdoe", Actor("", "jdoe")),
    ("command line", Actor(COMMAND_LINE)),
    ("", Actor("")),
])
def test_entries_of_older_event_files_read_as_the_name_they_hold(demo_event, written_before, read):
    entry = AuditEntry.create(at=at("09:00"), actor=written_before, action="participant updated")
    assert AuditEntry.get_by_id(entry.id).by == read
    assert read.stored() == written_before  # and are written back unchanged


def test_the_organiser_is_this_computer_s_account():
    assert organiser() == Actor(ORGANISER, getpass.getuser())


def test_the_desk_the_chair_and_the_organiser_each_leave_their_role_in_the_logs(demo_event):
    # GIVEN day I: a check-in undone at a desk, the chair starting the day, an organiser's change
    day = day_by_number(demo_event, 1)
    clock = FakeClock(at("09:00"))
    elton = Participant.get(Participant.number == 101)
    void_check_in(check_in(demo_event, elton, day=day, desk="Desk 1", clock=clock).check_in, "wrong badge",
                  operator="Ana", clock=clock)
    Chair(day, clock).start()
    record("event changed", "event", Actor(ORGANISER, "jdoe"), clock)
    # THEN each entry says who, in which role
    by = {entry.action: entry.by for entry in AuditEntry.select()}
    assert by["check-in voided"] == Actor(DESK, "Ana")
    assert by["event changed"] == Actor(ORGANISER, "jdoe")
    assert [Actor.from_stored(row.actor) for row in AgendaAction.select()] == [Actor(CHAIR)]
