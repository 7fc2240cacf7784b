"""Reading and writing the tables delegations send: CSV in any encoding of the region, and XLSX.

A CSV's encoding is detected (byte-order marks, UTF-8, UTF-16, then Windows-1250/1251/
1252/1254 scored by how plausible the letters are for the region's names) and so is its
delimiter; both are reported with the table so the organiser can see the guess and
override it. Anything that is not a table gets a sentence that says so, never a traceback.
"""
from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from models.ground import jsondata
from models.ground.cells import csv_value
from models.ground.dates import number
from models.ground.errors import BelvedereError
from models.ground.files import written_aside
from models.ground.i18n import current_language, translate
from models.ground.spreadsheets import Sheet, write_csv, write_xlsx

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_LINE_CHARS = 100_000  # a participant list has one short line per person
SCORE_SAMPLE_CHARS = 200_000

ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with byte-order mark",
    "utf-16": "UTF-16 (Excel “Unicode text”)",
    "utf-16-le": "UTF-16 little-endian, no byte-order mark",
    "utf-16-be": "UTF-16 big-endian, no byte-order mark",
    "cp1250": "Windows-1250 (Central European Latin)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "cp1252": "Windows-1252 (Western European)",
    "cp1254": "Windows-1254 (Turkish)",
}
# The legacy encodings Excel writes in the region; on a tie the earlier one is chosen.
LEGACY_ENCODINGS = ("cp1250", "cp1252", "cp1254", "cp1251")
DELIMITER_LABELS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}

# Letters common in the region's names: Albanian, Bosnian/Croatian/Serbian Latin, Turkish,
# Serbian and Macedonian Cyrillic.
REGION_LETTERS = set(
    "ëçšđčćžğışüöâîû" "ËÇŠĐČĆŽĞİŞÜÖÂÎÛ"
    "абвгдђежзијклљмнњопрстћуфхцчџшѓѕќ" "АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШЃЅЌ"
)
# Western letters that turn up in names too, less often.
FAMILIAR_LETTERS = set("éèáàíìóòúùäñãõåøÉÈÁÀÍÓÚÄÑ")
NON_ASCII_WORD = re.compile(r"[^\W\d_]*[^\W\d_\x00-\x7f][^\W\d_]*")  # a run of letters, one not ASCII
SYMBOL = re.compile(r"[^\w\s\x00-\x7f]")
TYPOGRAPHIC = set("«»–—‘’“”„°€")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

MAGIC_XLSX = b"PK\x03\x04"
MAGIC_OLE = b"\xd0\xcf\x11\xe0"  # .xls and other old Office files
MAGIC_PDF = b"%PDF"


class TableError(BelvedereError):
    """The file cannot be read as a table; the message says why and what to do."""


@dataclass(frozen=True)
class SourceRow:
    number: int  # as the spreadsheet shows it: the header row is usually 1
    cells: list[str]


@dataclass
class SourceTable:
    headers: list[str]
    rows: list[SourceRow]
    kind: str  # "csv", "xlsx" or "json"
    header_row: int = 1
    encoding: str | None = None
    encoding_detected: bool = False
    delimiter: str | None = None
    delimiter_detected: bool = False
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    fingerprint: str = ""  # of the file's bytes as read: tells whether the file changed since

    def is_stale(self, path: str | Path) -> bool:
        """Whether the file at path now holds other bytes than this table was read from."""
        return file_fingerprint(path) != self.fingerprint

    @property
    def encoding_label(self) -> str:
        return ENCODING_LABELS.get(self.encoding or "", self.encoding or "")

    @property
    def delimiter_label(self) -> str:
        return DELIMITER_LABELS.get(self.delimiter or "", repr(self.delimiter))


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_fingerprint(path: str | Path) -> str:
    """A digest of the file's bytes ('' when it cannot be read): a changed file has another."""
    try:
        return digest(Path(path).read_bytes())
    except OSError:
        return ""


