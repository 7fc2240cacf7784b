"""Sheets as the delegations send them: their own words for roles and countries, in their scripts.

Every word is matched once, with how sure the match is; sure matches apply, similar ones wait
for the organiser, unknown ones are chosen, created or left empty, and what was decided is
remembered in the event for the next sheet.
"""
from __future__ import annotations

import json

import pytest

from models.event.document import DocumentError, export_document, load_document
from models.event.file import close_event_database, open_event_database
from models.participants.entities import Delegation, Participant, Role, ValueMapping
from models.participants.importing import ImportOptions, ImportRefused, plan_import, read_participant_table, run_import
from models.participants.mappings import COLUMN, DELEGATION, ROLE, Choice, forget, remember, remembered_words
from models.participants.matching import Sureness
from tests.participants.sheets import counts, write_csv

ALBANIA = [
    ["Lista e pjesëmarrësve — Shqipëri", "", "", "", "", "", ""],
    ["Nr.", "Emri", "Mbiemri", "Shteti", "Funksioni", "Institucioni", "E-mail"],
    ["1", "Arben", "Hoxha", "Shqipëri", "HTCU", "Policia e Shtetit", "a.hoxha@example.al"],
    ["2", "Mimoza", "Leka", "Shqipëria", "Prokuror", "Prokuroria e Përgjithshme", ""],
    ["3", "Ilir", "Dervishi", "Shqipëri", "High tech crime unit", "Policia e Shtetit", ""],
    ["4", "Ermira", "Kola", "Shqipëri", "Prosecuter", "Prokuroria e Tiranës", ""],
    ["5", "Vera", "Markaj", "", "Ekspert", "Universiteti i Tiranës", ""],
]
SERBIA = [
    ["Име", "Презиме", "Држава", "Функција", "Е-пошта"],
    ["Милош", "Тодоровић", "Србија", "Полиција", "m.todorovic@example.rs"],
    ["Јелена", "Марковић", "Srbija", "Тужилац", ""],
    ["Драган", "Стевановић", "Република Србија", "Tuzilac", ""],  # typed without its accent
]


def values_of(plan) -> dict[str, tuple[str | None, Sureness, bool]]:
    return {value.written: (value.key, value.sureness, value.settled) for value in plan.values}


def test_an_albanian_sheet_with_a_title_row_maps_its_words_and_waits_for_the_unsure_ones(empty_event, tmp_path):
    # GIVEN the Albanian delegation's sheet: a title row, Albanian headers, their words for roles and the country,
    # a typo, and an expert without delegation
    path = write_csv(tmp_path / "shqiperi.csv", ALBANIA, "cp1250", ";")
    table = read_participant_table(path)
    # WHEN it is checked
    plan = plan_import(empty_event, table)
    # THEN the header is found under the title, "Funksioni" is the role and "Shteti" the delegation
    assert table.header_row == 2
    assert [(c.field, c.sureness) for c in plan.columns][1:5] == [
        ("given_name", Sureness.SYNONYM), ("family_name", Sureness.SYNONYM), ("delegation", Sureness.SYNONYM),
        ("role", Sureness.SYNONYM)]
    # AND each distinct word maps with how sure it is; nothing unsure is applied
    assert values_of(plan) == {
        "HTCU": ("officer", Sureness.SYNONYM, True), "Prokuror": ("prosecutor", Sureness.SYNONYM, True),
        "High tech crime unit": ("officer", Sureness.SIMILAR, False),
        "Prosecuter": ("prosecutor", Sureness.SIMILAR, False), "Ekspert": ("expert", Sureness.SYNONYM, True),
        "Shqipëri": ("AL", Sureness.SYNONYM, True), "Shqipëria": ("AL", Sureness.SYNONYM, True)}
    assert [str(problem) for problem in plan.problems] == [
        "Row 5: the role 'High tech crime unit' looks like High-tech crime unit officer (similar, not sure). "
        "Accept the suggestion, choose the role it is, or correct the sheet.",
        "Row 6: the role 'Prosecuter' looks like Prosecutor (similar, not sure). Accept the suggestion, choose the "
        "role it is, or correct the sheet."]
    before = counts()
    with pytest.raises(ImportRefused):
        run_import(empty_event, table)
    assert counts() == before
    # WHEN the organiser accepts the suggestions
    plan = run_import(empty_event, table, options=ImportOptions(accept_similar=True))
    # THEN everyone is imported with the role and delegation the words meant; the expert has no delegation
    people = {p.family_name: (p.role.key, p.delegation.code if p.delegation_id else None)
              for p in Participant.select()}
    assert people == {"Hoxha": ("officer", "AL"), "Leka": ("prosecutor", "AL"), "Dervishi": ("officer", "AL"),
                      "Kola": ("prosecutor", "AL"), "Markaj": ("expert", None)}
    # AND the accepted words are remembered: the next sheet with them maps at once
    assert {(w.kind, w.written, w.key) for w in remembered_words(empty_event)} == {
        (ROLE, "High tech crime unit", "officer"), (ROLE, "Prosecuter", "prosecutor")}
    again = write_csv(tmp_path / "kosova.csv", [["Emri", "Mbiemri", "Roli"], ["Besa", "Gashi", "high tech crime unit"]])
    plan = plan_import(empty_event, read_participant_table(again))
    assert plan.can_import and values_of(plan) == {"high tech crime unit": ("officer", Sureness.REMEMBERED, True)}


