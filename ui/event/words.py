"""The words of the delegations' sheets the event remembers (a tab of the Event page): list, change, add, forget."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableWidgetItem, QWidget

from models.ground.audit import organiser
from models.participants.columns import FIELDS
from models.participants.delegations import event_delegations
from models.participants.mappings import (
    COLUMN,
    DELEGATION,
    ROLE,
    WORD_KINDS,
    RememberedWord,
    forget,
    remember,
    remembered_words,
)
from models.participants.roles import event_roles
from ui.event.groups import ListEditor, SaveDialog
from ui.participants.import_labels import field_label
from ui.widgets import hint


def kind_name(kind: str) -> str:
    names = {ROLE: QT_TRANSLATE_NOOP("WordsEditor", "Role"), DELEGATION: QT_TRANSLATE_NOOP("WordsEditor", "Delegation"),
             COLUMN: QT_TRANSLATE_NOOP("WordsEditor", "Column")}
    return QCoreApplication.translate("WordsEditor", names[kind])


class WordDialog(SaveDialog):
    """A word and what it means; the kind and the word stay as they are once remembered."""

    def __init__(self, event, word: RememberedWord | None, parent: QWidget | None = None):
        super().__init__(self.tr("Word from the sheets"), parent)
        self.current_event, self.word = event, word
        self.kind = QComboBox()
        for kind in WORD_KINDS:
            self.kind.addItem(kind_name(kind), kind)
        self.written = QLineEdit(word.written if word else "")
        self.meaning = QComboBox()
        if word is not None:
            self.kind.setCurrentIndex(self.kind.findData(word.kind))
            self.kind.setEnabled(False)
            self.written.setReadOnly(True)
        self.kind.currentIndexChanged.connect(self.show_meanings)
        self.form.addRow(self.tr("&Kind"), self.kind)
        self.form.addRow(self.tr("&Word in the sheets"), self.written)
        self.form.addRow(self.tr("&Means"), self.meaning)
        self.show_meanings()

    def show_meanings(self) -> None:
        kind = self.kind.currentData()
        self.meaning.clear()
        if kind == ROLE:
            for role in event_roles(self.current_event):
                self.meaning.addItem(role.name, role.key)
        elif kind == DELEGATION:
            for delegation in event_delegations(self.current_event):
                self.meaning.addItem(delegation.name, delegation.code)
        else:
            for key in FIELDS:
                self.meaning.addItem(field_label(key), key)
        self.meaning.addItem(self.tr("— not imported —") if kind == COLUMN else self.tr("— leave empty —"), None)
        if self.word is not None and kind == self.word.kind:
            self.meaning.setCurrentIndex(max(0, self.meaning.findData(self.word.key)))

    def save(self) -> None:
        remember(self.current_event, self.kind.currentData(), self.written.text(), self.meaning.currentData(),
                 actor=organiser())


class WordsEditor(ListEditor):
    def __init__(self, event, changed, parent: QWidget | None = None):
        super().__init__([self.tr("Kind"), self.tr("Word in the sheets"), self.tr("Means")], False, changed, parent)
        self.current_event = event
        self.words: list[RememberedWord] = []
        self.layout().insertWidget(0, hint(self.tr(
            "Words the delegations' sheets use for roles, delegations and columns, and what they mean in this event. "
            "An import remembers what you chose for a word; the next sheet with the same word maps at once.")))
        self.refresh()

    def refresh(self) -> None:
        self.words = remembered_words(self.current_event)
        self.table.setRowCount(len(self.words))
        for row, word in enumerate(self.words):
            meaning = word.meaning or (self.tr("— not imported —") if word.kind == COLUMN else
                                       self.tr("— left empty —"))
            if word.kind == COLUMN and word.key:
                meaning = field_label(word.key)
            for column, text in enumerate((kind_name(word.kind), word.written, meaning)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def chosen(self) -> RememberedWord | None:
        row = self.selected_row()
        return self.words[row] if row is not None else None

    def add(self) -> None:
        if WordDialog(self.current_event, None, self).exec():
            self.after_change()

    def edit(self) -> None:
        word = self.chosen()
        if word and WordDialog(self.current_event, word, self).exec():
            self.after_change(self.selected_row())

    def remove(self) -> None:
        word = self.chosen()
        if word and self.act(forget, word.mapping):
            self.after_change()
