"""Sign-in sheets that work on paper: room to sign, blank rows for walk-ins, an index with pages, the
Kosovo* footnote on every page that names the delegation, and names never broken inside a word."""
from __future__ import annotations

import re
from datetime import datetime

import pypdfium2 as pdfium
from reportlab.lib.units import mm

from models.ground.clock import UTC, FakeClock
from models.ground.db import write_transaction
from models.participants.entities import Participant
from models.reports.records import family_name_order, load_record
from models.reports.signin import SIGNATURE_WIDTH, walk_in_rows, write_signin_pdf
from tests.reports.pdf_reading import page_texts, render_pages

CLOCK = FakeClock(datetime(2011, 6, 8, 16, 0, tzinfo=UTC))
RESOLUTION_1244 = "United Nations Security Council Resolution 1244"


def test_the_signature_column_has_room_for_a_hand():
    assert 50 * mm <= SIGNATURE_WIDTH
    assert walk_in_rows(45) == 10 and walk_in_rows(2000) == 200


def test_each_day_ends_with_numbered_blank_rows_and_an_index_of_everyone_with_delegation_and_page(
        demo_event, tmp_path, artifacts):
    out = tmp_path / "sign-in.pdf"
    write_signin_pdf(load_record(demo_event), out, CLOCK)
    texts = page_texts(out)
    render_pages(out, artifacts / "reports", "signin-index", limit=12)
    for day, expected in ((1, 45), (2, 42)):
        # THEN the day has a walk-in table with its numbered rows, in both languages
        start = next(i for i, text in enumerate(texts) if f"Day {'I' * day} ·" in text and "Sign-in sheet /" in text)
        walk_ins = next(i for i in range(start, len(texts)) if "Not on the list: write your name and sign" in texts[i])
        assert "Nuk jeni në listë? Shkruani emrin dhe nënshkruani" in texts[walk_ins]
        assert re.search(r"Signature Nënshkrimi 1 2 3 4 5 6 7 8 9 10\b", texts[walk_ins])
        # AND an index: every person of the day, by family name, with delegation and the page of their row
        index = [i for i in range(walk_ins, len(texts)) if "Index: everyone on this day's sheets" in texts[i]]
        assert index and "Treguesi" in texts[index[0]]
        index_text = " ".join(texts[index[0]:index[0] + 1])
        people = [p for p in Participant.select() if p.is_expected_on(day)]
        assert len(people) == expected
        for person in people:
            found = re.search(re.escape(f"{person.family_name}, {person.given_name}") + r" (?:(.*?) )??(\d+) ", index_text)
            assert found, person.full_name
            page = int(found.group(2))
            row = f"{person.number} {person.family_name}, {person.given_name}"
            assert row in texts[page - 1], (person.full_name, page)
            if person.delegation_id:
                assert found.group(1).replace(" ", "") == person.delegation.name.replace(" ", "")
            else:
                assert found.group(1) is None
        # AND the index is in alphabetical order of family names, whatever the script
        positions = [index_text.index(f"{p.family_name}, {p.given_name}") for p in sorted(people, key=family_name_order)]
        assert positions == sorted(positions)


def test_the_kosovo_footnote_is_on_every_page_that_names_kosovo_and_on_no_other(demo_event, tmp_path):
    out = tmp_path / "sign-in.pdf"
    write_signin_pdf(load_record(demo_event), out, CLOCK)
    texts = page_texts(out)
    naming = [i for i, text in enumerate(texts) if "Kosovo*" in text.replace(RESOLUTION_1244, "")]
    assert len(naming) >= 4  # each day's sheet and each day's index
    for index, text in enumerate(texts):
        assert (RESOLUTION_1244 in text) == (index in naming), index


def test_a_long_family_name_wraps_between_words_and_is_never_split_inside_one(demo_event, tmp_path):
    # GIVEN family names longer than the name column
    with write_transaction():
        Participant.update(family_name="Wolfeschlegelsteinhausenbergerdorff-Hadžiahmetović") \
            .where(Participant.number == 106).execute()
        Participant.update(family_name="Šimunović Kovačević Ćorić Babić Hadžiahmetović") \
            .where(Participant.number == 110).execute()
    out = tmp_path / "sign-in.pdf"
    write_signin_pdf(load_record(demo_event, day_number=1), out, CLOCK)
    # THEN each word of the names is drawn whole on one line (its letters share a baseline)
    document = pdfium.PdfDocument(str(out))
    try:
        for word in ("Wolfeschlegelsteinhausenbergerdorff-Hadžiahmetović", "Kovačević", "Hadžiahmetović"):
            found = 0
            for page in document:
                text = page.get_textpage()
                searcher = text.search(word, match_case=True)
                while (hit := searcher.get_next()) is not None:
                    start, count = hit
                    baselines = {round(text.get_charbox(i, loose=True)[1]) for i in range(start, start + count)}
                    assert len(baselines) == 1, word
                    found += 1
            assert found >= 2, word  # the sheet and the index
    finally:
        document.close()
