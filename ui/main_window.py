"""The main window: navigation on the left, one page per capability, the File menu."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QListWidget, QMainWindow, QMessageBox, QStackedWidget, QWidget,
)

from models import appconfig
from models.db import is_url
from models.errors import BelvedereError
from models.event.file import current_event
from models.schema import copy_to
from ui.agenda.page import AgendaPage
from ui.badges.page import BadgesPage
from ui.context import AppContext
from ui.desk.page import DeskPage
from ui.event.new_event import NewEventDialog
from ui.event.page import EventPage
from ui.participants.page import ParticipantsPage
from ui.reports.page import ReportsPage

EVENT_FILE_FILTER = "Belvedere event (*.belvedere);;All files (*)"


def page_classes():
    """The pages in navigation order: (key, class). The key names the page in settings and tests."""
    return [
        ("desk", DeskPage),
        ("participants", ParticipantsPage),
        ("event", EventPage),
        ("agenda", AgendaPage),
        ("badges", BadgesPage),
        ("reports", ReportsPage),
    ]


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.pages: dict[str, QWidget] = {}
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(200)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.build_menus()
        self.build_pages()
        context.event_opened.connect(self.build_pages)
        self.restore_placement()

    def page_titles(self) -> dict[str, str]:
        return {
            "desk": self.tr("Desk"),
            "participants": self.tr("Participants"),
            "event": self.tr("Event"),
            "agenda": self.tr("Agenda"),
            "badges": self.tr("Badges"),
            "reports": self.tr("Reports"),
        }

    # --- pages -------------------------------------------------------------

    def build_pages(self) -> None:
        """(Re)create every page for the open event file."""
        current = self.navigation.currentRow()
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.navigation.clear()
        self.pages.clear()
        titles = self.page_titles()
        for key, page_class in page_classes():
            page = page_class(self.context)
            page.setObjectName(f"page-{key}")
            self.pages[key] = page
            self.stack.addWidget(page)
            self.navigation.addItem(titles[key])
        self.navigation.setCurrentRow(max(current, 0))
        self.update_title()

    def show_page(self, key: str) -> QWidget:
        index = list(self.pages).index(key)
        self.navigation.setCurrentRow(index)
        return self.pages[key]

    def update_title(self) -> None:
        target = self.context.target
        name = target if is_url(target) else Path(target).name
        self.setWindowTitle(f"{current_event().title} — {name} — Belvedere")

    # --- menus -------------------------------------------------------------

    def build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.add_action(file_menu, self.tr("&New event…"), self.new_event, QKeySequence.StandardKey.New)
        self.add_action(file_menu, self.tr("&Open…"), self.open_file, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.add_action(file_menu, self.tr("&Save a copy…"), self.save_copy, QKeySequence.StandardKey.SaveAs)
        file_menu.addSeparator()
        self.add_action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

    def add_action(self, menu, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for target in appconfig.recent_files():
            action = self.recent_menu.addAction(target)
            action.triggered.connect(lambda _checked=False, chosen=target: self.open_target(chosen))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open event"), str(appconfig.data_dir()),
                                              self.tr(EVENT_FILE_FILTER))
        if path:
            self.open_target(path)

    def open_target(self, target: str) -> None:
        previous = self.context.target
        try:
            self.context.open(target)
        except BelvedereError as error:
            QMessageBox.warning(self, self.tr("Cannot open the event"), str(error))
            self.context.open(previous)

    def new_event(self) -> None:
        dialog = NewEventDialog(self)
        if dialog.exec() and dialog.created_path:
            self.open_target(dialog.created_path)

    def save_copy(self) -> None:
        if is_url(self.context.target):
            QMessageBox.information(self, self.tr("Save a copy"),
                                    self.tr("This event is on a database server; ask its administrator for a copy."))
            return
        suggestion = Path(self.context.target).with_name(Path(self.context.target).stem + " copy.belvedere")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the event"), str(suggestion),
                                              self.tr(EVENT_FILE_FILTER))
        if not path:
            return
        try:
            copy_to(Path(path))
        except (OSError, BelvedereError) as error:
            QMessageBox.warning(self, self.tr("The copy was not saved"), str(error))
            return
        self.statusBar().showMessage(self.tr("A copy was saved to %1").replace("%1", path), 8000)

    # --- placement ---------------------------------------------------------

    def restore_placement(self) -> None:
        geometry = self.context.settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        self.resize(1200, 780)

    def closeEvent(self, event) -> None:
        self.context.settings.setValue("main_window/geometry", self.saveGeometry())
        self.context.settings.sync()
        super().closeEvent(event)
