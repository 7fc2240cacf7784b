"""The chair's buttons and choices: large enough to hit at the podium, and none that a stray touch changes."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton


def big_button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the shortcuts, never to a focused button
    button.setMinimumHeight(48)
    button.setStyleSheet("font-size: 14pt; font-weight: bold;")
    return button


def small_button(text: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setMinimumHeight(34)
    return button


class DeliberateChoice(QComboBox):
    """A drop-down that changes only when the chair opens it or uses its keys: a mouse wheel rolled over
    it on the way to something else scrolls the page, never another day or another screen."""

    def wheelEvent(self, event) -> None:
        event.ignore()