# --- encodings ---------------------------------------------------------------


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text without a byte-order mark shows NUL in every other byte (for the region's letters too)."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def letter_plausibility(text: str) -> float:
    """How much the non-ASCII part of the text looks like names of the region (higher is likelier).

    Region letters count for; other letters slightly against; symbols and control
    characters strongly against; so does a word mixing Cyrillic and Latin letters (a Latin
    name read with a Cyrillic code page, or the reverse) or a Latin word made mostly of
    accented letters.
    """
    sample = text[:SCORE_SAMPLE_CHARS]
    score = 0.0
    for word in NON_ASCII_WORD.findall(sample):
        cyrillic = sum(1 for ch in word if "\u0400" <= ch <= "\u04ff")
        non_ascii = 0
        for ch in word:
            if ch >= "\x80":
                non_ascii += 1
                score += 3 if ch in REGION_LETTERS else 0.5 if ch in FAMILIAR_LETTERS else -1
        if cyrillic and cyrillic < len(word):
            score -= 4
        elif not cyrillic and non_ascii * 2 > len(word):
            score -= 2  # Latin names are mostly plain letters
    for symbol in SYMBOL.findall(sample):
        score -= 1 if symbol in TYPOGRAPHIC else 3
    score -= 10 * len(CONTROL.findall(sample))
    return score


def detect_encoding(data: bytes) -> str:
    """The encoding of a CSV's bytes; raises TableError for something that is not text."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    utf16 = _utf16_without_bom(data[:4096])
    if utf16:
        return utf16
    if b"\x00" in data:
        raise TableError(
            translate("participants", "This file is not a text table: it holds binary data. Choose the CSV or Excel "
                                      "(.xlsx) file.")
        )
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    scored = []
    for order, encoding in enumerate(LEGACY_ENCODINGS):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        scored.append((letter_plausibility(text), -order, encoding))
    if not scored:
        raise TableError(translate("participants", "The text encoding of this file is not one Belvedere knows. Save it "
                                                   "as CSV UTF-8 in Excel."))
    return max(scored)[2]


def decode(data: bytes, encoding: str) -> str:
    if encoding not in ENCODING_LABELS:
        raise TableError(translate("participants", "Unknown encoding '{encoding}'. Use one of: {names}.")
                         .format(encoding=encoding, names=', '.join(ENCODING_LABELS)))
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise TableError(
            translate("participants", "The file cannot be read as {value} (byte {value2} does not fit). Choose another "
                                      "encoding.").format(value=ENCODING_LABELS[encoding], value2=error.start + 1)
        ) from error
    if encoding == "utf-16" or encoding.startswith("utf-16-"):
        text = text.lstrip("\ufeff")
    sample = text[:SCORE_SAMPLE_CHARS]
    if len(CONTROL.findall(sample)) > max(2, len(sample) // 200):
        raise TableError(
            translate("participants", "This file is not a text table: it is full of control characters. Choose the CSV "
                                      "or Excel (.xlsx) file, or another encoding.")
        )
    return text


# --- delimiters ----------------------------------------------------------------


def _sample_lines(text: str, lines: int = 60) -> str:
    """The first lines of the text, whole, for guessing the delimiter."""
    end = 0
    for _ in range(lines):
        found = text.find("\n", end, end + MAX_LINE_CHARS)
        if found < 0:
            return text[:end or MAX_LINE_CHARS]
        end = found + 1
    return text[:end]


def detect_delimiter(text: str) -> str:
    """Comma, semicolon, tab or bar: the one that splits the first lines into the same number of cells.

    csv.Sniffer's guess breaks ties; a file with a single column reads as comma-separated.
    """
    sample = _sample_lines(text)
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITER_LABELS)).delimiter
    except csv.Error:
        sniffed = None
    best = (0.0, False, 0, ",")
    for delimiter in DELIMITER_LABELS:
        try:
            counts = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(row)]
        except csv.Error:
            continue
        if not counts:
            continue
        width = max(set(counts), key=counts.count)
        if width < 2:
            continue
        consistency = counts.count(width) / len(counts)
        candidate = (consistency, delimiter == sniffed, width, delimiter)
        if candidate[:3] > best[:3]:
            best = candidate
    return best[3]


# --- reading -------------------------------------------------------------------


def _check_line_lengths(text: str) -> None:
    start = 0
    line = 1
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > MAX_LINE_CHARS:
            raise TableError(
                translate("participants", "Line {line} is {length} characters long: this is not a participant list (a "
                                          "list has one person per line). Check that you chose the right file.")
                .format(line=line, length=number(end - start, 0, current_language()))
            )
        start = end + 1
        line += 1


def parse_csv(text: str, delimiter: str) -> list[SourceRow]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    try:
        for number, cells in enumerate(reader, start=1):
            rows.append(SourceRow(number, [csv_value(cell).strip() for cell in cells]))
    except csv.Error as error:
        raise TableError(translate("participants", "Row {line_num} cannot be read ({error}). Check the quotes in that "
                                                   "row.").format(line_num=reader.line_num, error=error)) from error
    return rows


def cell_text(value) -> str:
    """An Excel cell as the text a person would type (whole numbers without '.0', dates as 2011-06-09)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value).strip()


