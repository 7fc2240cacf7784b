"""Badge PDFs read back for real: every page rendered, every code decoded and verified, every name legible."""
from __future__ import annotations

import math
from datetime import datetime

import pytest
from fontTools.ttLib import TTFont
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.units import mm

from models.badges import pdf
from models.badges.design import BadgeContent, BadgeDesign, EventHeading
from models.badges.drawing import Box, Qr, Text, fit_text
from models.badges.fonts import BOLD, FONT_NAMES, badge_texts, missing_glyphs, text_width
from models.badges.layouts import LAYOUTS, cut_marks, layout_named
from models.badges.pdf import render_badges
from models.badges.qr import QUIET_ZONE_MODULES
from models.badges.reading import BadgeStatus, payload_for, read_badge
from models.badges.reprint import reprint_badge
from models.ground.audit import ORGANISER, Actor, AuditEntry
from models.ground.clock import UTC, FakeClock
from models.ground.dates import date_range
from models.ground.errors import BelvedereError
from models.ground.resources import resource_path
from models.participants.entities import Participant
from models.participants.queries import participants_in_order
from tests.badge_pdfs import decode_badges, page_count, render_page, squeeze

PRINTED_AT = datetime(2011, 6, 8, 16, 0, tzinfo=UTC)


@pytest.mark.parametrize("layout_key", list(LAYOUTS))
def test_every_badge_of_the_demo_decodes_to_its_own_participant_and_verifies(demo_event, tmp_path, artifacts,
                                                                             layout_key):
    # GIVEN the demo's 45 participants
    everyone = participants_in_order(demo_event)
    layout = LAYOUTS[layout_key]
    target = tmp_path / f"badges-{layout_key}.pdf"
    # WHEN their badges are printed in this layout
    result = render_badges(target, everyone, layout_key, clock=FakeClock(PRINTED_AT))
    # THEN the pages hold every badge in order
    expected_pages = math.ceil(len(everyone) / layout.per_page)
    assert result.pages == page_count(target) == expected_pages
    assert result.printed == [p.number for p in everyone] and not result.cancelled
    # AND every code on every page decodes, verifies, and sits on the badge bearing that person's name
    codes = decode_badges(target, layout)
    assert len(codes) == len(everyone)
    for code in codes:
        participant = everyone[code.page * layout.per_page + code.cell]
        reading = read_badge(code.text, demo_event)
        assert reading.status is BadgeStatus.VALID, code
        assert reading.participant.number == participant.number
        assert code.text == payload_for(participant, demo_event) and code.error_correction == "Q"
        assert squeeze(participant.full_name) in squeeze(code.cell_text)
        assert str(participant.number) in code.cell_text
    render_page(target, 0, 150, artifacts / f"badges-{layout_key}-page-1.png")


def test_printing_records_the_version_printed_and_when(demo_event, tmp_path):
    # GIVEN Đorđe, whose badge was reprinted once
    djordje = reprint_badge(Participant.get(Participant.number == 118))
    chosen = [p for p in participants_in_order(demo_event) if p.number in (101, 118)]
    # WHEN their badges are printed
    render_badges(tmp_path / "two.pdf", chosen, "card", clock=FakeClock(PRINTED_AT), actor=Actor(ORGANISER, "mira"))
    # THEN each has the version on the badge and the time recorded; the others have nothing recorded
    for number, version in ((101, 1), (118, djordje.badge_version)):
        stored = Participant.get(Participant.number == number)
        assert (stored.badge_printed_version, stored.badge_printed_at) == (version, PRINTED_AT)
    assert Participant.get(Participant.number == 102).badge_printed_version is None
    entry = AuditEntry.select().where(AuditEntry.action == "badges printed").get()
    assert entry.by == Actor(ORGANISER, "mira") and entry.details == {"layout": "card", "participants": [101, 118]}


def test_progress_is_reported_page_by_page_up_to_the_total(demo_event, tmp_path):
    calls = []
    render_badges(tmp_path / "a6.pdf", participants_in_order(demo_event), "a6",
                  progress=lambda done, total: calls.append((done, total)))
    assert calls == [(min(4 * page, 45), 45) for page in range(1, 13)]


