"""The desk's dialogs: who is at the desk, a walk-in, and undoing a check-in."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.checkin.entities import CheckIn
from models.ground.entities import Event
from models.ground.names import MAX_NAME_LENGTH, printable
from models.participants.entities import Participant
from models.participants.queries import delegations_in_order, roles_in_order
from models.participants.registration import PersonDetails, problems_with
from ui.widgets import hint


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
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
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
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
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


class UndoDialog(QDialog):
    """Confirms which check-in is taken back, and asks why (the reason goes to the audit log)."""

    REASONS = (QT_TRANSLATE_NOOP("UndoDialog", "Scanned or chosen by mistake"), QT_TRANSLATE_NOOP("UndoDialog", "Wrong person"),
               QT_TRANSLATE_NOOP("UndoDialog", "Wrong day"), QT_TRANSLATE_NOOP("UndoDialog", "The person left before the start"))

    def __init__(self, record: CheckIn, participant: Participant, when: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Undo a check-in"))
        self.setMinimumWidth(520)
        layout, form = big_form(self)
        self.question = QLabel(self.tr("Undo the check-in of %1 (%2)?")
                               .replace("%1", f"{participant.number} {participant.full_name}").replace("%2", when))
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout.insertWidget(0, self.question)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems([QCoreApplication.translate("UndoDialog", reason) for reason in self.REASONS])
        form.addRow(self.tr("Reason"), self.reason)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.problem)
        add_buttons(self, layout, self.tr("Undo the check-in"))
        self.reason.setFocus()

    def reason_text(self) -> str:
        return self.reason.currentText().strip()

    def accept(self) -> None:
        if not self.reason_text():
            self.problem.setText(self.tr("Give a reason."))
            return
        super().accept()

