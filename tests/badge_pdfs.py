"""Reading badge PDFs back the way a person and a scanner would: rendered pages, decoded codes, text."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp

from models.badges.layouts import Layout

DECODE_DPI = 100  # a 0.96 mm module is 3.8 pixels: plenty for the decoder, quick to render


@dataclass(frozen=True)
class DecodedCode:
    page: int
    cell: int  # which badge of the page, in reading order
    text: str
    error_correction: str
    cell_text: str  # all text the PDF holds inside that badge


def decode_badges(path: Path, layout: Layout, dpi: int = DECODE_DPI) -> list[DecodedCode]:
    found = []
    document = pdfium.PdfDocument(str(path))
    try:
        origins = layout.cell_origins()
        for index in range(len(document)):
            page = document[index]
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            text_page = page.get_textpage()
            for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
                corners = (code.position.top_left, code.position.bottom_right)
                x = sum(point.x for point in corners) / 2 * 72 / dpi
                y = layout.page_height - sum(point.y for point in corners) / 2 * 72 / dpi
                cell = next(i for i, (left, bottom) in enumerate(origins)
                            if left <= x < left + layout.badge_width and bottom <= y < bottom + layout.badge_height)
                left, bottom = origins[cell]
                cell_text = text_page.get_text_bounded(left, bottom, left + layout.badge_width,
                                                       bottom + layout.badge_height)
                found.append(DecodedCode(index, cell, code.text, code.ec_level, cell_text))
    finally:
        document.close()
    return found


def page_count(path: Path) -> int:
    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def render_page(path: Path, index: int, dpi: int, target: Path) -> Path:
    document = pdfium.PdfDocument(str(path))
    try:
        document[index].render(scale=dpi / 72).to_pil().save(target)
    finally:
        document.close()
    return target


def squeeze(text: str) -> str:
    return "".join(text.split())
