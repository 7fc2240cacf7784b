"""Small building blocks shared by the pages."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSizePolicy, QTableWidget, QVBoxLayout, QWidget

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


class WholeLabel(QLabel):
    """A wrapping label that keeps room for all its lines at the width it is given (layouts otherwise give a
    wrapping label the height of its lines at its widest)."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.setMinimumHeight(self.heightForWidth(self.width()))

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setMinimumHeight(self.heightForWidth(self.width()))


def path_label() -> QLabel:
    """Where a file or folder is, shown whole however long: it wraps between the folders' names."""
    label = WholeLabel()
    label.setObjectName("path")
    label.setStyleSheet("QLabel#path { background: white; border: 1px solid #c4ccd4; padding: 3px 5px; }")
    return label


def show_path(label: QLabel, path: Path) -> None:
    """The path in a path_label; its tooltip holds it as it is written."""
    # Lines may break after "/" already; after "\\" (Windows) only where a zero-width space allows it.
    label.setText(str(path).replace("\\", "\\\u200b"))
    label.setToolTip(str(path))


class ShapeKeeper(QWidget):
    """Holds one widget at a fixed shape (16:9 for a picture of the stage display), as large as the room the
    layout gives, up to `largest`: where a small screen leaves less room, the picture shrinks, whole."""

    def __init__(self, child: QWidget, largest: QSize, smallest_height: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.child, self.largest = child, largest
        child.setParent(self)
        self.setMinimumSize(round(smallest_height * largest.width() / largest.height()), smallest_height)
        self.setMaximumHeight(largest.height())
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return self.largest

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        shape = self.largest.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        self.child.setGeometry((self.width() - shape.width()) // 2, 0, shape.width(), shape.height())


def read_only_table(headers: list[str]) -> QTableWidget:
    """A table of cells nobody types into, with its column titles and no row numbers."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table
