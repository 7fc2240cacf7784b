"""Small building blocks shared by the pages."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableWidget, QVBoxLayout, QWidget

from ui.style import REFUSED_RED


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


def error_label() -> QLabel:
    """Where a refusal is said, in red, until cleared."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {REFUSED_RED}; font-weight: bold;")
    return label


def read_only_table(headers: list[str]) -> QTableWidget:
    """A table of cells nobody types into, with its column titles and no row numbers."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table
