"""Badge PDFs: the badge pages painted with reportlab, written atomically, the printing recorded.

The file appears complete or not at all: pages go to a temporary file beside the
target, which replaces it only once saved. The participants' printed badge version
is recorded after that, so a cancelled or failed run leaves no trace.
"""
from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from models.badges.design import BadgeContent, EventHeading
from models.badges.drawing import Box, Line, Page, Picture, Qr, Shape, Text
from models.badges.fonts import REGULAR, missing_glyphs, register_pdf_fonts
from models.badges.layouts import DEFAULT_LAYOUT, LAYOUTS, Layout, layout_named, pages
from models.badges.printing import record_printed
from models.ground.audit import UNNAMED, Actor
from models.ground.clock import SYSTEM_CLOCK, Clock
from models.ground.db import opened_read_only
from models.ground.entities import Event, current_event
from models.ground.errors import BelvedereError
from models.ground.files import written_aside
from models.ground.i18n import translate
from models.participants.entities import Participant

__all__ = ["LAYOUTS", "RenderResult", "render_badges", "write_badge_pdf", "badge_pages", "write_pages"]

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RenderResult:
    path: Path
    layout: str
    pages: int
    printed: list[int]  # participant numbers, in print order; empty when cancelled
    cancelled: bool = False
    missing_glyphs: dict[int, set[str]] = field(default_factory=dict)  # printed with an empty box: warn


def badge_pages(participants: Iterable[Participant], layout: str | Layout = DEFAULT_LAYOUT,
                event: Event | None = None, heading: EventHeading | None = None):
    """The pages of these participants' badges, one at a time (for a PDF, a preview or a printer).

    With the heading given (EventHeading.of, read beforehand) nothing is read from the event file."""
    layout = layout if isinstance(layout, Layout) else layout_named(layout)
    event = event or current_event()
    contents = (BadgeContent.of(participant, event) for participant in participants)
    return pages(layout, heading or EventHeading.of(event), contents)


def render_badges(path: str | os.PathLike, participants: Iterable[Participant], layout: str = DEFAULT_LAYOUT,
                  progress: Progress | None = None, cancel: Callable[[], bool] | None = None,
                  clock: Clock = SYSTEM_CLOCK, actor: Actor = UNNAMED, event: Event | None = None) -> RenderResult:
    """Write the badges of these participants to a PDF and record that they were printed.

    progress(done, total) is called after every page; when cancel() returns True the run
    stops between pages, no file is written and nothing is recorded.
    """
    participants = list(participants)
    result = write_badge_pdf(path, participants, layout, progress, cancel, event)
    if not result.cancelled and not opened_read_only():  # an event file on read-only media records nothing
        record_printed(participants, layout, actor, clock)
    return result


def write_badge_pdf(path: str | os.PathLike, participants: list[Participant], layout: str = DEFAULT_LAYOUT,
                    progress: Progress | None = None, cancel: Callable[[], bool] | None = None,
                    event: Event | None = None, heading: EventHeading | None = None) -> RenderResult:
    """The PDF alone, recording nothing: with the event and its heading given and the participants loaded
    with their delegation and role, it reads nothing from the database, so it can run off the GUI thread."""
    if not participants:
        raise BelvedereError(translate("badges", "There is nobody to print a badge for. Choose other participants."))
    chosen = layout_named(layout)
    target = Path(path)
    missing = missing_glyphs(participants)
    page_count = write_pages(target, badge_pages(participants, chosen, event, heading), len(participants), progress,
                             cancel)
    if page_count is None:
        return RenderResult(target, layout, 0, [], cancelled=True)
    return RenderResult(target, layout, page_count, [p.number for p in participants], missing_glyphs=missing)


class _Cancelled(Exception):
    """Raised inside the file being written: it is removed, and the target left as it was."""


def write_pages(target: Path, page_iterator: Iterable[Page], total: int, progress: Progress | None = None,
                cancel: Callable[[], bool] | None = None) -> int | None:
    """Paint the pages into `target` atomically; the number of pages, or None when cancelled."""
    if target.is_dir():
        raise BelvedereError(translate("badges", "{target} is a folder. Give a file name ending in .pdf.")
                             .format(target=target))
    register_pdf_fonts()
    try:
        with written_aside(target, private=True) as temporary:  # names and organisations: personal data
            canvas = Canvas(str(temporary), pageCompression=1, initialFontName=REGULAR)  # no unused Helvetica
            canvas.setTitle("Badges")
            canvas.setCreator("Belvedere")
            done = count = 0
            for page in page_iterator:
                if cancel is not None and cancel():
                    raise _Cancelled
                paint_page(canvas, page)
                count += 1
                done += len(page.placements)
                if progress is not None:
                    progress(min(done, total), total)
            canvas.save()
    except _Cancelled:
        return None
    return count


@cache
def _colour(hex_colour: str) -> HexColor:
    return HexColor(hex_colour)


def logo_form(canvas: Canvas, png: bytes) -> str:
    """The logo as a form of the document, drawn in a unit square: made once per PDF, then only referred
    to (reportlab would otherwise read and hash the whole picture again for every badge or page)."""
    forms = canvas.__dict__.setdefault("belvedere_logo_forms", {})
    if png not in forms:
        name = f"logo{len(forms) + 1}"
        canvas.beginForm(name, 0, 0, 1, 1)
        canvas.drawImage(ImageReader(io.BytesIO(png)), 0, 0, 1, 1, mask="auto")
        canvas.endForm()
        forms[png] = name
    return forms[png]


def paint_page(canvas: Canvas, page: Page) -> None:
    canvas.setPageSize((page.width, page.height))
    for placement in page.placements:
        canvas.saveState()
        canvas.translate(placement.x, placement.y)
        for shape in placement.shapes:
            paint(canvas, shape)
        canvas.restoreState()
    for mark in page.marks:
        paint(canvas, mark)
    canvas.showPage()


def paint(canvas: Canvas, shape: Shape) -> None:
    if isinstance(shape, Text):
        canvas.setFillColor(_colour(shape.colour))
        canvas.setFont(shape.font, shape.size)
        canvas.drawString(shape.x, shape.y, shape.text)
    elif isinstance(shape, Qr):
        canvas.saveState()
        canvas.setFillColor(_colour("#000000"))
        # In module units with y downwards every rectangle is four small integers: a compact,
        # quickly written path of the dark runs, filled at once (no seams between modules).
        canvas.transform(shape.module, 0, 0, -shape.module, shape.x, shape.y + shape.width)
        canvas.addLiteral(" ".join(f"{column} {row} {length} 1 re" for row, column, length in shape.symbol.runs)
                          + " f")
        canvas.restoreState()
    elif isinstance(shape, Box):
        canvas.setFillColor(_colour(shape.colour))
        canvas.rect(shape.x, shape.y, shape.width, shape.height, stroke=0, fill=1)
    elif isinstance(shape, Picture):
        canvas.saveState()
        canvas.translate(shape.x, shape.y)
        canvas.scale(shape.width, shape.height)
        canvas.doForm(logo_form(canvas, shape.png))
        canvas.restoreState()
    elif isinstance(shape, Line):
        canvas.setStrokeColor(_colour(shape.colour))
        canvas.setLineWidth(shape.width)
        canvas.line(shape.x1, shape.y1, shape.x2, shape.y2)
