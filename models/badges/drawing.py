"""A badge page as plain drawing instructions, and text fitted to a box.

The badge design produces these shapes once; the PDF writer (reportlab) and the
window's preview and printing (Qt) each only paint them. So the preview, the printer
and the PDF show the same badge. Units are PDF points, origin at the bottom left,
y upwards; text is placed by its left end on the baseline.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import combinations

from models.badges.fonts import printable, text_width
from models.badges.qr import QUIET_ZONE_MODULES, QrSymbol

LEADING = 1.21  # line height as a multiple of the type size: more than a line's ascent and descent together
# How far the region's letters reach above and below the baseline, in em (DejaVu: Ă and Ģ reach furthest
# among Latin, Latin Extended-A and Cyrillic; a test checks every letter of the region against these).
ASCENT = 0.95
DESCENT = 0.25


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    colour: str


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    colour: str
    width: float


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # baseline
    text: str
    font: str
    size: float
    colour: str


@dataclass(frozen=True)
class Qr:
    x: float  # bottom left of the symbol, quiet zone outside
    y: float
    module: float
    symbol: QrSymbol

    @property
    def width(self) -> float:
        return self.module * self.symbol.size


@dataclass(frozen=True)
class Picture:
    """A logo: PNG data drawn into this box (its proportions kept by whoever made the box)."""

    x: float
    y: float
    width: float
    height: float
    png: bytes = field(repr=False)


Shape = Box | Line | Text | Qr | Picture


@dataclass
class Placement:
    """One badge's shapes, drawn with their origin at (x, y) on the page."""

    x: float
    y: float
    shapes: list[Shape]


@dataclass
class Page:
    width: float
    height: float
    placements: list[Placement] = field(default_factory=list)
    marks: list[Line] = field(default_factory=list)  # cut marks, in page coordinates


# --- where shapes are ----------------------------------------------------------

Extent = tuple[float, float, float, float]  # left, bottom, right, top


def extent(shape: Shape) -> Extent:
    """The room a shape takes: a text line from its lowest descender to its highest accent, a code with
    its quiet zone, a line with its thickness."""
    if isinstance(shape, Text):
        return (shape.x, shape.y - DESCENT * shape.size, shape.x + text_width(shape.text, shape.font, shape.size),
                shape.y + ASCENT * shape.size)
    if isinstance(shape, Qr):
        quiet = QUIET_ZONE_MODULES * shape.module
        return shape.x - quiet, shape.y - quiet, shape.x + shape.width + quiet, shape.y + shape.width + quiet
    if isinstance(shape, (Box, Picture)):
        return shape.x, shape.y, shape.x + shape.width, shape.y + shape.height
    across = shape.width / 2 if shape.x1 != shape.x2 else 0  # butt ends: the thickness is across the line only
    along = shape.width / 2 if shape.y1 != shape.y2 else 0
    return min(shape.x1, shape.x2) - along, min(shape.y1, shape.y2) - across, max(shape.x1, shape.x2) + along, \
        max(shape.y1, shape.y2) + across


def overlap(a: Extent, b: Extent) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def collisions(shapes: list[Shape]) -> list[tuple[Shape, Shape]]:
    """Pairs of shapes that would print over each other (a band's own label is meant to sit on it)."""
    extents = [extent(shape) for shape in shapes]
    return [(first, second) for index, (first, room) in enumerate(zip(shapes, extents))
            for second, other in zip(shapes[index + 1:], extents[index + 1:])
            if overlap(room, other) and not _label_on_band(first, second)]


def _label_on_band(first: Shape, second: Shape) -> bool:
    box, text = (first, second) if isinstance(first, Box) else (second, first)
    if not (isinstance(box, Box) and isinstance(text, Text)):
        return False
    left, bottom, right, top = extent(text)
    return box.x <= left and right <= box.x + box.width and box.y <= bottom and top <= box.y + box.height


# --- fitting text ------------------------------------------------------------

@dataclass(frozen=True)
class FittedText:
    lines: tuple[str, ...]
    size: float
    widths: tuple[float, ...]  # of each line at `size`

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * LEADING


