"""Live counters: arrived of expected on the desk's day, in total and by delegation.

The delegations stand in one row, each its code over its count, so that the demo's eight (and the others)
fit a 1280-pixel laptop on one line; an event with many more scrolls that row sideways, never onto a second.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from models.checkin.counts import DayCounts, GroupCount
from ui.style import OK_GREEN

INK = "#1f2a36"


class CountersPanel(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("counters")
        self.setStyleSheet("QFrame#counters { background: #eef2f5; border-radius: 8px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 10)
        layout.setSpacing(24)
        total = QVBoxLayout()
        self.total = QLabel()
        self.total.setObjectName("counter-total")
        self.total.setStyleSheet(f"font-size: 28pt; font-weight: bold; color: {INK};")
        self.caption = QLabel()
        self.caption.setStyleSheet("font-size: 12pt; color: #455a64;")
        total.addWidget(self.total)
        total.addWidget(self.caption)
        layout.addLayout(total)
        self.row = QWidget()
        self.row.setObjectName("counter-groups")
        self.chips = QHBoxLayout(self.row)
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.chips.setSpacing(20)
        self.chips.addStretch(1)
        self.strip = QScrollArea()
        self.strip.setWidget(self.row)
        self.strip.setWidgetResizable(True)
        self.strip.setFrameShape(QFrame.Shape.NoFrame)
        self.strip.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strip.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        layout.addWidget(self.strip, 1)
        self.groups: list[QLabel] = []
        self.pairs: list[str] = []  # "AL 1/6", as the chips say it

    def show_counts(self, counts: DayCounts, day_name: str) -> None:
        self.total.setText(f"{counts.arrived} / {counts.expected}")
        self.caption.setText(self.tr("arrived on %1").replace("%1", day_name))
        while len(self.groups) < len(counts.by_delegation):
            chip = QLabel()
            chip.setTextFormat(Qt.TextFormat.RichText)
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            chip.setStyleSheet(f"font-size: 14pt; color: {INK};")
            self.chips.insertWidget(len(self.groups), chip)
            self.groups.append(chip)
        self.pairs = []
        for chip, group in zip(self.groups, counts.by_delegation, strict=False):
            self.show_group(chip, group)
        for index, chip in enumerate(self.groups):
            chip.setVisible(index < len(counts.by_delegation))
        self.fit_height()

    def show_group(self, chip: QLabel, group: GroupCount) -> None:
        key, count, colour = group.key or self.tr("others"), f"{group.arrived}/{group.expected}", INK
        if group.expected and group.arrived >= group.expected:
            count, colour = count + " ✔", OK_GREEN
        chip.setText(f"<div style='color: {colour}'><b>{escape(key)}</b><br>{count.replace(' ', '&nbsp;')}</div>")
        self.pairs.append(f"{key} {count}")
        chip.setToolTip(f"{group.name or self.tr('others')}: {group.arrived}/{group.expected}")

    def fit_height(self) -> None:
        """The row's height, and room under it for the sideways scroll bar when the row is wider than the panel."""
        self.row.adjustSize()
        scrolls = self.row.sizeHint().width() > self.strip.viewport().width()
        bar = self.strip.horizontalScrollBar().sizeHint().height() if scrolls else 0
        self.strip.setFixedHeight(self.row.sizeHint().height() + bar)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_height()

    def text(self) -> str:
        """What the panel says, as words: "3 / 45 arrived on Day I AL 1/6 BA 0/4 …"."""
        return " ".join([self.total.text(), self.caption.text(), *self.pairs])
