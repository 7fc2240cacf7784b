"""Certificates of attendance: one landscape page per participant who attended at least one
day and whose role receives one, in the event's working languages, naming the event (its title in
each language), its dates, place and the days attended, signed by one or two signatories with the
place and date in each language, under the event's logos.

Nobody who did not attend gets one: attendance is a valid check-in at the desk. The text is
measured before it is drawn: when a long name, organisation or a many-day event would reach
the signatures, the whole text is set smaller until it clears them.
"""
from __future__ import annotations

from dataclasses import dataclass
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

from models.ground.branding import SignatoryDetails, event_logos, event_signatories, png_size
from models.ground.dates import date_range, day_month_year, long_date
from models.ground.entities import Day, Event
from models.ground.errors import BelvedereError
from models.ground.files import written_aside
from models.ground.i18n import translate
from models.participants.entities import Participant
from models.reports.pdf import ACCENT, BOLD, FONT, INK, MUTED, RULE, ProgressCallback, draw_logos, register_fonts
from models.reports.records import AttendanceRecord
from models.reports.wording import place_in, report_languages, words

PAGE = landscape(A4)
SECONDARY = MUTED  # the second language, set smaller and lighter under the first
TEXT_WIDTH = PAGE[0] - 70 * mm
LOGO_HEIGHT = 15 * mm
TOP = PAGE[1] - 24 * mm  # below the border
SIGNATURE_LINE = 44 * mm  # above the page's foot: the signatures' names and titles go below it
ROOM_TO_SIGN = 13 * mm
SMALLEST_SCALE = 0.35


def receives_certificate(participant: Participant) -> bool:
    """Attendees get one unless their role is one that does not (staff and interpreters, by default)."""
    return participant.role is None or participant.role.certificate


@cache
def centred(size: float, font: str = FONT, colour=INK) -> ParagraphStyle:
    return ParagraphStyle(f"centred-{font}-{size:.3f}", fontName=font, fontSize=size, leading=size * 1.25,
                          textColor=colour, alignment=TA_CENTER, splitLongWords=0)


@dataclass(frozen=True)
class Line:
    """One paragraph of a certificate's text: its words, its size at full scale, and the air above it."""

    text: str
    size: float
    font: str = FONT
    colour: object = INK
    space_before: float = 0


