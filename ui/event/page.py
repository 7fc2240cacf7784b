"""The Event page: the event's details, its delegations and roles, and the agenda editor for each day."""
from __future__ import annotations

from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.event.creation import event_file_name, import_event_file
from models.event.document import save_document
from models.event.editing import EventDetails, details_of, parse_languages, update_event
from models.event.privacy import personal_data_file_name
from models.ground import appconfig
from models.ground.audit import organiser
from models.ground.days import day_with_date, event_days
from models.ground.errors import BelvedereError
from models.ground.i18n import current_language
from ui.context import AppContext
from ui.event.agenda_editor import DayAgendaEditor
from ui.event.groups import DelegationsEditor, RolesEditor
from ui.event.printing import PrintingTab
from ui.event.words import WordsEditor
from ui.style import OK_GREEN, REFUSED_RED
from ui.widgets import error_label, hint, page_layout

EVENT_DOCUMENT_FILTER = QT_TRANSLATE_NOOP("EventPage", "Belvedere event document (*.json)")
EVENT_FILE_FILTER = QT_TRANSLATE_NOOP("EventPage", "Belvedere event (*.belvedere)")


class EventDetailsForm(QWidget):
    """Title, venue, dates, zone, languages; Save keeps the days and the agenda in step with the dates."""

    def __init__(self, page: EventPage):
        super().__init__()
        self.page = page
        self.title_edit = QLineEdit()
        self.subtitle = QLineEdit()
        self.venue = QLineEdit()
        self.city = QLineEdit()
        self.country = QLineEdit()
        self.first_day = QDateEdit()
        self.last_day = QDateEdit()
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(sorted(available_timezones()))
        self.languages = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(80)
        self.code = QLabel()
        self.code.setWordWrap(True)
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("S&ubtitle"), self.subtitle)
        form.addRow(self.tr("&Venue"), self.venue)
        form.addRow(self.tr("C&ity"), self.city)
        form.addRow(self.tr("C&ountry"), self.country)
        form.addRow(self.tr("&First day"), self.first_day)
        form.addRow(self.tr("&Last day"), self.last_day)
        form.addRow(self.tr("Time &zone of the venue"), self.zone)
        form.addRow(self.tr("Working lan&guages"), self.languages)
        form.addRow(self.tr("&Notes"), self.notes)
        form.addRow(self.tr("Badge code"), self.code)
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Save the whole event as a JSON event document"))
        self.import_button = QPushButton(self.tr("Import &into a new file…"))
        self.import_button.setToolTip(self.tr("Create a new event file from a JSON event document"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr(
            "Moving the dates moves every day and its agenda (the times of day stay). Once check-ins or the "
            "chair's actions are recorded, the dates and the time zone are fixed; days can still be added at the "
            "end.")))
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.show_event)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_event)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.show_event()

    def show_event(self) -> None:
        event = self.page.current_event
        details = details_of(event)
        self.title_edit.setText(details.title)
        self.subtitle.setText(details.subtitle)
        self.venue.setText(details.venue)
        self.city.setText(details.city)
        self.country.setText(details.country)
        self.first_day.setDate(QDate(details.start_date))
        self.last_day.setDate(QDate(details.end_date))
        self.zone.setCurrentText(details.timezone)
        self.languages.setText(", ".join(details.languages))
        self.notes.setPlainText(details.notes)
        self.code.setText(self.tr("%1 — every badge carries it. The code and the badge secret travel with the "
                                  "event export, so badges printed here scan on another laptop.")
                          .replace("%1", str(event.code)))
        self.message.clear()

    def details(self) -> EventDetails:
        return EventDetails(
            title=self.title_edit.text(), start_date=self.first_day.date().toPython(),
            end_date=self.last_day.date().toPython(), timezone=self.zone.currentText().strip(),
            languages=parse_languages(self.languages.text()), subtitle=self.subtitle.text(),
            venue=self.venue.text(), city=self.city.text(), country=self.country.text(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        try:
            changed = update_event(self.page.current_event, self.details(), actor=organiser())
        except BelvedereError as error:
            self.show_message(str(error), REFUSED_RED)
            return
        self.show_message(self.tr("Saved.") if changed else self.tr("Nothing to save."), OK_GREEN)
        if changed:
            self.page.event_changed(dates_changed=bool({"start_date", "end_date"} & set(changed)))

    def show_message(self, text: str, colour: str) -> None:
        self.message.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.message.setText(text)

    def export(self) -> None:
        event = self.page.current_event
        name = personal_data_file_name(Path(event_file_name(event.title)).stem, ".json")
        suggestion = str(Path(appconfig.data_dir()) / name)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the event"), suggestion,
                                              QCoreApplication.translate("EventPage", EVENT_DOCUMENT_FILTER))
        if not path:
            return
        try:
            count = save_document(event, path)
        except (BelvedereError, OSError) as error:
            QMessageBox.warning(self, self.tr("Not exported"), str(error))
            return
        QMessageBox.information(self, self.tr("Event exported"), self.tr(
            "The event was exported with %n participants.\n\nThe file holds the badge secret and personal data: "
            "anyone with it can make badges that scan. Keep it safe.", "", count))

    def import_event(self) -> None:
        source, _ = QFileDialog.getOpenFileName(self, self.tr("Event document to import"), "",
                                                QCoreApplication.translate("EventPage", EVENT_DOCUMENT_FILTER))
        if not source:
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("The new event file"),
                                                str(appconfig.data_dir() / "imported.belvedere"),
                                                QCoreApplication.translate("EventPage", EVENT_FILE_FILTER))
        if not target:
            return
        context = self.page.context
        previous = context.target
        try:
            import_event_file(source, target)
        except BelvedereError as error:
            context.open(previous)
            QMessageBox.warning(self, self.tr("Not imported"), str(error))
            return
        context.open(target)


class EventPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.current_event = context.current_event
        layout = page_layout(self, self.tr("Event"))
        self.tabs = QTabWidget()
        self.details = EventDetailsForm(self)
        details_area = QScrollArea()
        details_area.setWidget(self.details)
        details_area.setWidgetResizable(True)
        details_area.setFrameShape(QFrame.Shape.NoFrame)
        self.delegations = DelegationsEditor(self.current_event, lambda: self.context.notify("event"))
        self.roles = RolesEditor(self.current_event, lambda: self.context.notify("event"))
        self.words = WordsEditor(self.current_event, lambda: self.context.notify("event"))
        self.days = QTabWidget()
        self.printing = PrintingTab(self.current_event, lambda: self.context.notify("event"))
        printing_area = QScrollArea()
        printing_area.setWidget(self.printing)
        printing_area.setWidgetResizable(True)
        printing_area.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs.addTab(details_area, self.tr("Event"))
        self.tabs.addTab(self.delegations, self.tr("Delegations"))
        self.tabs.addTab(self.roles, self.tr("Roles and badge colours"))
        self.tabs.addTab(self.days, self.tr("Agenda"))
        self.tabs.addTab(self.words, self.tr("Words from the sheets"))
        self.tabs.addTab(printing_area, self.tr("Printing"))
        layout.addWidget(self.tabs, 1)
        self.build_days()
        context.data_changed.connect(self.on_data_changed)


    def carried_state(self) -> int:
        """The tab shown, for the page built again in another language."""
        return self.tabs.currentIndex()

    def take_state(self, tab: int) -> None:
        self.tabs.setCurrentIndex(tab)

    def build_days(self) -> None:
        current = self.days.currentIndex()
        while self.days.count():
            widget = self.days.widget(0)
            self.days.removeTab(0)
            widget.deleteLater()
        for day in event_days(self.current_event):
            self.days.addTab(DayAgendaEditor(day, lambda: self.context.notify("agenda")), day_with_date(day, current_language()))
        self.days.setCurrentIndex(max(0, min(current, self.days.count() - 1)))

    def event_changed(self, dates_changed: bool) -> None:
        self.current_event = self.context.current_event
        if dates_changed:
            self.build_days()
            self.context.notify("agenda")
        self.context.notify("event")

    def on_data_changed(self, topic: str) -> None:
        if topic in ("event", "participants"):
            self.delegations.refresh()
            self.roles.refresh()
            self.words.refresh()