def test_a_cancelled_run_writes_no_file_records_nothing_and_leaves_an_old_file_alone(demo_event, tmp_path):
    # GIVEN a badge file from an earlier run
    target = tmp_path / "badges.pdf"
    target.write_bytes(b"%PDF earlier run")
    pages_done = []
    # WHEN a new run is cancelled after its second page
    result = render_badges(target, participants_in_order(demo_event), "card",
                           progress=lambda done, total: pages_done.append(done), cancel=lambda: len(pages_done) >= 2)
    # THEN nothing was written or recorded, and no temporary file is left behind
    assert result.cancelled and result.printed == [] and result.pages == 0
    assert target.read_bytes() == b"%PDF earlier run"
    assert not [path for path in tmp_path.iterdir() if path.name.endswith(".part")]
    assert not Participant.select().where(Participant.badge_printed_version.is_null(False)).exists()


def test_a_failure_half_way_leaves_no_file_and_records_nothing(demo_event, tmp_path, monkeypatch):
    painted = []

    def failing_paint(canvas, page):
        painted.append(page)
        if len(painted) == 2:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf, "paint_page", failing_paint)
    with pytest.raises(OSError):
        render_badges(tmp_path / "badges.pdf", participants_in_order(demo_event), "a6")
    assert not any(path.suffix in (".pdf", ".part") for path in tmp_path.iterdir())
    assert not Participant.select().where(Participant.badge_printed_version.is_null(False)).exists()


def test_wrong_requests_are_refused_with_a_sentence(demo_event, tmp_path):
    everyone = participants_in_order(demo_event)
    with pytest.raises(BelvedereError, match="no badge layout 'poster'.*a6, card, insert, single"):
        render_badges(tmp_path / "x.pdf", everyone, "poster")
    with pytest.raises(BelvedereError, match="nobody"):
        render_badges(tmp_path / "x.pdf", [], "a6")
    with pytest.raises(BelvedereError, match="does not exist"):
        render_badges(tmp_path / "missing" / "x.pdf", everyone, "a6")
    with pytest.raises(BelvedereError, match="is a folder"):
        render_badges(tmp_path, everyone, "a6")


# --- fonts ---------------------------------------------------------------------------

def test_every_character_of_every_demo_badge_has_a_glyph_in_every_shipped_font(demo_event):
    characters = {ch for p in participants_in_order(demo_event) for text in badge_texts(p) for ch in text}
    characters |= set(demo_event.title + demo_event.subtitle + demo_event.venue + demo_event.city + "–·No.")
    assert {"ë", "ç", "š", "đ", "č", "ć", "ž", "Ђ", "ј", "ћ", "Ѓ", "ѓ", "Ќ", "ğ", "ı", "İ", "ş"} <= characters
    for name in FONT_NAMES:
        cmap = TTFont(str(resource_path("fonts", f"{name}.ttf"))).getBestCmap()
        assert {ch for ch in characters if not ch.isspace() and ord(ch) not in cmap} == set(), name
    assert missing_glyphs(participants_in_order(demo_event)) == {}


def test_the_pdf_embeds_the_shipped_font_and_its_text_reads_back_in_every_script(demo_event, tmp_path):
    target = tmp_path / "badges.pdf"
    render_badges(target, participants_in_order(demo_event), "single")
    data = target.read_bytes()
    assert b"/FontFile2" in data and b"DejaVuSans-Bold" in data and b"/Helvetica" not in data
    codes = decode_badges(target, LAYOUTS["single"])
    names = {squeeze(code.cell_text) for code in codes}
    for expected in ("ЂорђеПетровић", "ИванаЃорѓиевска", "ВеснаЌурчиева", "İsmailDoğan", "GülşahIşık",
                     "ĐurđicaJurić", "BlerinaÇaushi", "GëzimBejko"):
        assert any(expected in name for name in names), expected


def test_a_character_the_font_lacks_is_reported_by_participant_before_printing(demo_event):
    # GIVEN one participant with a Chinese name and one with an emoji in the organisation
    everyone = participants_in_order(demo_event)
    everyone[0].given_name = "王"
    everyone[3].organisation = "Albtelekom 📡"
    # THEN exactly those are reported, with exactly the missing characters
    assert missing_glyphs(everyone) == {101: {"王"}, 104: {"📡"}}


# --- the badge design ------------------------------------------------------------------

