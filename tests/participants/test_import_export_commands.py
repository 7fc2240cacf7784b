"""`import participants|event` and `export participants|checkins|event` on the command line."""
from __future__ import annotations

import json
from datetime import datetime

import pytest
from openpyxl import load_workbook

from models.checkin.entities import CheckIn
from models.event.file import open_event_database
from models.ground.clock import UTC
from models.ground.entities import Day
from models.participants.entities import Participant
from tests.cli import run
from tests.participants.sheets import write_csv


def participant_count(path) -> int:
    open_event_database(path)
    return Participant.select().count()


def test_a_dry_run_shows_the_guesses_and_the_plan_and_writes_nothing(demo_path, tmp_path, capsys):
    sheet = write_csv(tmp_path / "hr.csv", [["Ime", "Prezime", "Država", "Uloga"],
                                            ["Tomislav", "Kovačić", "Hrvatska", "officer"],
                                            ["Ivana", "Šarić", "Hrvatska", "prosecutor"]], "cp1250", ";")
    code, out, _ = run(capsys, "--db", str(demo_path), "import", "participants", str(sheet), "--dry-run")
    assert code == 0
    assert "Windows-1250 (Central European Latin) (detected), semicolon-separated (detected)" in out
    assert ("Ime → Given name (known synonym); Prezime → Family name (known synonym); Država → Delegation (known "
            "synonym); Uloga → Role (known synonym)") in out
    assert "Roles: officer → High-tech crime unit officer (exact); prosecutor → Prosecutor (exact)" in out
    assert "Delegations: Hrvatska → Croatia (known synonym)" in out
    assert "Dry run, nothing written: 2 rows: 1 new, 0 to update, 1 unchanged." in out
    assert participant_count(demo_path) == 45


def test_an_import_with_problems_exits_1_with_row_numbers_and_writes_nothing(demo_path, tmp_path, capsys):
    sheet = write_csv(tmp_path / "bad.csv", [["First name", "Surname", "Country", "Email"],
                                             ["Nora", "Krasniqi", "Kosovo", "nora@"],
                                             ["Jan", "Novak", "Slovenia", ""]])
    code, _, err = run(capsys, "--db", str(demo_path), "import", "participants", str(sheet))
    assert code == 1
    assert "nothing was imported: 2 problems" in err
    assert "Row 2: 'nora@' is not an e-mail address." in err
    assert "Row 3: the delegation 'Slovenia' is not one of the event's" in err
    assert "Unknown delegations (add --create-delegations to create them, or --map delegation" in err
    assert err.rstrip().endswith(": Slovenia")
    assert participant_count(demo_path) == 45


def test_an_import_with_overrides_and_created_delegations(demo_path, tmp_path, capsys):
    sheet = write_csv(tmp_path / "si.csv", [["Name", "Country"], ["Janez Novak", "Slovenija"]], "cp1250", "\t")
    code, out, _ = run(capsys, "--db", str(demo_path), "import", "participants", str(sheet), "--encoding", "cp1250",
                       "--delimiter", "tab", "--create-delegations")
    assert code == 0 and "Imported: 1 rows: 1 new" in out and "new delegations: Slovenija" in out
    assert "Windows-1250 (Central European Latin), tab-separated;" in out
    assert participant_count(demo_path) == 46


