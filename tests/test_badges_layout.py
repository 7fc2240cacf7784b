"""No overprint, ever: on every layout, for any name, organisation and delegation in the region's scripts,
no text line meets another, the code with its quiet zone, the role band or the badge's edge; checked on
the drawn shapes (a property test) and on real PDFs (the glyphs pdfium finds, and every code decoded)."""
from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from fontTools.ttLib import TTFont
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from models.badges.design import BadgeContent, BadgeDesign, EventHeading
from models.badges.drawing import ASCENT, DESCENT, Qr, collisions, extent
from models.badges.fonts import FONT_NAMES
from models.badges.layouts import LAYOUTS
from models.badges.pdf import render_badges
from models.badges.preflight import undersized_names
from models.badges.reading import BadgeStatus, read_badge
from models.ground.resources import resource_path
from models.participants.entities import Delegation, Participant
from models.participants.queries import participants_in_order
from tests.badge_pdfs import decode_badges

# The letters of the region: Albanian, Croatian/Bosnian/Serbian Latin, Serbian and Macedonian Cyrillic, Turkish.
ALBANIAN = "abcçdeëfghijklmnopqrstuvxyzABCÇDEËFGHIJKLMNOPQRSTUVXYZ"
LATIN = "šđčćžŠĐČĆŽ"
CYRILLIC = "абвгдђѓежзѕијклљмнњопрстћќуфхцчџшАБВГДЂЃЕЖЗЅИЈКЛЉМНЊОПРСТЋЌУФХЦЧЏШ"
TURKISH = "ğıİşĞŞöüÖÜ"
REGION = ALBANIAN + LATIN + CYRILLIC + TURKISH
KOSOVO_NOTE = ("* All reference to Kosovo, whether to the territory, institutions or population, in this text shall "
               "be understood in full compliance with United Nations Security Council Resolution 1244 and without "
               "prejudice to the status of Kosovo.")


def words(script: str, longest: int = 18):
    return st.text(st.sampled_from(script), min_size=1, max_size=longest)


def scripted_words(longest: int = 18):
    return st.one_of(*(words(script, longest) for script in (ALBANIAN + LATIN, CYRILLIC, ALBANIAN + TURKISH)))


names = st.builds(
    lambda given, family, second, joiner: f"{given} {family}" + (f"{joiner}{second}" if second else ""),
    scripted_words(14), scripted_words(22), st.one_of(st.none(), scripted_words(16)), st.sampled_from(["-", " "]))
organisations = st.lists(scripted_words(16), min_size=0, max_size=14).map(" ".join)
delegations = st.one_of(st.just('"the former Yugoslav Republic of Macedonia"'), st.just("Bosnia and Herzegovina"),
                        st.just("Kosovo*"), st.just(""), st.lists(scripted_words(12), max_size=5).map(" ".join))
footnotes = st.sampled_from(["", KOSOVO_NOTE])
PAYLOAD = "201101230000123456789012"


def badge_problems(design: BadgeDesign, content: BadgeContent) -> list:
    shapes = design.shapes(content)
    problems = [("overprint", a, b) for a, b in collisions(shapes)]
    inner = design.inner
    for shape in shapes:
        left, bottom, right, top = extent(shape)
        if isinstance(shape, Qr):
            edge = (0, 0, design.width, design.height)  # the quiet zone may reach into the margin
        else:
            edge = (inner.left, inner.bottom, inner.left + inner.width, inner.top)
        if left < edge[0] - 1e-6 or bottom < edge[1] - 1e-6 or right > edge[2] + 1e-6 or top > edge[3] + 1e-6:
            problems.append(("beyond the edge", shape))
    return problems


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "#1f4e79").save(out, format="PNG")
    return out.getvalue()


LOGO_SETS = {
    "no logo": (),
    "the demo's wordmark": ((resource_path("demo", "workshop-wordmark.png").read_bytes(), 1332 / 300),),
    "three logos": ((png(300, 300), 1.0), (png(900, 200), 4.5), (png(200, 400), 0.5)),
}


@pytest.fixture(scope="module")
def designs():
    """Every layout, with no logo, the demo's wordmark, and three logos of different shapes."""
    found = {}
    for logos_name, logos in LOGO_SETS.items():
        heading = EventHeading("Regional workshop on cooperation between the LEA and ISP",
                               "CyberCrime@IPA — European Union / Council of Europe", "9–10 June 2011",
                               "Villa Hotel Belvedere, Durrës", logos)
        for key, layout in LAYOUTS.items():
            found[f"{key}, {logos_name}"] = BadgeDesign(layout.badge_width, layout.badge_height, heading)
    return found


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=names, organisation=organisations, delegation=delegations, footnote=footnotes,
       role=st.sampled_from(["High-tech crime unit officer", "Prosecutor", "", "Service provider"]))
def test_no_two_boxes_of_a_badge_meet_on_any_layout(designs, name, organisation, delegation, footnote, role):
    content = BadgeContent(12345, name, organisation, delegation, role, "#1565c0", PAYLOAD, footnote)
    for key, design in designs.items():
        assert badge_problems(design, content) == [], key


