"""The main window: navigation on the left, one page per capability, the File menu."""
from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.agenda.rehearsal import FROM_NOW
from models.agenda.rehearsal_log import laying_of
from models.event import backups, desk_lock, journal, rebuild
from models.event.demo import demo_rehearsal
from models.event.schema import copy_to
from models.ground import appconfig, i18n
from models.ground.addresses import shown
from models.ground.clock import venue_today, venue_zone
from models.ground.dates import date_range
from models.ground.days import day_name, event_days
from models.ground.db import is_url, opened_read_only
from models.ground.entities import current_event
from models.ground.errors import BelvedereError, DamagedEventFileError
from models.ground.settings import WINDOW_GEOMETRY
from ui import placement
from ui.about import AboutDialog
from ui.context import AppContext
from ui.demo_offer import DemoOffer
from ui.desk.scan_catcher import ScanCatcher
from ui.event.new_event import NewEventDialog
from ui.language import apply_language, remember_language
from ui.safety import (
    BackupScheduler,
    NewPinDialog,
    ask_pin,
    choose_backup_to_restore,
    choose_journal_folder,
    offer_latest_backup,
    offer_to_remove_personal_data,
    pin_given,
    warn_if_on_network_share,
)
from ui.servers import connect_to_server, save_copy_from_server, serve_here, share_on_server
from ui.style import REFUSED_RED


def event_file_filter() -> str:
    return QCoreApplication.translate("MainWindow", "Belvedere event (*.belvedere);;All files (*)")


# The pages in navigation order: key (names the page in settings and tests) and where its class is.
# A page's module is imported when the page is first shown, so start-up loads only the desk.
PAGES = [
    ("desk", "ui.desk.page", "DeskPage"),
    ("participants", "ui.participants.page", "ParticipantsPage"),
    ("event", "ui.event.page", "EventPage"),
    ("agenda", "ui.agenda.page", "AgendaPage"),
    ("badges", "ui.badges.page", "BadgesPage"),
    ("reports", "ui.reports.page", "ReportsPage"),
]


