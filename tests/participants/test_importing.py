"""Importing the delegations' sheets: every encoding and delimiter, XLSX, broken files, re-imports."""
from __future__ import annotations

import random

import pytest
from openpyxl import Workbook

from models.ground.audit import THE_COMMAND_LINE, AuditEntry
from models.participants.entities import Delegation, Participant
from models.participants.importing import (
    ImportOptions,
    ImportRefused,
    plan_import,
    read_participant_table,
    run_import,
)
from models.participants.spreadsheet import TableError
from tests.participants.sheets import counts, people_for, write_csv

HEADER = ["Emri", "Mbiemri", "Shteti", "Roli", "E-mail", "Institucioni"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1250", "cp1251", "cp1252", "cp1254"]
DELIMITERS = [",", ";", "\t"]
# Encodings whose bytes can only be read one way for these names.
DISTINCT = {"cp1250", "cp1251", "cp1254"}


def sheet_rows(people) -> list[list[str]]:
    return [HEADER] + [
        [given, family, code, "officer", f"person{index}@example.org", "Policia e Shtetit, Sektori; Krimi"]
        for index, (given, family, code) in enumerate(people, start=1)
    ]


def import_file(event, path, **options):
    table = read_participant_table(path)
    return table, run_import(event, table, options=ImportOptions(**options), actor=THE_COMMAND_LINE)


@pytest.mark.parametrize("delimiter", DELIMITERS, ids=["comma", "semicolon", "tab"])
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_a_sheet_in_any_encoding_and_delimiter_imports_every_name_exactly(empty_event, tmp_path, encoding, delimiter):
    # GIVEN a sheet in the encoding with every name of the region it can hold
    people = people_for(encoding)
    path = write_csv(tmp_path / "delegation.csv", sheet_rows(people), encoding, delimiter)
    # WHEN it is imported with nothing said about its encoding or delimiter
    table, plan = import_file(empty_event, path)
    # THEN both were detected, shown, and every name arrived letter for letter
    assert table.delimiter == delimiter and table.delimiter_detected
    assert table.encoding_detected and table.encoding_label
    if encoding in DISTINCT:
        assert table.encoding == encoding
    assert len(plan.new) == len(people)
    imported = {(p.given_name, p.family_name, p.delegation.code) for p in Participant.select()}
    assert imported == set(people)
    organisations = {p.organisation for p in Participant.select()}
    assert organisations == {"Policia e Shtetit, Sektori; Krimi"}


def test_the_detected_encoding_and_delimiter_can_be_overridden(empty_event, tmp_path):
    # GIVEN a Windows-1250 sheet with semicolons
    path = write_csv(tmp_path / "hr.csv", sheet_rows(people_for("cp1250")), "cp1250", ";")
    # WHEN the organiser says it is Windows-1252 and comma-separated
    table = read_participant_table(path, encoding="cp1252", delimiter=",")
    # THEN the file is read as told (and the guess is not claimed as detected)
    assert (table.encoding, table.delimiter) == ("cp1252", ",")
    assert not table.encoding_detected and not table.delimiter_detected
    assert len(table.headers) == 1
    # AND the right choice reads the names right
    table = read_participant_table(path, encoding="cp1250", delimiter=";")
    assert [row.cells[1] for row in table.rows][:4] == ["Kerluku", "Çaushi", "Mërkuri", "Hadžić"]


def test_an_encoding_that_does_not_fit_says_so(tmp_path):
    path = write_csv(tmp_path / "mk.csv", sheet_rows(people_for("cp1251")), "cp1251", ";")
    with pytest.raises(TableError, match="cannot be read as UTF-8"):
        read_participant_table(path, encoding="utf-8")


def test_an_xlsx_with_a_title_row_and_numbers_imports(empty_event, tmp_path):
    # GIVEN a workbook as a delegation sends it: a title line, then English headers, numbers typed as numbers
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Turkey"
    sheet.append(["List of participants — Turkey"])
    sheet.append(["First name", "Surname", "Country", "Role", "Phone", "Funded", "Days"])
    sheet.append(["Ayşe", "Güneş", "Türkiye", "Prosecutor", 905321234567, "yes", "1, 2"])
    sheet.append(["İsmail", "Yılmaz", "Turkey", "officer", None, "evet", "II"])
    sheet.append([None, None, None, None, None, None, None])
    sheet.append(["Doğan", "Öztürk", "TR", "High-tech crime unit officer", "+90 312 555", "no", None])
    path = tmp_path / "turkey.xlsx"
    workbook.save(path)
    # WHEN it is imported
    table, plan = import_file(empty_event, path)
    # THEN the header was found under the title and every row arrived with its values
    assert table.kind == "xlsx" and table.sheet == "Turkey" and table.header_row == 2
    assert len(plan.new) == 3
    ayse = Participant.get(Participant.family_name == "Güneş")
    assert ayse.phone == "905321234567" and ayse.funded and ayse.role.key == "prosecutor"
    assert ayse.delegation.code == "TR" and ayse.expected_day_numbers == {1, 2}
    ismail = Participant.get(Participant.given_name == "İsmail")
    assert ismail.funded and ismail.expected_day_numbers == {2}
    assert Participant.get(Participant.given_name == "Doğan").expected_day_numbers is None


@pytest.mark.parametrize("content, message", [
    (random.Random(7).randbytes(4000), "not a text table"),
    (b"", "is empty"),
    (b"   \r\n\r\n", "is empty"),
    (b"Emri;Mbiemri;Shteti\r\n", "no participants"),
    (b"Emri;Mbiemri\r\n" + b"x" * (10 * 1024 * 1024), "characters long"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old Excel"),
    (b"PK\x03\x04 this is no workbook", "not a readable Excel workbook"),
], ids=["binary junk", "empty", "blank lines", "header only", "10 MB on one line", "old xls", "broken xlsx"])
def test_a_broken_file_gives_a_clear_sentence_and_writes_nothing(demo_event, tmp_path, content, message):
    # GIVEN a file that is not a participant list
    path = tmp_path / "participants.csv"
    path.write_bytes(content)
    before = counts()
    # WHEN it is read for import
    with pytest.raises(TableError, match=message) as raised:
        read_participant_table(path)
    # THEN the message is a sentence for the organiser, and nothing was written
    assert "Traceback" not in str(raised.value) and str(raised.value).endswith(".")
    assert counts() == before


@pytest.mark.parametrize("content, message", [
    (b'[{"given_name": "Ana", "family_name": ', "is not valid JSON"),
    (b'{"given_name": "Ana"}', "not a list of participants"),
    (b'[["Ana", "Gashi"]]', "not a list of participants"),
    (b"[]", "holds no participants"),
    (b"\xff\xfe[\x00]\x00", "is not valid JSON"),
], ids=["cut short", "one object", "lists", "empty list", "UTF-16"])
def test_a_json_file_that_is_not_a_participant_list_gives_a_sentence(demo_event, tmp_path, content, message):
    path = tmp_path / "participants.json"
    path.write_bytes(content)
    with pytest.raises(TableError, match=message) as raised:
        read_participant_table(path)
    assert str(raised.value).endswith(".")


def test_a_text_table_that_starts_with_a_bracket_is_still_a_table(tmp_path):
    path = tmp_path / "participants.csv"
    path.write_text("[Emri];Mbiemri\nAna;Gashi\n", encoding="utf-8")
    table = read_participant_table(path)
    assert table.kind == "csv" and table.headers == ["[Emri]", "Mbiemri"]


def test_ragged_rows_are_reported_by_row_number_and_nothing_is_written(demo_event, tmp_path):
    # GIVEN a semicolon sheet where an organisation holds an unquoted semicolon, and a short row
    path = tmp_path / "ragged.csv"
    path.write_text("Emri;Mbiemri;Shteti;Institucioni\r\n"
                    "Arta;Hoxha;AL;Prokuroria\r\n"
                    "Besnik;Leka;AL;Policia; Sektori\r\n"
                    "Dritan;Shehu\r\n", encoding="utf-8")
    before = counts()
    table = read_participant_table(path)
    # WHEN it is imported
    with pytest.raises(ImportRefused) as refused:
        run_import(demo_event, table)
    # THEN both bad rows are named, with the reason, and nothing was imported
    problems = [str(problem) for problem in refused.value.plan.problems]
    assert problems[0].startswith("Row 3: it has 5 values but the header has 4 columns")
    assert "needs quotes" in problems[0]
    assert problems[1].startswith("Row 4: it has 2 values")
    assert counts() == before


def test_row_problems_are_all_reported_and_the_import_is_all_or_nothing(empty_event, tmp_path):
    # GIVEN a sheet with good rows and every kind of bad one
    path = write_csv(tmp_path / "mixed.csv", [
        ["First name", "Last name", "Delegation", "Role", "Email"],
        ["Arta", "Hoxha", "AL", "officer", "arta@example.al"],
        ["", "", "AL", "officer", ""],
        ["Besnik", "Leka", "Narnia", "officer", ""],
        ["Dritan", "Shehu", "AL", "juggler", ""],
        ["Ema", "Krasniqi", "XK", "officer", "not-an-address"],
        ["Arta", "Hoxha", "XK", "officer", "arta@example.al"],
        ["Đorđe", "Petrović", "RS", "officer", ""],
        ["Djordje", "Petrovic", "Serbia", "prosecutor", ""],
        ["Djordje", "Petrovic", "Montenegro", "prosecutor", ""],
    ])
    before = counts()
    table = read_participant_table(path)
    plan = plan_import(empty_event, table)
    problems = {problem.row: problem.message for problem in plan.problems}
    # THEN each problem names its row and what to do
    assert "name is missing" in problems[3]
    assert "the delegation 'Narnia' is not one of the event's" in problems[4]
    assert "role 'juggler'" in problems[5] and "create it, leave it empty, or correct the sheet" in problems[5]
    assert [value.written for value in plan.values if not value.settled] == ["juggler", "Narnia"]
    assert "not an e-mail address" in problems[6]
    assert "same person as row 2 (same e-mail)" in problems[7]
    assert "same person as row 8 (same name and delegation, and no e-mail, phone or number" in problems[9]
    assert 10 not in problems  # the same name in another delegation is another person
    # AND nothing is written
    with pytest.raises(ImportRefused, match="Nothing was imported: 6 problem"):
        run_import(empty_event, table)
    assert counts() == before


def test_the_import_can_create_the_delegations_it_does_not_know(empty_event, tmp_path):
    path = write_csv(tmp_path / "new.csv", [["Name", "Country"], ["Ana Marija Horvat", "Slovenija"],
                                            ["Janez Novak", "Slovenija"]])
    table, plan = import_file(empty_event, path, create_delegations=True)
    assert plan.delegations_to_create == ["Slovenija"]
    slovenia = Delegation.get(Delegation.name == "Slovenija")
    people = list(Participant.select().order_by(Participant.number))
    assert [(p.given_name, p.family_name, p.delegation_id) for p in people] == [
        ("Ana Marija", "Horvat", slovenia.id), ("Janez", "Novak", slovenia.id)]
    assert AuditEntry.select().where(AuditEntry.action == "delegation added").count() == 1


def test_a_dry_run_reports_and_writes_nothing(empty_event, tmp_path):
    path = write_csv(tmp_path / "al.csv", sheet_rows(people_for("cp1250")), "cp1250", ";")
    before = counts()
    table = read_participant_table(path)
    plan = plan_import(empty_event, table)
    assert plan.can_import and len(plan.new) == len(people_for("cp1250"))
    assert counts() == before


def test_re_importing_an_updated_sheet_updates_the_people_it_matches(empty_event, tmp_path, clock):
    # GIVEN a delegation's sheet already imported, without Elton Kerluku's e-mail
    rows = sheet_rows(people_for("utf-8"))
    next(row for row in rows if row[1] == "Kerluku")[4] = ""
    path = write_csv(tmp_path / "sheet.csv", rows)
    import_file(empty_event, path)
    numbers = {p.family_name: p.number for p in Participant.select()}
    # WHEN the delegation sends it again: a new organisation, a name now written in Latin letters,
    # an e-mail added for someone found by name, and one more person
    updated = [row[:] for row in rows]
    updated[2][5] = "Drejtoria e Policisë"
    kerluku_row = next(row for row in updated if row[1] == "Kerluku")
    kerluku_row[4] = "elton.kerluku@example.al"
    jovanovic = next(row for row in updated if row[1] == "Јовановић")
    jovanovic[0], jovanovic[1], jovanovic[4] = "Djordje", "Jovanovic", ""
    updated.append(["Arbër", "Berisha", "XK", "prosecutor", "", ""])
    write_csv(path, updated)
    table, plan = import_file(empty_event, path)
    # THEN the matched people were updated, not duplicated, and the newcomer was added
    assert len(plan.new) == 1 and len(plan.updates) == 3
    assert Participant.select().count() == len(rows)
    assert Participant.get(Participant.number == numbers["Kerluku"]).email == "elton.kerluku@example.al"
    assert Participant.get(Participant.number == numbers["Јовановић"]).family_name == "Jovanovic"
    changed = AuditEntry.select().where(AuditEntry.action == "participant updated")
    assert {entry.subject for entry in changed} >= {f"participant:{numbers['Kerluku']}"}
    assert all("Kerluku" not in entry.detail for entry in AuditEntry.select())
    # AND importing the same sheet once more changes nothing
    table, plan = import_file(empty_event, path)
    assert (len(plan.new), len(plan.updates), len(plan.unchanged)) == (0, 0, len(updated) - 1)


def test_a_number_column_matches_people_by_their_number(demo_event, tmp_path):
    path = write_csv(tmp_path / "numbers.csv", [["Number", "Given name", "Family name", "Organisation"],
                                                ["101", "Elton", "Kerluku", "Sector against Cybercrime"],
                                                ["950", "Nora", "Krasniqi", ""]])
    table, plan = import_file(demo_event, path)
    assert [update.participant.number for update in plan.updates] == [101]
    assert Participant.get(Participant.number == 950).given_name == "Nora"


def test_an_email_that_belongs_to_someone_else_is_a_problem(demo_event, tmp_path):
    path = write_csv(tmp_path / "clash.csv", [["Emri", "Mbiemri", "Shteti", "Email"],
                                              ["Blerina", "Çaushi", "AL", "elton.kerluku@example.al"]])
    table = read_participant_table(path)
    plan = plan_import(demo_event, table)
    assert "its e-mail is participant 101's but its name is participant 103's" in plan.problems[0].message


def test_an_email_of_someone_with_another_name_is_a_problem(demo_event, tmp_path):
    def plan_for(given, family, delegation):
        path = write_csv(tmp_path / "taken.csv", [["Emri", "Mbiemri", "Shteti", "Email"],
                                                  [given, family, delegation, "elton.kerluku@example.al"]])
        table = read_participant_table(path)
        return plan_import(demo_event, table)

    # GIVEN Elton Kerluku's e-mail on a row for someone else (a typo, or a shared address)
    plan = plan_for("Nora", "Krasniqi", "XK")
    # THEN it is not taken as a new name for him
    assert "participant 101's (Elton Kerluku), but the name is another" in plan.problems[0].message
    # BUT a corrected spelling of his name is
    plan = plan_for("Eltoni", "Kerluku", "AL")
    assert [update.participant.number for update in plan.updates] == [101]
