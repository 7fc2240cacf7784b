"""Small building blocks shared by the pages."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def page_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "page-title")
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    return label


def page_layout(page: QWidget, title: str) -> QVBoxLayout:
    """A page's layout, opened with its title."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(24, 18, 24, 18)
    layout.setSpacing(12)
    layout.addWidget(page_title(title))
    return layout