class CertificateWriter:
    """Draws certificates straight on the canvas: every one is exactly one page."""

    def __init__(self, canvas: Canvas, event: Event):
        self.canvas = canvas
        self.event = event
        self.languages = report_languages(event.language_list)
        self.width, self.height = PAGE
        self.logos = [(bytes(logo.png), png_size(bytes(logo.png))) for logo in event_logos(event)]
        self.signatories = event_signatories(event)
        self.text_top = TOP - (LOGO_HEIGHT + 5 * mm if self.logos else 0)
        self.text_bottom = self.signature_top() + 6 * mm

    # --- the text ------------------------------------------------------------------------

    def bilingual(self, key: str, size: float, font: str = FONT, colour=INK, space_before: float = 0,
                  **values) -> list[Line]:
        """The first language large, the others below it smaller and in grey (once each: no repeats)."""
        first, *others = self.languages
        lines = [Line(words(key, first, **values), size, font, colour, space_before)]
        shown = {lines[0].text}
        for language in others:
            text = words(key, language, **values)
            if text not in shown:
                lines.append(Line(text, size * 0.78, font, SECONDARY, 1.5 * mm))
                shown.add(text)
        return lines

    def titles(self) -> list[Line]:
        """The event's title in each working language (the first large), then its subtitle."""
        first, *others = self.languages
        lines = [Line(self.event.title_in(first), 17, BOLD, ACCENT, 2.5 * mm)]
        for language in others:
            translated = self.event.title_in(language)
            if translated != lines[0].text:
                lines.append(Line(translated, 13, BOLD, SECONDARY, 1.5 * mm))
        if self.event.subtitle:
            lines.append(Line(self.event.subtitle, 11, FONT, INK, 1.5 * mm))
        return lines

    def lines(self, participant: Participant, days: list[Day]) -> list[Line]:
        event = self.event
        lines = self.bilingual("certificate_title", 30, BOLD, ACCENT)
        lines += self.bilingual("certify", 12, space_before=8 * mm)
        lines.append(Line(participant.full_name, 26, BOLD, INK, 4 * mm))
        if participant.organisation:
            lines.append(Line(participant.organisation, 11, FONT, MUTED, 2 * mm))
        lines += self.bilingual("attended", 12, space_before=5 * mm)
        lines += self.titles()
        for index, language in enumerate(self.languages):
            held = words("held", language, place=place_in(event, language), dates=date_range(event.start_date, event.end_date,
                                                                                 language))
            lines.append(Line(held, 11 if index == 0 else 9, FONT, INK if index == 0 else SECONDARY,
                              4 * mm if index == 0 else 1 * mm))
        for index, text in enumerate(self.days_attended(days)):
            lines.append(Line(text, 10.5 if index == 0 else 9, BOLD if index == 0 else FONT,
                              INK if index == 0 else SECONDARY, 5 * mm if index == 0 else 1 * mm))
        return lines

    def days_attended(self, days: list[Day]) -> list[str]:
        lines = []
        for language in self.languages:
            listed = "; ".join(long_date(day.date, language) for day in days)
            lines.append(f"{words('days_attended', language)}: {listed}")
        return lines

    def measure(self, lines: list[Line], scale: float) -> float:
        return sum(line.space_before * scale + self.paragraph_height(line, scale) for line in lines)

    @staticmethod
    def style(line: Line, scale: float) -> ParagraphStyle:
        return centred(round(line.size * scale, 2), line.font, line.colour)

    def paragraph_height(self, line: Line, scale: float) -> float:
        style = self.style(line, scale)
        if stringWidth(line.text, style.fontName, style.fontSize) <= TEXT_WIDTH:
            return style.leading
        return Paragraph(escape(line.text), style).wrap(TEXT_WIDTH, self.height)[1]

    def fitting_scale(self, lines: list[Line]) -> float:
        """The largest scale, up to 1, at which the text fits between the logos and the signatures."""
        room = self.text_top - self.text_bottom
        if self.measure(lines, 1.0) <= room:
            return 1.0
        fits, too_large = SMALLEST_SCALE, 1.0  # wrapping makes height jump: halve the interval, not guess
        for _ in range(9):
            middle = (fits + too_large) / 2
            if self.measure(lines, middle) <= room:
                fits = middle
            else:
                too_large = middle
        return fits

    def draw_text(self, lines: list[Line], scale: float) -> float:
        y = self.text_top
        for line in lines:
            y -= line.space_before * scale
            style = self.style(line, scale)
            if stringWidth(line.text, style.fontName, style.fontSize) <= TEXT_WIDTH:
                # one line: drawn directly, many times faster than a paragraph (a certificate per attendee)
                baseline = y - style.leading + (style.leading - style.fontSize) / 2 + style.fontSize * 0.2
                self.canvas.setFont(style.fontName, style.fontSize)
                self.canvas.setFillColor(style.textColor)
                self.canvas.drawCentredString(self.width / 2, baseline, line.text)
                y -= style.leading
            else:
                paragraph = Paragraph(escape(line.text), style)
                _, height = paragraph.wrap(TEXT_WIDTH, self.height)
                paragraph.drawOn(self.canvas, (self.width - TEXT_WIDTH) / 2, y - height)
                y -= height
        return y

    # --- the frame, the logos and the signatures ------------------------------------------

    def border(self) -> None:
        canvas = self.canvas
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(2.2)
        canvas.rect(12 * mm, 12 * mm, self.width - 24 * mm, self.height - 24 * mm)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.rect(15 * mm, 15 * mm, self.width - 30 * mm, self.height - 30 * mm)

    def place_and_date(self) -> str:
        """'Durrës, 10 June 2011 / Durrës, më 10 qershor 2011': where and when, in each working language."""
        event = self.event
        where = event.certificate_place or event.city or event.venue
        signed = event.certificate_date or event.end_date
        phrases = []
        for language in self.languages:
            dated = day_month_year(signed, language)
            phrase = words("place_date", language, place=where, date=dated) if where else dated
            if phrase not in phrases:
                phrases.append(phrase)
        return " / ".join(phrases)

    def signature_top(self) -> float:
        """Where the signature block begins: the place and date above the room to sign."""
        return SIGNATURE_LINE + ROOM_TO_SIGN + 5 * mm

    def signature_block(self) -> None:
        canvas = self.canvas
        canvas.setFillColor(INK)
        canvas.setFont(FONT, 10)
        canvas.drawCentredString(self.width / 2, SIGNATURE_LINE + ROOM_TO_SIGN + 1 * mm, self.place_and_date())
        signatories = self.signatories or [SignatoryDetails("", " / ".join(
            dict.fromkeys(words("for_organisers", language) for language in self.languages)))]
        centres = [self.width / 2] if len(signatories) == 1 else [self.width * 0.3, self.width * 0.7]
        for centre, signatory in zip(centres, signatories):
            self.signatory(centre, signatory)

    def signatory(self, centre: float, signatory: SignatoryDetails) -> None:
        """The line to sign on, the name under it, then the title: one line per language, set to fit."""
        canvas = self.canvas
        half = 45 * mm
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.6)
        canvas.line(centre - half, SIGNATURE_LINE, centre + half, SIGNATURE_LINE)
        y = SIGNATURE_LINE - 5 * mm
        if signatory.name:
            canvas.setFillColor(INK)
            canvas.setFont(BOLD, fitted_size(signatory.name, BOLD, 10, 2 * half))
            canvas.drawCentredString(centre, y, signatory.name)
            y -= 4.5 * mm
        canvas.setFillColor(MUTED)
        for line in signatory.title_lines[:3]:
            canvas.setFont(FONT, fitted_size(line, FONT, 8.5, 2 * half + 10 * mm))
            canvas.drawCentredString(centre, y, line)
            y -= 3.8 * mm

    def draw(self, participant: Participant, days: list[Day]) -> None:
        self.border()
        if self.logos:
            draw_logos(self.canvas, self.logos, 35 * mm, TOP - LOGO_HEIGHT, self.width - 70 * mm, LOGO_HEIGHT)
        lines = self.lines(participant, days)
        self.draw_text(lines, self.fitting_scale(lines))
        self.signature_block()
        self.canvas.setFont(FONT, 7)
        self.canvas.setFillColor(RULE)
        self.canvas.drawRightString(self.width - 18 * mm, 18 * mm, f"No. {participant.number}")
        self.canvas.showPage()


def fitted_size(text: str, font: str, size: float, width: float) -> float:
    """The size, or smaller so that one line of text fits the width."""
    return min(size, size * width / max(stringWidth(text, font, size), 1e-9))


def certificate_recipients(record: AttendanceRecord) -> list[Participant]:
    return [participant for participant in record.attendees() if receives_certificate(participant)]


def write_certificates_pdf(record: AttendanceRecord, out: Path, progress: ProgressCallback | None = None) -> int:
    """One page per attendee whose role receives one; returns the number of certificates."""
    register_fonts()
    attendees = certificate_recipients(record)
    if not attendees:
        if record.attendees():
            raise BelvedereError(translate("reports", "Nobody who attended has a role that receives a certificate. "
                                                      "Choose the roles that do on the Event page (Roles), then print "
                                                      "again."))
        raise BelvedereError(translate("reports", "Nobody has checked in yet, so there is no certificate to print. "
                                                  "Certificates are for people who attended at least one day."))
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
