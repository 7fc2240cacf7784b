"""The desk's search results as a Qt model: number, name as written, delegation, the day's status."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from models.checkin.counts import DayStatus, Presence, day_statuses
from models.checkin.service import local_time
from models.ground.entities import Day, Event
from models.ground.errors import BelvedereError
from models.participants.queries import delegations_in_order
from models.participants.search import Hit
from ui.style import NEUTRAL_GREY, OK_GREEN
from ui.table_model import RowsTableModel

translate = QCoreApplication.translate  # lupdate reads translate(context, text) by its name

NUMBER, NAME, DELEGATION, STATUS = range(4)




class SearchResultsModel(RowsTableModel):
    def __init__(self, event: Event, read, parent=None):
        """`read(work, *args)` asks the desk's source (the event file, the server or the desk's offline copy)."""
        super().__init__([translate("DeskSearch", "No."), translate("DeskSearch", "Name"), translate("DeskSearch", "Del."),
                          translate("DeskSearch", "Today")], parent)
        self.current_event = event  # not `self.event`: that would hide QObject.event()
        self.read = read
        self.day: Day | None = None
        self.rows: list[Hit] = []
        self.namesakes: frozenset[int] = frozenset()  # participant ids whose name someone else has too
        self.statuses: list[tuple[str, str | None]] = []  # (text, colour)
        self.statuses_of = day_statuses  # (day, participant ids) -> statuses; a practising desk adds its own
        self.delegations = {delegation.id: delegation for delegation in read(delegations_in_order, event)}

    def show(self, hits: list[Hit], day: Day | None, namesakes: frozenset[int] = frozenset()) -> None:
        self.beginResetModel()
        self.rows, self.day, self.namesakes = hits, day, namesakes
        self.statuses = self._statuses()
        self.endResetModel()

    def refresh_statuses(self) -> None:
        if self.rows:
            self.statuses = self._statuses()
            self.dataChanged.emit(self.index(0, STATUS), self.index(len(self.rows) - 1, STATUS))

    def _statuses(self) -> list[tuple[str, str | None]]:
        if self.day is None or not self.rows:
            return [("", None)] * len(self.rows)
        try:
            statuses = self.read(self.statuses_of, self.day, [hit.participant_id for hit in self.rows])
        except BelvedereError:
            return [("", None)] * len(self.rows)  # offline with no copy yet: no status rather than a wrong one
        return [self._status(statuses[hit.participant_id]) for hit in self.rows]

    def _status(self, status: DayStatus) -> tuple[str, str | None]:
        if status.presence is Presence.ARRIVED:
            return translate("DeskSearch", "✔ %1").replace("%1", f"{local_time(self.current_event, status.at):%H:%M}"), OK_GREEN
        if status.presence is Presence.NOT_EXPECTED:
            return translate("DeskSearch", "not expected"), NEUTRAL_GREY
        return "", None

    def hit_at(self, row: int) -> Hit | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def name_of(self, hit: Hit) -> str:
        """The name, and beside a name someone else has too the organisation (the number is in its column)."""
        if hit.participant_id in self.namesakes and hit.organisation:
            return translate("DeskSearch", "%1 · %2").replace("%1", hit.name).replace("%2", hit.organisation)
        return hit.name

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self.rows[index.row()]
        column = index.column()
        delegation = self.delegations.get(hit.delegation_id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NUMBER:
                return hit.number
            if column == NAME:
                return self.name_of(hit)
            if column == DELEGATION:
                return delegation.code if delegation else "—"
            return self.statuses[index.row()][0]
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS and self.statuses[index.row()][1]:
            return QBrush(QColor(self.statuses[index.row()][1]))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == DELEGATION and delegation:
                return delegation.name
            if column == NAME:
                return hit.organisation or None
            if column == STATUS:
                return self.statuses[index.row()][0] or translate("DeskSearch", "not arrived yet")
        return None
