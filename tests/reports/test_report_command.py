"""`report KIND OUT [--day N]`: the format by extension, one sentence of result, exit codes 0, 1, 2."""
from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from models.event.creation import create_event_file, new_event_document
from models.event.file import close_event_database
from models.ground.db import sqlite_path
from models.ground.errors import BelvedereError
from models.reports.generate import generate_report
from tests.cli import run
from tests.reports.pdf_reading import page_texts


@pytest.fixture
def scripted_file(scripted):
    """The scripted event file, closed, for the command to open."""
    path = sqlite_path()
    close_event_database()
    return path


def counted_in(path: Path) -> int:
    """What a reader counts in the file, opened as its kind: a PDF's pages, a CSV's rows, the rows of a
    workbook's list of participants or items (headers left out)."""
    if path.suffix == ".pdf":
        return len(page_texts(path))
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as table:
            return len(list(csv.reader(table))) - 1
    workbook = openpyxl.load_workbook(path, read_only=True)
    sheet = workbook["Participants" if "Participants" in workbook.sheetnames else "Items"]
    return sum(1 for _ in sheet.iter_rows()) - 1


@pytest.mark.parametrize("kind, name, says, count", [
    ("attendance", "attendance.pdf", "Attendance report (PDF, 4 pages)", 4),
    ("attendance", "attendance.xlsx", "Attendance report (XLSX, 45 participants)", 45),
    ("attendance", "attendance.csv", "Attendance report (CSV, 45 participants)", 45),
    ("signin", "sheets.pdf", "Sign-in sheets (PDF, 11 pages)", 11),
    ("certificates", "certificates.pdf", "42 certificates of attendance", 42),
    ("timing", "timing.pdf", "Timing report (PDF, 3 pages)", 3),
    ("timing", "timing.csv", "Timing report (CSV, 31 agenda items)", 31),
])
def test_each_report_by_its_extension(scripted_file, tmp_path, capsys, kind, name, says, count):
    out = tmp_path / name
    code, printed, _ = run(capsys, "--db", str(scripted_file), "report", kind, str(out))
    assert code == 0 and printed.startswith(says) and str(out) in printed
    # the file holds what the sentence says: its pages, or a row per participant or agenda item
    assert counted_in(out) == count


def test_one_day(scripted_file, tmp_path, capsys):
    out = tmp_path / "day2.pdf"
    code, printed, _ = run(capsys, "--db", str(scripted_file), "report", "signin", str(out), "--day", "2")
    assert code == 0
    assert all("Day II" in text and "Day I ·" not in text for text in page_texts(out))


@pytest.mark.parametrize("argv, says", [
    (["certificates", "certificates.csv"], "are written as .pdf"),
    (["attendance", "attendance.docx"], "can be written as .pdf, .xlsx or .csv"),
    (["certificates", "certificates.pdf", "--day", "1"], "cover the whole event: leave out the day"),
    (["timing", "timing.pdf", "--day", "3"], "no day 3 (its days are: 1, 2)"),
    (["attendance", "missing-folder/attendance.pdf"], "does not exist. Create it or choose another place"),
])
def test_mistakes_exit_1_with_a_sentence_and_write_nothing(scripted_file, tmp_path, capsys, argv, says):
    folder = tmp_path / "reports"
    folder.mkdir()
    argv[1] = str(folder / argv[1])
    code, _, err = run(capsys, "--db", str(scripted_file), "report", *argv)
    assert code == 1 and says in err
    assert list(folder.iterdir()) == []


def test_an_unknown_report_is_a_usage_error(capsys):
    code, _, err = run(capsys, "report", "minutes", "x.pdf")
    assert code == 2 and "invalid choice" in err


def test_a_failure_half_way_leaves_the_previous_file_as_it_was(scripted, tmp_path, monkeypatch):
    # GIVEN an attendance report written earlier
    (tmp_path / "reports").mkdir()
    out = tmp_path / "reports" / "attendance.pdf"
    generate_report("attendance", out)
    before = out.read_bytes()

    # WHEN writing it again fails half way
    def broken(*args, **kwargs):
        raise OSError("disk pulled out")

    monkeypatch.setattr("models.reports.attendance.house_table_style", broken)
    with pytest.raises(OSError):
        generate_report("attendance", out)
    # THEN the earlier file is untouched and no partial file is left behind
    assert out.read_bytes() == before
    assert [path.name for path in out.parent.iterdir()] == ["attendance.pdf"]


def test_a_new_event_with_no_agenda_and_nobody_yet_still_gets_its_reports(tmp_path):
    # GIVEN an event just created: days without agenda, no participants, no check-ins
    create_event_file(tmp_path / "new.belvedere", new_event_document(
        "Spring seminar", date(2012, 3, 1), date(2012, 3, 2), "Europe/Tirane", languages=["sq", "en"]))
    (tmp_path / "out").mkdir()
    # WHEN every report is asked for THEN each is written, except certificates, with nobody to certify
    for key, extension in [("attendance", "pdf"), ("attendance", "xlsx"), ("attendance", "csv"),
                           ("signin", "pdf"), ("timing", "pdf"), ("timing", "csv"), ("timing", "xlsx")]:
        result = generate_report(key, tmp_path / "out" / f"{key}.{extension}")
        # a PDF of at least one page; a table with its headers and nobody (no item) in it
        assert counted_in(result.path) >= 1 if extension == "pdf" else counted_in(result.path) == 0
    assert "Day I: no agenda." in " ".join(page_texts(tmp_path / "out" / "timing.pdf"))
    with pytest.raises(BelvedereError, match="Nobody has checked in yet"):
        generate_report("certificates", tmp_path / "out" / "certificates.pdf")