LONG_NAMES = [
    "Maximilian-Alexander Wolfeschlegelsteinhausenbergerdorff",
    "Анастасија Константиновић-Велимировић Петровска",
    "Đurđica Šimunović-Kovačević Ćorić Babić",
    "Ab",
    "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft",
]


def test_a_long_name_shrinks_then_wraps_to_two_lines_and_never_leaves_its_box():
    width, height = 80 * mm, 30 * mm
    short = fit_text("Ana Babić", BOLD, width, height, 36, 26)
    assert short.lines == ("Ana Babić",) and short.size == 36
    shrunk = fit_text("Alexander Seger", BOLD, width, height, 36, 20)
    assert len(shrunk.lines) == 1 and 20 <= shrunk.size < 36
    wrapped = fit_text("Анастасија Константиновић-Велимировић", BOLD, width, height, 36, 26)
    assert wrapped.lines == ("Анастасија", "Константиновић-Велимировић")
    one_word = fit_text(LONG_NAMES[-1], BOLD, width, height, 36, 26)
    assert len(one_word.lines) == 1 and one_word.size < 26 and one_word.widths[0] <= width + 1e-6


def test_a_double_surname_breaks_after_its_hyphen_when_that_makes_it_clearly_larger():
    width, height = 80 * mm, 30 * mm
    one_word = fit_text("Hadžiahmetović-Kovačević", BOLD, width, height, 36, 26)
    assert one_word.lines == ("Hadžiahmetović-", "Kovačević") and one_word.size > 24
    shrunk_only = fit_text("Hadžiahmetović Kovačević".replace(" ", ""), BOLD, width, height, 36, 26)
    assert one_word.size > 1.5 * shrunk_only.size
    several = fit_text("Đurđica Šimunović-Kovačević Ćorić Babić", BOLD, width, height, 36, 26)
    assert several.lines == ("Đurđica Šimunović-", "Kovačević Ćorić Babić")
    # a small gain does not split a surname: the break stays between the names
    slight = fit_text("Анастасија Константиновић-Велимировић", BOLD, width, height, 36, 26)
    assert slight.lines == ("Анастасија", "Константиновић-Велимировић")


@settings(max_examples=150, deadline=None)
@given(text=st.text(st.characters(codec="utf-8", categories=("Lu", "Ll", "Zs", "Pd")), min_size=1, max_size=80)
       .filter(str.strip))
def test_fitted_text_always_fits_its_box(text):
    width, height = 60 * mm, 20 * mm
    fitted = fit_text(text, BOLD, width, height, 30, 20, max_lines=2)
    assert 1 <= len(fitted.lines) <= 2
    assert max(fitted.widths) <= width + 1e-6
    assert fitted.height <= height + 1e-6


def _extent(shape):
    if isinstance(shape, Text):
        return shape.x, shape.y - 0.24 * shape.size, shape.x + text_width(shape.text, shape.font, shape.size), \
            shape.y + 0.76 * shape.size
    if isinstance(shape, Box):
        return shape.x, shape.y, shape.x + shape.width, shape.y + shape.height
    raise TypeError(shape)


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("layout_key", list(LAYOUTS))
def test_every_badge_keeps_its_text_inside_and_clear_of_a_code_of_at_least_20_mm_with_its_quiet_zone(
        demo_event, layout_key):
    layout = LAYOUTS[layout_key]
    design = BadgeDesign(layout.badge_width, layout.badge_height, EventHeading.of(demo_event))
    demo = [BadgeContent.of(p, demo_event) for p in participants_in_order(demo_event)]
    extreme = [BadgeContent(999, name, name, name, name, "#fdd835", demo[0].payload) for name in LONG_NAMES]
    for content in demo + extreme:
        shapes = design.shapes(content)
        [code] = [shape for shape in shapes if isinstance(shape, Qr)]
        assert code.width >= 20 * mm
        quiet = QUIET_ZONE_MODULES * code.module
        zone = (code.x - quiet, code.y - quiet, code.x + code.width + quiet, code.y + code.width + quiet)
        assert zone[0] >= 0 and zone[2] <= layout.badge_width and zone[1] >= 0 and zone[3] <= layout.badge_height
        for shape in shapes:
            if isinstance(shape, (Text, Box)):
                left, bottom, right, top = _extent(shape)
                assert design.margin - 0.01 <= left and right <= layout.badge_width - design.margin + 0.01, shape
                assert design.margin - 0.01 <= bottom and top <= layout.badge_height - design.margin + 0.01, shape
                assert not _overlaps((left, bottom, right, top), zone), shape
    for content in demo:
        texts = [shape for shape in design.shapes(content) if isinstance(shape, Text)]
        name_size = max(t.size for t in texts if t.text in content.name)
        assert all(t.size <= name_size for t in texts), "the name is the largest text"


