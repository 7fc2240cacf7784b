"""The badges page: badge versions of everyone."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.widgets import hint, page_layout


class BadgesPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        layout = page_layout(self, self.tr("Badges"))
        layout.addWidget(hint(self.tr("Badge printing is being set up for this event file.")))
        layout.addStretch(1)
