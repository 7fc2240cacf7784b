"""The participants with their badge: current version, and which version was printed when."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from models.badges.printing import changed_since_printed
from models.ground.clock import utc_to_local, venue_zone
from models.participants.entities import Participant
from ui.style import WARN_AMBER
from ui.table_model import PeopleSearch, RowsTableModel

translate = QCoreApplication.translate  # lupdate reads translate(context, text) by its name




class BadgeTableModel(PeopleSearch, RowsTableModel):
    def __init__(self, parent=None):
        super().__init__([translate("BadgeTable", "No."), translate("BadgeTable", "Name"),
                          translate("BadgeTable", "Delegation"), translate("BadgeTable", "Badge"),
                          translate("BadgeTable", "Printed")], parent)
        self.rows: list[Participant] = []
        self.zone = None

    def set_participants(self, participants: list[Participant], timezone: str) -> None:
        self.beginResetModel()
        self.rows = participants
        self.search_index = None
        self.zone = venue_zone(timezone)
        self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        participant = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(participant, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and changed_since_printed(participant):
            return QColor(WARN_AMBER)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, participant: Participant, column: int) -> str:
        if column == 0:
            return str(participant.number)
        if column == 1:
            return participant.full_name
        if column == 2:
            return participant.delegation_name or "—"
        if column == 3:
            return str(participant.badge_version)
        return self.printed_text(participant)

    def printed_text(self, participant: Participant) -> str:
        if participant.badge_printed_version is None:
            return translate("BadgeTable", "not yet")
        when = utc_to_local(participant.badge_printed_at, self.zone).strftime("%d.%m. %H:%M")
        text = translate("BadgeTable", "v%1 · %2").replace("%1", str(participant.badge_printed_version)).replace("%2", when)
        return text + " · " + translate("BadgeTable", "changed") if changed_since_printed(participant) else text