def test_the_role_band_is_in_the_role_colour(demo_event):
    layout = LAYOUTS["a6"]
    design = BadgeDesign(layout.badge_width, layout.badge_height, EventHeading.of(demo_event))
    prosecutor = Participant.get(Participant.number == 103)
    [band] = [s for s in design.shapes(BadgeContent.of(prosecutor, demo_event)) if isinstance(s, Box)]
    assert band.colour == prosecutor.role.colour == "#6a1b9a"
    assert band.width >= 0.8 * layout.badge_width


def test_sheet_layouts_have_cut_marks_and_the_single_layout_none():
    for key, layout in LAYOUTS.items():
        marks = cut_marks(layout)
        assert bool(marks) == layout.cut_marks, key
        for mark in marks:
            assert min(mark.x1, mark.x2) >= 0 and max(mark.x1, mark.x2) <= layout.page_width
            assert min(mark.y1, mark.y2) >= 0 and max(mark.y1, mark.y2) <= layout.page_height
    assert layout_named("card").per_page == 10 and layout_named("a6").per_page == 4


@pytest.mark.parametrize("start, end, text", [
    ("2011-06-09", "2011-06-10", "9–10 June 2011"),
    ("2011-06-09", "2011-06-09", "9 June 2011"),
    ("2011-06-30", "2011-07-02", "30 June – 2 July 2011"),
    ("2011-12-31", "2012-01-01", "31 December 2011 – 1 January 2012"),
])
def test_event_dates_read_naturally(start, end, text):
    from datetime import date
    assert date_range(date.fromisoformat(start), date.fromisoformat(end)) == text


def test_role_bands_stay_distinct_in_greyscale(demo_event):
    # GIVEN the demo's roles and a new event's default roles
    from models.badges.design import GREYSCALE_DISTINCT, greyscale_clashes, lightness
    from models.event.creation import DEFAULT_ROLES

    demo = {role.name: role.colour for role in demo_event.roles}
    # THEN their band colours differ in lightness (CIE L*) by a clear step, pair by pair
    levels = sorted(lightness(colour) for colour in demo.values())
    assert min(b - a for a, b in zip(levels, levels[1:])) >= GREYSCALE_DISTINCT
    assert greyscale_clashes(demo) == []
    assert greyscale_clashes({role["name"]: role["colour"] for role in DEFAULT_ROLES}) == []
    # AND two colours that only differ in hue are reported, by name
    assert greyscale_clashes({"Officer": "#1565c0", "Guest": "#455a64", "Staff": "#212121"}) == [("Officer", "Guest")]
    # AND the band on the badge is the role's colour, its lightness what the check measured
    layout = LAYOUTS["card"]
    design = BadgeDesign(layout.badge_width, layout.badge_height, EventHeading.of(demo_event))
    bands = {Participant.get(Participant.number == n).role.name:
             next(s for s in design.shapes(BadgeContent.of(Participant.get(Participant.number == n), demo_event))
                  if isinstance(s, Box)).colour for n in (101, 103, 105)}
    assert bands == {name: demo[name] for name in bands}


def test_the_number_is_labelled_in_the_event_s_first_working_language(demo_event, tmp_path):
    # GIVEN the demo with Albanian as its first working language (the badge's label is read there)
    for languages, label in (("en,sq", "No."), ("sq,en", "Nr.")):
        demo_event.languages = languages
        demo_event.save()
        target = tmp_path / f"badges-{languages}.pdf"
        # WHEN its badges are printed THEN each labels the number in that language
        render_badges(target, participants_in_order(demo_event)[:4], "single")
        texts = [code.cell_text for code in decode_badges(target, LAYOUTS["single"])]
        assert len(texts) == 4 and all(label in text for text in texts), (languages, texts)
