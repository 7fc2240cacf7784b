"""What a badge shows and where: the event heading, the name (largest), organisation,
delegation, the participant number in digits, the QR code with its quiet zone, the role
as a band in the role's colour, and the delegation's footnote when it has one.

Tall badges (A6) centre the text with the code at the bottom; wide badges (cards,
inserts) set the text in a left column beside the code. Everything that is the same
on every badge (the heading, the code's place and size) is worked out once per design.

Nothing prints over anything else: every text is fitted to a region of its own, and the
regions of a badge are laid out so that they do not meet (the name, organisation and
delegation share their room by giving each its part of the height). What cannot be set at
its smallest size becomes smaller still rather than reach another region, and is reported
before printing (models.badges.preflight).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.units import mm

from models.badges.drawing import (
    ASCENT,
    DESCENT,
    Box,
    FittedText,
    Line,
    Picture,
    Qr,
    Shape,
    Text,
    fit_text,
    text_lines,
    wrap_text,
)
from models.badges.fonts import BOLD, CONDENSED, CONDENSED_BOLD, REGULAR, printable, text_width
from models.badges.qr import QUIET_ZONE_MODULES, qr_symbol
from models.badges.reading import payload_for
from models.ground.branding import event_logos, png_size
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
    footnote: str = ""  # the delegation's note, e.g. the Kosovo* footnote

    @classmethod
    def of(cls, participant, event) -> BadgeContent:
        return cls(
            number=participant.number,
            name=participant.name_on_badge,
            organisation=participant.organisation,
            delegation=participant.delegation_name,
            role=participant.role_name,
            role_colour=participant.role.colour if participant.role_id else NO_ROLE_COLOUR,
            payload=payload_for(participant, event),
            footnote=participant.delegation.note.strip() if participant.delegation_id else "",
        )


NUMBER_LABELS = {"en": "No.", "sq": "Nr."}  # the word before the participant's number


@dataclass(frozen=True)
class EventHeading:
    title: str
    subtitle: str
    when: str
    where: str
    logos: tuple[tuple[bytes, float], ...] = ()  # (PNG, width / height) of each logo, in order
    number_label: str = "No."  # in the event's first working language: a small label has room for one

    @classmethod
    def of(cls, event) -> EventHeading:
        """The event's heading, logos included: read from the event file here, so the badges can then be
        drawn away from it (another thread)."""
        place = ", ".join(part for part in (event.venue, event.city) if part)
        logos = tuple((bytes(logo.png), aspect(png_size(bytes(logo.png)))) for logo in event_logos(event))
        when = " / ".join(dict.fromkeys(date_range(event.start_date, event.end_date, language)
                                        for language in event.language_list or ["en"]))  # each working language
        first_language = (event.language_list or ["en"])[0]
        return cls(event.title, event.subtitle, when, place, logos, NUMBER_LABELS.get(first_language, "No."))


def aspect(size: tuple[int, int]) -> float:
    width, height = size
    return width / height


def logo_row(logos: tuple[tuple[bytes, float], ...], left: float, top: float, width: float, height: float,
             centred: bool) -> tuple[list[Picture], float]:
    """The logos side by side at `height` (smaller if they would not fit `width`), a gap between them;
    and the width they take."""
    if not logos:
        return [], 0.0
    gap = height * 0.4
    natural = sum(ratio for _, ratio in logos) * height + gap * (len(logos) - 1)
    scale = min(1.0, width / natural)
    row_width = natural * scale
    x = left + (width - row_width) / 2 if centred else left + width - row_width
    pictures = []
    for png, ratio in logos:
        pictures.append(Picture(x, top - height * scale, ratio * height * scale, height * scale, png))
        x += (ratio * height + gap) * scale
    return pictures, row_width


def luminance(hex_colour: str) -> float:
    """Relative luminance (sRGB, as WCAG computes it): 0 for black, 1 for white."""
    channels = [int(hex_colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def lightness(hex_colour: str) -> float:
    """CIE L* (0 black – 100 white): how light the colour prints on a greyscale printer or copier."""
    level = luminance(hex_colour)
    return 116 * level ** (1 / 3) - 16 if level > 216 / 24389 else level * 24389 / 27


# Two bands closer than this in lightness look alike once printed or copied in grey.
GREYSCALE_DISTINCT = 10.0


def greyscale_clashes(colours: dict[str, str]) -> list[tuple[str, str]]:
    """The pairs of roles (by name) whose band colours look the same in greyscale."""
    names = list(colours)
    return [(a, b) for index, a in enumerate(names) for b in names[index + 1:]
            if abs(lightness(colours[a]) - lightness(colours[b])) < GREYSCALE_DISTINCT]


def band_text_colour(background: str) -> str:
    """White on dark role colours, near-black on light ones: whichever contrasts more."""
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


@dataclass(frozen=True)
class Block:
    """A text to set in a stack: its style, its share of the stack's height, its sizes and lines."""

    text: str
    font: str
    colour: str
    height: float  # what it may take when there is room for everything
    max_size: float
    min_size: float
    max_lines: int
    gap: float = 0  # below it, before the next block


