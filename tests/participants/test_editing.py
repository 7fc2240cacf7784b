"""Editing people, delegations and roles; the funded quota; each person's history."""
from __future__ import annotations

from datetime import datetime

import pytest

from models.checkin.deleting import HasCheckIns, delete_participant
from models.checkin.entities import CheckIn
from models.checkin.history import checked_in_days, participant_history
from models.ground.audit import ORGANISER, Actor, AuditEntry
from models.ground.clock import UTC
from models.ground.entities import Day
from models.participants.delegations import (
    DelegationError,
    add_delegation,
    event_delegations,
    move_delegation,
    remove_delegation,
    update_delegation,
)
from models.participants.duplicates import duplicates_of
from models.participants.editing import EditError, details_of, update_participant
from models.participants.entities import Delegation, Participant, Role
from models.participants.mappings import DELEGATION
from models.participants.queries import participant_rows
from models.participants.quota import QuotaStatus, quota_table
from models.participants.roles import RoleError, add_role, remove_role, update_role
from models.participants.search import SearchIndex
from models.participants.sheet_values import EventWords


def participant(number: int) -> Participant:
    return Participant.get(Participant.number == number)


def check_in(person: Participant, day_number: int, at: datetime) -> CheckIn:
    day = Day.get(Day.number == day_number)
    return CheckIn.create(participant=person, day=day, at=at, desk="Desk 1", method="scan")


def test_editing_saves_only_what_changed_and_audits_field_names_not_values(demo_event, clock):
    person = participant(101)
    details = details_of(person)
    details.organisation = "Sector against Cybercrime"
    details.email = "e.kerluku@example.al"
    changed = update_participant(person, details, actor=Actor(ORGANISER, "mira"), clock=clock)
    assert changed == ["organisation", "email"]
    assert participant(101).email == "e.kerluku@example.al"
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert (entry.action, entry.subject, entry.details["fields"]) == (
        "participant updated", "participant:101", ["organisation", "email"])
    assert "kerluku" not in entry.detail.lower()
    assert update_participant(participant(101), details_of(participant(101))) == []


def test_editing_refuses_details_that_cannot_be_saved(demo_event):
    details = details_of(participant(101))
    details.given_name = details.family_name = " "
    details.email = "elton at example"
    with pytest.raises(EditError, match="A name is needed.*not an e-mail address"):
        update_participant(participant(101), details)
    assert participant(101).given_name == "Elton"


def test_someone_who_checked_in_is_not_deleted_without_saying_so(demo_event, clock):
    # GIVEN a participant who checked in on Day I
    person = participant(102)
    check_in(person, 1, datetime(2011, 6, 9, 6, 50, tzinfo=UTC))
    # WHEN the organiser deletes them without acknowledging the check-in
    with pytest.raises(HasCheckIns, match="has 1 check-in"):
        delete_participant(person)
    # THEN they are still there; only an explicit delete removes them and their check-in
    assert participant(102)
    delete_participant(person, actor=Actor(ORGANISER, "mira"), with_check_ins=True, clock=clock)
    assert Participant.get_or_none(Participant.number == 102) is None
    assert CheckIn.select().count() == 0
    entry = AuditEntry.get(AuditEntry.action == "participant deleted")
    assert entry.subject == "participant:102" and entry.details == {"check_ins": 1}


def test_a_person_without_check_ins_is_simply_deleted(demo_event):
    delete_participant(participant(105))
    assert Participant.get_or_none(Participant.number == 105) is None


def test_duplicates_are_the_same_email_or_the_same_folded_name_in_the_same_delegation(demo_event):
    elton = participant(101)
    serbia = Delegation.get(Delegation.code == "RS")
    petrovic = participant(118)  # Ђорђе Петровић, Serbia
    assert [d.reason for d in duplicates_of(demo_event, "X", "Y", "ELTON.KERLUKU@example.al", None)] == ["email"]
    found = duplicates_of(demo_event, "Djordje", "Petrovic", "", serbia.id)
    assert [(d.participant.id, d.reason) for d in found] == [(petrovic.id, "name")]
    assert duplicates_of(demo_event, "Đorđe", "Petrović", "", None) == []
    assert duplicates_of(demo_event, elton.given_name, elton.family_name, "", elton.delegation_id, exclude=elton) == []


