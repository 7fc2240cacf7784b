"""Badge layouts: how many badges of which size go on a sheet, and the cut marks between them."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import inch, mm

from models.badges.design import BadgeContent, BadgeDesign, EventHeading
from models.badges.drawing import Line, Page, Placement
from models.ground.errors import BelvedereError
from models.ground.i18n import QT_TRANSLATE_NOOP, translate

MARK_COLOUR = "#7a7a7a"
MARK_WIDTH = 0.3
MARK_LENGTH = 5 * mm
MARK_GAP = 1.5 * mm  # between a mark in the margin and the badge it points at
EDGE_MARK_LENGTH = 9 * mm  # where there is no margin, marks start at the paper's edge (printers skip ~4 mm)
CROSS_ARM = 2.5 * mm
EDGE = 1 * mm  # a cut line closer than this to the paper's edge is the edge itself


@dataclass(frozen=True)
class Layout:
    key: str
    name: str  # for people choosing a layout (marked for translation: translate("badges", name) shows it)
    page_width: float
    page_height: float
    badge_width: float
    badge_height: float
    columns: int = 1
    rows: int = 1
    cut_marks: bool = True

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def margin_x(self) -> float:
        return (self.page_width - self.columns * self.badge_width) / 2

    @property
    def margin_y(self) -> float:
        return (self.page_height - self.rows * self.badge_height) / 2

    def cell_origins(self) -> list[tuple[float, float]]:
        """Bottom-left corners of the badges, in reading order (left to right, top to bottom)."""
        return [
            (self.margin_x + column * self.badge_width, self.page_height - self.margin_y - (row + 1) * self.badge_height)
            for row in range(self.rows) for column in range(self.columns)
        ]


A4_WIDTH, A4_HEIGHT = A4
CARD = (86 * mm, 54 * mm)

LAYOUTS: dict[str, Layout] = {
    layout.key: layout for layout in (
        Layout("a6", QT_TRANSLATE_NOOP("badges", "A6, four per A4 sheet"), A4_WIDTH, A4_HEIGHT, 105 * mm, 148 * mm, 2, 2),
        Layout("card", QT_TRANSLATE_NOOP("badges", "Card 86 × 54 mm, ten per A4 sheet"), A4_WIDTH, A4_HEIGHT, *CARD, 2, 5),
        Layout("insert", QT_TRANSLATE_NOOP("badges", "Holder insert 4 × 3 in (101.6 × 76.2 mm), six per A4 sheet"),
               A4_WIDTH, A4_HEIGHT, 4 * inch, 3 * inch, 2, 3),
        Layout("single", QT_TRANSLATE_NOOP("badges", "One card per page, for a card or label printer (86 × 54 mm)"), *CARD, *CARD,
               cut_marks=False),
    )
}
DEFAULT_LAYOUT = "a6"


def layout_named(key: str) -> Layout:
    try:
        return LAYOUTS[key]
    except KeyError:
        raise BelvedereError(translate("badges", "There is no badge layout '{key}'. Use one of: {names}.")
                             .format(key=key, names=', '.join(LAYOUTS))) from None


def pages(layout: Layout, heading: EventHeading, contents: Iterable[BadgeContent]) -> Iterator[Page]:
    """The badge pages, one at a time, so a long run can report progress and stop between pages."""
    design = BadgeDesign(layout.badge_width, layout.badge_height, heading)
    origins = layout.cell_origins()
    marks = cut_marks(layout) if layout.cut_marks else []
    page = None
    for content in contents:
        if page is None:
            page = Page(layout.page_width, layout.page_height, marks=marks)
        x, y = origins[len(page.placements)]
        page.placements.append(Placement(x, y, design.shapes(content)))
        if len(page.placements) == layout.per_page:
            yield page
            page = None
    if page is not None:
        yield page


def cut_marks(layout: Layout) -> list[Line]:
    """Ticks in the margins on every cut line; where a margin is too narrow for them, ticks from
    the paper's edge along the cut and a small cross where inner cuts meet."""
    xs = [layout.margin_x + column * layout.badge_width for column in range(layout.columns + 1)]
    ys = [layout.margin_y + row * layout.badge_height for row in range(layout.rows + 1)]
    width, height = layout.page_width, layout.page_height
    marks = []

    def tick(x1, y1, x2, y2):
        marks.append(Line(x1, y1, x2, y2, MARK_COLOUR, MARK_WIDTH))

    room_y = layout.margin_y >= MARK_GAP + MARK_LENGTH
    room_x = layout.margin_x >= MARK_GAP + MARK_LENGTH
    for x in xs:
        if room_y:
            tick(x, ys[0] - MARK_GAP, x, ys[0] - MARK_GAP - MARK_LENGTH)
            tick(x, ys[-1] + MARK_GAP, x, ys[-1] + MARK_GAP + MARK_LENGTH)
        elif EDGE < x < width - EDGE:
            tick(x, 0, x, EDGE_MARK_LENGTH)
            tick(x, height, x, height - EDGE_MARK_LENGTH)
    for y in ys:
        if room_x:
            tick(xs[0] - MARK_GAP, y, xs[0] - MARK_GAP - MARK_LENGTH, y)
            tick(xs[-1] + MARK_GAP, y, xs[-1] + MARK_GAP + MARK_LENGTH, y)
        elif EDGE < y < height - EDGE:
            tick(0, y, EDGE_MARK_LENGTH, y)
            tick(width, y, width - EDGE_MARK_LENGTH, y)
    if not (room_x and room_y):
        for x in xs[1:-1]:
            for y in ys[1:-1]:
                tick(x - CROSS_ARM, y, x + CROSS_ARM, y)
                tick(x, y - CROSS_ARM, x, y + CROSS_ARM)
    return marks
