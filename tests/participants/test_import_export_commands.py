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
    assert "Ime → Given name; Prezime → Family name; Država → Delegation; Uloga → Role" in out
    assert "Dry run, nothing written: 2 rows: 1 new, 0 to update, 1 unchanged." in out
    assert participant_count(demo_path) == 45


def test_an_import_with_problems_exits_1_with_row_numbers_and_writes_nothing(demo_path, tmp_path, capsys):
    sheet = write_csv(tmp_path / "bad.csv", [["First name", "Surname", "Country", "Email"],
                                             ["Nora", "Krasniqi", "Kosovo", "nora@"],
                                             ["Jan", "Novak", "Slovenia", ""]])
    code, _, err = run(capsys, "--db", str(demo_path), "import", "participants", str(sheet))
    assert code == 1
    assert "nothing was imported: 2 problem(s)" in err
    assert "Row 2: 'nora@' is not an e-mail address." in err
    assert "Unknown delegations (add --create-delegations to create them): Slovenia" in err
    assert participant_count(demo_path) == 45


def test_an_import_with_overrides_and_created_delegations(demo_path, tmp_path, capsys):
    sheet = write_csv(tmp_path / "si.csv", [["Name", "Country"], ["Janez Novak", "Slovenija"]], "cp1250", "\t")
    code, out, _ = run(capsys, "--db", str(demo_path), "import", "participants", str(sheet), "--encoding", "cp1250",
                       "--delimiter", "tab", "--create-delegations")
    assert code == 0 and "Imported: 1 rows: 1 new" in out and "new delegations: Slovenija" in out
    assert "Windows-1250 (Central European Latin), tab-separated;" in out
    assert participant_count(demo_path) == 46


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