@pytest.mark.parametrize("encoding", ["cp1251", "utf-8-sig", "utf-16"])
def test_a_serbian_cyrillic_sheet_maps_at_once_in_any_encoding(empty_event, tmp_path, encoding):
    path = write_csv(tmp_path / "srbija.csv", SERBIA, encoding, ";")
    table = read_participant_table(path)
    plan = run_import(empty_event, table)
    assert [c.field for c in plan.columns] == ["given_name", "family_name", "delegation", "role", "email"]
    # one word in either script: "Srbija" is "Србија", "Tuzilac" is "Тужилац"
    assert {value.written: (value.key, value.rows) for value in plan.values} == {
        "Полиција": ("officer", [2]), "Тужилац": ("prosecutor", [3, 4]), "Србија": ("RS", [2, 3]),
        "Република Србија": ("RS", [4])}
    assert {(p.family_name, p.role.key, p.delegation.code) for p in Participant.select()} == {
        ("Тодоровић", "officer", "RS"), ("Марковић", "prosecutor", "RS"), ("Стевановић", "prosecutor", "RS")}


def test_turkish_and_macedonian_words_map_at_once(empty_event, tmp_path):
    turkey = write_csv(tmp_path / "turkiye.csv", [["Ad", "Soyad", "Ülke", "Görev"],
                                                  ["Ayşe", "Güneş", "Türkiye", "Savcı"],
                                                  ["İsmail", "Yılmaz", "TÜRKİYE", "Polis"]], "cp1254", ";")
    macedonia = write_csv(tmp_path / "mk.csv", [["Име и презиме", "Држава", "Улога"],
                                                ["Горан Стојановски", "Северна Македонија", "Јавен обвинител"],
                                                ["Ивана Ѓорѓиевска", "North Macedonia", "Полиција"]], "utf-16", "\t")
    for path in (turkey, macedonia):
        run_import(empty_event, read_participant_table(path))
    assert {(p.given_name, p.role.key, p.delegation.code) for p in Participant.select()} == {
        ("Ayşe", "prosecutor", "TR"), ("İsmail", "officer", "TR"), ("Горан", "prosecutor", "MK"),
        ("Ивана", "officer", "MK")}


def test_an_unknown_word_is_chosen_created_or_left_empty_never_guessed(empty_event, tmp_path):
    # GIVEN a sheet with a role the event does not have; "Observer" looks nothing like "Officer"
    path = write_csv(tmp_path / "observers.csv", [["First name", "Last name", "Country", "Position"],
                                                  ["Jan", "Novak", "Slovenija", "Observer"],
                                                  ["Eva", "Horvat", "Slovenija", "observer"],
                                                  ["Petra", "Zupan", "Albania", "Prosecution"]])
    table = read_participant_table(path)
    plan = plan_import(empty_event, table)
    observer = next(value for value in plan.values if value.written == "Observer")
    assert (observer.key, observer.sureness, observer.rows) == (None, Sureness.NONE, [2, 3])
    assert [str(p) for p in plan.problems if "Observer" in p.message][0].startswith("Rows 2 and 3: the role 'Observer'")
    # WHEN the organiser leaves it empty and lets the import create Slovenija
    options = ImportOptions(create_delegations=True, choices={(ROLE, "observer"): Choice(None)})
    run_import(empty_event, table, options=options)
    # THEN the observers have no role, the new delegation exists, and the choice is remembered
    assert {p.family_name: p.role_id for p in Participant.select()}["Novak"] is None
    assert Delegation.get(Delegation.name == "Slovenija").code == "SLO"
    assert [(w.kind, w.written, w.key) for w in remembered_words(empty_event)] == [(ROLE, "Observer", None)]
    # WHEN the next sheet has observers too, and the organiser creates the role instead
    second = write_csv(tmp_path / "more.csv", [["First name", "Last name", "Position"], ["Ana", "Kos", "OBSERVER"]])
    plan = plan_import(empty_event, read_participant_table(second))
    assert plan.can_import and plan.values[0].left_empty and plan.values[0].sureness is Sureness.REMEMBERED
    run_import(empty_event, read_participant_table(second),
               options=ImportOptions(choices={(ROLE, "observer"): Choice(create=True)}))
    assert Participant.get(Participant.family_name == "Kos").role.name == "OBSERVER"
    assert Role.select().where(Role.name == "OBSERVER").count() == 1


