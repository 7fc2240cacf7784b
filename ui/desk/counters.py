"""Live counters: arrived of expected on the desk's day, in total and by delegation."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from models.checkin.counts import DayCounts
from ui.style import OK_GREEN


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
        # One wrapping line of "AL 3/6" pairs: it reflows to any width, for any number of delegations.
        self.groups = QLabel()
        self.groups.setObjectName("counter-groups")
        self.groups.setWordWrap(True)
        self.groups.setTextFormat(Qt.TextFormat.RichText)
        self.groups.setStyleSheet("font-size: 14pt; color: #1f2a36;")
        layout.addWidget(self.groups, 1)

    def show_counts(self, counts: DayCounts, day_name: str) -> None:
        self.total.setText(f"{counts.arrived} / {counts.expected}")
        self.caption.setText(self.tr("arrived on %1").replace("%1", day_name))
        pairs = []
        for group in counts.by_delegation:
            key = group.key or self.tr("others")
            pair = f"<b>{escape(key)}</b>&nbsp;{group.arrived}/{group.expected}"
            if group.expected and group.arrived >= group.expected:
                pair = f"<span style='color: {OK_GREEN}'>{pair}&nbsp;✔</span>"
            pairs.append(pair)
        self.groups.setText("&nbsp;&nbsp;&nbsp; ".join(pairs))  # wide gaps, and a plain space to wrap at
        self.groups.setToolTip("\n".join(f"{group.name}: {group.arrived}/{group.expected}"
                                         for group in counts.by_delegation))
        self.layout().activate()

    def text(self) -> str:
        return " ".join([self.total.text(), self.caption.text(), self.groups.text()])
