"""Tables written as spreadsheets: CSV (one table) and XLSX (one sheet per table).

CSV is UTF-8 with a byte-order mark, so Excel shows every script correctly; times are
written as HH:MM, or HH:MM:SS for a sheet of instants to the second (check-ins), in both
formats (in XLSX as real times). Each format has one writer, and each writer puts every cell
through one function (csv_text, xlsx_cell), where text a spreadsheet would run as a formula
stays text (models.ground.cells).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from models.ground import cells
from models.ground.files import written_aside

Cell = str | int | float | time | date | None


@dataclass(frozen=True)
class Sheet:
    title: str  # at most 31 characters: Excel's limit for a sheet name
    header: list[str]
    rows: list[list[Cell]]
    seconds: bool = False  # times to the second (arrivals at the desk), not to the minute (the agenda)


def csv_text(value: Cell, seconds: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, time):
        return value.strftime("%H:%M:%S" if seconds else "%H:%M")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return cells.csv_cell(value) if isinstance(value, str) else str(value)


def write_csv(out: Path, sheet: Sheet) -> None:
    with written_aside(out) as temporary, temporary.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([csv_text(title) for title in sheet.header])
        writer.writerows([csv_text(value, sheet.seconds) for value in row] for row in sheet.rows)


HEADER_COLOUR, HEADER_TEXT = "1F4E79", "FFFFFF"
NUMBER_FORMATS = {time: "hh:mm", date: "yyyy-mm-dd", datetime: "yyyy-mm-dd hh:mm"}
NUMBER_FORMATS_TO_THE_SECOND = {**NUMBER_FORMATS, time: "hh:mm:ss", datetime: "yyyy-mm-dd hh:mm:ss"}


def column_width(sheet: Sheet, column: int) -> float:
    longest = max([len(sheet.header[column])] + [len(csv_text(row[column], sheet.seconds)) for row in sheet.rows])
    return min(max(longest + 2, 8), 60)


def header_cell(worksheet, title: str):
    from openpyxl.styles import Alignment, Font, PatternFill

    cell = cells.xlsx_cell(worksheet, title)
    cell.fill = PatternFill("solid", fgColor=HEADER_COLOUR)
    cell.font = Font(bold=True, color=HEADER_TEXT)
    cell.alignment = Alignment(vertical="center", wrap_text=True)
    return cell


def xlsx_cell(worksheet, value: Cell, seconds: bool = False):
    """The value as written into a sheet: dates and times as real ones, shown as people read them,
    and text that could run as a formula kept as text."""
    formats = NUMBER_FORMATS_TO_THE_SECOND if seconds else NUMBER_FORMATS
    return cells.xlsx_cell(worksheet, value, formats.get(type(value)))


def write_xlsx(out: Path, sheets: list[Sheet]) -> None:
    """One sheet per table, the header row coloured and frozen, each column as wide as its text."""
    from openpyxl import Workbook  # loaded on first use: a command that writes no workbook starts faster
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)  # rows go straight into the file, not all kept in memory first
    for sheet in sheets:
        worksheet = workbook.create_sheet(sheet.title[:31])
        for column in range(len(sheet.header)):
            worksheet.column_dimensions[get_column_letter(column + 1)].width = column_width(sheet, column)
        worksheet.freeze_panes = "A2"
        worksheet.append([header_cell(worksheet, title) for title in sheet.header])
        for row in sheet.rows:
            worksheet.append([xlsx_cell(worksheet, value, sheet.seconds) for value in row])
    with written_aside(out) as temporary:
        workbook.save(temporary)
