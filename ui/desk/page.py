"""The registration desk: who has arrived today."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from models.agenda.plan import event_days
from models.checkin.counts import day_count
from ui.context import AppContext
from ui.widgets import page_layout


class DeskPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        layout = page_layout(self, self.tr("Registration desk"))
        form = QFormLayout()
        self.day_choice = QComboBox()
        for day in event_days(context.event):
            self.day_choice.addItem(f"{day.label} — {day.date:%d.%m.%Y}", day)
        self.arrived = QLabel()
        self.arrived.setStyleSheet("font-size: 22pt; font-weight: bold;")
        form.addRow(self.tr("Day"), self.day_choice)
        form.addRow(self.tr("Arrived"), self.arrived)
        layout.addLayout(form)
        layout.addStretch(1)
        self.day_choice.currentIndexChanged.connect(self.refresh)
        context.data_changed.connect(lambda topic: topic in ("checkins", "participants") and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        day = self.day_choice.currentData()
        if day is None:
            self.arrived.setText(self.tr("This event has no days yet."))
            return
        count = day_count(day)
        self.arrived.setText(self.tr("%1 of %2").replace("%1", str(count.arrived)).replace("%2", str(count.expected)))
