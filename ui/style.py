"""Look and feel: the bundled font, large readable type, and colours with one meaning each."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from models.ground.resources import resource_path

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf")
FONT_FAMILY = "DejaVu Sans"

# One meaning per colour across the app: the desk's answers, the clock's phases.
OK_GREEN = "#1b7f3b"
WARN_AMBER = "#b86e00"
REFUSED_RED = "#b3261e"
NEUTRAL_GREY = "#455a64"
ACCENT = "#1f4e79"
PRACTICE_VIOLET = "#6a1b9a"  # a rehearsal or a practice: nothing is recorded
PRACTICE_TINT = "#f3e5f5"

STYLESHEET = f"""
QWidget {{ font-size: 11pt; }}
QListWidget#navigation {{ background: #1f2a36; color: #e8eef4; border: none; font-size: 13pt; }}
QListWidget#navigation::item {{ padding: 14px 18px; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QLabel[role="page-title"] {{ font-size: 18pt; font-weight: bold; color: #1f2a36; }}
QLabel[role="hint"] {{ color: #5f6b76; }}
QPushButton {{ padding: 6px 14px; }}
QTableView, QTreeWidget, QTreeView {{ gridline-color: #d9dee3; }}
QHeaderView::section {{ padding: 4px 6px; font-weight: bold; }}
"""


def load_fonts() -> list[str]:
    """Register the bundled fonts with Qt; returns the files that failed (a font policy may block them)."""
    failed = []
    for name in FONT_FILES:
        data = resource_path("fonts", name).read_bytes()
        if QFontDatabase.addApplicationFontFromData(data) == -1:
            failed.append(name)
    return failed


def apply_style(app: QApplication) -> None:
    load_fonts()
    font = QFont(FONT_FAMILY)
    font.setPointSize(11)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
