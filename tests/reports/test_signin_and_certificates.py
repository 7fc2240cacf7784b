"""Sign-in sheets before and after the desk opened, and certificates for those who came."""
from __future__ import annotations

from datetime import datetime

import pytest

from models.ground.clock import UTC, FakeClock
from models.ground.errors import BelvedereError
from models.participants.entities import Participant
from models.reports.certificates import write_certificates_pdf
from models.reports.pdf import FONT_FILES
from models.reports.records import load_record
from models.reports.signin import write_signin_pdf
from tests.reports.pdf_reading import drawn_fonts, missing_glyphs, page_texts, render_pages
from tests.reports.scripted import ABSENT

CLOCK = FakeClock(datetime(2011, 6, 8, 16, 0, tzinfo=UTC))


def section(texts: list[str], start: str, end: str | None = None) -> str:
    """The text from the page holding `start` up to (not including) the page holding `end`."""
    text = " ".join(texts)
    return text[text.index(start): text.index(end) if end else None]


def test_sheets_printed_before_the_event_list_everyone_expected_with_a_box_to_tick(demo_event, tmp_path, artifacts):
    # GIVEN the demo before the event: nobody has checked in
    out = tmp_path / "sign-in.pdf"
    # WHEN the sign-in sheets are printed
    write_signin_pdf(load_record(demo_event), out, CLOCK)
    texts = page_texts(out)
    render_pages(out, artifacts / "reports", "signin-before")
    # THEN each day starts with its own title and lists everyone expected that day
    day_one = section(texts, "Day I / Dita I · Thursday 9 June 2011 / e enjte, 9 qershor 2011", "Day II / Dita II · Friday")
    day_two = section(texts, "Day II / Dita II · Friday 10 June 2011 / e premte, 10 qershor 2011")
    for participant in Participant.select():
        listed = f"{participant.number} {participant.family_name}, {participant.given_name}"
        assert (listed in day_one) == participant.is_expected_on(1)
        assert (listed in day_two) == participant.is_expected_on(2), listed
    assert "45 participants / 45 pjesëmarrës · sign beside your name / nënshkruani pranë emrit tuaj" in day_one
    assert "✓" not in " ".join(texts) and "☐" in day_one
    # AND people are grouped by delegation in the event's order, people without one last
    assert day_one.index("Albania 6 participants / 6 pjesëmarrës") < day_one.index("Bosnia and Herzegovina 4 participants") \
        < day_one.index("Kosovo*") < day_one.index("Other participants (Expert, Council of Europe, Guest, Staff)")
    assert "Signature Nënshkrimi" in day_one and "Sign-in sheet / Lista e pranisë" in day_one


def test_sheets_printed_after_the_desk_mark_who_checked_in_and_when(scripted, tmp_path, artifacts):
    event, arrivals = scripted
    out = tmp_path / "sign-in.pdf"
    write_signin_pdf(load_record(event), out, CLOCK)
    texts = page_texts(out)
    render_pages(out, artifacts / "reports", "signin-after")
    day_one = section(texts, "Day I / Dita I · Thursday", "Day II / Dita II · Friday")
    day_two = section(texts, "Day II / Dita II · Friday")
    assert f"45 participants / 45 pjesëmarrës · {len(arrivals[1])} checked in at the desk / {len(arrivals[1])} të " \
           "regjistruar në sportel" in day_one
    assert "120 Ђурић, Снежана Prosecutor Посебно тужилаштво за високотехнолошки криминал ✓ 08:47" in day_one
    assert "117 Popović, Nikola Service provider Crnogorski Telekom ☐" in day_one  # voided, so not checked in
    # AND the walk-in of day II is on day II's sheet, with her time
    assert "142 Lambert, Sophie Guest Delegation of the European Union to Albania ✓ 09:05" in day_two
    assert day_one.count("✓") == len(arrivals[1]) and day_two.count("✓") == len(arrivals[2])


