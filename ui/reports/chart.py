"""The arrivals-per-5-minutes chart on the Reports page: the same bins, scale and labels as the PDF."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from models.reports.arrivals import EMPTY_CHART, ArrivalChart
from ui.style import ACCENT, FONT_FAMILY

LEFT_AXIS = 34
BOTTOM_AXIS = 22
TOP_SPACE = 16
RIGHT_SPACE = 8
GRID = QColor("#d9dee3")
MUTED = QColor("#5f6b76")
INK = QColor("#1f2a36")


class ArrivalChartWidget(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.chart: ArrivalChart = EMPTY_CHART
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(150)

    def sizeHint(self) -> QSize:
        return QSize(560, 220)

    def set_chart(self, chart: ArrivalChart) -> None:
        self.chart = chart
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        small = QFont(FONT_FAMILY)
        small.setPointSizeF(8.5)
        painter.setFont(small)
        if not self.chart.bins:
            painter.setPen(MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No check-ins yet for this day."))
            return
        self.paint_chart(painter)

    def paint_chart(self, painter: QPainter) -> None:
        chart = self.chart
        plot = QRectF(LEFT_AXIS, TOP_SPACE, self.width() - LEFT_AXIS - RIGHT_SPACE,
                      self.height() - TOP_SPACE - BOTTOM_AXIS)
        metrics = painter.fontMetrics()
        for value in range(0, chart.y_max + 1, chart.y_step):
            y = plot.bottom() - plot.height() * value / chart.y_max
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(MUTED)
            painter.drawText(QRectF(0, y - 8, LEFT_AXIS - 5, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        slot = plot.width() / len(chart.bins)
        gap = min(slot * 0.18, 2.0)
        for index, (_, count) in enumerate(chart.bins):
            if not count:
                continue
            height = plot.height() * count / chart.y_max
            bar = QRectF(plot.left() + index * slot + gap / 2, plot.bottom() - height, slot - gap, height)
            painter.fillRect(bar, QColor(ACCENT))
            if slot >= metrics.horizontalAdvance(str(count)) + 2:
                painter.setPen(INK)
                painter.drawText(QRectF(bar.left() - 10, bar.top() - 15, bar.width() + 20, 14),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, str(count))
        painter.setPen(QPen(INK, 1))
        painter.drawLine(int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom()))
        for index, text in chart.x_labels:
            x = plot.left() + index * slot
            painter.setPen(QPen(INK, 1))
            painter.drawLine(int(x), int(plot.bottom()), int(x), int(plot.bottom() + 4))
            painter.setPen(MUTED)
            painter.drawText(QRectF(x - 30, plot.bottom() + 4, 60, BOTTOM_AXIS - 4),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
