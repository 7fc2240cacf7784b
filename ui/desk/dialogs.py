"""The desk's dialogs: who is at the desk, a walk-in, and undoing a check-in."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.event import desk_lock
from models.ground.entities import Event
from models.ground.errors import BelvedereError
from models.ground.names import MAX_NAME_LENGTH, printable
from models.participants.entities import Participant
from models.participants.queries import delegations_in_order, roles_in_order
from models.participants.registration import PersonDetails, problems_with
from ui.style import WARN_AMBER
from ui.widgets import error_label, hint

translate = QCoreApplication.translate  # lupdate reads translate(context, text) by its name


def big_form(dialog: QDialog) -> tuple[QVBoxLayout, QFormLayout]:
    dialog.setStyleSheet("QLineEdit, QComboBox { font-size: 14pt; padding: 4px; } QLabel { font-size: 12pt; }")
    layout = QVBoxLayout(dialog)
    form = QFormLayout()
    layout.addLayout(form)
    return layout, form


def add_buttons(dialog: QDialog, layout: QVBoxLayout, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return buttons


class DeliberateDialog(QDialog):
    """A question that Enter cannot answer: the next badge's Enter, scanned meanwhile, must not confirm it.

    Only a click on its confirming button (or Space on it, or its Alt key) does; Escape cancels.
    """

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def deliberate_buttons(self, layout: QVBoxLayout, confirm_text: str) -> QPushButton:
        """Cancel and the confirming button, neither of them a default one."""
        buttons = QDialogButtonBox()
        confirm = buttons.addButton(confirm_text, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (confirm, cancel):
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        return confirm


class IdentityDialog(QDialog):
    """Asked once per laptop: the desk's name and who is working it (recorded with each check-in)."""

    def __init__(self, desk: str, operator: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is at this desk?"))
        layout, form = big_form(self)
        layout.insertWidget(0, hint(self.tr("Each check-in records the desk and the person working it. "
                                            "Change them with “Change…” at the top of the desk.")))
        self.desk = QLineEdit(printable(desk) or self.tr("Desk 1"))
        self.operator = QLineEdit(printable(operator))
        self.operator.setPlaceholderText(self.tr("Your name"))
        for field in (self.desk, self.operator):
            field.setMaxLength(MAX_NAME_LENGTH)
        form.addRow(self.tr("Desk"), self.desk)
        form.addRow(self.tr("Operator"), self.operator)
        self.problem = error_label()
        layout.addWidget(self.problem)
        add_buttons(self, layout, self.tr("Start"))
        (self.operator if desk else self.desk).setFocus()

    def accept(self) -> None:
        if not printable(self.desk.text()) or not printable(self.operator.text()):
            self.problem.setText(self.tr("Give both the desk's name and yours."))
            return
        super().accept()


class WalkInDialog(QDialog):
    """Someone who is not on the list: the essentials, then registered and checked in in one step."""

    def __init__(self, event: Event, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Walk-in"))
        self.setMinimumWidth(560)
        layout, form = big_form(self)
        self.given_name = QLineEdit()
        self.family_name = QLineEdit()
        self.organisation = QLineEdit()
        self.delegation = QComboBox()
        self.delegation.addItem(self.tr("(none)"), None)
        for delegation in delegations_in_order(event):
            self.delegation.addItem(delegation.name, delegation)
        self.role = QComboBox()
        self.role.addItem(self.tr("(none)"), None)
        for role in roles_in_order(event):
            self.role.addItem(role.name, role)
        form.addRow(self.tr("Given name"), self.given_name)
        form.addRow(self.tr("Family name"), self.family_name)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Delegation"), self.delegation)
        form.addRow(self.tr("Role"), self.role)
        self.problem = error_label()
        layout.addWidget(self.problem)
        add_buttons(self, layout, self.tr("Register and check in"))
        self.given_name.setFocus()

    def details(self) -> PersonDetails:
        return PersonDetails(
            given_name=self.given_name.text().strip(), family_name=self.family_name.text().strip(),
            organisation=self.organisation.text().strip(), delegation=self.delegation.currentData(),
            role=self.role.currentData(),
        )

    def accept(self) -> None:
        problems = problems_with(self.details())
        if problems:
            self.show_problem(" ".join(problems))
            return
        super().accept()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)


class UndoDialog(DeliberateDialog):
    """Which check-in is taken back, how old it is, and why (the reason goes to the audit log).

    Nothing is chosen for the volunteer and Enter confirms nothing: a reason must be chosen
    or typed, then the button naming the person clicked.
    """

    REASONS = (QT_TRANSLATE_NOOP("UndoDialog", "Scanned or chosen by mistake"), QT_TRANSLATE_NOOP("UndoDialog", "Wrong person"),
               QT_TRANSLATE_NOOP("UndoDialog", "Wrong day"), QT_TRANSLATE_NOOP("UndoDialog", "The person left before the start"))

    def __init__(self, participant: Participant, when: str, before_this_session: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Undo a check-in"))
        self.setMinimumWidth(560)
        layout, form = big_form(self)
        self.question = QLabel(self.tr("Undo the check-in of %1 (%2)?")
                               .replace("%1", f"{participant.number} {participant.full_name}").replace("%2", when))
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout.insertWidget(0, self.question)
        if before_this_session:
            earlier = QLabel(self.tr("This check-in was made before Belvedere was started at this desk. "
                                     "Undo it only if you are sure it is the one."))
            earlier.setWordWrap(True)
            earlier.setStyleSheet(f"color: {WARN_AMBER}; font-weight: bold;")
            layout.insertWidget(1, earlier)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems([translate("UndoDialog", reason) for reason in self.REASONS])
        self.reason.setCurrentIndex(-1)
        self.reason.lineEdit().setPlaceholderText(self.tr("Choose or type why"))
        form.addRow(self.tr("Reason"), self.reason)
        self.problem = error_label()
        layout.addWidget(self.problem)
        self.confirm = self.deliberate_buttons(layout, self.tr("Undo the check-in of %1").replace(
            "%1", participant.full_name))
        self.confirm.setEnabled(False)
        self.reason.currentTextChanged.connect(lambda text: self.confirm.setEnabled(bool(text.strip())))
        self.reason.setFocus()

    def reason_text(self) -> str:
        return self.reason.currentText().strip()

    def accept(self) -> None:
        if not self.reason_text():
            self.problem.setText(self.tr("Give a reason."))
            return
        super().accept()


def organiser_refuses(parent: QWidget, event, clock) -> str:
    """Why the organiser's agreement is missing, or "" once given. While the desk is locked that takes the
    lock's PIN (a wrong one counts as the lock's tries do); unlocked, the organiser is at the laptop."""
    if not desk_lock.is_locked(event):
        return ""
    pin, given = QInputDialog.getText(parent, translate("OrganiserPin", "The organiser agrees"),
                                      translate("OrganiserPin", "Checking in someone who is not expected needs the "
                                                                "organiser. The organiser's PIN:"),
                                      QLineEdit.EchoMode.Password)
    if not given:
        return translate("OrganiserPin", "Not checked in: the organiser's PIN was not given.")
    try:
        desk_lock.check(event, pin, clock)
    except BelvedereError as error:
        return translate("OrganiserPin", "Not checked in: %1").replace("%1", str(error))
    return ""