def read_xlsx(path: Path, sheet: str | None = None) -> tuple[list[SourceRow], str, list[str]]:
    """The rows of a sheet (the named one, else the first with data), its name, and every sheet's name."""
    names, values, name = _xlsx_values(path, sheet)
    rows = [SourceRow(number, [cell_text(value) for value in row]) for number, row in enumerate(values, start=1)]
    return rows, name, names


def _xlsx_values(path: Path, sheet: str | None) -> tuple[list[str], list[tuple], str]:
    """Every sheet's name, and the chosen sheet's cell values with its name, read with openpyxl.

    A damaged workbook makes openpyxl's readers fail with whatever its XML or zip layer
    meets (a parse error, a TypeError from a misspelt attribute…): any of them means the
    same thing to the organiser, so all become one sentence.
    """
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl's remarks on styles and extensions concern no one here
            workbook = load_workbook(path, read_only=True, data_only=True)
            try:
                names = list(workbook.sheetnames)
                if sheet is not None and sheet not in names:
                    raise TableError(translate("participants", "The workbook has no sheet '{sheet}'. Its sheets are: "
                                                               "{names}.").format(sheet=sheet, names=', '.join(names)))
                for name in [sheet] if sheet else names:
                    values = list(workbook[name].iter_rows(values_only=True))
                    if any(any(cell_text(value) for value in row) for row in values) or sheet:
                        return names, values, name
                return names, [], names[0] if names else ""
            finally:
                workbook.close()
    except TableError:
        raise
    except Exception as error:
        raise TableError(translate("participants", "{name} is not a readable Excel workbook (.xlsx). Open it in Excel "
                                                   "and save it again as .xlsx, or as CSV UTF-8.")
                         .format(name=path.name)) from error


def is_blank(row: SourceRow) -> bool:
    return not any(row.cells)


def choose_header_row(rows: Sequence[SourceRow], recognised) -> int:
    """The index of the header: among the first rows, the one with most recognised column names.

    Sheets often carry a title line or two above the header ("Participants — Albania").
    """
    candidates = [index for index, row in enumerate(rows[:10]) if not is_blank(row)]
    if not candidates:
        return 0
    best = max(candidates, key=lambda index: (recognised(rows[index].cells), -index))
    return best if recognised(rows[best].cells) else candidates[0]