def test_unsure_words_are_an_error_naming_the_options_that_confirm_them(demo_path, tmp_path, capsys):
    # GIVEN a sheet whose roles are written in the delegation's own words, one of them a typo
    sheet = write_csv(tmp_path / "al.csv", [["Emri", "Mbiemri", "Shteti", "Funksioni"],
                                            ["Arben", "Hoxha", "Shqipëri", "High tech crime unit"],
                                            ["Mimoza", "Leka", "Shqipëri", "Prosecution"],
                                            ["Ermira", "Kola", "Shqipëri", "Prosecuter"],
                                            ["Jan", "Novak", "Slovenija", "Observer"]], "cp1250", ";")
    # WHEN it is checked
    code, out, err = run(capsys, "--db", str(demo_path), "import", "participants", str(sheet), "--dry-run")
    # THEN each word is printed with its mapping and how sure; the unsure ones are an error naming the options
    assert code == 1
    assert ("Roles: High tech crime unit → High-tech crime unit officer (similar); Prosecution → Prosecutor "
            "(known synonym); Prosecuter → Prosecutor (similar); Observer → nothing (no match)") in out
    assert "Delegations: Shqipëri → Albania (known synonym); Slovenija → nothing (no match)" in out
    assert "add --accept-similar to take them all, or one by one: --map role \"High tech crime unit=" in err
    assert "Unknown roles (add --create-roles to create them, or --map role" in err
    # WHEN the organiser takes the suggestions, leaves the observer without a role and maps one word by hand
    code, out, err = run(capsys, "--db", str(demo_path), "import", "participants", str(sheet), "--accept-similar",
                         "--map", "role", "Observer=", "--map", "delegation", "Slovenija=Croatia")
    # THEN the sheet is imported as decided, and the decisions are remembered for the next sheet
    assert code == 0, err
    assert "Prosecuter → Prosecutor (similar, accepted); Observer → nothing (left empty)" in out
    assert "Slovenija → Croatia (chosen)" in out and "Imported: 4 rows: 4 new" in out
    code, out, _ = run(capsys, "--db", str(demo_path), "import", "participants", str(sheet), "--dry-run")
    assert code == 0 and "Prosecuter → Prosecutor (remembered)" in out and "Slovenija → Croatia (remembered)" in out
    assert "0 new, 0 to update, 4 unchanged" in out


def test_a_column_name_and_a_new_role_are_settled_on_the_command_line(demo_path, tmp_path, capsys):
    sheet = write_csv(tmp_path / "x.csv", [["Participant", "Institution", "Function"],
                                           ["Ana Marija Horvat", "MUP", "Observer"]])
    code, out, err = run(capsys, "--db", str(demo_path), "import", "participants", str(sheet), "--dry-run")
    assert code == 1 and "Participant → Number (similar)" in out
    assert "The column 'Participant' looks like Number (similar, not sure)" in err
    code, out, err = run(capsys, "--db", str(demo_path), "import", "participants", str(sheet), "--map", "column",
                         "Participant=Full name", "--create-roles")
    assert code == 0, err
    assert "Participant → Full name (chosen)" in out and "Observer → new role 'Observer' (to be created)" in out
    code, out, _ = run(capsys, "--db", str(demo_path), "import", "participants", str(sheet), "--dry-run")
    assert code == 0 and "Participant → Full name (remembered)" in out and "Observer → Observer (exact)" in out


def test_a_map_to_something_the_event_lacks_or_written_wrong_is_refused(demo_path, tmp_path, capsys):
    sheet = write_csv(tmp_path / "x.csv", [["Emri", "Mbiemri", "Roli"], ["Arta", "Hoxha", "Observer"]])
    code, _, err = run(capsys, "--db", str(demo_path), "import", "participants", str(sheet), "--map", "role",
                       "Observer=Judge")
    assert code == 1 and "The event has no role 'Judge'. Choose one of: High-tech crime unit officer" in err
    code, _, err = run(capsys, "--db", str(demo_path), "import", "participants", str(sheet), "--map", "role",
                       "Observer")
    assert code == 2 and '--map takes a kind (role, delegation, column) and "WORD=MEANING"' in err
    assert participant_count(demo_path) == 45


def test_namesakes_are_reported_and_imported_with_allow_namesakes(demo_path, tmp_path, capsys):
    sheet = write_csv(tmp_path / "xk.csv", [["Emri", "Mbiemri", "Shteti", "E-mail"],
                                            ["Arben", "Krasniqi", "Kosova", "arben.k@example.org"],
                                            ["Arben", "Krasniqi", "Kosova", "a.krasniqi@example.org"]])
    code, out, err = run(capsys, "--db", str(demo_path), "import", "participants", str(sheet))
    assert code == 1 and participant_count(demo_path) == 45
    assert "Possible namesake, row 3: Arben Krasniqi (Kosovo*) has the name of row 2, but another e-mail." in out
    assert "1 possible namesake: add --allow-namesakes to import them as separate people." in err
    code, out, _ = run(capsys, "--db", str(demo_path), "import", "participants", str(sheet), "--allow-namesakes")
    assert code == 0 and "2 new" in out and participant_count(demo_path) == 47


