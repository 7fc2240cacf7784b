"""The desk's one input: a keyboard-wedge scanner types into it, and so do people searching."""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit

SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)  # scanners end with Enter or Tab


class ScanField(QLineEdit):
    """Emits `submitted(text, typing_seconds)` on Enter and is empty again at once.

    The text is taken and cleared before anything else happens, so the keys of the
    next scan, queued while this one is answered, land in an empty field: nothing is
    dropped, split or doubled.
    """

    submitted = Signal(str, float)
    selection_moved = Signal(int)  # +1 down, -1 up
    undo_requested = Signal()  # Ctrl+Z in the empty field; with text in it, Ctrl+Z undoes the typing

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("scan-field")
        self.setClearButtonEnabled(True)
        self.first_key_at: float | None = None
        self.textChanged.connect(self._note_start)

    def _note_start(self, text: str) -> None:
        if not text:
            self.first_key_at = None
        elif self.first_key_at is None:
            self.first_key_at = time.perf_counter()

    def event(self, event) -> bool:
        # Tab would move the focus away; a scanner that ends its code with Tab means "submit".
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab:
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in SUBMIT_KEYS:
            self.submit()
        elif event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.selection_moved.emit(1)
        elif event.key() in (Qt.Key.Key_Up, Qt.Key.Key_PageUp):
            self.selection_moved.emit(-1)
        elif event.key() == Qt.Key.Key_Escape:
            self.clear()
        elif event.matches(QKeySequence.StandardKey.Undo) and not self.text():
            self.undo_requested.emit()  # nothing typed to take back: the desk's undo of a check-in
        else:
            super().keyPressEvent(event)

    def submit(self) -> None:
        text = self.text()
        if not text.strip():
            return
        typing_seconds = time.perf_counter() - (self.first_key_at or time.perf_counter())
        # Emptied quietly: what the text was showing (the search list) stays for the submit.
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        self.first_key_at = None
        self.submitted.emit(text, typing_seconds)
