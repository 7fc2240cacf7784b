"""Namesakes are two people: a shared name in a delegation is a question, not a refusal and not a merge."""
from __future__ import annotations

import pytest

from models.participants.entities import Participant
from models.participants.importing import ImportOptions, ImportRefused, plan_import, read_participant_table, run_import
from tests.participants.sheets import counts, write_csv

HEADER = ["Emri", "Mbiemri", "Shteti", "Roli", "E-mail", "Institucioni"]
KOSOVO = [
    HEADER,
    ["Arben", "Krasniqi", "Kosova", "officer", "arben.krasniqi@kosovopolice.example", "Policia e Kosovës"],
    ["Arben", "Krasniqi", "Kosova", "officer", "a.krasniqi@kosovopolice.example", "Policia e Kosovës, Prishtinë"],
    ["Lumnije", "Krasniqi", "Kosova", "prosecutor", "", "Prokuroria e Shtetit"],
]


def test_a_sheet_with_namesakes_imports_with_the_confirmation_and_not_without(empty_event, tmp_path):
    # GIVEN a delegation's sheet with two officers called Arben Krasniqi, each with their own e-mail
    table = read_participant_table(write_csv(tmp_path / "kosova.csv", KOSOVO))
    # WHEN it is imported without a word about them
    before = counts()
    with pytest.raises(ImportRefused) as refused:
        run_import(empty_event, table)
    # THEN nothing is imported, and the question names both rows and what tells them apart
    assert counts() == before
    assert [str(problem) for problem in refused.value.plan.problems] == [
        "Row 3: Arben Krasniqi (Kosovo*) has the name of row 2, but another e-mail: possibly a namesake. Confirm "
        "that they are separate people, or correct the sheet."]
    # WHEN the organiser confirms they are two people
    plan = run_import(empty_event, table, options=ImportOptions(allow_namesakes=True))
    # THEN both are registered, each with their own number and e-mail
    assert [(n.row, n.others, n.differences) for n in plan.namesakes] == [(3, ("row 2",), ("e-mail",))]
    arbens = list(Participant.select().where(Participant.given_name == "Arben").order_by(Participant.number))
    assert [p.email for p in arbens] == ["arben.krasniqi@kosovopolice.example", "a.krasniqi@kosovopolice.example"]
    assert len({p.number for p in arbens}) == 2


def test_a_re_import_updates_each_namesake_by_e_mail_and_never_merges_two_into_one(empty_event, tmp_path):
    path = write_csv(tmp_path / "kosova.csv", KOSOVO)
    run_import(empty_event, read_participant_table(path), options=ImportOptions(allow_namesakes=True))
    numbers = {p.email: p.number for p in Participant.select()}
    # WHEN the same sheet comes again, the rows swapped and one organisation changed
    rows = [KOSOVO[0], KOSOVO[2][:5] + ["Policia e Kosovës, Prizren"], KOSOVO[1], KOSOVO[3]]
    write_csv(path, rows)
    plan = run_import(empty_event, read_participant_table(path))  # no question: both are known by e-mail
    # THEN each is updated as themselves, and there are still two
    assert [(update.row, update.participant.number, sorted(update.changes)) for update in plan.updates] == [
        (2, numbers["a.krasniqi@kosovopolice.example"], ["organisation"])]
    assert sorted(plan.unchanged) == [3, 4] and not plan.new and not plan.namesakes
    assert Participant.select().where(Participant.given_name == "Arben").count() == 2
    assert Participant.get(Participant.number == numbers["a.krasniqi@kosovopolice.example"]).organisation == \
        "Policia e Kosovës, Prizren"


def test_the_same_name_with_nothing_that_tells_them_apart_is_the_same_person(demo_event, tmp_path):
    # GIVEN Ardit Mërkuri of Albania (registered without an e-mail) and a sheet that names him twice
    path = write_csv(tmp_path / "al.csv", [HEADER,
                                           ["Ardit", "Merkuri", "Shqipëri", "officer", "ardit@example.al", ""],
                                           ["ARDIT", "MËRKURI", "Albania", "officer", "", ""]])
    plan = plan_import(demo_event, read_participant_table(path))
    # THEN the first row updates him (his e-mail is new, nothing differs) and the second is him again
    assert [(u.row, u.participant.number) for u in plan.updates] == [(2, 102)]
    assert [str(p) for p in plan.problems] == [
        "Row 3: the same person as row 2 (same name and delegation, and no e-mail, phone or number that tells them "
        "apart). Remove one of the two rows, or add what tells them apart."]


def test_a_namesake_of_someone_registered_is_asked_about(demo_event, tmp_path):
    # GIVEN a second Elton Kerluku of Albania, with his own e-mail and phone
    path = write_csv(tmp_path / "al.csv", [HEADER + ["Telefoni"],
                                           ["Elton", "Kerluku", "AL", "prosecutor", "e.kerluku@pp.example.al", "",
                                            "+355 69 123 4567"]])
    table = read_participant_table(path)
    plan = plan_import(demo_event, table)
    assert [str(p) for p in plan.problems] == [
        "Row 2: Elton Kerluku (Albania) has the name of participant 101, but another e-mail: possibly a namesake. "
        "Confirm that they are separate people, or correct the sheet."]
    plan = run_import(demo_event, table, options=ImportOptions(allow_namesakes=True))
    assert Participant.select().where(Participant.family_name == "Kerluku").count() == 2
    # AND the same row with his number is no question: it is him, updated
    write_csv(path, [["Number", "Emri", "Mbiemri", "Telefoni"], ["101", "Elton", "Kerluku", "+355 69 765 4321"]])
    plan = plan_import(demo_event, read_participant_table(path))
    assert plan.can_import and [u.participant.number for u in plan.updates] == [101]


def test_the_same_name_in_another_delegation_is_another_person_without_a_question(demo_event, tmp_path):
    path = write_csv(tmp_path / "xk.csv", [HEADER, ["Elton", "Kerluku", "Kosova", "officer", "", ""]])
    plan = plan_import(demo_event, read_participant_table(path))
    assert plan.can_import and len(plan.new) == 1 and not plan.namesakes
