"""The demo's offer, under the navigation: rehearse Day I now, so a newcomer sees the desk, the timer and a
coffee-break screen working at once — and, once the rehearsal runs, what to press."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.style import PRACTICE_VIOLET


class DemoOffer(QFrame):
    rehearse_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("demo-offer")
        self.setStyleSheet("QFrame#demo-offer { background: #2b3a4a; border-radius: 8px; } "
                           "QLabel { color: #e8eef4; background: transparent; font-size: 10pt; }")
        self.text = QLabel()
        self.text.setObjectName("demo-offer-text")
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("demo-rehearse")
        self.button.setStyleSheet(f"background: {PRACTICE_VIOLET}; color: white; font-weight: bold; "
                                  "padding: 8px; border-radius: 4px;")
        self.button.clicked.connect(self.rehearse_requested.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.text)
        layout.addWidget(self.button)
        self.hide()

    def offer(self, day_name: str, dates: str, break_time: str) -> None:
        self.text.setText(self.tr("This is the demo: the workshop of %1. Try it today: the agenda runs %2 from now, "
                                  "from its %3 coffee break; the desk practises with the real list; the 2011 record "
                                  "stays as it is.").replace("%1", dates).replace("%2", day_name)
                          .replace("%3", break_time))
        self.button.setText(self.tr("Rehearse it now"))
        self.button.show()
        self.fit()
        self.show()

    def guide(self, day_name: str) -> None:
        """What to press once the rehearsal is laid."""
        self.text.setText(self.tr("Rehearsing %1: its coffee break runs. On the Agenda page, N ends it (it asks "
                                  "first) and runs the next session's timer; + and − change the time; Show display "
                                  "puts it full screen. The Desk checks in any badge or name in practice.")
                          .replace("%1", day_name))
        self.button.hide()
        self.fit()
        self.show()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """The whole text, however many lines it wraps to at the sidebar's width (a layout gives a wrapped label
        the height of its first guess)."""
        margins = self.layout().contentsMargins()
        self.text.setMinimumHeight(self.text.heightForWidth(self.width() - margins.left() - margins.right()))