def test_a_column_name_the_organiser_chose_is_remembered_and_one_left_out_stays_out(empty_event, tmp_path):
    path = write_csv(tmp_path / "names.csv", [["Participant", "Institution", "Signature"],
                                              ["Ana Marija Horvat", "MUP", ""]])
    table = read_participant_table(path)
    plan = plan_import(empty_event, table)
    assert plan.columns[0].sureness is Sureness.SIMILAR and not plan.can_import  # a suggestion, not taken
    run_import(empty_event, table, options=ImportOptions(choices={(COLUMN, "participant"): Choice("full_name")}))
    assert Participant.get(Participant.family_name == "Horvat").given_name == "Ana Marija"
    plan = plan_import(empty_event, table)
    assert [(c.field, c.sureness) for c in plan.columns] == [
        ("full_name", Sureness.REMEMBERED), ("organisation", Sureness.SYNONYM), (None, Sureness.NONE)]


def test_every_row_is_checked_a_stray_row_is_a_problem_and_a_name_in_one_cell_is_flagged(empty_event, tmp_path):
    path = write_csv(tmp_path / "rows.csv", [["Emri", "Mbiemri", "Roli"],
                                             ["Arta", "Hoxha", "officer"],
                                             ["", "Gjithsej: 4", ""],
                                             ["Besnik Leka", "", "officer"],
                                             ["", "Shehu", "prosecutor"],
                                             ["Dritan", "", "officer"]])
    plan = plan_import(empty_event, read_participant_table(path))
    assert [str(problem) for problem in plan.problems] == [
        "Row 3: it has neither a given name nor a role (only 'Gjithsej: 4'). If it is a participant, fill in the "
        "row; if not, delete it."]
    assert [str(warning) for warning in plan.warnings] == [
        "Row 4: the whole name 'Besnik Leka' is in the given-name cell and the family-name cell is empty: put each "
        "part in its own cell.",
        "Row 5: the given name is missing.",
        "Row 6: the family name is missing."]


def test_remembered_words_are_changed_forgotten_and_go_with_their_role(demo_event):
    remember(demo_event, ROLE, "Prosecution office", "prosecutor")
    mapping = remember(demo_event, ROLE, "PROSECUTION OFFICE", "officer")  # the same word: changed, not added
    assert ValueMapping.select().count() == 1 and mapping.written == "PROSECUTION OFFICE"
    assert [(w.meaning, w.key) for w in remembered_words(demo_event)] == [("High-tech crime unit officer", "officer")]
    forget(mapping)
    assert not remembered_words(demo_event)
    judge = Role.create(event=demo_event, key="judge", name="Judge", position=9)
    remember(demo_event, ROLE, "Sudija", "judge")
    judge.delete_instance()
    assert not remembered_words(demo_event)


def test_the_remembered_words_travel_with_the_event_document(demo_event, tmp_path):
    remember(demo_event, ROLE, "Prosecution office", "prosecutor")
    remember(demo_event, DELEGATION, "Shqipëria e Mesme", "AL")
    remember(demo_event, COLUMN, "Participant", "full_name")
    remember(demo_event, ROLE, "Observer", None)
    document = export_document(demo_event)
    assert {"kind": "role", "word": "Observer", "maps_to": None} in document["words"]
    close_event_database()
    open_event_database(tmp_path / "chair.belvedere", create=True)
    event = load_document(json.loads(json.dumps(document)))
    assert export_document(event)["words"] == document["words"]
    with pytest.raises(DocumentError, match="word 1: 'Prosecution' maps to an unknown role 'judge'"):
        close_event_database()
        open_event_database(tmp_path / "other.belvedere", create=True)
        load_document({**document, "words": [{"kind": "role", "word": "Prosecution", "maps_to": "judge"}]})
