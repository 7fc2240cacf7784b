"""Column names, cell values and generated sheets: the import reads what delegations write."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.ground.db import database
from models.participants.columns import guess_columns
from models.participants.entities import Participant
from models.participants.folding import fold
from models.participants.importing import (
    parse_days,
    parse_funded,
    parse_language,
    plan_import,
    read_participant_table,
    run_import,
    split_full_name,
)
from models.participants.spreadsheet import detect_delimiter, detect_encoding
from tests.participants.sheets import csv_bytes


@pytest.mark.parametrize("headers, expected", [
    (["First name", "Surname", "Organisation", "Country", "Role", "Email", "Phone"],
     ["given_name", "family_name", "organisation", "delegation", "role", "email", "phone"]),
    (["Given name", "Family name", "Organization", "Delegation", "Roli", "E-mail", "Telefoni"],
     ["given_name", "family_name", "organisation", "delegation", "role", "email", "phone"]),
    (["Emri", "Mbiemri", "Institucioni", "Shteti", "Roli", "E-mail", "Telefoni"],
     ["given_name", "family_name", "organisation", "delegation", "role", "email", "phone"]),
    (["Ime", "Prezime", "Institucija", "Država", "Uloga", "E-pošta", "Telefon"],
     ["given_name", "family_name", "organisation", "delegation", "role", "email", "phone"]),
    (["Име", "Презиме", "Институција", "Држава", "Улога", "Е-пошта", "Телефон"],
     ["given_name", "family_name", "organisation", "delegation", "role", "email", "phone"]),
    (["Ad", "Soyad", "Kurum", "Ülke", "Rol", "E-posta", "Telefon"],
     ["given_name", "family_name", "organisation", "delegation", "role", "email", "phone"]),
    (["No.", "Name and surname", "Name of institution", "Country / area", "E-mail address", "Remarks"],
     [None, "full_name", "organisation", "delegation", "email", "notes"]),
    (["Nr", "Emri dhe mbiemri", "Funded", "Days"], [None, "full_name", "funded", "days"]),
    (["Name", "Surname", "Name"], ["given_name", "family_name", None]),
    (["FIRST NAME (as in passport)", "LAST NAME", "Participant number"], ["given_name", "family_name", "number"]),
])
def test_column_names_are_recognised_in_every_language_of_the_region(headers, expected):
    assert [guess.field for guess in guess_columns(headers)] == expected


def test_values_are_read_as_people_write_them():
    days = {date(2011, 6, 9): 1, date(2011, 6, 10): 2}
    assert [parse_funded(text) for text in ("yes", "Po", "x", "", "jo", "NO", "evet", "maybe")] == \
        [True, True, True, False, False, False, True, None]
    assert [parse_language(text) for text in ("", "English", "shqip", "SQ", "Deutsch")] == \
        ["en", "en", "sq", "sq", None]
    assert parse_days("1, 2", days) == [1, 2]
    assert parse_days("Day II", days) == [2]
    assert parse_days("I and II", days) == [1, 2]
    assert parse_days("2011-06-10", days) == [2]
    assert parse_days("all", days) == [] and parse_days("", days) == []
    assert parse_days("Monday", days) is None
    assert parse_days("²", days) is None  # a superscript is a digit to Python, not a day number
    assert split_full_name("Ana Marija Horvat") == ("Ana Marija", "Horvat")
    assert split_full_name("Madonna") == ("Madonna", "")


REGION_LETTERS = "abcdeghijklmnoprstuvzëçšđčćžğışöüABCDEGHIKLMNOPRSTUVZËÇŠĐČĆŽĞİŞÖÜ"
CYRILLIC_LETTERS = "абвгдђежзијклљмнњопрстћуфхцчџшѓѕќАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШЃЅЌ"
name = st.one_of(st.text(REGION_LETTERS, min_size=2, max_size=12), st.text(CYRILLIC_LETTERS, min_size=2, max_size=12))
organisation = st.text(REGION_LETTERS + CYRILLIC_LETTERS + " ,;\"'-.()", max_size=30).map(str.strip)
person = st.tuples(name, name, st.sampled_from(["AL", "BA", "HR", "ME", "RS", "MK", "TR", "XK"]), organisation,
                   st.booleans())
people = st.lists(person, min_size=1, max_size=25, unique_by=lambda p: (fold(p[0] + " " + p[1]), p[2]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=people, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
       delimiter=st.sampled_from([",", ";", "\t"]))
def test_any_generated_sheet_imports_every_row_and_re_imports_as_unchanged(empty_event, tmp_path, people, encoding,
                                                                           delimiter):
    # GIVEN a sheet of generated people in an encoding that holds every script
    rows = [["Emri", "Mbiemri", "Shteti", "Institucioni", "Funded"]] + [
        [given, family, code, org, "yes" if funded else "no"] for given, family, code, org, funded in people]
    path = tmp_path / "generated.csv"
    path.write_bytes(csv_bytes(rows, encoding, delimiter))
    table = read_participant_table(path)
    with database.atomic() as transaction:  # rolled back: every example starts from the empty event
        try:
            # WHEN it is imported, then imported again
            first = run_import(empty_event, table)
            again = plan_import(empty_event, table)
            # THEN every row became a participant with exactly its values, and the second time nothing changes
            assert table.delimiter == delimiter
            assert len(first.new) == len(people)
            stored = {(p.given_name, p.family_name, p.delegation.code, p.organisation, p.funded)
                      for p in Participant.select()}
            assert stored == set(people)
            assert len(again.unchanged) == len(people) and not again.updates and not again.new
        finally:
            transaction.rollback()


@settings(max_examples=60, deadline=None)
@given(people=people, delimiter=st.sampled_from([",", ";", "\t"]))
def test_the_delimiter_is_detected_whatever_the_names_hold(people, delimiter):
    rows = [["Emri", "Mbiemri", "Shteti", "Institucioni"]] + [list(p[:4]) for p in people]
    text = csv_bytes(rows, "utf-8", delimiter).decode("utf-8")
    assert detect_delimiter(text) == delimiter


@settings(max_examples=60, deadline=None)
@given(st.binary(min_size=1, max_size=400))
def test_detecting_an_encoding_never_fails_with_anything_but_a_sentence(data):
    from models.participants.spreadsheet import TableError

    try:
        assert detect_encoding(data)
    except TableError as error:
        assert str(error).endswith(".")
