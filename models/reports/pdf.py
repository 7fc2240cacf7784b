"""What every PDF report shares: the shipped fonts, the palette, styles, and the page frame.

reportlab's own fonts cover Latin-1 only, so every text is set in the bundled DejaVu
fonts (Latin Extended and Cyrillic), registered once for badges and reports alike.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, TableStyle

from models.badges.fonts import BOLD, CONDENSED, CONDENSED_BOLD, FONT_NAMES, REGULAR, register_pdf_fonts
from models.badges.pdf import logo_form
from models.ground.branding import png_size
from models.ground.clock import Clock, utc_to_local, venue_zone
from models.ground.dates import long_date
from models.ground.entities import Event
from models.ground.files import written_aside
from models.reports.wording import event_line_in, in_languages, words

FONT = REGULAR
FONT_FILES = {name: f"{name}.ttf" for name in FONT_NAMES}  # in resources/fonts

# The app's colours, one meaning each: green attended / on time, amber over time, red refused / far over.
INK = colors.HexColor("#1f2a36")
MUTED = colors.HexColor("#5f6b76")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#c9d1d9")
ZEBRA = colors.HexColor("#f3f6f9")
GROUP_TINT = colors.HexColor("#e3ecf5")
OK_GREEN = colors.HexColor("#1b7f3b")
WARN_AMBER = colors.HexColor("#b86e00")
REFUSED_RED = colors.HexColor("#b3261e")
AMBER_TINT = colors.HexColor("#fcefd9")
RED_TINT = colors.HexColor("#f9dedc")

MARGIN = 16 * mm
FRAME_PADDING = 6  # reportlab's frames keep 6 points free on each side
CONTENT_WIDTH = A4[0] - 2 * MARGIN - 2 * FRAME_PADDING
CELL_PADDING = 4
ProgressCallback = Callable[[int, int], None]  # (done, total); total 0 while unknown


def register_fonts() -> None:
    """The shipped fonts, and their families so that <b> in a paragraph picks the bold face."""
    register_pdf_fonts()
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
    pdfmetrics.registerFontFamily(CONDENSED, normal=CONDENSED, bold=CONDENSED_BOLD, italic=CONDENSED,
                                  boldItalic=CONDENSED_BOLD)


def _style(name: str, **values) -> ParagraphStyle:
    # splitLongWords off: a name or word is never broken inside itself (cells that could be too narrow
    # for a long word set it smaller instead, see `words_fitting`).
    base = dict(fontName=FONT, fontSize=9.5, leading=12, textColor=INK, splitLongWords=0)
    base.update(values)
    return ParagraphStyle(name, **base)


STYLES = {
    "title": _style("title", fontName=BOLD, fontSize=20, leading=24, textColor=ACCENT, spaceAfter=2),
    "subtitle": _style("subtitle", fontSize=11, leading=14, textColor=MUTED, spaceAfter=10),
    "heading": _style("heading", fontName=BOLD, fontSize=13, leading=16, textColor=ACCENT, spaceBefore=12,
                      spaceAfter=6),
    "body": _style("body", fontSize=10, leading=13.5),
    "note": _style("note", fontSize=8.5, leading=11, textColor=MUTED),
    "cell": _style("cell", fontName=CONDENSED, fontSize=9, leading=11),
    "cell_bold": _style("cell_bold", fontName=CONDENSED_BOLD, fontSize=9, leading=11),
    "cell_right": _style("cell_right", fontName=CONDENSED, fontSize=9, leading=11, alignment=TA_RIGHT),
    "cell_right_bold": _style("cell_right_bold", fontName=CONDENSED_BOLD, fontSize=9, leading=11,
                              alignment=TA_RIGHT),
    "cell_centre": _style("cell_centre", fontName=CONDENSED, fontSize=9, leading=11, alignment=TA_CENTER),
    "head": _style("head", fontName=CONDENSED_BOLD, fontSize=8.5, leading=10.5, textColor=colors.white),
    "head_right": _style("head_right", fontName=CONDENSED_BOLD, fontSize=8.5, leading=10.5,
                         textColor=colors.white, alignment=TA_RIGHT),
    "head_centre": _style("head_centre", fontName=CONDENSED_BOLD, fontSize=8.5, leading=10.5,
                          textColor=colors.white, alignment=TA_CENTER),
    "group": _style("group", fontName=BOLD, fontSize=10, leading=13, textColor=ACCENT),
    "footnote": _style("footnote", fontName=CONDENSED, fontSize=7, leading=8.4, textColor=MUTED),
}
FOOTNOTE_ROOM = 9 * mm  # kept free above the footer of every page for delegations' notes (two notes of two lines)


def para(text: str, style: str = "cell") -> Paragraph:
    """A paragraph of plain text (escaped: names may hold '&' or '<')."""
    return Paragraph(escape(str(text)), STYLES[style])


def fitting(text: str, style: str, width: float) -> str | Paragraph:
    """The plain text when it fits on one line of `width` points, else a wrapping paragraph.

    A plain table cell is drawn many times faster than a paragraph: long lists stay quick.
    The table must set the cell's font (see `plain_cells`).
    """
    text = str(text)
    chosen = STYLES[style]
    if "\n" not in text and stringWidth(text, chosen.fontName, chosen.fontSize) <= width - 2 * CELL_PADDING:
        return text
    return para(text, style)


def plain_cells(first: tuple[int, int], last: tuple[int, int], style: str = "cell") -> list:
    """Table style commands that give plain-text cells the look of `style`."""
    chosen = STYLES[style]
    return [("FONTNAME", first, last, chosen.fontName), ("FONTSIZE", first, last, chosen.fontSize),
            ("LEADING", first, last, chosen.leading), ("TEXTCOLOR", first, last, chosen.textColor)]


def words_fitting(markup: str, plain: str, style: str, width: float, smallest: float = 6) -> Paragraph:
    """A paragraph whose every word fits the width (less the cell's padding): set smaller than the style
    when one word would not, so that it wraps between words and never inside one."""
    chosen = STYLES[style]
    room = width - 2 * CELL_PADDING
    widest = max((stringWidth(word, BOLD if "<b>" in markup else chosen.fontName, chosen.fontSize)
                  for word in plain.split()), default=0)
    if widest <= room:
        return Paragraph(markup, chosen)
    size = max(smallest, chosen.fontSize * room / widest)
    return Paragraph(markup, ParagraphStyle(f"{style}-{size:.2f}", parent=chosen, fontSize=size,
                                            leading=chosen.leading * size / chosen.fontSize))


def marked(markup: str, style: str = "cell") -> Paragraph:
    """A paragraph of reportlab markup; the caller escapes the data inside it."""
    return Paragraph(markup, STYLES[style])


def coloured(text: str, colour: colors.Color) -> str:
    return f'<font color="#{colour.hexval()[2:]}">{escape(text)}</font>'


def house_table_style(header_rows: int = 1, zebra: bool = True, extra: list | None = None) -> TableStyle:
    """The house table: a dark header row, fine rules, optional light stripes, then `extra` commands."""
    commands = [
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    return TableStyle(commands + (extra or []))


def total_row_style(row: int) -> list:
    return [("BACKGROUND", (0, row), (-1, row), GROUP_TINT), ("LINEABOVE", (0, row), (-1, row), 0.8, ACCENT)]


def event_heading(event: Event, languages: list[str]) -> str:
    """'Workshop — Villa Hotel Belvedere, Durrës, Albania · 9–10 June 2011 / …': the title and the place and dates
    in each working language (the title in the first; the others print theirs where the report has room)."""
    return f"{event.title_in(languages[0])} — {event_line_in(event, languages)}"


def generated_line(event: Event, clock: Clock, languages: list[str]) -> str:
    """When the report was made, in the first working language: the footer has room for one line."""
    local = utc_to_local(clock.now(), venue_zone(event.timezone))
    return words("generated", languages[0], date=long_date(local.date(), languages[0]), time=f"{local:%H:%M}",
                 zone=event.timezone)


def local_time(instant: datetime | None) -> str:
    return instant.strftime("%H:%M") if instant else ""


@dataclass
class PageFrame:
    """What is printed around the content of every page."""

    event_title: str
    report_title: str
    generated: str
    languages: tuple[str, ...] = ("en",)  # the page numbers are said in each


class FootnoteMark(Flowable):
    """Put beside anything that names a delegation with a note: wherever it is drawn, the note is printed
    at the foot of that page (once per page however often the delegation appears)."""

    def __init__(self, note: str):
        super().__init__()
        self.note = note.strip()

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        notes = self.canv.__dict__.setdefault("footnotes", [])
        if self.note and self.note not in notes:
            notes.append(self.note)


def noted(content, delegation) -> list:
    """A cell's content with the delegation's footnote mark, when the delegation has a note."""
    note = delegation.note.strip() if delegation is not None else ""
    if not note:
        return content
    content = content if isinstance(content, list) else [content]
    return [para(item) if isinstance(item, str) else item for item in content] + [FootnoteMark(note)]


class LogoRow(Flowable):
    """The event's logos side by side, `height` tall (narrower when they would not fit), centred."""

    def __init__(self, logos: list, height: float):
        super().__init__()
        self.logos = [(bytes(logo.png), png_size(bytes(logo.png))) for logo in logos]
        self.height = height if logos else 0

    def wrap(self, available_width, available_height):
        self.available = available_width
        return available_width, self.height

    def draw(self):
        if not self.logos:
            return
        draw_logos(self.canv, self.logos, 0, 0, self.available, self.height)


def draw_logos(canvas, logos: list[tuple[bytes, tuple[int, int]]], left: float, bottom: float, width: float,
               height: float) -> None:
    """Logos (PNG, (pixel width, height)) side by side in the box, centred, proportions kept."""
    gap = height * 0.5
    natural = sum(w / h * height for _, (w, h) in logos) + gap * (len(logos) - 1)
    scale = min(1.0, width / natural)
    x = left + (width - natural * scale) / 2
    for png, (w, h) in logos:
        drawn = w / h * height * scale
        canvas.saveState()
        canvas.translate(x, bottom + (height - height * scale) / 2)
        canvas.scale(drawn, height * scale)
        canvas.doForm(logo_form(canvas, png))
        canvas.restoreState()
        x += drawn + gap * scale


class RunningTitle(Flowable):
    """Sets the title in the page header from this page on (e.g. the day a sign-in sheet is for)."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        self.canv.running_title = self.text


def fitted(text: str, font: str, size: float, width: float) -> str:
    """The text, shortened with an ellipsis if it is wider than `width` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


class FramedCanvas(Canvas):
    """Draws the header and 'Page n of N' once the number of pages is known."""

    def __init__(self, *args, frame: PageFrame, progress: ProgressCallback | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.frame = frame
        self.progress = progress
        self.running_title = frame.report_title
        self.pages: list[dict] = []

    def showPage(self):
        self.pages.append(dict(self.__dict__))
        self._startPage()
        self.footnotes = []
        if self.progress:
            self.progress(len(self.pages), 0)

    def save(self):
        total = len(self.pages)
        for state in self.pages:
            self.__dict__.update(state)
            self.draw_frame(total)
            super().showPage()
        super().save()

    def draw_frame(self, total: int) -> None:
        width, height = self._pagesize
        self.saveState()
        self.setFillColor(MUTED)
        self.setFont(BOLD, 8)
        self.drawRightString(width - MARGIN, height - 10 * mm, self.running_title)
        room = width - 2 * MARGIN - stringWidth(self.running_title, BOLD, 8) - 8 * mm
        self.setFont(FONT, 8)
        self.drawString(MARGIN, height - 10 * mm, fitted(self.frame.event_title, FONT, 8, room))
        self.setStrokeColor(ACCENT)
        self.setLineWidth(0.8)
        self.line(MARGIN, height - 11.5 * mm, width - MARGIN, height - 11.5 * mm)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.4)
        self.line(MARGIN, 11.5 * mm, width - MARGIN, 11.5 * mm)
        self.setFont(FONT, 7.5)
        self.drawString(MARGIN, 8 * mm, self.frame.generated)
        self.drawRightString(width - MARGIN, 8 * mm, in_languages("page_of", list(self.frame.languages),
                                                                   page=self._pageNumber, pages=total))
        self.draw_footnotes(width)
        self.restoreState()

    def draw_footnotes(self, width: float) -> None:
        """The notes of the delegations this page names, above the footer rule (the room the frame leaves)."""
        y = 11.5 * mm + 1.5 * mm
        for note in reversed(self.__dict__.get("footnotes", [])):
            paragraph = Paragraph(escape(note), STYLES["footnote"])
            _, height = paragraph.wrap(width - 2 * MARGIN, FOOTNOTE_ROOM)
            paragraph.drawOn(self, MARGIN, y)
            y += height + 1


def write_pdf(out: Path, story: list, frame: PageFrame, progress: ProgressCallback | None = None,
              pagesize=A4) -> int:
    """Lay the story out in the house frame and write it; returns the number of pages."""
    register_fonts()
    pages = []

    def canvas_maker(*args, **kwargs):
        canvas = FramedCanvas(*args, frame=frame, progress=progress, **kwargs)
        pages.append(canvas)
        return canvas

    with written_aside(out) as temporary:
        document = SimpleDocTemplate(
            str(temporary), pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=17 * mm, bottomMargin=14 * mm + FOOTNOTE_ROOM, title=f"{frame.report_title} — {frame.event_title}",
            author="Belvedere", creator="Belvedere",
        )
        document.build(story, canvasmaker=canvas_maker)
    return len(pages[-1].pages) if pages else 0
