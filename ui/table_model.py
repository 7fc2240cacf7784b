"""The part every list-shaped table model shares: rows, and headers across the top."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from models.participants.folding import fold
from models.participants.search import SearchIndex


class RowsTableModel(QAbstractTableModel):
    """Subclasses set `headers` and `rows`, and answer `data`."""

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self.headers = headers
        self.rows: list = []

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class PeopleSearch:
    """For a table model whose rows are people (id, number, names, organisation, delegation id):
    who the desk's search finds among them. The index is made at the first search after the rows
    change (set `search_index` to None then)."""

    search_index: SearchIndex | None = None

    def found_ids(self, query: str) -> set[int] | None:
        """The ids of the people the desk finds for `query`; None while nothing is typed (every row stands)."""
        if not fold(query):
            return None
        if self.search_index is None:
            self.search_index = SearchIndex.of_people(self.rows)
        return self.search_index.matching_ids(query)
