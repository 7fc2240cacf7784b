"""Badge pages painted with Qt: the preview image and the printer.

The shapes come from models.badges (the same ones the PDF is written from); this only
paints them. Coordinates are PDF points with y upwards, so the painter is flipped once
per page and text is flipped back where it is drawn.
"""
from __future__ import annotations

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPainterPath, QPen

from models.badges.drawing import Box, Line, Page, Picture, Qr, Shape, Text
from models.badges.fonts import BOLD, CONDENSED, CONDENSED_BOLD, REGULAR
from models.ground.errors import BelvedereError

# The PDF fonts (the same shipped files) as Qt knows them: family and boldness.
QT_FONTS = {
    REGULAR: ("DejaVu Sans", False),
    BOLD: ("DejaVu Sans", True),
    CONDENSED: ("DejaVu Sans Condensed", False),
    CONDENSED_BOLD: ("DejaVu Sans Condensed", True),
}
POINTS_PER_INCH = 72.0


def page_image(page: Page, height_px: int, device_pixel_ratio: float = 1.0) -> QImage:
    """The page as an image `height_px` logical pixels tall, on white."""
    scale = height_px * device_pixel_ratio / page.height
    image = QImage(round(page.width * scale), round(page.height * scale), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        paint_page(painter, page, scale)
    finally:
        painter.end()
    image.setDevicePixelRatio(device_pixel_ratio)
    return image


def paint_page(painter: QPainter, page: Page, scale: float) -> None:
    """Paint one page; `scale` is device pixels per point."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    painter.translate(0, page.height)
    painter.scale(1, -1)
    # Qt sizes a font by the device's resolution; the painter already maps points to pixels.
    font_scale = POINTS_PER_INCH / painter.device().logicalDpiY()
    for placement in page.placements:
        painter.save()
        painter.translate(placement.x, placement.y)
        for shape in placement.shapes:
            paint(painter, shape, font_scale)
        painter.restore()
    for mark in page.marks:
        paint(painter, mark, font_scale)
    painter.restore()


def qt_font(name: str, size: float, font_scale: float) -> QFont:
    family, bold = QT_FONTS[name]
    font = QFont(family)
    font.setBold(bold)
    font.setPointSizeF(size * font_scale)
    font.setKerning(False)  # as in the PDF, so lines are exactly as wide as they were fitted
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def paint(painter: QPainter, shape: Shape, font_scale: float) -> None:
    if isinstance(shape, Text):
        painter.save()
        painter.translate(shape.x, shape.y)
        painter.scale(1, -1)
        painter.setFont(qt_font(shape.font, shape.size, font_scale))
        painter.setPen(QColor(shape.colour))
        painter.drawText(QPointF(0, 0), shape.text)
        painter.restore()
    elif isinstance(shape, Qr):
        path = QPainterPath()
        for row, column, length in shape.symbol.runs:
            path.addRect(QRectF(column, row, length, 1))
        painter.save()
        painter.translate(shape.x, shape.y + shape.width)
        painter.scale(shape.module, -shape.module)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # crisp module edges
        painter.fillPath(path, QColor("#000000"))
        painter.restore()
    elif isinstance(shape, Box):
        painter.fillRect(QRectF(shape.x, shape.y, shape.width, shape.height), QColor(shape.colour))
    elif isinstance(shape, Picture):
        painter.save()
        painter.translate(shape.x, shape.y + shape.height)
        painter.scale(1, -1)  # images are drawn top down
        painter.drawImage(QRectF(0, 0, shape.width, shape.height), QImage.fromData(shape.png, "PNG"))
        painter.restore()
    elif isinstance(shape, Line):
        painter.setPen(QPen(QColor(shape.colour), shape.width))
        painter.drawLine(QPointF(shape.x1, shape.y1), QPointF(shape.x2, shape.y2))


def print_pages(printer, pages, total: int, progress=None, cancel=None) -> int | None:
    """Paint the pages onto a set-up printer; the number printed, or None when cancelled (the job is aborted)."""
    painter = QPainter()
    if not painter.begin(printer):
        raise BelvedereError("The printer could not be started. Check that it is on and connected, then try again.")
    count = done = 0
    try:
        for page in pages:
            if cancel is not None and cancel():
                printer.abort()
                return None
            if count:
                printer.newPage()
            paint_page(painter, page, printer.resolution() / POINTS_PER_INCH)
            count += 1
            done += len(page.placements)
            if progress is not None:
                progress(min(done, total), total)
    finally:
        painter.end()
    return count


def printer_page_layout(printer, layout) -> None:
    """Paper of the layout's size, printed to its edges (the badges keep their own margins)."""
    size = QPageSize(QSizeF(layout.page_width, layout.page_height), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
