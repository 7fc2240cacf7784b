"""The desk's search results as a Qt model: number, name as written, delegation, the day's status."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from models.checkin.service import local_time, valid_check_ins
from models.event.entities import Day, Event
from models.participants.entities import Participant
from ui.style import NEUTRAL_GREY, OK_GREEN

NUMBER, NAME, DELEGATION, STATUS = range(4)


def tr(text: str) -> str:
    return QCoreApplication.translate("DeskSearch", text)


class SearchResultsModel(QAbstractTableModel):
    def __init__(self, event: Event, parent=None):
        super().__init__(parent)
        self.current_event = event
        self.day: Day | None = None
        self.participants: list[Participant] = []
        self.statuses: list[tuple[str, str | None]] = []  # (text, colour)
        self.headers = [tr("No."), tr("Name"), tr("Del."), tr("Today")]

    def show(self, participants: list[Participant], day: Day | None) -> None:
        self.beginResetModel()
        self.participants, self.day = participants, day
        self.statuses = self._statuses()
        self.endResetModel()

    def refresh_statuses(self) -> None:
        if self.participants:
            self.statuses = self._statuses()
            self.dataChanged.emit(self.index(0, STATUS), self.index(len(self.participants) - 1, STATUS))

    def _statuses(self) -> list[tuple[str, str | None]]:
        if self.day is None or not self.participants:
            return [("", None)] * len(self.participants)
        arrivals = valid_check_ins(self.day, self.participants)
        statuses = []
        for participant in self.participants:
            if participant.id in arrivals:
                time = local_time(self.current_event, arrivals[participant.id].at)
                statuses.append((tr("✔ %1").replace("%1", f"{time:%H:%M}"), OK_GREEN))
            elif participant.is_expected_on(self.day.number):
                statuses.append(("", None))
            else:
                statuses.append((tr("not expected"), NEUTRAL_GREY))
        return statuses

    def participant_at(self, row: int) -> Participant | None:
        return self.participants[row] if 0 <= row < len(self.participants) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.participants)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        participant = self.participants[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NUMBER:
                return participant.number
            if column == NAME:
                return participant.full_name
            if column == DELEGATION:
                return participant.delegation.code if participant.delegation_id else "—"
            return self.statuses[index.row()][0]
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS and self.statuses[index.row()][1]:
            return QBrush(QColor(self.statuses[index.row()][1]))
        if role == Qt.ItemDataRole.ToolTipRole and column == DELEGATION and participant.delegation_id:
            return participant.delegation.name
        if role == Qt.ItemDataRole.ToolTipRole and column == STATUS:
            return self.statuses[index.row()][0] or tr("not arrived yet")
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME and participant.organisation:
            return participant.organisation
        return None
