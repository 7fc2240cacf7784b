"""Paints a StageScreen: heavy digits that fill the screen, high contrast, colour by phase.

Every size is a share of the widget's height or width, so the same painting serves a
projector, the laptop and the chair's miniature. It repaints only when the screen
(a value) changes.
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from models.agenda.fitting import FittedLine, fit_line
from models.agenda.stage import (
    BLACKED_OUT,
    BREAK_SCREEN,
    DAY_END_SCREEN,
    ITEM_SCREEN,
    SEATS_SCREEN,
    STARTING_SCREEN,
    WELCOME_SCREEN,
    StageScreen,
)
from ui.style import FONT_FAMILY

# Bright colours on black for a room; one meaning each, as on the rest of the app.
INK = QColor("#ffffff")
SOFT_INK = QColor("#cfd8dc")
BLACK = QColor("#000000")
NIGHT = QColor("#0b2545")  # breaks, welcome, end of day
PHASE_INK = {
    "running": QColor("#00e676"),
    "warning": QColor("#ffc400"),
    "danger": QColor("#ff5252"),
    "overtime": QColor("#ff5252"),
    "paused": QColor("#90caf9"),
    "pending": QColor("#b0bec5"),
}
OVERTIME_FLASH = QColor("#c62828")
MESSAGE_BAND = QColor("#ffd600")
SEATS_BAND = QColor("#ffb300")
STARTING_BAND = QColor("#1b5e20")
ACCENT_INK = QColor("#ffd54f")
TRACK = QColor("#37474f")
# Lines that shrink before they are shortened: (size, smallest size), as shares of the height
DETAIL_SIZES = (0.042, 0.028)  # the speakers
NEXT_SIZES = (0.045, 0.032)  # what comes next, at the foot of the item screen
TAG_BAND = QColor("#8e24aa")  # a rehearsal's corner tag: no phase uses violet


@lru_cache(maxsize=256)
def font_for(pixels: int, bold: bool = False, condensed: bool = False) -> QFont:
    font = QFont(FONT_FAMILY + (" Condensed" if condensed else ""))
    font.setPixelSize(max(1, pixels))
    font.setBold(bold)
    return font


@lru_cache(maxsize=64)
def digits_font(shape: str, width: int, height: int) -> QFont:
    """The largest heavy font whose digits fit the box; `shape` is the text with every digit as 0."""
    font = font_for(height * 4 // 3, bold=True)
    metrics = QFontMetricsF(font)
    ink_height = metrics.tightBoundingRect("0123456789").height()
    scale = min(height / ink_height, width / metrics.horizontalAdvance(shape))
    return font_for(int(font.pixelSize() * scale), bold=True)


def digit_shape(text: str) -> str:
    return "".join("0" if character.isdigit() else character for character in text)


class StageView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.screen_shown: StageScreen = BLACKED_OUT
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.paints = 0

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def show_screen(self, screen: StageScreen) -> None:
        if screen != self.screen_shown:
            self.screen_shown = screen
            self.update()

    # --- painting ----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        screen = self.screen_shown
        paint = {ITEM_SCREEN: self.paint_item, BREAK_SCREEN: self.paint_break, SEATS_SCREEN: self.paint_break,
                 STARTING_SCREEN: self.paint_starting, WELCOME_SCREEN: self.paint_welcome,
                 DAY_END_SCREEN: self.paint_end}.get(screen.kind)
        if paint is None:
            self.paint_dark(painter)
        else:
            paint(painter, screen)
            self.paint_message(painter, screen)
            self.paint_tag(painter, screen)
        painter.end()

    @property
    def w(self) -> float:
        return float(self.width())

    @property
    def h(self) -> float:
        return float(self.height())

    @property
    def margin(self) -> float:
        return 0.035 * self.h

    def text(self, painter: QPainter, rect: QRectF, text: str, pixels: float, colour: QColor, *, bold=False,
             align=Qt.AlignmentFlag.AlignLeft, condensed=False) -> None:
        """One line, shortened with an ellipsis if it does not fit."""
        font = font_for(int(pixels), bold, condensed)
        painter.setFont(font)
        painter.setPen(colour)
        elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), elided)

    def wrapped(self, painter: QPainter, rect: QRectF, text: str, pixels: float, colour: QColor, *, bold=False,
                align=Qt.AlignmentFlag.AlignLeft) -> None:
        """A paragraph, in the largest size up to `pixels` that fits the box."""
        flags = int(align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
        size = int(pixels)
        while size > 8:
            font = font_for(size, bold, condensed=True)
            needed = QFontMetricsF(font).boundingRect(rect, flags, text)
            if needed.height() <= rect.height() and needed.width() <= rect.width():
                break
            size = int(size * 0.9)
        painter.setFont(font_for(size, bold, condensed=True))
        painter.setPen(colour)
        painter.drawText(rect, flags, text)

    def fitted(self, painter: QPainter, rect: QRectF, fit: FittedLine, colour: QColor) -> None:
        """A line already fitted to the box's width (fit_line), in the condensed face."""
        painter.setFont(font_for(fit.size, condensed=True))
        painter.setPen(colour)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), fit.text)

    def line_fit(self, text: str, sizes: tuple[float, float]) -> FittedLine:
        """A line as it fits the width: shrunk down to its smallest size before it is shortened."""
        def measure(line: str, size: int) -> float:
            return QFontMetricsF(font_for(size, condensed=True)).horizontalAdvance(line)
        largest, smallest = (max(1, int(share * self.h)) for share in sizes)
        return fit_line(text, self.w - 2 * self.margin, largest, smallest, measure)

    def detail_fit(self) -> FittedLine:
        return self.line_fit(self.screen_shown.detail, DETAIL_SIZES)

    def digits(self, painter: QPainter, rect: QRectF, text: str, colour: QColor) -> None:
        """The countdown, as large as the box allows, centred on a fixed baseline so it never jumps."""
        if not text:
            return
        font = digits_font(digit_shape(text), int(rect.width()), int(rect.height()))
        metrics = QFontMetricsF(font)
        ink = metrics.tightBoundingRect("0123456789")
        x = rect.center().x() - metrics.horizontalAdvance(text) / 2
        baseline = rect.center().y() - (ink.top() + ink.height() / 2)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(int(x), int(baseline), text)

    def top_bar(self, painter: QPainter, screen: StageScreen, ink: QColor = SOFT_INK) -> None:
        m, w, h = self.margin, self.w, self.h
        self.text(painter, QRectF(m, m * 0.6, w * 0.72, 0.07 * h), screen.label, 0.042 * h, ink)
        self.text(painter, QRectF(w * 0.7, m * 0.6, w * 0.3 - m, 0.07 * h), screen.clock, 0.055 * h, INK, bold=True,
                  align=Qt.AlignmentFlag.AlignRight)

    def progress(self, painter: QPainter, rect: QRectF, share: float | None, colour: QColor) -> None:
        if share is None:
            return
        painter.fillRect(rect, TRACK)
        painter.fillRect(QRectF(rect.left(), rect.top(), rect.width() * share, rect.height()), colour)

    def next_block(self, painter: QPainter, screen: StageScreen, top: float, ink: QColor, first: QColor,
                   big: float) -> None:
        m, w, h = self.margin, self.w, self.h
        if screen.next_label:
            self.text(painter, QRectF(m, top, w - 2 * m, 0.055 * h), screen.next_label, 0.042 * h, ink)
            top += 0.055 * h
        for index, line in enumerate(screen.next_lines):
            size = big if index == 0 else big * 0.85
            self.text(painter, QRectF(m, top, w - 2 * m, size * 1.3), line, size, first if index == 0 else ink,
                      bold=index == 0, condensed=True)
            top += size * 1.3

    def headline(self, painter: QPainter, lines: tuple[str, ...], top: float, pixels: float, colour: QColor,
                 second: QColor) -> float:
        for index, line in enumerate(lines):
            self.text(painter, QRectF(self.margin, top, self.w - 2 * self.margin, pixels * 1.25), line, pixels,
                      colour if index == 0 else second, bold=True, align=Qt.AlignmentFlag.AlignHCenter)
            top += pixels * 1.25
        return top

    # --- the screens -------------------------------------------------------------------

    def paint_dark(self, painter: QPainter) -> None:
        """Blackout: nothing lit."""
        painter.fillRect(self.rect(), BLACK)

    def paint_item(self, painter: QPainter, screen: StageScreen) -> None:
        m, w, h = self.margin, self.w, self.h
        ink = PHASE_INK.get(screen.phase, INK)
        background = OVERTIME_FLASH if screen.flash else BLACK
        if screen.flash:
            ink = INK
        painter.fillRect(self.rect(), background)
        self.top_bar(painter, screen)
        title_top = 0.10 * h
        if screen.headline:
            self.text(painter, QRectF(m, title_top, w - 2 * m, 0.075 * h), " · ".join(screen.headline), 0.062 * h,
                      ink, bold=True)
            title_top += 0.08 * h
        self.wrapped(painter, QRectF(m, title_top, w - 2 * m, 0.285 * h - title_top), screen.title, 0.068 * h, INK,
                     bold=True)
        self.fitted(painter, QRectF(m, 0.285 * h, w - 2 * m, 0.055 * h), self.detail_fit(), SOFT_INK)
        self.digits(painter, QRectF(m, 0.36 * h, w - 2 * m, 0.40 * h), screen.countdown, ink)
        self.progress(painter, QRectF(m, 0.80 * h, w - 2 * m, 0.03 * h), screen.progress, ink)
        if screen.next_lines:
            label = screen.next_label + ":  " if screen.next_label else ""
            self.fitted(painter, QRectF(m, 0.87 * h, w - 2 * m, 0.08 * h),
                        self.line_fit(label + screen.next_lines[0], NEXT_SIZES), SOFT_INK)

    def paint_break(self, painter: QPainter, screen: StageScreen) -> None:
        m, w, h = self.margin, self.w, self.h
        seats = screen.kind == SEATS_SCREEN
        background, ink, soft = (SEATS_BAND, BLACK, BLACK) if seats else (NIGHT, INK, QColor("#90caf9"))
        painter.fillRect(self.rect(), background)
        self.top_bar(painter, screen, soft)
        if seats:
            self.text(painter, QRectF(w * 0.7, m * 0.6, w * 0.3 - m, 0.07 * h), screen.clock, 0.055 * h, BLACK,
                      bold=True, align=Qt.AlignmentFlag.AlignRight)
        top = self.headline(painter, screen.headline, 0.10 * h, 0.085 * h, ink, soft)
        self.text(painter, QRectF(m, top + 0.01 * h, w - 2 * m, 0.07 * h), "   ·   ".join(screen.lines), 0.055 * h,
                  BLACK if seats else ACCENT_INK, bold=True, align=Qt.AlignmentFlag.AlignHCenter)
        self.digits(painter, QRectF(m, 0.43 * h, w - 2 * m, 0.27 * h), screen.countdown, ink)
        self.next_block(painter, screen, 0.73 * h, soft, ink, 0.055 * h)

    def paint_starting(self, painter: QPainter, screen: StageScreen) -> None:
        m, w, h = self.margin, self.w, self.h
        painter.fillRect(self.rect(), STARTING_BAND)
        self.top_bar(painter, screen, QColor("#c8e6c9"))
        top = self.headline(painter, screen.headline, 0.16 * h, 0.11 * h, INK, QColor("#c8e6c9"))
        body = "\n".join(screen.next_lines)
        self.wrapped(painter, QRectF(m, top + 0.05 * h, w - 2 * m, 0.92 * h - top), body, 0.07 * h, INK, bold=True,
                     align=Qt.AlignmentFlag.AlignHCenter)

    def paint_welcome(self, painter: QPainter, screen: StageScreen) -> None:
        m, w, h = self.margin, self.w, self.h
        painter.fillRect(self.rect(), NIGHT)
        self.top_bar(painter, screen, QColor("#90caf9"))
        top = self.headline(painter, screen.headline, 0.11 * h, 0.12 * h, INK, QColor("#90caf9"))
        self.wrapped(painter, QRectF(m, top + 0.02 * h, w - 2 * m, 0.17 * h), screen.title, 0.065 * h, SOFT_INK,
                     align=Qt.AlignmentFlag.AlignHCenter)
        top += 0.24 * h
        for line in screen.lines:
            counting = line[:1].isdigit()  # "23 of 45 participants registered"
            self.text(painter, QRectF(m, top, w - 2 * m, 0.085 * h), line, 0.062 * h,
                      ACCENT_INK if counting else INK, bold=counting, align=Qt.AlignmentFlag.AlignHCenter)
            top += 0.085 * h

    def paint_end(self, painter: QPainter, screen: StageScreen) -> None:
        m, w, h = self.margin, self.w, self.h
        painter.fillRect(self.rect(), NIGHT)
        self.top_bar(painter, screen, QColor("#90caf9"))
        top = self.headline(painter, screen.headline, 0.22 * h, 0.1 * h, INK, QColor("#90caf9"))
        for line in screen.lines:
            self.text(painter, QRectF(m, top + 0.04 * h, w - 2 * m, 0.08 * h), line, 0.06 * h, ACCENT_INK, bold=True,
                      align=Qt.AlignmentFlag.AlignHCenter)
            top += 0.08 * h
        self.wrapped(painter, QRectF(m, 0.82 * h, w - 2 * m, 0.12 * h), screen.title, 0.04 * h, SOFT_INK,
                     align=Qt.AlignmentFlag.AlignHCenter)

    def paint_message(self, painter: QPainter, screen: StageScreen) -> None:
        """The chair's message, on a yellow band over the title: the speaker cannot miss it."""
        if not screen.message:
            return
        h = self.h
        band = QRectF(0, 0.10 * h, self.w, 0.235 * h)
        painter.fillRect(band, MESSAGE_BAND)
        inner = band.adjusted(self.margin, 0.01 * h, -self.margin, -0.01 * h)
        self.wrapped(painter, inner, "\n".join(screen.message), 0.085 * h, BLACK, bold=True,
                     align=Qt.AlignmentFlag.AlignHCenter)

    def paint_tag(self, painter: QPainter, screen: StageScreen) -> None:
        """A small violet tag in the bottom margin, under every screen's last line: a rehearsal, not the day itself."""
        if not screen.tag:
            return
        h, m = self.h, self.margin
        font = font_for(int(0.028 * h), bold=True)
        width = QFontMetricsF(font).horizontalAdvance(screen.tag) + 0.03 * h
        band = QRectF(self.w - m - width, 0.955 * h, width, 0.04 * h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TAG_BAND)
        painter.drawRoundedRect(band, 0.01 * h, 0.01 * h)
        self.text(painter, band, screen.tag, 0.028 * h, INK, bold=True, align=Qt.AlignmentFlag.AlignHCenter)