def page_class(key: str) -> type[QWidget]:
    module, name = next((module, name) for page_key, module, name in PAGES if page_key == key)
    return getattr(importlib.import_module(module), name)


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.pages: dict[str, QWidget] = {}
        self.carried: dict[str, object] = {}  # what a page rebuilt in another language takes over
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.sidebar = QWidget()  # the navigation, and under it the demo's offer to rehearse
        self.sidebar.setFixedWidth(200)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.sidebar.setStyleSheet("QWidget#sidebar { background: #1f2a36; }")
        side = QVBoxLayout(self.sidebar)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.navigation, 1)
        self.demo_offer = DemoOffer()
        self.demo_offer.rehearse_requested.connect(self.rehearse_demo)
        offer_margins = QVBoxLayout()
        offer_margins.setContentsMargins(8, 0, 8, 10)
        offer_margins.addWidget(self.demo_offer)
        side.addLayout(offer_margins)
        self.stack = QStackedWidget()
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.read_only_banner = QLabel(self.tr(
            "Read-only: this event file cannot be written where it is. Copy the file to a writable place "
            "(File ▸ Save a copy) to check people in."))
        self.read_only_banner.setObjectName("read-only-banner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(f"background: {REFUSED_RED}; color: white; font-size: 13pt; "
                                            "font-weight: bold; padding: 8px 16px;")
        outer.addWidget(self.read_only_banner)
        layout = QHBoxLayout()
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self.page_keys: list[str] = []
        self.navigation.currentRowChanged.connect(self.on_navigation)
        self.build_menus()
        self.build_pages()
        context.event_opened.connect(self.build_pages)
        context.event_opened.connect(lambda: warn_if_on_network_share(self, self.context.target))
        context.event_opened.connect(self.follow_lock)
        self.backups = BackupScheduler(context, self)
        self.backups.failed.connect(lambda message: self.statusBar().showMessage(message))
        self.scan_catcher = ScanCatcher(self, self.scan_at_the_desk)
        self.restore_placement()
        self.follow_lock()

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

    def build_pages(self, carried: dict[str, object] | None = None) -> None:
        """(Re)build the navigation for the open event file; a page is created when first shown.

        `carried`: what each page had (the desk's last answer, the day chosen…), for the pages rebuilt in
        another language; a page takes its part when it is created again."""
        current = max(self.navigation.currentRow(), 0)
        self.carried = dict(carried or {})
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.navigation.blockSignals(True)
        self.navigation.clear()
        self.pages.clear()
        self.page_keys = [key for key, _module, _name in PAGES]
        titles = self.page_titles()
        for key in self.page_keys:
            self.stack.addWidget(QWidget())  # stands in until the page is first shown
            self.navigation.addItem(titles[key])
        self.navigation.blockSignals(False)
        self.navigation.setCurrentRow(current)
        self.update_title()
        self.show_demo_offer()

    def show_demo_offer(self) -> None:
        """The demo, opened on a date outside it, offers to rehearse its first day (then says what to press)."""
        demo = demo_rehearsal(current_event(), self.context.clock)
        if demo is None:
            self.demo_offer.hide()
            return
        name = day_name(demo.day, i18n.current_language())
        laying = laying_of(demo.day)
        if laying is not None and laying.laid_on == venue_today(self.context.clock, venue_zone(current_event().timezone)):
            self.demo_offer.guide(name)
        else:
            days = event_days(current_event())
            self.demo_offer.offer(name, date_range(days[0].date, days[-1].date, i18n.current_language()), demo.from_time)

    def rehearse_demo(self) -> None:
        """Day I from now, its coffee break running at once: the agenda page shows it, the display can too."""
        demo = demo_rehearsal(current_event(), self.context.clock)
        if demo is None:
            return
        page = self.show_page("agenda")
        page.rehearsing.rehearse(FROM_NOW, demo.day, demo.from_item_id)
        if page.live.log.rehearsal:
            page.act(page.chair.start)
        self.show_demo_offer()

    def on_navigation(self, row: int) -> None:
        if 0 <= row < len(self.page_keys):
            self.page(self.page_keys[row])
            self.stack.setCurrentIndex(row)

    def page(self, key: str) -> QWidget:
        """The page for `key`, created on first use (start-up builds only the page shown)."""
        if key not in self.pages:
            index = self.page_keys.index(key)
            page = page_class(key)(self.context)
            page.setObjectName(f"page-{key}")
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[key] = page
            if key in self.carried:
                page.take_state(self.carried.pop(key))
        return self.pages[key]

    def show_page(self, key: str) -> QWidget:
        self.navigation.setCurrentRow(self.page_keys.index(key))
        return self.page(key)

    def scan_at_the_desk(self, code: str) -> None:
        """A badge scanned while the focus was elsewhere in the window: a check-in at the desk, never an edit."""
        self.show_page("desk").scan(code, method="scan")

    def update_title(self) -> None:
        target = self.context.target
        name = shown(target) if is_url(target) else Path(target).name
        read_only = opened_read_only()
        self.read_only_banner.setVisible(read_only)
        name += self.tr(" (read-only)") if read_only else ""
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
        self.add_action(file_menu, self.tr("&Connect to a server…"), lambda: connect_to_server(self))
        self.add_action(file_menu, self.tr("S&hare on a server…"), lambda: share_on_server(self))
        self.add_action(file_menu, self.tr("Ser&ve this event from this laptop…"), lambda: serve_here(self))
        file_menu.addSeparator()
        self.add_action(file_menu, self.tr("Restore from &backup…"), self.restore_from_backup)
        self.add_action(file_menu, self.tr("Rebuild from &journal…"), self.rebuild_from_journal)
        self.add_action(file_menu, self.tr("Journal to a second &location…"), self.choose_journal)
        self.add_action(file_menu, self.tr("Remove &personal data…"), self.remove_personal_data)
        file_menu.addSeparator()
        self.quit_action = self.add_action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.file_menu = file_menu
        desk_menu = self.menuBar().addMenu(self.tr("&Desk"))
        self.lock_action = self.add_action(desk_menu, self.tr("&Lock to the desk"), self.lock_desk,
                                           QKeySequence("Ctrl+L"))
        self.unlock_action = self.add_action(desk_menu, self.tr("&Unlock…"), self.unlock_desk)
        desk_menu.addSeparator()
        self.practice_action = self.add_action(desk_menu, self.tr("&Practice (nothing is recorded)"),
                                               lambda: self.show_page("desk").start_practice())
        self.add_action(desk_menu, self.tr("Badge &printer…"), self.choose_badge_printer)
        self.build_language_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.add_action(help_menu, self.tr("&About Belvedere"), lambda: AboutDialog(self).exec())

    def build_language_menu(self) -> None:
        """Each language named in itself, so that anyone finds theirs whatever the window speaks."""
        menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(menu)
        for code, name in i18n.LANGUAGES.items():
            action = self.add_action(menu, name, lambda _checked=False, chosen=code: self.switch_language(chosen))
            action.setCheckable(True)
            action.setChecked(code == i18n.current_language())
            action.setData(code)
            group.addAction(action)
        self.language_menu = menu

    def switch_language(self, language: str) -> None:
        """Speak `language` now, in every page and menu, and at the next start; each page keeps what it showed."""
        if language != i18n.current_language() and not self.event_can_change():
            language = i18n.current_language()  # a report being written keeps its page until it is done
        for action in self.language_menu.actions():
            action.setChecked(action.data() == language)
        remember_language(language)
        if language != i18n.current_language():
            apply_language(language)
            self.retranslate()

    def retranslate(self) -> None:
        carried = {key: page.carried_state() for key, page in self.pages.items() if hasattr(page, "carried_state")}
        self.menuBar().clear()
        self.build_menus()
        self.set_desk_locked(self.desk_locked)
        self.build_pages(carried)

    def choose_badge_printer(self) -> None:
        from ui.badges.printer import BadgePrinter  # the print system loads when a badge is first printed, not at start

        BadgePrinter(self.context.settings, self).pick()

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

    def event_can_change(self) -> bool:
        """False, after saying why, while a report or badges are still being made from the open event."""
        work = self.context.work_in_progress()
        if work:
            QMessageBox.information(self, self.tr("Still working"), self.tr(
                "Belvedere is still writing %1. Wait until it has finished, or cancel it on its page, "
                "then try again.").replace("%1", work[0]))
        return not work

    def open_file(self) -> None:
        if not self.event_can_change() or not self.pin_given(self.tr("Open another event")):
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open event"), str(appconfig.data_dir()),
                                              event_file_filter())
        if path:
            self.open_target(path)

    def open_target(self, target: str) -> None:
        if not self.event_can_change() or not self.pin_given(self.tr("Open another event")):
            return
        previous = self.context.target
        try:
            self.context.open(target)
        except DamagedEventFileError as error:
            if offer_latest_backup(self, target, str(error)):
                self.context.open(target)
            else:
                self.context.open(previous)
        except BelvedereError as error:
            QMessageBox.warning(self, self.tr("Cannot open the event"), str(error))
            self.context.open(previous)

    def new_event(self) -> None:
        if not self.event_can_change() or not self.pin_given(self.tr("New event")):
            return
        dialog = NewEventDialog(self)
        if dialog.exec() and dialog.created_path:
            self.open_target(dialog.created_path)

    def save_copy(self) -> None:
        if is_url(self.context.target):
            save_copy_from_server(self)
            return
        suggestion = Path(self.context.target).with_name(Path(self.context.target).stem + " copy.belvedere")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the event"), str(suggestion),
                                              event_file_filter())
        if not path:
            return
        try:
            copy_to(Path(path))
        except (OSError, BelvedereError) as error:
            QMessageBox.warning(self, self.tr("The copy was not saved"), str(error))
            return
        self.statusBar().showMessage(self.tr("A copy was saved to %1").replace("%1", path), 8000)

    def restore_from_backup(self) -> None:
        if is_url(self.context.target) or not self.event_can_change():
            return
        backup = choose_backup_to_restore(self, self.context.target)
        if backup is None:
            return
        answer = QMessageBox.question(self, self.tr("Restore from backup"), self.tr(
            "Replace the open event with %1? The current file is kept beside it.").replace("%1", backup.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.context.close()
        try:
            backups.restore_backup(backup, Path(self.context.target))
        except BelvedereError as error:
            QMessageBox.warning(self, self.tr("Restore from backup"), str(error))
        self.context.open(self.context.target)

    def rebuild_from_journal(self) -> None:
        folder = journal.journal_folder()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Rebuild from journal"), str(folder or ""),
                                              self.tr("Belvedere journal (*.jsonl)"))
        if not path:
            return
        try:
            report = rebuild.rebuild_from_journal(current_event(), Path(path))
        except BelvedereError as error:
            QMessageBox.warning(self, self.tr("Rebuild from journal"), str(error))
            return
        for topic in ("participants", "checkins", "agenda"):
            self.context.notify(topic)
        QMessageBox.information(self, self.tr("Rebuild from journal"),
                                self.tr("Rebuilt from the journal: %1").replace("%1", report.summary()))

    def remove_personal_data(self) -> None:
        if self.event_can_change():
            offer_to_remove_personal_data(self)

    def choose_journal(self) -> None:
        try:
            choose_journal_folder(self, self.context.target)
        except BelvedereError as error:
            QMessageBox.warning(self, self.tr("Journal"), str(error))

    # --- desk lock ---------------------------------------------------------

    def lock_desk(self) -> None:
        """Lock the event to the desk with a new PIN, typed twice (Cancel leaves it unlocked)."""
        if NewPinDialog(self.context.current_event, self).exec():
            self.set_desk_locked(True)

    def unlock_desk(self) -> None:
        pin = ask_pin(self, self.tr("Unlock"), self.tr("The organiser's PIN:"))
        if pin is None:
            return  # Cancel: still locked, and nothing to complain about
        try:
            desk_lock.unlock(self.context.current_event, pin)
        except BelvedereError as error:
            QMessageBox.warning(self, self.tr("Unlock"), str(error))
            return
        self.set_desk_locked(False)

    def pin_given(self, title: str) -> bool:
        """True when the event is not locked, or once the organiser typed the PIN for this."""
        return pin_given(self, self.context.current_event, title,
                         self.tr("The desk is locked. The organiser's PIN, to go on:"))

    def follow_lock(self) -> None:
        """The lock belongs to the event: every event opened shows as it is, locked or not."""
        self.set_desk_locked(desk_lock.is_locked(self.context.current_event))

    def set_desk_locked(self, locked: bool) -> None:
        """Locked: only the desk page, no file actions, until the organiser's PIN unlocks it."""
        self.desk_locked = locked
        if locked:
            self.show_page("desk")
        self.sidebar.setVisible(not locked)
        self.navigation.setVisible(not locked)
        self.file_menu.setEnabled(not locked)
        for action in self.file_menu.actions():
            if action is not self.quit_action:
                action.setEnabled(not locked)  # their shortcuts too (a disabled menu leaves them working)
        self.lock_action.setEnabled(not locked)
        self.unlock_action.setEnabled(locked)

    # --- placement ---------------------------------------------------------

    def restore_placement(self) -> None:
        placement.restore(self, self.context.settings.value_of(WINDOW_GEOMETRY))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: placement.keep_on_screen(self))  # once the frame is known

    def closeEvent(self, event) -> None:
        """Closing the window (Quit, Ctrl+Q, Alt+F4, the title bar's ×) ends Belvedere: while the desk is locked,
        only with the organiser's PIN."""
        if not self.event_can_change() or not self.pin_given(self.tr("Quit Belvedere")):
            event.ignore()
            return
        self.backups.back_up_now()
        self.context.settings.put(WINDOW_GEOMETRY, self.saveGeometry())
        self.context.settings.sync()
        self.context.close()  # a desk on a server stops; its queue, if any, waits in its offline copy
        super().closeEvent(event)