def read_table(path: str | Path, encoding: str | None = None, delimiter: str | None = None,
               sheet: str | None = None, recognised=lambda cells: 0) -> SourceTable:
    """Read a CSV or XLSX file into a header and rows; `recognised` counts known column names in a row."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise TableError(translate("participants", "{name} is {value} MB: too big for a participant list. Check "
                                                       "that you chose the right file.")
                             .format(name=path.name, value=size // (1024 * 1024)))
        data = path.read_bytes()
    except IsADirectoryError as error:
        raise TableError(translate("participants", "{path} is a folder. Choose a CSV or Excel (.xlsx) file.")
                         .format(path=path)) from error
    except FileNotFoundError as error:
        raise TableError(translate("participants", "There is no file {path}. Check the name and the folder.")
                         .format(path=path)) from error
    except OSError as error:
        raise TableError(translate("participants", "{path} cannot be read ({strerror}).")
                         .format(path=path, strerror=error.strerror)) from error
    if not data.strip():
        raise TableError(translate("participants", "{name} is empty. Choose the file with the participants.")
                         .format(name=path.name))
    if data.startswith(MAGIC_OLE):
        raise TableError(translate("participants", "{name} is an old Excel (.xls) or Office file. Open it in Excel and "
                                                   "save it as .xlsx or as CSV UTF-8.").format(name=path.name))
    if data.startswith(MAGIC_PDF):
        raise TableError(translate("participants", "{name} is a PDF, not a table. Ask for the spreadsheet, or save it "
                                                   "as CSV.").format(name=path.name))
    if data.startswith(MAGIC_XLSX):
        rows, sheet_name, sheets = read_xlsx(path, sheet)
        table = SourceTable([], [], "xlsx", sheet=sheet_name, sheets=sheets)
    elif (entries := json_entries(path, data)) is not None:
        table = json_table(path, entries)
        if not table.rows:
            raise TableError(translate("participants", "{name} holds no participants (an empty list).")
                             .format(name=path.name))
        table.fingerprint = digest(data)
        return table
    else:
        table = SourceTable([], [], "csv", encoding=encoding, delimiter=delimiter,
                            encoding_detected=encoding is None, delimiter_detected=delimiter is None)
        table.encoding = encoding or detect_encoding(data)
        text = decode(data, table.encoding)
        _check_line_lengths(text)
        table.delimiter = delimiter or detect_delimiter(text)
        rows = parse_csv(text, table.delimiter)
    if all(is_blank(row) for row in rows):
        raise TableError(translate("participants", "{name} has no rows. Choose the file with the participants.")
                         .format(name=path.name))
    header_index = choose_header_row(rows, recognised)
    header = rows[header_index]
    table.header_row = header.number
    width = max((i + 1 for i, cell in enumerate(header.cells) if cell), default=0)
    table.headers = header.cells[:width]
    table.rows = [_trimmed(row, width) for row in rows[header_index + 1:] if not is_blank(row)]
    if not table.rows:
        raise TableError(translate("participants", "{name} has a header row but no participants under it.")
                         .format(name=path.name))
    table.fingerprint = digest(data)
    return table


def json_entries(path: Path, data: bytes) -> object | None:
    """The parsed JSON of a .json file (a sentence if it is not JSON), or of any file that parses
    as a JSON list (as Belvedere exports participants); None for a text table."""
    named_json = path.suffix.lower() == ".json"
    if not named_json and not data.lstrip(codecs.BOM_UTF8 + b" \t\r\n").startswith(b"["):
        return None
    try:
        entries = jsondata.parse(data.decode("utf-8-sig"))
    except ValueError as error:  # not UTF-8, not JSON, or nested deeper than any participant list
        if not named_json:
            return None  # a text table that happens to start with a bracket
        raise TableError(translate("participants", "{name} is not valid JSON ({error}). Export the participants again, "
                                                   "or choose a CSV or Excel (.xlsx) file.")
                         .format(name=path.name, error=error)) from error
    if not named_json and not isinstance(entries, list):
        return None
    return entries


def json_table(path: Path, entries) -> SourceTable:
    """A JSON list of objects, one per participant: the keys are the columns, in order of first use."""
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        raise TableError(translate("participants", "{name} holds JSON, but not a list of participants (one object "
                                                   "each, as Belvedere exports them). Choose a participants export, or "
                                                   "a CSV or Excel (.xlsx) file.").format(name=path.name))
    headers = list(dict.fromkeys(str(key) for entry in entries for key in entry))
    rows = [SourceRow(number, [_json_cell(entry.get(key)) for key in headers])
            for number, entry in enumerate(entries, start=1)]
    return SourceTable(headers, [row for row in rows if not is_blank(row)], "json", header_row=0)


def _json_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(_json_cell(item) for item in value)
    return str(value).strip()


def _trimmed(row: SourceRow, width: int) -> SourceRow:
    """Drop empty cells past the header's width (Excel leaves them behind); keep anything else to report it."""
    cells = row.cells
    end = len(cells)
    while end > width and not cells[end - 1]:
        end -= 1
    return SourceRow(row.number, cells[:end]) if end != len(cells) else row


# --- writing -------------------------------------------------------------------


TABLE_FORMATS = (".csv", ".xlsx", ".json")


def table_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in TABLE_FORMATS:
        raise TableError(translate("participants", "Choose a file name ending in {names} (not '{value}').")
                         .format(names=', '.join(TABLE_FORMATS), value=suffix or path.name))
    return suffix


def write_table(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence], keys: Sequence[str] = (),
                title: str = "", seconds: bool = False) -> Path:
    """Write rows as CSV or XLSX (as reports are), or JSON (objects with `keys`); all of the file or none of it."""
    path = Path(path)
    kind = table_format(path)
    sheet = Sheet(title or "Sheet", list(headers), [list(row) for row in rows], seconds)
    if kind == ".csv":
        write_csv(path, sheet)
    elif kind == ".xlsx":
        write_xlsx(path, [sheet])
    else:
        objects = [dict(zip(keys or headers, row)) for row in sheet.rows]
        with written_aside(path) as temporary:
            temporary.write_text(json.dumps(objects, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return path
