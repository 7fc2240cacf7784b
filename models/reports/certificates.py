"""Certificates of attendance: one landscape page per participant who attended at least one
day, in the event's working languages, naming the event, its dates, place and the days attended.

Nobody who did not attend gets one: attendance is a valid check-in at the desk.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from models.ground.dates import date_range, day_month_year, long_date
from models.ground.entities import Day, Event
from models.ground.errors import BelvedereError
from models.ground.files import written_aside
from models.participants.entities import Participant
from models.reports.pdf import (
    ACCENT,
    BOLD,
    FONT,
    INK,
    MUTED,
    RULE,
    ProgressCallback,
    register_fonts,
)
from models.reports.records import AttendanceRecord
from models.reports.wording import report_languages, words

PAGE = landscape(A4)
SECONDARY = MUTED  # the second language, set smaller and lighter under the first


@cache
def centred(size: float, font: str = FONT, colour=INK) -> ParagraphStyle:
    return ParagraphStyle(f"centred-{font}-{size}", fontName=font, fontSize=size, leading=size * 1.25,
                          textColor=colour, alignment=TA_CENTER)


def place(event: Event) -> str:
    return ", ".join(part for part in (event.venue, event.city, event.country) if part)


class CertificateWriter:
    """Draws certificates straight on the canvas: every one is exactly one page."""

    def __init__(self, canvas: Canvas, event: Event):
        self.canvas = canvas
        self.event = event
        self.languages = report_languages(event.language_list)
        self.width, self.height = PAGE

    def paragraph(self, text: str, style: ParagraphStyle, y_top: float) -> float:
        """Draw centred plain text whose top is at y_top, wrapped if it is too long; returns the y below it."""
        width = self.width - 70 * mm
        if stringWidth(text, style.fontName, style.fontSize) <= width:
            # one line: drawn directly, many times faster than a paragraph (a certificate per attendee)
            baseline = y_top - style.leading + (style.leading - style.fontSize) / 2 + style.fontSize * 0.2
            self.canvas.setFont(style.fontName, style.fontSize)
            self.canvas.setFillColor(style.textColor)
            self.canvas.drawCentredString(self.width / 2, baseline, text)
            return y_top - style.leading
        paragraph = Paragraph(escape(text), style)
        _, height = paragraph.wrap(width, self.height)
        paragraph.drawOn(self.canvas, (self.width - width) / 2, y_top - height)
        return y_top - height

    def bilingual(self, key: str, y: float, size: float, font: str = FONT, colour=INK, gap: float = 1.5 * mm,
                  **values) -> float:
        """The first language large, the others below it smaller and in grey."""
        first, *others = self.languages
        y = self.paragraph(words(key, first, **values), centred(size, font, colour), y)
        for language in others:
            y = self.paragraph(words(key, language, **values), centred(size * 0.78, font, SECONDARY), y - gap)
        return y

    def border(self) -> None:
        canvas = self.canvas
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(2.2)
        canvas.rect(12 * mm, 12 * mm, self.width - 24 * mm, self.height - 24 * mm)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.rect(15 * mm, 15 * mm, self.width - 30 * mm, self.height - 30 * mm)

    def days_attended(self, days: list[Day]) -> list[str]:
        lines = []
        for language in self.languages:
            listed = "; ".join(long_date(day.date, language) for day in days)
            lines.append(f"{words('days_attended', language)}: {listed}")
        return lines

    def signature_block(self) -> None:
        canvas = self.canvas
        y = 34 * mm
        left, right = self.width * 0.3, self.width * 0.7
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.6)
        canvas.line(left - 40 * mm, y, left + 40 * mm, y)
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, 8.5)
        canvas.drawCentredString(left, y - 5 * mm, " / ".join(words("for_organisers", language)
                                                              for language in self.languages))
        canvas.setFillColor(INK)
        canvas.setFont(FONT, 10)
        city = self.event.city or self.event.venue
        dated = day_month_year(self.event.end_date, self.languages[0])
        canvas.drawCentredString(right, y + 1 * mm, f"{city}, {dated}" if city else dated)

    def draw(self, participant: Participant, days: list[Day]) -> None:
        event = self.event
        self.border()
        y = self.height - 30 * mm
        y = self.bilingual("certificate_title", y, 30, BOLD, ACCENT, gap=1.5 * mm)
        y = self.bilingual("certify", y - 9 * mm, 12, colour=INK)
        y = self.paragraph(participant.full_name, centred(26, BOLD, INK), y - 5 * mm)
        if participant.organisation:
            y = self.paragraph(participant.organisation, centred(11, colour=MUTED), y - 2 * mm)
        y = self.bilingual("attended", y - 6 * mm, 12)
        y = self.paragraph(event.title, centred(17, BOLD, ACCENT), y - 2.5 * mm)
        if event.subtitle:
            y = self.paragraph(event.subtitle, centred(11, colour=INK), y - 1.5 * mm)
        for index, language in enumerate(self.languages):
            held = words("held", language, place=place(event), dates=date_range(event.start_date, event.end_date,
                                                                                 language))
            style = centred(11, colour=INK) if index == 0 else centred(9, colour=SECONDARY)
            y = self.paragraph(held, style, y - (4 * mm if index == 0 else 1 * mm))
        for index, line in enumerate(self.days_attended(days)):
            style = centred(10.5, BOLD, INK) if index == 0 else centred(9, FONT, SECONDARY)
            y = self.paragraph(line, style, y - (5 * mm if index == 0 else 1 * mm))
        self.signature_block()
        self.canvas.setFont(FONT, 7)
        self.canvas.setFillColor(RULE)
        self.canvas.drawRightString(self.width - 18 * mm, 18 * mm, f"No. {participant.number}")
        self.canvas.showPage()


def write_certificates_pdf(record: AttendanceRecord, out: Path, progress: ProgressCallback | None = None) -> int:
    """One page per attendee; returns the number of certificates."""
    register_fonts()
    attendees = record.attendees()
    if not attendees:
        raise BelvedereError("Nobody has checked in yet, so there is no certificate to print. "
                             "Certificates are for people who attended at least one day.")
    with written_aside(out) as temporary:
        canvas = Canvas(str(temporary), pagesize=PAGE)
        canvas.setTitle(f"{words('certificate_title', 'en')} — {record.event.title}")
        canvas.setAuthor("Belvedere")
        writer = CertificateWriter(canvas, record.event)
        for done, participant in enumerate(attendees, start=1):
            writer.draw(participant, record.days_attended(participant))
            if progress:
                progress(done, len(attendees))
        canvas.save()
    return len(attendees)
