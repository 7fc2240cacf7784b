"""Any file offered as a participant list: a table or a sentence, and an import that is all or nothing."""
from __future__ import annotations

import csv
import io
import json
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from models.ground.audit import AuditEntry
from models.ground.db import database
from models.participants.entities import Delegation, Participant
from models.participants.importing import (
    ImportOptions,
    ImportRefused,
    read_participant_table,
    run_import,
)
from models.participants.spreadsheet import TableError

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1250", "cp1251", "cp1252",
             "cp1254", "iso-8859-2", "iso-8859-5", "koi8-r", "mac-roman", "cp852", "cp855", "shift_jis"]
HEADERS = ["Emri", "Mbiemri", "Shteti", "Institucioni", "E-mail", "Ditët", "Funded", "Roli", "Nr", "Telefoni"]


def workbook_members() -> dict[str, bytes]:
    book = Workbook()
    book.active.append(["Emri", "Mbiemri", "Shteti", "E-mail", "Ditët"])
    book.active.append(["Ana", "Gashi", "AL", "ana@example.al", 1])
    book.active.append(["Ђорђе", "Петровић", "RS", "", "I, II"])
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


MEMBERS = workbook_members()


@st.composite
def damaged_workbooks(draw) -> bytes:
    """A real .xlsx with some of its parts cut, garbled, or gone (the zip itself intact)."""
    parts = dict(MEMBERS)
    for _ in range(draw(st.integers(1, 3))):
        name = draw(st.sampled_from(sorted(MEMBERS)))
        data = bytearray(parts.pop(name, b""))
        if not data or draw(st.integers(0, 4)) == 0:
            continue  # the part is gone
        at = draw(st.integers(0, len(data) - 1))
        data[at:at + draw(st.integers(0, 40))] = draw(st.sampled_from(
            [b"", b"<", b"&", b'"', b"</row>", b'<c t="s"><v>99</v></c>', b'<c t="n"><v>x</v></c>', b"\xff\xfe"]))
        parts[name] = bytes(data)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@st.composite
def sheets_in_any_encoding(draw) -> bytes:
    """A CSV of random cells under known headers, in an encoding of the world, letters it cannot hold dropped."""
    headers = draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=5, unique=True))
    cells = st.text(max_size=14) | st.sampled_from(["Gëzim", "Ђорђе", "İsmail", "yes", "1, 2", "AL", "x@y", ""])
    rows = draw(st.lists(st.lists(cells, min_size=1, max_size=6), min_size=1, max_size=8))
    text = io.StringIO()
    csv.writer(text, delimiter=draw(st.sampled_from([",", ";", "\t", "|"]))).writerows([headers] + rows)
    return text.getvalue().encode(draw(st.sampled_from(ENCODINGS)), errors=draw(st.sampled_from(["replace", "ignore"])))


def counts() -> tuple[int, int, int]:
    return Participant.select().count(), Delegation.select().count(), AuditEntry.select().count()


def import_or_refuse(event, path) -> None:
    """Read and import the file; THEN it is a table or a sentence, and an import is all or nothing."""
    try:
        table = read_participant_table(path)
    except TableError as error:
        assert str(error).endswith("."), str(error)
        return
    before = counts()
    with database.atomic() as transaction:  # each example starts from the same event
        try:
            plan = run_import(event, table, options=ImportOptions(create_delegations=True))
            assert counts()[0] == before[0] + len(plan.new)
        except ImportRefused:
            assert counts() == before
        finally:
            transaction.rollback()


@FUZZ
@given(data=st.binary(max_size=400) | st.binary(max_size=400).map(lambda tail: b"PK\x03\x04" + tail))
def test_random_bytes_are_a_sentence_or_a_table(empty_event, tmp_path, data):
    path = tmp_path / "participants.csv"
    path.write_bytes(data)
    import_or_refuse(empty_event, path)


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                                      max_size=5), max_leaves=20)
PEOPLE_LIKE = st.lists(st.fixed_dictionaries({"given_name": st.text(), "family_name": st.text()},
                                             optional={"delegation": st.sampled_from(["AL", "RS", "XX", ""]),
                                                       "days": st.text() | st.lists(st.integers()),
                                                       "funded": st.booleans() | st.text()}), max_size=6)


@FUZZ
@given(value=JSON_VALUES | PEOPLE_LIKE)
def test_any_json_is_a_sentence_or_a_table_and_imports_all_or_nothing(empty_event, tmp_path, value):
    path = tmp_path / "participants.json"
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    import_or_refuse(empty_event, path)


@FUZZ
@given(data=sheets_in_any_encoding())
def test_a_sheet_in_any_encoding_with_any_cells_imports_or_is_refused_whole(empty_event, tmp_path, data):
    path = tmp_path / "participants.csv"
    path.write_bytes(data)
    import_or_refuse(empty_event, path)


@FUZZ
@given(data=damaged_workbooks())
def test_a_damaged_workbook_is_a_sentence_or_a_table(empty_event, tmp_path, data):
    path = tmp_path / "participants.xlsx"
    path.write_bytes(data)
    import_or_refuse(empty_event, path)
