"""The command line contract: results on stdout, exit codes 0, 1 and 2."""
from __future__ import annotations

import pytest

from tests.cli import run


def test_demo_creates_the_event_file_and_refuses_to_overwrite_without_force(tmp_path, capsys):
    target = tmp_path / "demo.belvedere"
    code, out, _ = run(capsys, "--db", str(target), "demo")
    assert code == 0 and "45 participants" in out and target.exists()
    code, _, err = run(capsys, "--db", str(target), "demo")
    assert code == 1 and "--force" in err
    code, _, _ = run(capsys, "--db", str(target), "demo", "--force")
    assert code == 0


def test_demo_without_db_goes_to_the_data_folder_and_becomes_the_default(isolated_home, capsys):
    code, out, _ = run(capsys, "demo")
    assert code == 0 and str(isolated_home) in out
    code, out, _ = run(capsys, "agenda", "--day", "1")
    assert code == 0 and "Registration of participants" in out


def test_agenda_prints_the_day_in_venue_time(demo_path, capsys):
    code, out, _ = run(capsys, "--db", str(demo_path), "agenda", "--day", "1")
    assert code == 0
    assert "Europe/Tirane" in out
    assert "08:45–09:00" in out and "Registration of participants" in out
    assert "11:00–11:15" in out and "Coffee break" in out
    assert "Session 2: LEA/ISP cooperation: guidelines and good practices" in out
    assert "End of day 1" in out and "End of the meeting" not in out


def test_agenda_of_a_day_that_does_not_exist_fails_with_a_sentence(demo_path, capsys):
    code, _, err = run(capsys, "--db", str(demo_path), "agenda", "--day", "7")
    assert code == 1 and "no day 7" in err


@pytest.mark.parametrize("argv", [["frobnicate"], ["agenda", "--day", "one"], ["--no-such-option"]])
def test_usage_errors_exit_2(capsys, argv):
    code, _, err = run(capsys, *argv)
    assert code == 2 and "usage" in err


def test_a_missing_or_unreadable_file_exits_1_and_says_what_to_do(tmp_path, capsys):
    code, _, err = run(capsys, "--db", str(tmp_path / "nowhere.belvedere"), "agenda")
    assert code == 1 and "no event file" in err
    junk = tmp_path / "junk.belvedere"
    junk.write_bytes(b"\x00\x01 not sqlite")
    code, _, err = run(capsys, "--db", str(junk), "agenda")
    assert code == 1 and "not a Belvedere event file" in err


def test_backup_and_restore_round_trip(demo_path, tmp_path, capsys):
    copy = tmp_path / "usb" / "backup.belvedere"
    copy.parent.mkdir()
    code, out, _ = run(capsys, "--db", str(demo_path), "backup", str(copy))
    assert code == 0 and copy.exists()
    demo_path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # ruined
    code, out, _ = run(capsys, "--db", str(demo_path), "restore", str(copy))
    assert code == 0 and "kept as" in out
    code, out, _ = run(capsys, "--db", str(demo_path), "agenda", "--day", "1")
    assert code == 0 and "Registration of participants" in out


def test_restore_from_a_missing_file_fails_clearly(demo_path, tmp_path, capsys):
    code, _, err = run(capsys, "--db", str(demo_path), "restore", str(tmp_path / "none.belvedere"))
    assert code == 1 and "no file" in err
