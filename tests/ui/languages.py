"""What a window says, and which of it is still English: for the tests of the Albanian window."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenuBar,
    QScrollArea,
    QTabBar,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from models.ground.i18n import catalogue_path

# Texts that are the same in both languages: codes, units and marks.
SAME_IN_BOTH = {"OK", "PDF", "E-mail", "PDF (*.pdf)", "Del.", "−1 min", "+1 min", "+5 min", " min", "Belvedere"}


def english_sources() -> set[str]:
    """Every source text of the catalogue whose Albanian differs from it, without its shortcut marks."""
    sources = set()
    for message in ElementTree.parse(catalogue_path("sq")).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        said = "".join(translation.itertext()) if translation is not None else ""
        if said != source:
            sources.add(without_marks(source))
    return sources - SAME_IN_BOTH


def without_marks(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).replace("&&", "&")


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person sees in `root`: labels, buttons, titles, tabs, lists, headers, menus."""
    texts: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        if isinstance(widget, QLabel) and not widget.pixmap() or isinstance(widget, QAbstractButton):
            texts.append((where, widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append((where, widget.title()))
        elif isinstance(widget, QLineEdit):
            texts.append((where, widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            texts += [(where, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [(where, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            texts += [(where, str(widget.model().headerData(column, Qt.Orientation.Horizontal) or ""))
                      for column in range(header.count()) if not header.isSectionHidden(column)]
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                texts.append((where, action.text()))
                if action.menu():
                    texts += [(where, item.text()) for item in action.menu().actions()]
        if widget.toolTip():
            texts.append((where + " tooltip", widget.toolTip()))
    return [(where, without_marks(text)) for where, text in texts if text.strip()]


def plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).strip()


def still_english(root: QWidget, allowed: set[str] = frozenset()) -> list[str]:
    """The texts of `root` that are an English sentence of the catalogue (a name or an allowed text is not)."""
    english = english_sources()
    return sorted({f"{where}: {text!r}" for where, text in shown_texts(root)
                   if (plain(text) in english or text in english) and text not in allowed})


def clipped(window: QWidget) -> list[str]:
    """What does not fit in `window` as laid out now: a label or button narrower than its text, a header
    section narrower than its title, a row of tabs that scrolls, a widget reaching outside the window."""
    found = []
    frame = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window or widget.width() <= 0:
            continue
        name = f"{type(widget).__name__} {widget.objectName()}".strip()
        if isinstance(widget, QScrollArea) and any(bar.isVisible() for bar in (widget.horizontalScrollBar(),
                                                                               widget.verticalScrollBar())):
            found.append(f"{name} scrolls: its content needs {widget.widget().sizeHint().toTuple()}, "
                         f"has {widget.viewport().size().toTuple()}")
        place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        inside_a_view = any(isinstance(ancestor, QAbstractScrollArea) for ancestor in ancestors(widget, window))
        if not inside_a_view and not frame.contains(place):
            found.append(f"{name} reaches outside the window: {place.getRect()}")
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        if isinstance(widget, QLabel) and (widget.wordWrap() or widget.pixmap()):
            text = ""
        if text and widget.sizeHint().width() > widget.width() + 1:
            found.append(f"{name} {text!r} needs {widget.sizeHint().width()} px, has {widget.width()}")
        if isinstance(widget, QTabBar) and widget.sizeHint().width() > widget.width() + 1:
            found.append(f"{name} tabs need {widget.sizeHint().width()} px, have {widget.width()}")
        if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            for section in range(widget.count()):
                if widget.isSectionHidden(section):
                    continue
                needed = widget.sectionSizeFromContents(section).width()
                if needed > widget.sectionSize(section) + 1:
                    title = widget.model().headerData(section, Qt.Orientation.Horizontal)
                    found.append(f"header {title!r} needs {needed} px, has {widget.sectionSize(section)}")
    return found


def ancestors(widget: QWidget, top: QWidget):
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        yield parent
        parent = parent.parentWidget()
