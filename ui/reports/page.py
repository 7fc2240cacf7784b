"""The reports page: attendance so far."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.widgets import hint, page_layout


class ReportsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        layout = page_layout(self, self.tr("Reports"))
        layout.addWidget(hint(self.tr("Reports are being set up for this event file.")))
        layout.addStretch(1)
