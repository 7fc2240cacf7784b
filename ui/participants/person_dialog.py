"""Adding or editing one participant: the form, its checks as you type, and a warning for a likely duplicate."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.ground.audit import organiser
from models.ground.days import day_name, event_days
from models.ground.errors import BelvedereError
from models.ground.i18n import current_language
from models.participants.delegations import event_delegations
from models.participants.duplicates import duplicates_of
from models.participants.editing import details_of, update_participant
from models.participants.entities import Participant
from models.participants.registration import PersonDetails, add_participant, problems_with
from models.participants.roles import event_roles
from ui.style import REFUSED_RED


class ParticipantDialog(QDialog):
    """Add a participant (participant=None) or edit one; `saved` holds the participant after Save."""

    def __init__(self, event, participant: Participant | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.current_event = event
        self.participant = participant
        self.saved: Participant | None = None
        self.setWindowTitle(self.tr("Edit participant %1").replace("%1", str(participant.number))
                            if participant else self.tr("Add a participant"))
        self.setMinimumWidth(560)
        self.given_name = QLineEdit()
        self.family_name = QLineEdit()
        self.badge_name = QLineEdit()
        self.badge_name.setPlaceholderText(self.tr("the full name"))
        self.badge_name.setToolTip(self.tr("A shorter name for the badge, when the full name is too long to print "
                                           "large enough (the Badges page names them)"))
        self.organisation = QLineEdit()
        self.delegations = {d.id: d for d in event_delegations(event)}
        self.delegation = QComboBox()
        self.delegation.addItem(self.tr("— no delegation —"), None)
        for delegation in self.delegations.values():
            self.delegation.addItem(f"{delegation.name} ({delegation.code})", delegation.id)
        self.roles = {r.id: r for r in event_roles(event)}
        self.role = QComboBox()
        self.role.addItem(self.tr("— no role —"), None)
        for role in self.roles.values():
            self.role.addItem(role.name, role.id)
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.funded = QCheckBox(self.tr("Funded by the project"))
        self.language = QComboBox()
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Albanian"), "sq")
        self.day_boxes: dict[int, QCheckBox] = {}
        days_row = QHBoxLayout()
        for day in event_days(event):
            box = QCheckBox(f"{day_name(day, current_language())} ({day.date:%d.%m.})")
            self.day_boxes[day.number] = box
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        self.problems = QLabel()
        self.problems.setStyleSheet(f"color: {REFUSED_RED}; font-weight: bold;")
        self.problems.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Given name"), self.given_name)
        form.addRow(self.tr("&Family name"), self.family_name)
        form.addRow(self.tr("Name on &badge"), self.badge_name)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&Delegation"), self.delegation)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow("", self.funded)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Expected on"), days_row)
        form.addRow("", QLabel(self.tr("No day ticked: expected every day.")))
        form.addRow(self.tr("&Notes"), self.notes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        if participant is not None:
            self.show_details(details_of(participant))
        for edit in (self.given_name, self.family_name, self.email):
            edit.textChanged.connect(self.check)
        self.check()

    def show_details(self, details: PersonDetails) -> None:
        self.given_name.setText(details.given_name)
        self.family_name.setText(details.family_name)
        self.badge_name.setText(details.badge_name)
        self.organisation.setText(details.organisation)
        self.delegation.setCurrentIndex(max(0, self.delegation.findData(details.delegation.id)) if details.delegation
                                        else 0)
        self.role.setCurrentIndex(max(0, self.role.findData(details.role.id)) if details.role else 0)
        self.email.setText(details.email)
        self.phone.setText(details.phone)
        self.funded.setChecked(details.funded)
        self.language.setCurrentIndex(max(0, self.language.findData(details.language)))
        for number, box in self.day_boxes.items():
            box.setChecked(number in details.days_expected)
        self.notes.setPlainText(details.notes)

    def details(self) -> PersonDetails:
        return PersonDetails(
            given_name=self.given_name.text(), family_name=self.family_name.text(),
            organisation=self.organisation.text(), delegation=self.delegations.get(self.delegation.currentData()),
            role=self.roles.get(self.role.currentData()), email=self.email.text(), phone=self.phone.text(),
            funded=self.funded.isChecked(), language=self.language.currentData(),
            days_expected=[number for number, box in self.day_boxes.items() if box.isChecked()],
            notes=self.notes.toPlainText(), badge_name=self.badge_name.text(),
        )

    def check(self) -> list[str]:
        problems = problems_with(self.details())
        self.problems.setText(" ".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
        return problems

    def confirm_not_a_duplicate(self, details: PersonDetails) -> bool:
        duplicates = duplicates_of(self.current_event, details.given_name, details.family_name, details.email,
                                   details.delegation.id if details.delegation else None, exclude=self.participant)
        if not duplicates:
            return True
        lines = [
            (self.tr("%1 %2 — same e-mail") if d.reason == "email" else self.tr("%1 %2 — same name and delegation"))
            .replace("%1", str(d.participant.number)).replace("%2", d.participant.full_name)
            for d in duplicates
        ]
        answer = QMessageBox.question(
            self, self.tr("The same person?"),
            self.tr("This looks like someone already registered:") + "\n\n" + "\n".join(lines) + "\n\n"
            + self.tr("Save anyway?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Save

    def save(self) -> None:
        if self.check():
            return
        details = self.details()
        if not self.confirm_not_a_duplicate(details):
            return
        try:
            if self.participant is None:
                self.saved = add_participant(self.current_event, details, actor=organiser())
            else:
                update_participant(self.participant, details, actor=organiser())
                self.saved = self.participant
        except BelvedereError as error:
            self.problems.setText(str(error))
            return
        self.accept()
