"""File ▸ New event: the essentials of a new event and where to keep its file."""
from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
)

from models.event.creation import create_event_file, event_file_name, new_event_document
from models.ground import appconfig
from models.ground.errors import BelvedereError


class NewEventDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New event"))
        self.created_path: str | None = None
        form = QFormLayout(self)
        self.title = QLineEdit()
        self.venue = QLineEdit()
        self.city = QLineEdit()
        self.country = QLineEdit()
        today = QDate.currentDate()
        self.first_day = QDateEdit(today)
        self.last_day = QDateEdit(today)
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.first_day.dateChanged.connect(lambda date: self.last_day.date() < date and self.last_day.setDate(date))
        self.zone = QComboBox()
        self.zone.addItems(sorted(available_timezones()))
        self.zone.setEditable(True)
        self.zone.setCurrentText("Europe/Tirane")
        self.languages = QLineEdit("en, sq")
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("First day"), self.first_day)
        form.addRow(self.tr("Last day"), self.last_day)
        form.addRow(self.tr("Time zone of the venue"), self.zone)
        form.addRow(self.tr("Working languages"), self.languages)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def create(self) -> None:
        try:
            document = new_event_document(
                self.title.text(), self.first_day.date().toPython(), self.last_day.date().toPython(),
                self.zone.currentText().strip(), self.venue.text().strip(), self.city.text().strip(),
                self.country.text().strip(),
                [code.strip() for code in self.languages.text().split(",") if code.strip()],
            )
        except BelvedereError as error:
            QMessageBox.warning(self, self.tr("New event"), str(error))
            return
        suggestion = str(appconfig.data_dir() / event_file_name(self.title.text()))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Where to keep the event file"), suggestion,
                                              "Belvedere event (*.belvedere)")
        if not path:
            return
        try:
            create_event_file(path, document)
        except BelvedereError as error:
            QMessageBox.warning(self, self.tr("New event"), str(error))
            return
        self.created_path = path
        self.accept()
