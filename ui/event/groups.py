"""Editing the event's delegations and roles (with their badge colours and funded places)."""
from __future__ import annotations

from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.badges.design import greyscale_clashes
from models.ground.audit import organiser
from models.ground.errors import BelvedereError
from models.participants.delegations import (
    add_delegation,
    event_delegations,
    move_delegation,
    remove_delegation,
    update_delegation,
)
from models.participants.entities import Delegation, Role
from models.participants.queries import people_per_delegation, people_per_role
from models.participants.roles import add_role, event_roles, remove_role, update_role
from ui.style import WARN_AMBER
from ui.widgets import error_label, read_only_table


def list_table(headers: list[str]) -> QTableWidget:
    table = read_only_table(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class SaveDialog(QDialog):
    """A small form whose Save runs `save()`; a refusal is shown in the dialog, which stays open."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        raise NotImplementedError

    def try_save(self) -> None:
        try:
            self.save()
        except BelvedereError as error:
            self.error.setText(str(error))
            return
        self.accept()


class DelegationDialog(SaveDialog):
    def __init__(self, event, delegation: Delegation | None, parent: QWidget | None = None):
        super().__init__(self.tr("Delegation"), parent)
        self.current_event, self.delegation = event, delegation
        self.code = QLineEdit(delegation.code if delegation else "")
        self.code.setMaxLength(8)
        self.name = QLineEdit(delegation.name if delegation else "")
        self.note = QLineEdit(delegation.note if delegation else "")
        self.form.addRow(self.tr("&Code (e.g. AL)"), self.code)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("N&ote (printed with the name)"), self.note)

    def save(self) -> None:
        if self.delegation is None:
            add_delegation(self.current_event, self.code.text(), self.name.text(), self.note.text(),
                           actor=organiser())
        else:
            update_delegation(self.delegation, self.code.text(), self.name.text(), self.note.text(),
                              actor=organiser())


class RoleDialog(SaveDialog):
    def __init__(self, event, role: Role | None, parent: QWidget | None = None):
        super().__init__(self.tr("Role"), parent)
        self.current_event, self.role = event, role
        self.name = QLineEdit(role.name if role else "")
        self.colour = role.colour if role else "#607d8b"
        self.colour_button = QPushButton()
        self.colour_button.clicked.connect(self.choose_colour)
        self.places = QSpinBox()
        self.places.setRange(0, 99)
        self.places.setValue(role.funded_quota if role else 0)
        self.certificate = QCheckBox(self.tr("Attendees in this role receive a certificate"))
        self.certificate.setChecked(role.certificate if role else True)
        self.certificate.setToolTip(self.tr("Staff, interpreters and volunteers receive none unless you tick it"))
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("Badge &colour"), self.colour_button)
        self.form.addRow(self.tr("&Funded places per delegation"), self.places)
        self.form.addRow("", self.certificate)
        if role is not None:
            self.form.addRow(self.tr("Key (in files)"), QLabel(role.key))
        self.show_colour()

    def show_colour(self) -> None:
        text_colour = "white" if QColor(self.colour).lightness() < 140 else "black"
        self.colour_button.setText(self.colour)
        self.colour_button.setStyleSheet(f"background: {self.colour}; color: {text_colour}; font-weight: bold;")

    def choose_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, self.tr("Badge colour"))
        if chosen.isValid():
            self.colour = chosen.name()
            self.show_colour()

    def save(self) -> None:
        if self.role is None:
            add_role(self.current_event, self.name.text(), self.colour, self.places.value(), actor=organiser(),
                     certificate=self.certificate.isChecked())
        else:
            update_role(self.role, self.name.text(), self.colour, self.places.value(), actor=organiser(),
                        certificate=self.certificate.isChecked())


class ListEditor(QWidget):
    """A table with Add, Edit, Remove (and optional Up/Down) buttons; subclasses fill and act."""

    def __init__(self, headers: list[str], movable: bool, changed, parent: QWidget | None = None):
        super().__init__(parent)
        self.changed = changed  # called after every saved change
        self.table = list_table(headers)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("&Add…"), self.add), (self.tr("&Edit…"), self.edit),
                           (self.tr("&Remove"), self.remove)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        if movable:
            for text, tip, keys, step in (("↑", self.tr("Move up (Alt+Up)"), "Alt+Up", -1),
                                          ("↓", self.tr("Move down (Alt+Down)"), "Alt+Down", 1)):
                button = QPushButton(text)
                button.setToolTip(tip)
                button.setShortcut(QKeySequence(keys))
                button.clicked.connect(lambda _checked=False, chosen=step: self.move(chosen))
                buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def after_change(self, select_row: int | None = None) -> None:
        self.refresh()
        if select_row is not None and 0 <= select_row < self.table.rowCount():
            self.table.selectRow(select_row)
        self.changed()

    def act(self, action, *args) -> bool:
        try:
            action(*args, actor=organiser())
        except BelvedereError as error:
            QMessageBox.warning(self, self.tr("Not changed"), str(error))
            return False
        return True

    def move(self, step: int) -> None:
        raise NotImplementedError


class DelegationsEditor(ListEditor):
    def __init__(self, event, changed, parent: QWidget | None = None):
        super().__init__([self.tr("Code"), self.tr("Name"), self.tr("Participants"), self.tr("Note")], True, changed,
                         parent)
        self.current_event = event
        self.delegations: list[Delegation] = []
        self.refresh()

    def refresh(self) -> None:
        self.delegations = event_delegations(self.current_event)
        counts = people_per_delegation(self.current_event)
        self.table.setRowCount(len(self.delegations))
        for row, delegation in enumerate(self.delegations):
            for column, text in enumerate((delegation.code, delegation.name, str(counts.get(delegation.id, 0)),
                                           delegation.note)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def chosen(self) -> Delegation | None:
        row = self.selected_row()
        return self.delegations[row] if row is not None else None

    def add(self) -> None:
        if DelegationDialog(self.current_event, None, self).exec():
            self.after_change(len(self.delegations))

    def edit(self) -> None:
        delegation = self.chosen()
        if delegation and DelegationDialog(self.current_event, delegation, self).exec():
            self.after_change(self.selected_row())

    def remove(self) -> None:
        delegation = self.chosen()
        if delegation and self.act(remove_delegation, delegation):
            self.after_change()

    def move(self, step: int) -> None:
        delegation, row = self.chosen(), self.selected_row()
        if delegation and self.act(move_delegation, delegation, step):
            self.after_change(max(0, min(row + step, len(self.delegations) - 1)))


class RolesEditor(ListEditor):
    def __init__(self, event, changed, parent: QWidget | None = None):
        super().__init__([self.tr("Colour"), self.tr("Role"), self.tr("Funded places per delegation"),
                          self.tr("Participants"), self.tr("Key"), self.tr("Certificate")], False, changed, parent)
        self.current_event = event
        self.roles: list[Role] = []
        self.greyscale = QLabel()
        self.greyscale.setWordWrap(True)
        self.greyscale.setStyleSheet(f"color: {WARN_AMBER}; font-weight: bold;")
        self.layout().addWidget(self.greyscale)
        self.refresh()

    def refresh(self) -> None:
        self.roles = event_roles(self.current_event)
        counts = people_per_role(self.current_event)
        self.table.setRowCount(len(self.roles))
        for row, role in enumerate(self.roles):
            swatch = QTableWidgetItem(role.colour)
            swatch.setBackground(QColor(role.colour))
            swatch.setForeground(QColor("white" if QColor(role.colour).lightness() < 140 else "black"))
            self.table.setItem(row, 0, swatch)
            certificate = self.tr("yes") if role.certificate else self.tr("no")
            for column, text in enumerate((role.name, str(role.funded_quota), str(counts.get(role.id, 0)), role.key,
                                           certificate), start=1):
                self.table.setItem(row, column, QTableWidgetItem(text))
        clashes = greyscale_clashes({role.name: role.colour for role in self.roles})
        self.greyscale.setText(self.tr("These badge bands look alike on a greyscale printer or copier: %1. Make "
                                       "one of each pair lighter or darker.")
                               .replace("%1", "; ".join(f"{a} – {b}" for a, b in clashes)) if clashes else "")
        self.greyscale.setVisible(bool(clashes))

    def chosen(self) -> Role | None:
        row = self.selected_row()
        return self.roles[row] if row is not None else None

    def add(self) -> None:
        if RoleDialog(self.current_event, None, self).exec():
            self.after_change(len(self.roles))

    def edit(self) -> None:
        role = self.chosen()
        if role and RoleDialog(self.current_event, role, self).exec():
            self.after_change(self.selected_row())

    def remove(self) -> None:
        role = self.chosen()
        if role and self.act(remove_role, role):
            self.after_change()
