"""A Qt table model over the participants of the open event."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from models.participants.entities import Participant
from models.participants.queries import participants_in_order


def _columns():
    tr = lambda text: QCoreApplication.translate("ParticipantTable", text)  # noqa: E731
    return [
        (tr("No."), lambda p: p.number),
        (tr("Given name"), lambda p: p.given_name),
        (tr("Family name"), lambda p: p.family_name),
        (tr("Delegation"), lambda p: p.delegation.name if p.delegation_id else "—"),
        (tr("Role"), lambda p: p.role.name if p.role_id else ""),
        (tr("Organisation"), lambda p: p.organisation),
        (tr("Funded"), lambda p: tr("yes") if p.funded else ""),
        (tr("Days"), lambda p: p.days_expected or tr("all")),
    ]


class ParticipantTableModel(QAbstractTableModel):
    def __init__(self, event, parent=None):
        super().__init__(parent)
        self.event = event
        self.columns = _columns()
        self.rows: list[Participant] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = participants_in_order(self.event)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][0]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        participant = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[index.column()][1](participant)
        if role == Qt.ItemDataRole.UserRole:
            return participant
        return None

    def participant_at(self, row: int) -> Participant:
        return self.rows[row]