def test_the_longest_real_names_and_delegations_keep_clear(designs):
    contents = [
        BadgeContent(123, "Горан Стојановски", "Министерство за внатрешни работи, Сектор за компјутерски криминал",
                     '"the former Yugoslav Republic of Macedonia"', "High-tech crime unit officer", "#1565c0",
                     PAYLOAD),
        BadgeContent(99999, "Đurđica Šimunović-Kovačević Ćorić Babić",
                     "Ministarstvo unutarnjih poslova, Ravnateljstvo policije, Služba kriminalističke policije, "
                     "Odjel za visokotehnološki kriminalitet", "Kosovo*", "Prosecutor", "#6a1b9a", PAYLOAD,
                     KOSOVO_NOTE),
    ]
    for content in contents:
        for key, design in designs.items():
            assert badge_problems(design, content) == [], key


def test_every_letter_of_the_region_stays_within_the_line_box_the_layout_allows():
    letters = {ord(ch) for ch in REGION + "\"'*-–—·.,()/&"}
    for name in FONT_NAMES:
        font = TTFont(str(resource_path("fonts", f"{name}.ttf")))
        glyphs, cmap, units = font["glyf"], font.getBestCmap(), font["head"].unitsPerEm
        for code in letters:
            glyph = glyphs[cmap[code]]
            if glyph.numberOfContours:
                assert glyph.yMax / units <= ASCENT and glyph.yMin / units >= -DESCENT, (name, chr(code))


# --- real PDFs -----------------------------------------------------------------------

def line_boxes(path, layout):
    """Per page and badge, the glyph boxes pdfium reports, grouped by the text line (baseline) they sit on."""
    document = pdfium.PdfDocument(str(path))
    try:
        pages = []
        for page in document:
            text = page.get_textpage()
            glyphs = []
            for index in range(text.count_chars()):
                if text.get_text_range(index, 1).isspace():
                    continue
                left, bottom, right, top = text.get_charbox(index)
                origin_y = round(text.get_charbox(index, loose=True)[1], 1)
                glyphs.append((origin_y, (left, bottom, right, top)))
            pages.append(glyphs)
        return pages
    finally:
        document.close()


def test_in_the_pdf_no_glyphs_of_different_lines_meet_and_every_code_decodes(demo_event, tmp_path, artifacts):
    # GIVEN the demo with its longest names made longer still, long organisations, and Kosovo* people
    with_long = participants_in_order(demo_event)[:12]
    with_long[0].given_name, with_long[0].family_name = "Đurđica", "Šimunović-Kovačević Ćorić Babić"
    with_long[1].organisation = ("Ministarstvo unutarnjih poslova, Ravnateljstvo policije, Služba kriminalističke "
                                 "policije, Odjel za visokotehnološki kriminalitet")
    kosovo = Delegation.get(Delegation.code == "XK")
    with_long += list(Participant.select().where(Participant.delegation == kosovo))
    macedonia = [p for p in participants_in_order(demo_event) if p.number == 123]
    everyone = with_long + macedonia
    for key, layout in LAYOUTS.items():
        out = tmp_path / f"{key}.pdf"
        render_badges(out, everyone, key, event=demo_event)
        # THEN no glyph of one line touches a glyph of another line
        for page_number, glyphs in enumerate(line_boxes(out, layout)):
            for index, (line, box) in enumerate(glyphs):
                for other_line, other in glyphs[index + 1:]:
                    if line != other_line:
                        assert not (box[0] < other[2] - 0.05 and other[0] < box[2] - 0.05
                                    and box[1] < other[3] - 0.05 and other[1] < box[3] - 0.05), \
                            (key, page_number, box, other)
        # AND every code decodes to its own participant
        codes = decode_badges(out, layout)
        assert len(codes) == len(everyone), key
        for code in codes:
            reading = read_badge(code.text, demo_event)
            assert reading.status is BadgeStatus.VALID
            assert reading.participant.number == everyone[code.page * layout.per_page + code.cell].number


def test_a_name_too_long_for_the_smallest_type_is_reported_and_a_name_on_badge_fixes_it(demo_event):
    # GIVEN a participant with a very long name
    everyone = participants_in_order(demo_event)
    long_name = everyone[5]
    long_name.given_name = "Maximilian-Alexander Konstantin"
    long_name.family_name = "Wolfeschlegelsteinhausenbergerdorff-Hadžiahmetović"
    # THEN on a card it is reported with the size it would get, and nobody else is
    [report] = undersized_names(everyone, "card", demo_event)
    assert report.number == long_name.number and report.size < report.minimum == 12
    assert report.name == long_name.full_name
    # AND a shorter name on the badge fixes it
    long_name.badge_name = "Max Wolfe-Hadžić"
    assert undersized_names(everyone, "card", demo_event) == []
    assert undersized_names(participants_in_order(demo_event), "a6", demo_event) == []