def test_exports_choose_the_format_by_extension_and_warn_about_personal_data(demo_path, tmp_path, capsys):
    open_event_database(demo_path)
    CheckIn.create(participant=Participant.get(Participant.number == 118), day=Day.get(Day.number == 1),
                   at=datetime(2011, 6, 9, 6, 52, 30, tzinfo=UTC), desk="Desk 1")
    for what, name in [("participants", "people.xlsx"), ("checkins", "checkins.csv"), ("participants", "p.json")]:
        code, out, err = run(capsys, "--db", str(demo_path), "export", what, str(tmp_path / name))
        assert code == 0 and str(tmp_path / name) in out
        assert err.startswith("warning: ") and "personal data" in err
    sheet = load_workbook(tmp_path / "people.xlsx").active
    assert [cell.value for cell in sheet[1]][:5] == ["Number", "Given name", "Family name", "Organisation",
                                                     "Delegation"]
    assert sheet.max_row == 46
    lines = (tmp_path / "checkins.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].startswith("1,2011-06-09,08:52:30,118,Ђорђе,Петровић,Serbia,Desk 1,scan")  # venue time
    people = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert people[0]["number"] == 101 and people[0]["delegation"] == "Albania"


@pytest.mark.parametrize("extension", ["csv", "xlsx", "json"])
def test_an_exported_participant_list_imports_back_as_unchanged(demo_path, tmp_path, capsys, extension):
    exported = tmp_path / f"people.{extension}"
    run(capsys, "--db", str(demo_path), "export", "participants", str(exported))
    code, out, _ = run(capsys, "--db", str(demo_path), "import", "participants", str(exported))
    assert code == 0 and "0 new, 0 to update, 45 unchanged" in out


def test_a_json_participant_list_shows_its_columns_and_updates_what_changed(demo_path, tmp_path, capsys):
    exported = tmp_path / "people.json"
    run(capsys, "--db", str(demo_path), "export", "participants", str(exported))
    people = json.loads(exported.read_text(encoding="utf-8"))
    people[0]["organisation"] = "Policia e Shtetit, Sektori i Krimit Kibernetik"
    exported.write_text(json.dumps(people, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "--db", str(demo_path), "import", "participants", str(exported))
    assert code == 0 and "people.json: JSON, one object per participant; 45 rows." in out
    assert "given_name → Given name" in out and "1 to update, 44 unchanged" in out
    open_event_database(demo_path)
    assert Participant.get(Participant.number == 101).organisation.startswith("Policia e Shtetit")


def test_the_event_travels_as_json_to_a_new_event_file(demo_path, tmp_path, capsys, isolated_home):
    code, out, err = run(capsys, "--db", str(demo_path), "export", "event", str(tmp_path / "event.json"))
    assert code == 0 and "with 45 participants" in out
    assert "badge secret" in err and "can make badges that scan" in err
    target = tmp_path / "chair.belvedere"
    code, out, _ = run(capsys, "--db", str(target), "import", "event", str(tmp_path / "event.json"))
    assert code == 0 and "(2 days, 45 participants)" in out
    code, _, err = run(capsys, "--db", str(target), "import", "event", str(tmp_path / "event.json"))
    assert code == 1 and "already exists" in err
    code, out, _ = run(capsys, "import", "event", str(tmp_path / "event.json"))
    assert code == 0 and str(isolated_home) in out and "regional-workshop-on-cooperation" in out
    code, _, err = run(capsys, "--db", str(demo_path), "export", "event", str(tmp_path / "event.xlsx"))
    assert code == 1 and "ending in .json" in err


def test_usage_errors_exit_2(capsys):
    for argv in (["import"], ["import", "people", "x.csv"], ["export", "badges", "x.csv"],
                 ["import", "participants", "x.csv", "--delimiter", "colon"]):
        code, _, err = run(capsys, *argv)
        assert code == 2 and "usage" in err
