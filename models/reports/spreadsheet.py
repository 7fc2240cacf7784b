"""Reports as tables: XLSX (one sheet per table) and CSV (one table).

CSV is written in UTF-8 with a byte-order mark, so Excel shows every script correctly;
times are written as HH:MM in both formats (in XLSX as real times).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

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


HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")
NUMBER_FORMATS = {time: "hh:mm", date: "yyyy-mm-dd", datetime: "yyyy-mm-dd hh:mm"}


def column_width(sheet: Sheet, column: int) -> float:
    longest = max([len(sheet.header[column])] + [len(csv_text(row[column])) for row in sheet.rows])
    return min(max(longest + 2, 8), 60)


def write_xlsx(out: Path, sheets: list[Sheet]) -> None:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for sheet in sheets:
        worksheet = workbook.create_sheet(sheet.title[:31])
        worksheet.append(sheet.header)
        for cell in worksheet[1]:
            cell.fill, cell.font = HEADER_FILL, HEADER_FONT
            cell.alignment = Alignment(vertical="center", wrap_text=True)
        for row in sheet.rows:
            worksheet.append(row)
        for row in worksheet.iter_rows(min_row=2):
            for cell in row:
                number_format = NUMBER_FORMATS.get(type(cell.value))
                if number_format:
                    cell.number_format = number_format
        for column in range(len(sheet.header)):
            worksheet.column_dimensions[get_column_letter(column + 1)].width = column_width(sheet, column)
        worksheet.freeze_panes = "A2"
    with written_aside(out) as temporary:
        workbook.save(temporary)
