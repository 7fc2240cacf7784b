"""The desk's practice band: while volunteers practise, across the desk, with the one way out of it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ui.style import PRACTICE_VIOLET

translate = QCoreApplication.translate  # lupdate reads translate(context, text) by its name


class PracticeBand(QFrame):
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("practice-band")
        self.setStyleSheet(f"QFrame#practice-band {{ background: {PRACTICE_VIOLET}; border-radius: 6px; }}")
        self.label = QLabel(self.tr("PRACTICE — nothing is recorded"))
        self.label.setObjectName("practice-text")
        self.setToolTip(self.tr("Scans, search, walk-ins and undo answer as on the day, with the real participant "
                                "list; no check-in, count, journal line or report changes."))
        self.label.setStyleSheet("color: white; font-size: 13pt; font-weight: bold; background: transparent;")
        self.leave_button = QPushButton(self.tr("Leave practice…"))
        self.leave_button.setObjectName("leave-practice")
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
        self.leave_button.setStyleSheet(f"background: white; color: {PRACTICE_VIOLET}; font-weight: bold; "
                                        "padding: 3px 14px; border-radius: 4px;")
        self.leave_button.clicked.connect(self.leave_requested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 2, 8, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.leave_button)


def confirm_leaving_practice(parent: QWidget, day_text: str) -> bool:
    """Leaving practice is said and agreed: from then on, check-ins are recorded."""
    answer = QMessageBox.question(parent, translate("PracticeBand", "Leave practice"), translate(
        "PracticeBand", "Leave practice? From now on every check-in at this desk is recorded for %1: in the counts, "
                        "the journal and the reports. The practice check-ins are forgotten.").replace("%1", day_text))
    return answer == QMessageBox.StandardButton.Yes
