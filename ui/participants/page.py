"""The participants page: everyone registered for the event."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.context import AppContext
from ui.participants.table_model import ParticipantTableModel
from ui.widgets import hint, page_layout


class ParticipantsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        layout = page_layout(self, self.tr("Participants"))
        self.model = ParticipantTableModel(context.event, self)
        self.summary = hint("")
        layout.addWidget(self.summary)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        context.data_changed.connect(self.on_data_changed)
        self.update_summary()

    def on_data_changed(self, topic: str) -> None:
        if topic in ("participants", "event"):
            self.model.reload()
            self.update_summary()

    def update_summary(self) -> None:
        rows = self.model.rows
        funded = sum(1 for p in rows if p.funded)
        delegations = len({p.delegation_id for p in rows if p.delegation_id})
        self.summary.setText(
            self.tr("%1 participants, %2 funded, from %3 delegations.")
            .replace("%1", str(len(rows))).replace("%2", str(funded)).replace("%3", str(delegations))
        )
