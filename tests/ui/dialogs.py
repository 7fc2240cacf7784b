"""Answering a modal dialog from a test: its exec() blocks, so the answer is scheduled before it opens."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


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
