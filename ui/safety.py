"""Keeping the event safe from the window: automatic backups, restore, the journal, the desk lock, and removing
personal data after the event."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRegularExpression, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QPushButton, QWidget

from models.event import backups, desk_lock, journal, privacy
from models.ground.db import is_url
from models.ground.errors import BelvedereError
from models.ground.files import NETWORK_SHARE_WARNING, is_on_network_share
from ui.desk.dialogs import add_buttons, big_form
from ui.jobs import Job
from ui.widgets import error_label, hint

translate = QCoreApplication.translate  # lupdate reads translate(context, text) by its name

BACKUP_INTERVAL_MS = 5 * 60 * 1000


class BackupScheduler(QObject):
    """A consistent copy every few minutes, off the GUI thread, and one more on close."""

    done = Signal(str)
    failed = Signal(str)

    def __init__(self, context, parent: QObject | None = None):
        super().__init__(parent)
        self.context = context
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_INTERVAL_MS)
        self.timer.timeout.connect(self.back_up_soon)
        self.timer.start()

    def event_file(self) -> Path | None:
        return None if is_url(self.context.target) else Path(self.context.target)

    def back_up_soon(self) -> None:
        """A copy off the GUI thread. It reads the file by its path, not the open event: opening another need not wait."""
        path = self.event_file()
        if path is not None:
            job = Job.plain(lambda: str(backups.make_backup(path)))
            job.succeeded.connect(self.done.emit)
            job.failed.connect(self.failed.emit)
            job.start()

    def back_up_now(self) -> str | None:
        """A last copy while closing; returns the error sentence, if any."""
        path = self.event_file()
        if path is None:
            return None
        try:
            backups.make_backup(path)
        except BelvedereError as error:
            return str(error)
        return None


def warn_if_on_network_share(parent: QWidget, target: str) -> None:
    if not is_url(target) and is_on_network_share(Path(target)):
        QMessageBox.warning(parent, translate("Safety", "Event file on a network share"),
                            translate("ground", NETWORK_SHARE_WARNING))


def offer_latest_backup(parent: QWidget | None, target: str, problem: str) -> bool:
    """After a damaged file: offer the newest sound backup. True when it was restored."""
    backup = backups.latest_good_backup(Path(target))
    if backup is None:
        QMessageBox.critical(parent, translate("Safety", "The event file is damaged"),
                             problem + "\n\n" + translate("Safety", "No backup of it was found on this laptop."))
        return False
    answer = QMessageBox.question(
        parent, translate("Safety", "The event file is damaged"),
        problem + "\n\n" + translate("Safety", "Restore the latest good backup, %1?").replace("%1", backup.name)
        + "\n" + translate("Safety", "The damaged file is kept beside it."))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    backups.restore_backup(backup, Path(target))
    return True


def choose_backup_to_restore(parent: QWidget, target: str) -> Path | None:
    folder = backups.backup_folder(Path(target))
    path, _ = QFileDialog.getOpenFileName(parent, translate("Safety", "Restore from backup"), str(folder),
                                          translate("Safety", "Belvedere event (*.belvedere)"))
    return Path(path) if path else None


def choose_journal_folder(parent: QWidget, target: str) -> None:
    """Ask for the journal's folder; refused (BelvedereError) unless it is on another device than the event file."""
    current = journal.journal_folder()
    folder = QFileDialog.getExistingDirectory(parent, translate("Safety", "Journal to a second location (a USB stick)"),
                                              str(current or Path.home()))
    if folder:
        journal.set_journal_folder(folder, None if is_url(target) else Path(target))


class NewPinDialog(QDialog):
    """Locking the desk: the organiser chooses its PIN, typed twice; the lock is set only with a good one."""

    def __init__(self, event, parent: QWidget | None = None):
        super().__init__(parent)
        self.current_event = event
        self.setWindowTitle(self.tr("Lock to the desk"))
        self.setMinimumWidth(460)
        layout, form = big_form(self)
        layout.insertWidget(0, hint(self.tr(
            "Only the desk stays open until this PIN is given again: to unlock, to quit, or to open another "
            "event. Choose %1 to %2 digits, and keep them to yourself.")
            .replace("%1", str(desk_lock.MIN_PIN_DIGITS)).replace("%2", str(desk_lock.MAX_PIN_DIGITS))))
        self.pin, self.again = QLineEdit(), QLineEdit()
        for field in (self.pin, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(desk_lock.MAX_PIN_DIGITS)
            field.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]*"), field))
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.again)
        self.problem = error_label()
        layout.addWidget(self.problem)
        add_buttons(self, layout, self.tr("Lock"))

    def accept(self) -> None:
        try:
            desk_lock.lock(self.current_event, self.pin.text(), self.again.text())
        except BelvedereError as error:
            self.problem.setText(str(error))
            self.again.clear()
            return
        super().accept()


def ask_pin(parent: QWidget, title: str, prompt: str) -> str | None:
    """The organiser's PIN, or None when Cancel was chosen."""
    pin, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Password)
    return pin if ok else None


def pin_given(parent: QWidget, event, title: str, prompt: str) -> bool:
    """While the desk is locked: True once the organiser's PIN is typed. A wrong PIN says so (and how long to wait);
    Cancel is no error, it only leaves things as they are."""
    if not desk_lock.is_locked(event):
        return True
    pin = ask_pin(parent, title, prompt)
    if pin is None:
        return False
    try:
        desk_lock.check(event, pin)
    except BelvedereError as error:
        QMessageBox.warning(parent, title, str(error))
        return False
    return True


def personal_data_question(parent: QWidget, participants: int) -> tuple[QMessageBox, QPushButton]:
    """The confirmation (what goes, what stays, what is not touched) and its Remove button; Cancel is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Safety", "Remove personal data"),
                      translate("Safety", "Remove the personal data from this event file?"), parent=parent)
    box.setInformativeText("\n\n".join([
        translate("Safety", "This removes %1.").replace("%1", translate("event", privacy.WHAT_GOES).format(count=participants)),
        translate("Safety", "It keeps %1.").replace("%1", translate("event", privacy.WHAT_STAYS)),
        translate("event", privacy.NOT_TOUCHED),
        translate("Safety", "This cannot be undone."),
    ]))
    remove = box.addButton(translate("Safety", "Remove personal data"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    return box, remove


def offer_to_remove_personal_data(window) -> bool:
    """After the event: anonymise the window's event and its backups once the organiser confirmed. True when done."""
    event = window.context.current_event
    question, remove = personal_data_question(window, privacy.participants_in(event))
    question.exec()
    if question.clickedButton() is not remove:
        return False
    try:
        count, deleted = privacy.anonymise_event(event, window.context.target)
    except BelvedereError as error:
        QMessageBox.warning(window, translate("Safety", "Remove personal data"), str(error))
        return False
    for topic in ("participants", "checkins", "badges", "event"):
        window.context.notify(topic)
    QMessageBox.information(window, translate("Safety", "Remove personal data"), translate("Safety",
        "The personal data of %1 participants was removed, and %2 backups holding it were deleted.")
        .replace("%1", str(count)).replace("%2", str(deleted)))
    return True
