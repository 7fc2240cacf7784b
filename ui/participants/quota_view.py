"""The funded quota as a table: funded / places per delegation and role, over and under highlighted."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from models.participants.quota import QuotaCell, QuotaStatus, quota_table
from ui.style import OK_GREEN, REFUSED_RED, WARN_AMBER
from ui.widgets import hint

STATUS_COLOURS = {QuotaStatus.OVER: REFUSED_RED, QuotaStatus.UNDER: WARN_AMBER, QuotaStatus.MET: OK_GREEN}


def tint(colour: str) -> QColor:
    """A light background of the meaning's colour, so the black figures stay readable."""
    base = QColor(colour)
    return QColor.fromRgbF(1 - (1 - base.redF()) * 0.22, 1 - (1 - base.greenF()) * 0.22, 1 - (1 - base.blueF()) * 0.22)


class QuotaModel(QAbstractTableModel):
    def __init__(self, event, parent=None):
        super().__init__(parent)
        self.current_event = event
        self.table = quota_table(event)

    def reload(self) -> None:
        self.beginResetModel()
        self.table = quota_table(self.current_event)
        self.endResetModel()

    def headers(self) -> list[str]:
        return ([self.tr("Delegation")] + [role.name for role in self.table.roles]
                + [self.tr("Funded in other roles"), self.tr("Total"), self.tr("Status")])

    def status_text(self, status: QuotaStatus) -> str:
        return {QuotaStatus.OVER: self.tr("over"), QuotaStatus.UNDER: self.tr("places left"),
                QuotaStatus.MET: self.tr("complete")}[status]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.roles) + 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def cell(self, row: int, column: int) -> QuotaCell | QuotaStatus | str | int:
        quota_row = self.table.rows[row]
        roles = len(self.table.roles)
        if column == 0:
            return quota_row.delegation.name if quota_row.delegation else self.tr("No delegation")
        if column <= roles:
            return quota_row.cells[column - 1]
        if column == roles + 1:
            return quota_row.other_funded
        if column == roles + 2:
            return quota_row.total
        return quota_row.status

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.cell(index.row(), index.column())
        if isinstance(value, QuotaCell):
            status = value.status
            text = f"{value.funded} / {value.places}"
        elif isinstance(value, QuotaStatus):
            status, text = value, self.status_text(value)
        elif isinstance(value, int):
            status = QuotaStatus.OVER if value else None
            text = str(value) if value else ""
        else:
            status, text = None, value
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.BackgroundRole and status is not None:
            return QBrush(tint(STATUS_COLOURS[status]))
        if role == Qt.ItemDataRole.ForegroundRole and isinstance(value, QuotaStatus):
            return QBrush(QColor(STATUS_COLOURS[value]))
        if role == Qt.ItemDataRole.FontRole and isinstance(value, QuotaStatus):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class QuotaView(QWidget):
    def __init__(self, event, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = QuotaModel(event, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(hint(self.tr(
            "Funded participants against the funded places of each role, per delegation. Red: more funded than "
            "the places allow (or funded in a role without funded places). Amber: places left. Green: complete. "
            "Places per role are set on the Event page.")))
        layout.addWidget(self.table)

    def reload(self) -> None:
        self.model.reload()