@dataclass(frozen=True)
class Person:
    """The name, organisation and delegation as fitted on one badge; `name` tells whether it was set
    at least at the layout's minimum size."""

    shapes: list[Shape]
    name: FittedText
    name_minimum: float

    @property
    def name_fits(self) -> bool:
        return self.name.size >= self.name_minimum - 1e-6


def stack(blocks: list[Block], region: Region, centred: bool) -> tuple[list[Shape], list[FittedText]]:
    """The blocks set top to bottom in the region, never below it: when their heights and gaps add up to
    more than the region, every block's share shrinks alike. The stack is centred in its room."""
    wanted = sum(block.height + block.gap for block in blocks)
    share = min(1.0, region.height / wanted) if wanted else 1.0
    fitted = [fit_text(block.text, block.font, region.width, block.height * share, block.max_size, block.min_size,
                       block.max_lines) for block in blocks]
    total = sum(text.height + block.gap * share for text, block in zip(fitted, blocks))
    top = region.top - max(0.0, (region.height - total) / 2)
    shapes: list[Shape] = []
    for text, block in zip(fitted, blocks):
        shapes += text_lines(text, block.font, block.colour, region.left, top, region.width, centred)
        top -= text.height + block.gap * share
    return shapes, fitted


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
        self.number_label = heading.number_label
        self.heading_shapes, self.heading_bottom = self._heading(heading)
        self.module = self._module()
        self.code_zone, self.text_region, self.number_region = self._regions(0.0)

    # --- what every badge shares -----------------------------------------

    def _heading(self, heading: EventHeading) -> tuple[list[Shape], float]:
        """The logos and the event's heading under the top edge: on a tall badge the logos in a row above
        the heading, on a wide one at the heading's right end (the code needs the height)."""
        inner, s = self.inner, self.scale
        top = inner.top
        if self.tall:
            shapes, _ = logo_row(heading.logos, inner.left, top, inner.width, 11 * mm * s, centred=True)
            top -= 11 * mm * s + 2 * mm * s if shapes else 0
            text_width = inner.width
        else:
            room = inner.width * 0.4
            shapes, used = logo_row(heading.logos, inner.left + inner.width - room, top, room, 6.3 * mm * s,
                                    centred=False)
            text_width = inner.width - used - (2 * mm * s if shapes else 0)
        lines = self._heading_lines(heading, text_width)
        for fitted, font, colour in lines:
            shapes += text_lines(fitted, font, colour, inner.left, top, text_width, centred=self.tall)
            top -= fitted.height + 1.2 * s
        top = min([top] + [picture.y for picture in shapes if isinstance(picture, Picture)])
        rule_y = top - 1.5 * mm * s
        shapes.append(Line(inner.left, rule_y, inner.left + inner.width, rule_y, ACCENT, 1.2 * s))
        return shapes, rule_y - 1.5 * mm * s

    def _heading_lines(self, heading: EventHeading, width: float) -> list[tuple[FittedText, str, str]]:
        s = self.scale
        if self.tall:
            title = fit_text(heading.title, BOLD, width, 34 * s, 13 * s, 10 * s)
            lines = [(title, BOLD, HEADING)]
            if heading.subtitle:
                lines.append((fit_text(heading.subtitle, REGULAR, width, 12 * s, 8 * s, 6 * s, 1),
                              REGULAR, SECONDARY))
        else:
            title = fit_text(heading.title, CONDENSED_BOLD, width, 10 * s, 7.5 * s, 6 * s, 1)
            lines = [(title, CONDENSED_BOLD, HEADING)]
        when_where = "  ·  ".join(part for part in (heading.when, heading.where) if part)
        lines.append((fit_text(when_where, CONDENSED, width, 12 * s, (8.5 if self.tall else 6.5) * s,
                               5 * s, 1), CONDENSED, SECONDARY))
        return lines

    def _module(self) -> float:
        """The code's module size: as large as the room allows, at least 20 mm wide."""
        modules_with_quiet_zone = QR_MODULES + 2 * QUIET_ZONE_MODULES
        if self.tall:
            module = 1.25 * mm * self.scale
        else:
            module = min((self.heading_bottom - self._above_band(0)) / modules_with_quiet_zone, MAXIMUM_WIDE_MODULE)
        if module * QR_MODULES < MINIMUM_QR_WIDTH:
            raise ValueError(f"a {self.width / mm:.0f}×{self.height / mm:.0f} mm badge has no room for a 20 mm code")
        return module

    def _above_band(self, footnote_height: float) -> float:
        return self.band.top + 1 * mm * self.scale + footnote_height

    def _regions(self, footnote_height: float) -> tuple[Region, Region, Region]:
        """The code's zone, the text's region and the number's, above a footnote of this height.

        On a tall badge the footnote runs the whole width above the band and lifts the rest; on a wide
        badge it takes the bottom of the text column, so the code keeps its size."""
        inner, s = self.inner, self.scale
        zone = self.module * (QR_MODULES + 2 * QUIET_ZONE_MODULES)
        if self.tall:
            bottom = self._above_band(footnote_height)
            code_zone = Region(inner.left + inner.width - zone, bottom, zone, zone)
            return (code_zone, Region(inner.left, code_zone.top, inner.width, self.heading_bottom - code_zone.top),
                    Region(inner.left, bottom, inner.width - zone - 1 * mm * s, zone))
        code_zone = Region(inner.left + inner.width - zone, self._above_band(0), zone, zone)
        width = code_zone.left - inner.left - 1 * mm * s
        number_bottom = self._above_band(footnote_height)
        number_height = 7 * mm * s
        return (code_zone, Region(inner.left, number_bottom + number_height, width,
                                  self.heading_bottom - number_bottom - number_height),
                Region(inner.left, number_bottom, width, number_height))

    # --- one badge ---------------------------------------------------------

    def shapes(self, content: BadgeContent) -> list[Shape]:
        footnote = self._footnote(content.footnote)
        code_zone, text_region, number_region = self._regions(self._reserve(footnote))
        shapes = list(self.heading_shapes)
        shapes += self.person(content, text_region).shapes
        shapes += self._number(content.number, number_region)
        shapes.append(self._code(content.payload, code_zone))
        if footnote:
            shapes += text_lines(footnote, CONDENSED, SECONDARY, self.inner.left,
                                 self._above_band(0) + footnote.height, self.inner.width, centred=False)
        shapes += self._role_band(content)
        return shapes

    def person(self, content: BadgeContent, region: Region | None = None) -> Person:
        """The name, organisation and delegation fitted in the text region (the one the footnote leaves)."""
        region = region or self._regions(self._reserve(self._footnote(content.footnote)))[1]
        s = self.scale
        if self.tall:
            name = Block(content.name, BOLD, INK, 30 * mm * s, 36 * s, 26 * s, 2, 3.5 * mm * s)
            organisation = Block(content.organisation, REGULAR, SECONDARY, 15 * mm * s, 11 * s, 9.5 * s, 3,
                                 2 * mm * s)
            delegation = Block(content.delegation, BOLD, HEADING, 11 * mm * s, 12 * s, 8 * s, 2)
        else:
            name = Block(content.name, BOLD, INK, 13 * mm * s, 17 * s, 12 * s, 2, 1.6 * mm * s)
            organisation = Block(content.organisation, CONDENSED, SECONDARY, 9 * mm * s, 7.5 * s, 6.5 * s, 3,
                                 1 * mm * s)
            delegation = Block(content.delegation, CONDENSED_BOLD, HEADING, 6 * mm * s, 8 * s, 5.5 * s, 2)
        blocks = [name] + [block for block in (organisation, delegation) if block.text.strip()]
        shapes, fitted = stack(blocks, region, centred=self.tall)
        return Person(shapes, fitted[0], name.min_size)

    def _reserve(self, footnote: FittedText | None) -> float:
        """The height a footnote takes above the band, with air between it and what stands above it."""
        return footnote.height + 1 * mm * self.scale if footnote else 0.0

    def _footnote(self, note: str) -> FittedText | None:
        """The delegation's note in small type, on as many lines as it needs, with a little air above."""
        if not note:
            return None
        width = self.inner.width if self.tall else self.code_zone.left - self.inner.left - 1 * mm * self.scale
        return _fitted_note(note, width, (6 if self.tall else 4.2) * self.scale)

    def _number(self, number: int, region: Region) -> list[Shape]:
        s = self.scale
        digits = str(number)
        if self.tall:
            label, value = fit_text(self.number_label, REGULAR, region.width, region.height, 9 * s, 9 * s, 1), \
                fit_text(digits, BOLD, region.width, region.height, 26 * s, 12 * s, 1)
            total = label.height + value.height
            top = region.bottom + (region.height + total) / 2
            return (text_lines(label, REGULAR, SECONDARY, region.left, top, region.width, False)
                    + text_lines(value, BOLD, INK, region.left, top - label.height, region.width, False))
        size = min(11 * s, region.height / (ASCENT + DESCENT))
        baseline = region.bottom + (region.height - (ASCENT - DESCENT) * size) / 2
        label_size = 7 * s
        label_width = text_width(self.number_label, REGULAR, label_size)
        return [Text(region.left, baseline, self.number_label, REGULAR, label_size, SECONDARY),
                Text(region.left + label_width + 1 * mm * s, baseline, digits, BOLD, size, INK)]

    def _code(self, payload: str, zone: Region) -> Qr:
        symbol = qr_symbol(payload)
        if symbol.size != QR_MODULES:
            raise ValueError(f"payload {payload!r} does not fit a version 1 code")
        quiet = QUIET_ZONE_MODULES * self.module
        return Qr(zone.left + quiet, zone.bottom + quiet, self.module, symbol)

    def _role_band(self, content: BadgeContent) -> list[Shape]:
        band, s = self.band, self.scale
        label = printable(content.role) or "Participant"
        fitted = fit_text(label, BOLD, band.width - 6 * mm * s, band.height * 0.8, (17 if self.tall else 9) * s,
                          6 * s, 1)
        baseline = band.bottom + (band.height - (ASCENT - DESCENT) * fitted.size) / 2
        x = band.left + (band.width - fitted.widths[0]) / 2
        return [Box(band.left, band.bottom, band.width, band.height, content.role_colour),
                Text(x, baseline, fitted.lines[0], BOLD, fitted.size, band_text_colour(content.role_colour))]


@lru_cache(maxsize=64)
def _fitted_note(note: str, width: float, size: float) -> FittedText:
    return wrap_text(note, CONDENSED, width, size)
