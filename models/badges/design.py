"""What a badge shows and where: the event heading, the name (largest), organisation,
delegation, the participant number in digits, the QR code with its quiet zone, and the
role as a band in the role's colour.

Tall badges (A6) centre the text with the code at the bottom; wide badges (cards,
inserts) set the text in a left column beside the code. Everything that is the same
on every badge (the heading, the code's place and size) is worked out once per design.
"""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm

from models.badges.drawing import Box, Line, Qr, Shape, Text, fit_text, text_lines
from models.badges.fonts import BOLD, CONDENSED, CONDENSED_BOLD, REGULAR, printable, text_width
from models.badges.qr import QUIET_ZONE_MODULES, qr_symbol
from models.badges.reading import payload_for
from models.ground.dates import date_range

MINIMUM_QR_WIDTH = 20 * mm
QR_MODULES = 21  # version 1; the design checks every symbol has this size
MAXIMUM_WIDE_MODULE = 1.15 * mm  # a 24 mm code on wide badges: the name needs the room more

INK = "#111111"
HEADING = "#1f2a36"
SECONDARY = "#4a5560"
ACCENT = "#1f4e79"
NO_ROLE_COLOUR = "#78909c"
WHITE = "#ffffff"


@dataclass(frozen=True)
class BadgeContent:
    number: int
    name: str
    organisation: str
    delegation: str
    role: str
    role_colour: str
    payload: str

    @classmethod
    def of(cls, participant, event) -> BadgeContent:
        return cls(
            number=participant.number,
            name=participant.full_name,
            organisation=participant.organisation,
            delegation=participant.delegation_name,
            role=participant.role_name,
            role_colour=participant.role.colour if participant.role_id else NO_ROLE_COLOUR,
            payload=payload_for(participant, event),
        )


@dataclass(frozen=True)
class EventHeading:
    title: str
    subtitle: str
    when: str
    where: str

    @classmethod
    def of(cls, event) -> EventHeading:
        place = ", ".join(part for part in (event.venue, event.city) if part)
        return cls(event.title, event.subtitle, date_range(event.start_date, event.end_date), place)


def band_text_colour(background: str) -> str:
    """White on dark role colours, near-black on light ones: whichever contrasts more."""
    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    level = luminance(background)
    return WHITE if (1.05 / (level + 0.05)) >= ((level + 0.05) / (luminance(INK) + 0.05)) else INK


@dataclass(frozen=True)
class Region:
    left: float
    bottom: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.bottom + self.height


