"""Fitting one line of the stage display to its width: as large as it fits, down to a floor,
and only then shortened with an ellipsis.

The display measures text with its own fonts, so the measure is passed in:
`measure(text, size)` is the text's width at that pixel size. Nothing here knows Qt.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

ELLIPSIS = "…"

Measure = Callable[[str, int], float]


@dataclass(frozen=True)
class FittedLine:
    text: str  # as painted: the whole text, or its start and an ellipsis
    size: int  # pixels
    elided: bool


def fit_line(text: str, width: float, largest: int, smallest: int, measure: Measure) -> FittedLine:
    """The text at the largest whole size from `largest` down to `smallest` at which it fits `width`.
    When it does not fit even at `smallest`, it is shown at `smallest`, as the longest start of it
    followed by an ellipsis that fits (nothing at all when not even the ellipsis fits)."""
    smallest = max(1, min(smallest, largest))
    if not text:
        return FittedLine("", largest, False)
    if width <= 0:
        return FittedLine("", smallest, True)
    if measure(text, largest) <= width:
        return FittedLine(text, largest, False)
    size = _largest_fitting(text, width, largest, smallest, measure)
    if size is not None:
        return FittedLine(text, size, False)
    return FittedLine(_elided(text, width, smallest, measure), smallest, True)


def _largest_fitting(text: str, width: float, largest: int, smallest: int, measure: Measure) -> int | None:
    """Widths grow about in proportion to the size: start from that guess, then correct it a step at a time."""
    if smallest >= largest:
        return None  # no room to shrink: the text did not fit at `largest`
    natural = measure(text, largest)
    size = min(largest - 1, max(smallest, int(largest * width / natural)))
    while size > smallest and measure(text, size) > width:
        size -= 1
    while size + 1 < largest and measure(text, size + 1) <= width:
        size += 1
    return size if measure(text, size) <= width else None


def _elided(text: str, width: float, size: int, measure: Measure) -> str:
    """The longest start of the text, with an ellipsis, that fits (a start's width only grows with its length)."""
    def shown(count: int) -> str:
        return text[:count].rstrip() + ELLIPSIS

    low, high = 0, len(text) - 1  # `low` characters always fit (none at all, at worst); `high + 1` never do
    if measure(ELLIPSIS, size) > width:
        return ""
    while low < high:
        middle = (low + high + 1) // 2
        if measure(shown(middle), size) <= width:
            low = middle
        else:
            high = middle - 1
    return shown(low)
