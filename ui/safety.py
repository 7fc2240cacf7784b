"""Keeping the event safe from the window: automatic backups, restore, the journal, the desk lock, and removing
personal data after the event."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QPushButton, QWidget

from models.event import backups, desk_lock, journal, privacy
from models.ground.db import is_url
from models.ground.errors import BelvedereError
from models.ground.files import NETWORK_SHARE_WARNING, is_on_network_share
from ui.jobs import Job

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
        QMessageBox.warning(parent, parent.tr("Event file on a network share"), parent.tr(NETWORK_SHARE_WARNING))


def offer_latest_backup(parent: QWidget | None, target: str, problem: str) -> bool:
    """After a damaged file: offer the newest sound backup. True when it was restored."""
    tr = (parent.tr if parent else (lambda text: text))
    backup = backups.latest_good_backup(Path(target))
    if backup is None:
        QMessageBox.critical(parent, tr("The event file is damaged"),
                             problem + "\n\n" + tr("No backup of it was found on this laptop."))
        return False
    answer = QMessageBox.question(
        parent, tr("The event file is damaged"),
        problem + "\n\n" + tr("Restore the latest good backup, %1?").replace("%1", backup.name)
        + "\n" + tr("The damaged file is kept beside it."))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    backups.restore_backup(backup, Path(target))
    return True


def choose_backup_to_restore(parent: QWidget, target: str) -> Path | None:
    folder = backups.backup_folder(Path(target))
    path, _ = QFileDialog.getOpenFileName(parent, parent.tr("Restore from backup"), str(folder),
                                          parent.tr("Belvedere event (*.belvedere)"))
    return Path(path) if path else None


def choose_journal_folder(parent: QWidget) -> None:
    current = journal.journal_folder()
    folder = QFileDialog.getExistingDirectory(parent, parent.tr("Journal to a second location (a USB stick)"),
                                              str(current or Path.home()))
    if folder:
        journal.set_journal_folder(folder)


def ask_new_pin(parent: QWidget) -> str | None:
    pin, ok = QInputDialog.getText(parent, parent.tr("Lock to the desk"),
                                   parent.tr("Choose the organiser's PIN (4 to 12 digits):"),
                                   QLineEdit.EchoMode.Password)
    if not ok:
        return None
    desk_lock.set_pin(pin)
    return pin


def ask_pin_to_unlock(parent: QWidget) -> bool:
    pin, ok = QInputDialog.getText(parent, parent.tr("Unlock"), parent.tr("The organiser's PIN:"),
                                   QLineEdit.EchoMode.Password)
    return ok and desk_lock.check_pin(pin)


def personal_data_question(parent: QWidget, participants: int) -> tuple[QMessageBox, QPushButton]:
    """The confirmation (what goes, what stays, what is not touched) and its Remove button; Cancel is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, parent.tr("Remove personal data"),
                      parent.tr("Remove the personal data from this event file?"), parent=parent)
    box.setInformativeText("\n\n".join([
        parent.tr("This removes %1.").replace("%1", parent.tr(privacy.WHAT_GOES).format(count=participants)),
        parent.tr("It keeps %1.").replace("%1", parent.tr(privacy.WHAT_STAYS)),
        parent.tr(privacy.NOT_TOUCHED),
        parent.tr("This cannot be undone."),
    ]))
    remove = box.addButton(parent.tr("Remove personal data"), QMessageBox.ButtonRole.DestructiveRole)
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
        QMessageBox.warning(window, window.tr("Remove personal data"), str(error))
        return False
    for topic in ("participants", "checkins", "badges", "event"):
        window.context.notify(topic)
    QMessageBox.information(window, window.tr("Remove personal data"), window.tr(
        "The personal data of %1 participants was removed, and %2 backups holding it were deleted.")
        .replace("%1", str(count)).replace("%2", str(deleted)))
    return True
