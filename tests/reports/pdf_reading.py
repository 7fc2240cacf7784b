"""Reading a PDF back the way a person would: its text, the fonts its letters are drawn in, its pages as pictures."""
from __future__ import annotations

import ctypes
import re
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from fontTools.ttLib import TTFont

from models.ground.resources import resource_path
from models.reports.pdf import FONT_FILES


def page_texts(path: Path) -> list[str]:
    """Each page's text with runs of white space made single spaces."""
    document = pdfium.PdfDocument(str(path))
    try:
        return [re.sub(r"\s+", " ", page.get_textpage().get_text_range()) for page in document]
    finally:
        document.close()


def drawn_fonts(path: Path, text: str) -> list[str]:
    """The base font names the characters of `text` are drawn in, wherever `text` occurs in the PDF."""
    names = []
    document = pdfium.PdfDocument(str(path))
    try:
        for page in document:
            textpage = page.get_textpage()
            searcher = textpage.search(text, match_case=True)
            while (found := searcher.get_next()) is not None:
                start, count = found
                for index in range(start, start + count):
                    if textpage.get_text_range(index, 1).isspace():
                        continue
                    font = pdfium_c.FPDFTextObj_GetFont(pdfium_c.FPDFText_GetTextObject(textpage, index))
                    buffer = ctypes.create_string_buffer(256)
                    pdfium_c.FPDFFont_GetBaseFontName(font, buffer, len(buffer))
                    assert pdfium_c.FPDFFont_GetIsEmbedded(font), f"{text!r} is drawn in a font that is not embedded"
                    names.append(buffer.value.decode())
    finally:
        document.close()
    return names


def missing_glyphs(text: str, base_font_name: str) -> set[str]:
    """Characters of `text` that the shipped font behind `base_font_name` has no glyph for."""
    file_name = FONT_FILES[base_font_name.split("+")[-1]]
    cmap = TTFont(str(resource_path("fonts", file_name)), lazy=True).getBestCmap()
    return {ch for ch in text if not ch.isspace() and ord(ch) not in cmap}


def render_pages(path: Path, folder: Path, prefix: str, scale: float = 1.3, limit: int = 4) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    document = pdfium.PdfDocument(str(path))
    pictures = []
    try:
        for index in range(min(limit, len(document))):
            picture = folder / f"{prefix}-{index + 1}.png"
            document[index].render(scale=scale).to_pil().save(picture)
            pictures.append(picture)
    finally:
        document.close()
    return pictures