def fit_text(text: str, font: str, width: float, height: float, max_size: float,
             min_size: float, max_lines: int = 2) -> FittedText:
    """The text at the largest size up to max_size that fits the box: first on one line,
    shrunk as far as min_size; when that is not enough, wrapped onto up to max_lines
    lines, at spaces, or also after hyphens when spaces alone leave it below min_size and
    the hyphen makes it clearly larger ("Hadžiahmetović-" / "Kovačević"). A text that still
    does not fit is shrunk further: it is never clipped.
    """
    at_spaces = _fit(_pieces(text, after_hyphens=False), font, width, height, max_size, min_size, max_lines)
    if at_spaces.size >= min_size or "-" not in text:
        return at_spaces
    after_hyphens = _fit(_pieces(text, after_hyphens=True), font, width, height, max_size, min_size, max_lines)
    return after_hyphens if after_hyphens.size >= at_spaces.size * HYPHEN_GAIN else at_spaces


# Breaking inside a double surname reads worse than a break between names: only for a clear gain.
HYPHEN_GAIN = 1.15
HYPHEN_BREAK = re.compile(r"(?<=\w-)(?=\w)")


def _pieces(text: str, after_hyphens: bool) -> list[tuple[str, str]]:
    """The text as (piece, what joins it to the piece before on one line): a space, or nothing after a hyphen."""
    pieces = []
    for word in printable(text).split(" "):
        parts = HYPHEN_BREAK.split(word) if after_hyphens else [word]
        pieces.extend((part, " " if index == 0 else "") for index, part in enumerate(parts))
    return pieces


def _fit(pieces: list[tuple[str, str]], font: str, width: float, height: float, max_size: float,
         min_size: float, max_lines: int) -> FittedText:
    unit_widths = [text_width(piece, font, 1) for piece, _joiner in pieces]
    joiner_widths = [text_width(joiner, font, 1) for _piece, joiner in pieces]
    best: tuple[float, list[str], list[float]] | None = None
    for count in range(1, min(max_lines, len(pieces)) + 1):
        lines, widths = _balanced_lines(pieces, unit_widths, joiner_widths, count)
        size = min(max_size, width / max(max(widths), 1e-9), height / (count * LEADING))
        if best is None or size > best[0]:
            best = (size, lines, widths)
        if size >= min_size:
            break
    size, lines, widths = best
    return FittedText(tuple(lines), size, tuple(w * size for w in widths))


def _balanced_lines(pieces: list[tuple[str, str]], unit_widths: list[float], joiner_widths: list[float],
                    count: int) -> tuple[list[str], list[float]]:
    """The pieces split into `count` lines with the widest line as narrow as possible (widths at size 1)."""
    def line_width(start: int, end: int) -> float:
        return sum(unit_widths[start:end]) + sum(joiner_widths[start + 1:end])

    def line_text(start: int, end: int) -> str:
        return pieces[start][0] + "".join(joiner + piece for piece, joiner in pieces[start + 1:end])

    best = None
    for cuts in combinations(range(1, len(pieces)), count - 1):
        bounds = (0, *cuts, len(pieces))
        widths = [line_width(a, b) for a, b in zip(bounds, bounds[1:])]
        if best is None or max(widths) < max(best[1]):
            best = ([line_text(a, b) for a, b in zip(bounds, bounds[1:])], widths)
    return best


def text_lines(fitted: FittedText, font: str, colour: str, left: float, top: float, width: float,
               centred: bool) -> list[Text]:
    """The fitted lines as shapes, the first line's highest accent just under `top`."""
    shapes = []
    baseline = top - fitted.size * ASCENT
    for line, line_width in zip(fitted.lines, fitted.widths):
        x = left + (width - line_width) / 2 if centred else left
        shapes.append(Text(x, baseline, line, font, fitted.size, colour))
        baseline -= fitted.size * LEADING
    return shapes


def wrap_text(text: str, font: str, width: float, size: float) -> FittedText:
    """Long running text (a footnote) broken greedily between words at one size; a word wider than the
    line shrinks the whole text, so nothing is ever broken inside a word or clipped."""
    words = printable(text).split(" ")
    widest = max(text_width(word, font, 1) for word in words)
    size = min(size, width / max(widest, 1e-9))
    lines: list[str] = []
    for word in words:
        if lines and text_width(lines[-1] + " " + word, font, size) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return FittedText(tuple(lines), size, tuple(text_width(line, font, size) for line in lines))
