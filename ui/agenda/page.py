"""The agenda page: every day's programme."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTabWidget, QTreeWidget, QTreeWidgetItem, QWidget

from models.agenda.plan import day_items, event_days
from ui.context import AppContext
from ui.widgets import page_layout


def kind_label(kind: str) -> str:
    labels = {
        "registration": QCoreApplication.translate("Agenda", "Registration"),
        "session": QCoreApplication.translate("Agenda", "Session"),
        "talk": QCoreApplication.translate("Agenda", "Talk"),
        "break": QCoreApplication.translate("Agenda", "Break"),
        "lunch": QCoreApplication.translate("Agenda", "Lunch"),
        "end": QCoreApplication.translate("Agenda", "End"),
        "other": QCoreApplication.translate("Agenda", "Other"),
    }
    return labels.get(kind, kind)


class DayAgendaTree(QTreeWidget):
    """One day's items, talks nested under their session."""

    def __init__(self, day, parent: QWidget | None = None):
        super().__init__(parent)
        self.setColumnCount(4)
        self.setHeaderLabels([self.tr("Time"), self.tr("Kind"), self.tr("Item"), self.tr("Speakers")])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        nodes: dict[int, QTreeWidgetItem] = {}
        for item in day_items(day):
            times = item.planned_start.strftime("%H:%M")
            if item.planned_end != item.planned_start:
                times += "–" + item.planned_end.strftime("%H:%M")
            title = self.tr("Session %1: %2").replace("%1", item.number).replace("%2", item.title) \
                if item.kind == "session" else item.title
            node = QTreeWidgetItem([times, kind_label(item.kind), title, "; ".join(item.speaker_list)])
            node.setToolTip(2, item.title + ("\n\n" + item.description if item.description else ""))
            if item.kind == "session":
                font = node.font(2)
                font.setBold(True)
                node.setFont(2, font)
            parent = nodes.get(item.parent_id)
            (parent.addChild(node) if parent else self.addTopLevelItem(node))
            nodes[item.id] = node
        self.expandAll()
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 260)


class AgendaPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        layout = page_layout(self, self.tr("Agenda"))
        self.days = QTabWidget()
        layout.addWidget(self.days)
        event = context.event
        for day in event_days(event):
            label = f"{day.label or self.tr('Day %1').replace('%1', str(day.number))} — {day.date:%d.%m.%Y}"
            self.days.addTab(DayAgendaTree(day), label)
