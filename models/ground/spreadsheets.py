"""Tables written as spreadsheets: CSV (one table) and XLSX (one sheet per table).

CSV is UTF-8 with a byte-order mark, so Excel shows every script correctly; times are
written as HH:MM in both formats (in XLSX as real times). Each format has one writer,
and each writer puts every cell through one function (csv_text, xlsx_cell).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from models.ground.files import written_aside

Cell = str | int | float | time | date | None


@dataclass(frozen=True)
class Sheet:
    title: str  # at most 31 characters: Excel's limit for a sheet name
    header: list[str]
    rows: list[list[Cell]]


def csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_csv(out: Path, sheet: Sheet) -> None:
    with written_aside(out) as temporary, temporary.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(sheet.header)
        writer.writerows([csv_text(value) for value in row] for row in sheet.rows)


HEADER_COLOUR, HEADER_TEXT = "1F4E79", "FFFFFF"
NUMBER_FORMATS = {time: "hh:mm", date: "yyyy-mm-dd", datetime: "yyyy-mm-dd hh:mm"}


def column_width(sheet: Sheet, column: int) -> float:
    longest = max([len(sheet.header[column])] + [len(csv_text(row[column])) for row in sheet.rows])
    return min(max(longest + 2, 8), 60)


def header_cell(worksheet, title: str):
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    cell = WriteOnlyCell(worksheet, value=title)
    cell.fill = PatternFill("solid", fgColor=HEADER_COLOUR)
    cell.font = Font(bold=True, color=HEADER_TEXT)
    cell.alignment = Alignment(vertical="center", wrap_text=True)
    return cell


def xlsx_cell(worksheet, value: Cell):
    """The value as written into a sheet: dates and times as real ones, shown as people read them."""
    from openpyxl.cell import WriteOnlyCell

    number_format = NUMBER_FORMATS.get(type(value))
    if number_format is None:
        return value
    cell = WriteOnlyCell(worksheet, value=value)
    cell.number_format = number_format
    return cell


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
            worksheet.append([xlsx_cell(worksheet, value) for value in row])
    with written_aside(out) as temporary:
        workbook.save(temporary)
