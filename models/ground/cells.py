"""Cells of the CSV and XLSX files Belvedere writes: text that a spreadsheet would run stays text.

A name, organisation, note or desk typed as `=HYPERLINK(…)`, `+cmd|…`, `-2+3` or `@SUM(…)`
would be a live formula when the file is opened in Excel or LibreOffice (and openpyxl
itself stores a string starting with `=` as a formula). Every writer passes its cells
through here: in CSV such a text gets a leading apostrophe (the spreadsheet's own sign for
"this is text"), in XLSX it is stored as a text cell marked with the same quote prefix.
"""
from __future__ import annotations

from datetime import date, datetime, time

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_FORMATS = {datetime: "yyyy-mm-dd hh:mm:ss", date: "yyyy-mm-dd", time: "hh:mm:ss"}


def could_run(value) -> bool:
    """Whether a spreadsheet would take this cell for a formula (the one rule for every writer)."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_cell(value) -> str:
    """The CSV cell for `value`: a would-be formula, or a text that starts with the apostrophe itself (so that
    reading it back cannot take a typed apostrophe for ours), gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if could_run(text) or text.startswith("'") else text


def csv_value(text: str) -> str:
    """What a CSV cell written by `csv_cell` stood for; an apostrophe before anything else (O'Neill's
    'Neill, typed in another program) is the person's own."""
    quoted = text.startswith("'") and (could_run(text[1:]) or text[1:].startswith("'"))
    return text[1:] if quoted else text


def xlsx_cell(sheet, value, number_format: str | None = None):
    """An openpyxl cell for `sheet` (write-only or not): text that could run is stored as text,
    dates and times as typed cells shown in `number_format` (or the usual one for their type)."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    if could_run(value):
        cell.data_type = "s"
        cell.quotePrefix = True
    elif type(value) in XLSX_FORMATS:
        cell.number_format = number_format or XLSX_FORMATS[type(value)]
    return cell