def test_a_persons_history_shows_check_ins_and_audit_entries_newest_first(demo_event, clock):
    person = participant(103)
    check_in(person, 1, datetime(2011, 6, 9, 6, 50, tzinfo=UTC))
    check_in(person, 2, datetime(2011, 6, 10, 6, 40, tzinfo=UTC))
    details = details_of(person)
    details.phone = "+355 69 000"
    update_participant(person, details, clock=clock)
    history = participant_history(person)
    assert [c.day.number for c in history.check_ins] == [2, 1]
    assert [e.action for e in history.audit] == ["participant updated"]
    assert checked_in_days(demo_event)[person.id] == {1, 2}


def test_the_list_search_finds_people_in_any_script(demo_event):
    index = SearchIndex.of_people(participant_rows(demo_event))
    djordje = Participant.get(Participant.number == 118).id
    for query in ("djordje", "Ђорђе", "petrovic dj", "118", "PETROVIĆ"):
        assert djordje in index.matching_ids(query), query
    assert djordje not in index.matching_ids("kerluku")


def test_the_quota_of_the_reference_workshop(demo_event):
    # GIVEN the demo: two funded officers and one funded prosecutor per project area
    table = quota_table(demo_event)
    assert [role.key for role in table.roles] == ["officer", "prosecutor"]
    albania = table.rows[0]
    assert albania.delegation.code == "AL"
    assert [(c.funded, c.places, c.status) for c in albania.cells] == [
        (2, 2, QuotaStatus.MET), (1, 1, QuotaStatus.MET)]
    # WHEN Albania funds a third officer and its prosecutor loses the funding
    Participant.update(funded=True).where(Participant.number == 104).execute()  # a service provider
    Participant.update(funded=False).where(Participant.number == 103).execute()  # the prosecutor
    albania = quota_table(demo_event).rows[0]
    # THEN the prosecutor place is under, and the funded service provider puts the delegation over
    assert albania.cells[1].status is QuotaStatus.UNDER
    assert albania.other_funded == 1 and albania.status is QuotaStatus.OVER
    assert albania.total.funded == 3 and albania.total.places == 3


def test_delegations_are_added_renamed_moved_and_removed_with_rules(demo_event):
    kosovo = Delegation.get(Delegation.code == "XK")
    with pytest.raises(DelegationError, match="The code AL is already used"):
        add_delegation(demo_event, "al", "Another Albania")
    slovenia = add_delegation(demo_event, "si", "Slovenia")
    assert slovenia.code == "SI" and event_delegations(demo_event)[-1].id == slovenia.id
    update_delegation(slovenia, "SI", "Slovenija", "observer")
    assert EventWords(demo_event).find_key(DELEGATION, "slovenija") == "SI"
    move_delegation(slovenia, -1)
    assert [d.code for d in event_delegations(demo_event)][-2:] == ["SI", "XK"]
    with pytest.raises(DelegationError, match="Kosovo\\* has .* participant"):
        remove_delegation(kosovo)
    remove_delegation(slovenia)
    assert not Delegation.select().where(Delegation.code == "SI").exists()


def test_roles_carry_a_colour_and_funded_places(demo_event):
    judge = add_role(demo_event, "Judge", "#00838F", 1)
    assert (judge.key, judge.colour, judge.funded_quota) == ("judge", "#00838f", 1)
    with pytest.raises(RoleError, match="not a colour"):
        update_role(judge, "Judge", "teal", 1)
    with pytest.raises(RoleError, match="cannot be negative"):
        update_role(judge, "Judge", "#00838f", -1)
    update_role(judge, "Judge (investigating)", "#006064", 2)
    assert Role.get_by_id(judge.id).name == "Judge (investigating)"
    assert [role.key for role in quota_table(demo_event).roles] == ["officer", "prosecutor", "judge"]
    with pytest.raises(RoleError, match="have the role Prosecutor"):
        remove_role(Role.get(Role.key == "prosecutor"))
    remove_role(judge)


def test_what_a_person_comes_as_leaves_out_what_they_have_not(demo_event):
    # GIVEN Elton Kerluku of Albania, and a walk-in with a role but no delegation
    elton = participant(101)
    walk_in = Participant(given_name="Ana", role=elton.role)
    # THEN the line reads delegation, then role, and drops a missing part with its separator
    assert elton.delegation_and_role() == "Albania · High-tech crime unit officer"
    assert elton.delegation_and_role(", ") == "Albania, High-tech crime unit officer"
    assert (walk_in.delegation_name, walk_in.delegation_and_role()) == ("", "High-tech crime unit officer")
    assert Participant(given_name="Nobody").delegation_and_role() == ""
