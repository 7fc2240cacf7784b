"""Live counters: arrived of expected on the desk's day, in total and by delegation."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from models.checkin.counts import DayCounts
from ui.style import OK_GREEN

COLUMNS = 5


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
        self.total.setStyleSheet("font-size: 28pt; font-weight: bold; color: #1f2a36;")
        self.caption = QLabel()
        self.caption.setStyleSheet("font-size: 12pt; color: #455a64;")
        total.addWidget(self.total)
        total.addWidget(self.caption)
        layout.addLayout(total)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(22)
        self.grid.setVerticalSpacing(4)
        layout.addLayout(self.grid, 1)
        self.group_labels: list[QLabel] = []

    def show_counts(self, counts: DayCounts, day_name: str) -> None:
        self.total.setText(f"{counts.arrived} / {counts.expected}")
        self.caption.setText(self.tr("arrived on %1").replace("%1", day_name))
        groups = counts.by_delegation
        while len(self.group_labels) < len(groups):
            label = QLabel()
            self.grid.addWidget(label, len(self.group_labels) // COLUMNS, len(self.group_labels) % COLUMNS)
            self.group_labels.append(label)
        for label, group in zip(self.group_labels, groups):
            label.setText(f"<b>{group.key or self.tr('others')}</b>&nbsp;{group.arrived}/{group.expected}")
            label.setToolTip(group.name if group.key else self.tr("Participants without a delegation"))
            complete = group.expected and group.arrived >= group.expected
            label.setStyleSheet(f"font-size: 14pt; color: {OK_GREEN if complete else '#1f2a36'};")
        for position, label in enumerate(self.group_labels):
            label.setVisible(position < len(groups))
        self.layout().activate()

    def text(self) -> str:
        shown = [label.text() for label in self.group_labels if not label.isHidden()]
        return " ".join([self.total.text(), self.caption.text()] + shown)