class BadgeDesign:
    """The shapes of one badge of a given size, origin at the badge's bottom left."""

    def __init__(self, width: float, height: float, heading: EventHeading):
        self.width = width
        self.height = height
        self.tall = height > width
        scale = min(width, height) / (105 * mm if self.tall else 54 * mm)
        self.scale = scale
        self.margin = (6 if self.tall else 3.2) * mm * scale
        self.inner = Region(self.margin, self.margin, width - 2 * self.margin, height - 2 * self.margin)
        self.band = Region(self.inner.left, self.inner.bottom, self.inner.width, (15 if self.tall else 8) * mm * scale)
        self.heading_shapes, heading_bottom = self._heading(heading)
        self._place_code(heading_bottom)

    # --- what every badge shares -----------------------------------------

    def _heading(self, heading: EventHeading) -> tuple[list[Shape], float]:
        inner, s = self.inner, self.scale
        shapes: list[Shape] = []
        top = inner.top
        if self.tall:
            title = fit_text(heading.title, BOLD, inner.width, 34 * s, 13 * s, 10 * s)
            lines = [(title, BOLD, HEADING)]
            if heading.subtitle:
                lines.append((fit_text(heading.subtitle, REGULAR, inner.width, 12 * s, 8 * s, 6 * s, 1),
                              REGULAR, SECONDARY))
        else:
            title = fit_text(heading.title, CONDENSED_BOLD, inner.width, 10 * s, 7.5 * s, 6 * s, 1)
            lines = [(title, CONDENSED_BOLD, HEADING)]
        when_where = "  ·  ".join(part for part in (heading.when, heading.where) if part)
        lines.append((fit_text(when_where, CONDENSED, inner.width, 12 * s, (8.5 if self.tall else 6.5) * s,
                               5 * s, 1), CONDENSED, SECONDARY))
        for fitted, font, colour in lines:
            shapes += text_lines(fitted, font, colour, inner.left, top, inner.width, centred=self.tall)
            top -= fitted.height + 1.2 * s
        rule_y = top - 1.5 * mm * s
        shapes.append(Line(inner.left, rule_y, inner.left + inner.width, rule_y, ACCENT, 1.2 * s))
        return shapes, rule_y - 1.5 * mm * s

    def _place_code(self, heading_bottom: float) -> None:
        """The code's module size and place: as large as the room allows, at least 20 mm wide."""
        inner, s = self.inner, self.scale
        modules_with_quiet_zone = QR_MODULES + 2 * QUIET_ZONE_MODULES
        above_band = self.band.top + 1 * mm * s
        if self.tall:
            module = 1.25 * mm * s
            zone = module * modules_with_quiet_zone
            self.code_zone = Region(inner.left + inner.width - zone, above_band, zone, zone)
            self.text_region = Region(inner.left, self.code_zone.top, inner.width, heading_bottom - self.code_zone.top)
            self.number_region = Region(inner.left, above_band, inner.width - zone, zone)
        else:
            module = min((heading_bottom - above_band) / modules_with_quiet_zone, MAXIMUM_WIDE_MODULE)
            zone = module * modules_with_quiet_zone
            self.code_zone = Region(inner.left + inner.width - zone, above_band, zone, zone)
            text_width = self.code_zone.left - inner.left - 1 * mm * s
            number_height = 7 * mm * s
            self.text_region = Region(inner.left, above_band + number_height, text_width,
                                      heading_bottom - above_band - number_height)
            self.number_region = Region(inner.left, above_band, text_width, number_height)
        if module * QR_MODULES < MINIMUM_QR_WIDTH:
            raise ValueError(f"a {self.width / mm:.0f}×{self.height / mm:.0f} mm badge has no room for a 20 mm code")
        self.module = module

    # --- one badge ---------------------------------------------------------

    def shapes(self, content: BadgeContent) -> list[Shape]:
        shapes = list(self.heading_shapes)
        shapes += self._person(content)
        shapes += self._number(content.number)
        shapes.append(self._code(content.payload))
        shapes += self._role_band(content)
        return shapes

    def _person(self, content: BadgeContent) -> list[Shape]:
        region, s = self.text_region, self.scale
        if self.tall:
            name = fit_text(content.name, BOLD, region.width, 30 * mm * s, 36 * s, 26 * s)
            parts = [(name, BOLD, INK, 3.5 * mm * s)]
            if content.organisation:
                parts.append((fit_text(content.organisation, REGULAR, region.width, 15 * mm * s, 11 * s, 9.5 * s, 3),
                              REGULAR, SECONDARY, 2 * mm * s))
            if content.delegation:
                parts.append((fit_text(content.delegation, BOLD, region.width, 11 * mm * s, 12 * s, 8 * s),
                              BOLD, HEADING, 0))
        else:
            name = fit_text(content.name, BOLD, region.width, 13 * mm * s, 17 * s, 12 * s)
            parts = [(name, BOLD, INK, 1.6 * mm * s)]
            if content.organisation:
                parts.append((fit_text(content.organisation, CONDENSED, region.width, 7 * mm * s, 7.5 * s, 6.5 * s, 2),
                              CONDENSED, SECONDARY, 1 * mm * s))
            if content.delegation:
                parts.append((fit_text(content.delegation, CONDENSED_BOLD, region.width, 6 * mm * s, 8 * s, 5.5 * s),
                              CONDENSED_BOLD, HEADING, 0))
        total = sum(fitted.height + gap for fitted, _, _, gap in parts)
        top = region.top - max(0.0, (region.height - total) / 2)  # the block centred in its room
        shapes: list[Shape] = []
        for fitted, font, colour, gap in parts:
            shapes += text_lines(fitted, font, colour, region.left, top, region.width, centred=self.tall)
            top -= fitted.height + gap
        return shapes

    def _number(self, number: int) -> list[Shape]:
        region, s = self.number_region, self.scale
        digits = str(number)
        if self.tall:
            size = 26 * s
            label = Text(region.left, region.bottom + region.height * 0.5 + 2 * mm * s, "No.", REGULAR, 9 * s, SECONDARY)
            value = Text(region.left, region.bottom + region.height * 0.5 - size * 0.55, digits, BOLD, size, INK)
            return [label, value]
        size = 11 * s
        baseline = region.bottom + (region.height - size * 0.73) / 2
        label_size = 7 * s
        label_width = text_width("No.", REGULAR, label_size)
        return [Text(region.left, baseline, "No.", REGULAR, label_size, SECONDARY),
                Text(region.left + label_width + 1 * mm * s, baseline, digits, BOLD, size, INK)]

    def _code(self, payload: str) -> Qr:
        symbol = qr_symbol(payload)
        if symbol.size != QR_MODULES:
            raise ValueError(f"payload {payload!r} does not fit a version 1 code")
        quiet = QUIET_ZONE_MODULES * self.module
        return Qr(self.code_zone.left + quiet, self.code_zone.bottom + quiet, self.module, symbol)

    def _role_band(self, content: BadgeContent) -> list[Shape]:
        band, s = self.band, self.scale
        label = printable(content.role) or "Participant"
        fitted = fit_text(label, BOLD, band.width - 6 * mm * s, band.height * 0.8, (17 if self.tall else 9) * s,
                          6 * s, 1)
        baseline = band.bottom + (band.height - fitted.size * 0.73) / 2
        x = band.left + (band.width - fitted.widths[0]) / 2
        return [Box(band.left, band.bottom, band.width, band.height, content.role_colour),
                Text(x, baseline, fitted.lines[0], BOLD, fitted.size, band_text_colour(content.role_colour))]
