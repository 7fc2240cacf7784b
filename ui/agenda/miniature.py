"""The chair's miniature of the stage display: the same painting, small, plus what the chair must
know and the room must not see — that the display is blacked out, and the speakers' whole line."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from models.agenda.stage import BLACKOUT_SCREEN, StageScreen
from ui.agenda.stage_view import INK, StageView

DARK_PANEL = QColor("#263238")  # clearly not the black of a display that is off
DARK_EDGE = QColor("#90a4ae")


class Miniature(StageView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("miniature")
        self.tip = self.tr("What the stage display shows")
        self.blackout_text = self.tr("Blackout — the display is dark")
        self.blackout_hint = self.tr("B shows it again")
        self.setToolTip(self.tip)

    def show_screen(self, screen: StageScreen) -> None:
        super().show_screen(screen)
        self.name_the_details()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.name_the_details()

    def name_the_details(self) -> None:
        """A speakers line too long for the miniature is shortened there: the tooltip has all of it."""
        detail = self.screen_shown.detail
        shortened = bool(detail) and self.screen_shown.kind != BLACKOUT_SCREEN and self.detail_fit().elided
        self.setToolTip(f"{self.tip}\n\n{detail}" if shortened else self.tip)

    def paint_dark(self, painter: QPainter) -> None:
        painter.fillRect(self.rect(), DARK_PANEL)
        painter.setPen(QPen(DARK_EDGE, 2, Qt.PenStyle.DashLine))
        painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        h = self.h
        self.wrapped(painter, QRectF(self.margin, 0.3 * h, self.w - 2 * self.margin, 0.25 * h), self.blackout_text,
                     0.09 * h, INK, bold=True, align=Qt.AlignmentFlag.AlignHCenter)
        self.text(painter, QRectF(self.margin, 0.58 * h, self.w - 2 * self.margin, 0.1 * h), self.blackout_hint,
                  0.06 * h, DARK_EDGE, align=Qt.AlignmentFlag.AlignHCenter)
