"""The shipped fonts in PDFs: registration with reportlab, text widths, and glyph coverage.

reportlab's own fonts cover Latin-1 only, so every badge is set in the DejaVu files
shipped in resources/fonts (registered by absolute path, which also works frozen).
A character the font lacks would print as an empty box: `missing_glyphs` finds such
names before anything is printed.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from models.ground.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
CONDENSED = "DejaVuSansCondensed"
CONDENSED_BOLD = "DejaVuSansCondensed-Bold"
FONT_NAMES = (REGULAR, BOLD, CONDENSED, CONDENSED_BOLD)


@cache
def _registered(name: str) -> TTFont:
    font = TTFont(name, str(resource_path("fonts", f"{name}.ttf")))
    pdfmetrics.registerFont(font)
    return font


def register_pdf_fonts() -> None:
    """Make the shipped fonts known to reportlab (once per process)."""
    for name in FONT_NAMES:
        _registered(name)


@cache
def covered_characters(name: str) -> frozenset[str]:
    """Every character the font draws with a real glyph (glyph 0 is the empty box)."""
    face = _registered(name).face
    return frozenset(chr(code) for code, glyph in face.charToGlyph.items() if glyph)


def printable(text: str) -> str:
    """Text as it is set on paper: composed (NFC) so accents are single glyphs, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def missing_in(text: str, font: str = BOLD) -> set[str]:
    return set(printable(text).replace(" ", "")) - covered_characters(font)


def text_width(text: str, font: str, size: float) -> float:
    register_pdf_fonts()
    return pdfmetrics.stringWidth(text, font, size)


def badge_texts(participant) -> list[str]:
    """Everything printed on a participant's badge that comes from their record."""
    return [participant.full_name, participant.organisation, participant.delegation_name, participant.role_name]


def missing_glyphs(participants: Iterable) -> dict[int, set[str]]:
    """Participant number -> the characters of their badge that no shipped font can draw.

    Checked against every font a badge uses, so whichever style a text is set in, it has
    a real glyph. Participants whose badge prints cleanly are left out.
    """
    missing = {}
    for participant in participants:
        lacking = set()
        for text in badge_texts(participant):
            for font in FONT_NAMES:
                lacking |= missing_in(text, font)
        if lacking:
            missing[participant.number] = lacking
    return missing


def describe_missing(missing: dict[int, set[str]]) -> list[str]:
    """One line per participant, for a warning before printing."""
    return [
        f"{number}: " + " ".join(f"{ch} (U+{ord(ch):04X})" for ch in sorted(chars))
        for number, chars in sorted(missing.items())
    ]
