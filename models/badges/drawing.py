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
from models.badges.qr import QrSymbol

LEADING = 1.18  # line height as a multiple of the type size


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


Shape = Box | Line | Text | Qr


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
    """The fitted lines as shapes, the first line's cap height just under `top`."""
    shapes = []
    baseline = top - fitted.size * 0.76  # DejaVu's cap height is 0.73 em; a hair of air above it
    for line, line_width in zip(fitted.lines, fitted.widths):
        x = left + (width - line_width) / 2 if centred else left
        shapes.append(Text(x, baseline, line, font, fitted.size, colour))
        baseline -= fitted.size * LEADING
    return shapes
