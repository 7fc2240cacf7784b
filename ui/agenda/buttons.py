"""The chair's buttons: large enough to hit at the podium, and never holding the keyboard's focus."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton


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
