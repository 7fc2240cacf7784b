"""Answering a modal dialog from a test: its exec() blocks, so the answer is scheduled before it opens."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QWidget


def when_shown(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Once a visible top-level `kind` (a dialog, a message box) is up, call `act` with it."""
    def look() -> None:
        shown = next((widget for widget in QApplication.topLevelWidgets()
                      if isinstance(widget, kind) and widget.isVisible()), None)
        if shown is None:
            QTimer.singleShot(20, look)
        else:
            act(shown)
    QTimer.singleShot(0, look)


CANCEL = None
OK = "OK"


class Answers:
    """Each modal dialog that opens takes the next answer: text for a question (then OK), CANCEL, OK for a
    message, or a function that fills in a dialog of the class `filled`. What every dialog said is kept in `seen`."""

    def __init__(self, *answers: str | None | Callable, filled: str = "NewPinDialog"):
        self.answers = list(answers)
        self.filled = filled  # the dialog class that callables fill in
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.answer)
        self.timer.start()

    def answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible() or not self.answers:
            return
        if callable(self.answers[0]) != (type(dialog).__name__ == self.filled):
            return  # not the dialog this answer is for (the desk asking who is there, say)
        reply = self.answers.pop(0)
        if isinstance(dialog, QMessageBox):
            self.seen.append(f"{dialog.windowTitle()}: {dialog.text()}")
            dialog.reject() if reply is CANCEL else dialog.accept()
        elif isinstance(dialog, QInputDialog):
            self.seen.append(f"{dialog.windowTitle()}: {dialog.labelText()}")
            if reply is CANCEL:
                dialog.reject()
            else:
                dialog.setTextValue(reply)
                dialog.accept()
        else:
            filler: Callable = reply
            filler(dialog)

    def done(self) -> bool:
        return not self.answers

    def stop(self) -> None:
        self.timer.stop()
