"""The one CSV writer and the one XLSX writer that exports and reports share."""
from __future__ import annotations

from datetime import date, datetime, time

from openpyxl import load_workbook

from models.ground.spreadsheets import Sheet, write_csv, write_xlsx

ARRIVALS = Sheet("Arrivals", ["Number", "Name", "Day", "Checked in at", "Note"], [
    [101, "Elton Kërluku", date(2011, 6, 9), time(8, 52), None],
    [118, "Ђорђе Петровић", date(2011, 6, 10), datetime(2011, 6, 10, 9, 5), "walk-in"],
])


def test_csv_is_utf8_with_a_byte_order_mark_and_times_as_people_read_them(tmp_path):
    out = tmp_path / "arrivals.csv"
    write_csv(out, ARRIVALS)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel then reads every script
    assert out.read_text(encoding="utf-8-sig").splitlines() == [
        "Number,Name,Day,Checked in at,Note",
        "101,Elton Kërluku,2011-06-09,08:52,",
        "118,Ђорђе Петровић,2011-06-10,2011-06-10 09:05,walk-in",
    ]


def test_xlsx_has_a_sheet_per_table_with_a_frozen_coloured_header_and_real_times(tmp_path):
    out = tmp_path / "report.xlsx"
    write_xlsx(out, [ARRIVALS, Sheet("A title longer than Excel allows for a sheet", ["Total"], [[2]])])
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["Arrivals", "A title longer than Excel allow"]
    sheet = workbook["Arrivals"]
    assert [cell.value for cell in sheet[1]] == ARRIVALS.header
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.b and sheet["A1"].fill.fgColor.rgb.endswith("1F4E79")
    assert (sheet["D2"].value, sheet["D2"].number_format) == (time(8, 52), "hh:mm")
    assert (sheet["C2"].value.date(), sheet["C2"].number_format) == (date(2011, 6, 9), "yyyy-mm-dd")
    assert sheet["B3"].value == "Ђорђе Петровић" and sheet["E2"].value is None
    assert sheet.column_dimensions["B"].width == len("Ђорђе Петровић") + 2
