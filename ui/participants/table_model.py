"""A Qt table model over the participants of the open event, and the filter the page puts on it."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from models.checkin.history import checked_in_days
from models.ground.days import day_mark
from models.participants.folding import fold
from models.participants.queries import ParticipantRow, participant_rows
from ui.table_model import PeopleSearch

translate = QCoreApplication.translate  # lupdate reads translate(context, text) by its name

PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole




class ParticipantTableModel(PeopleSearch, QAbstractTableModel):
    """One row per participant: number, names, delegation, role, organisation, funding, days, arrivals."""

    def __init__(self, event, parent=None):
        super().__init__(parent)
        self.current_event = event
        self.rows: list[ParticipantRow] = []
        self.arrived: dict[int, set[int]] = {}
        self.sort_column, self.sort_order = 0, Qt.SortOrder.AscendingOrder
        self.columns = [
            (translate("ParticipantTable", "No."), lambda p: p.number, lambda p: p.number),
            (translate("ParticipantTable", "Given name"), lambda p: p.given_name, lambda p: fold(p.given_name)),
            (translate("ParticipantTable", "Family name"), lambda p: p.family_name, lambda p: fold(p.family_name)),
            (translate("ParticipantTable", "Delegation"), lambda p: p.delegation_name or "—",
             lambda p: f"{p.delegation_position:06d} {fold(p.delegation_name)}" if p.delegation_id else "~"),
            (translate("ParticipantTable", "Role"), lambda p: p.role_name or "",
             lambda p: p.role_position if p.role_id else 10**6),
            (translate("ParticipantTable", "Organisation"), lambda p: p.organisation, lambda p: fold(p.organisation)),
            (translate("ParticipantTable", "Funded"), lambda p: translate("ParticipantTable", "yes") if p.funded else "",
             lambda p: 0 if p.funded else 1),
            (translate("ParticipantTable", "Days"), self.days_text, lambda p: p.days_expected or "0"),
            (translate("ParticipantTable", "Arrived"), self.arrived_text,
             lambda p: ",".join(map(str, sorted(self.arrived.get(p.id, ()))))),
        ]
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = participant_rows(self.current_event)
        self.search_index = None
        self.arrived = checked_in_days(self.current_event)
        self.order_rows()
        self.endResetModel()

    def order_rows(self) -> None:
        if (self.sort_column, self.sort_order) != (0, Qt.SortOrder.AscendingOrder):  # rows come by number
            key = self.columns[self.sort_column][2]
            self.rows.sort(key=key, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python, one key per row: sorting ten thousand people by name takes a blink, not seconds."""
        self.beginResetModel()
        if column == 0 and order == Qt.SortOrder.AscendingOrder:
            self.rows.sort(key=lambda p: p.number)
        self.sort_column, self.sort_order = column, order
        self.order_rows()
        self.endResetModel()

    def days_text(self, participant: ParticipantRow) -> str:
        expected = participant.expected_day_numbers
        return ", ".join(day_mark(n) for n in sorted(expected)) if expected else translate("ParticipantTable", "all")

    def arrived_text(self, participant: ParticipantRow) -> str:
        return ", ".join(day_mark(n) for n in sorted(self.arrived.get(participant.id, ())))

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
        _title, shown, _sort_key = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(participant)
        if role == PARTICIPANT_ROLE:
            return participant
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 4 and participant.role_id:
            return QColor(participant.role_colour)
        return None

    def row_of(self, participant_id: int) -> int | None:
        return next((row for row, p in enumerate(self.rows) if p.id == participant_id), None)


NO_DELEGATION = -1


class ParticipantFilter(QSortFilterProxyModel):
    """Search as the desk does, and narrow by delegation, role and arrival on a day."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.found: set[int] | None = None  # ids the typed search finds; None when nothing is typed
        self.delegation_id: int | None = None  # NO_DELEGATION: people without one
        self.role_id: int | None = None
        self.status: tuple[int, bool] | None = None  # (day number, arrived?)

    def set_filters(self, query: str | None = None, delegation_id: int | None = ..., role_id: int | None = ...,
                    status: tuple[int, bool] | None = ...) -> None:
        self.beginFilterChange()
        if query is not None:
            self.found = self.sourceModel().found_ids(query)
        if delegation_id is not ...:
            self.delegation_id = delegation_id
        if role_id is not ...:
            self.role_id = role_id
        if status is not ...:
            self.status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model: ParticipantTableModel = self.sourceModel()
        participant = model.rows[source_row]
        if self.delegation_id is not None:
            wanted = None if self.delegation_id == NO_DELEGATION else self.delegation_id
            if participant.delegation_id != wanted:
                return False
        if self.role_id is not None and participant.role_id != self.role_id:
            return False
        if self.status is not None:
            day, arrived = self.status
            if (day in model.arrived.get(participant.id, ())) != arrived:
                return False
        return self.found is None or participant.id in self.found