def test_one_day_only_and_every_page_says_which_day(scripted, tmp_path):
    event, _ = scripted
    out = tmp_path / "sign-in-day2.pdf"
    pages = write_signin_pdf(load_record(event, day_number=2), out, CLOCK)
    texts = page_texts(out)
    assert pages == len(texts)
    assert all("Sign-in sheet — Day II · Friday 10 June 2011" in text for text in texts)
    assert all(f"Page {index} of {pages}" in text for index, text in enumerate(texts, start=1))
    assert "Thursday 9 June" not in " ".join(texts)


def test_certificates_go_to_attendees_only_one_page_each_in_both_languages(scripted, tmp_path, artifacts):
    event, arrivals = scripted
    out = tmp_path / "certificates.pdf"
    # WHEN the certificates are printed
    count = write_certificates_pdf(load_record(event), out)
    texts = page_texts(out)
    render_pages(out, artifacts / "reports", "certificates", limit=2)
    staff = {p.number for p in Participant.select() if p.role and p.role.key == "staff"}
    attended = (set(arrivals[1]) | set(arrivals[2])) - staff
    # THEN there is one page per person who came on at least one day (staff excepted), and nobody else
    assert count == len(texts) == len(attended) == 42
    never_came = ABSENT[1] & ABSENT[2]
    for participant in Participant.select():
        pages = [text for text in texts if f"No. {participant.number}" in text]
        assert len(pages) == (participant.number in attended)
        if participant.number in never_came:
            assert not any(participant.full_name in text for text in texts)
    # AND every certificate names the event, its dates and place, in English and Albanian
    for text in texts:
        assert "Certificate of attendance Vërtetim pjesëmarrjeje" in text
        assert "Regional workshop on cooperation between the LEA and ISP" in text
        assert "held at Villa Hotel Belvedere, Durrës, Albania on 9–10 June 2011" in text
        assert "më 9–10 qershor 2011" in text
    # AND the days each person attended, no more
    (funded_absent_day_two,) = [text for text in texts if "No. 119" in text]
    assert "Милан Јовановић" in funded_absent_day_two
    assert "Days attended: Thursday 9 June 2011 Ditët" in funded_absent_day_two
    assert "Ditët e pjesëmarrjes: e enjte, 9 qershor 2011" in funded_absent_day_two
    (both_days,) = [text for text in texts if "No. 101" in text]
    assert "Days attended: Thursday 9 June 2011; Friday 10 June 2011" in both_days


def test_no_certificates_before_anyone_came(demo_event, tmp_path):
    out = tmp_path / "certificates.pdf"
    with pytest.raises(BelvedereError, match="Nobody has checked in yet"):
        write_certificates_pdf(load_record(demo_event), out)
    assert not out.exists() and not list(tmp_path.glob(".*.part"))


@pytest.mark.parametrize("report", ["signin", "certificates"])
def test_every_letter_of_every_name_is_drawn_with_a_real_glyph_of_an_embedded_font(scripted, tmp_path, report):
    # GIVEN names in Albanian, Croatian/Bosnian/Serbian Latin, Serbian and Macedonian Cyrillic and Turkish
    event, _ = scripted
    out = tmp_path / f"{report}.pdf"
    if report == "signin":
        write_signin_pdf(load_record(event), out, CLOCK)
    else:
        write_certificates_pdf(load_record(event), out)
    checked = 0
    for participant in Participant.select():
        name = participant.family_name if report == "signin" else participant.full_name
        if report == "certificates" and (participant.number in ABSENT[1] & ABSENT[2]
                                         or not participant.role.certificate):
            continue
        # WHEN we look at how the name is drawn in the PDF
        fonts = drawn_fonts(out, name)
        # THEN it is drawn, only in the shipped fonts, and those fonts have a glyph for every letter
        assert fonts, f"{name} is not in the {report} PDF"
        assert {font.split("+")[-1] for font in fonts} <= set(FONT_FILES)
        for font in set(fonts):
            assert not missing_glyphs(name, font), (name, font)
        checked += 1
    assert checked >= 42
