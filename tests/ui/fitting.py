"""What a person sees cut off: a scroll bar on a page, text that does not fit its label or button, a widget
outside the window, a window outside the screen. Each is a Finding, said so that the fix is obvious.

Text is measured as Qt draws it: the font's advance against the room the style leaves for the text (a
button's contents, a combo box's edit field, a label's contents; a wrapping label's height for its width).
Tables, lists and text fields scroll by nature and are not findings; a page's QScrollArea that scrolls is.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)


@dataclass(frozen=True)
class Finding:
    where: str  # the page or dialog, and its state: "agenda page, an item running"
    widget: str  # the widget, by class, name and text
    problem: str

    def as_dict(self) -> dict:
        return asdict(self)

    def __str__(self) -> str:
        return f"{self.where}: {self.widget}: {self.problem}"


def shown_text(text: str) -> str:
    """A button's text as drawn: the mnemonic's & is not shown, && is one &."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def describe(widget: QWidget) -> str:
    name = f"#{widget.objectName()}" if widget.objectName() and not widget.objectName().startswith("qt_") else ""
    text = ""
    if isinstance(widget, QAbstractButton | QLabel):
        text = shown_text(widget.text())
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    elif isinstance(widget, QLineEdit):
        text = widget.text() or widget.placeholderText()
    text = " ".join(text.split())
    return f"{type(widget).__name__}{name}" + (f" “{text[:60]}”" if text else "")


def visible_widgets(root: QWidget) -> Iterator[QWidget]:
    """Every widget a person can see in `root` (hidden pages of a stack or tab are not)."""
    for widget in root.findChildren(QWidget):
        if widget.isVisible() and widget.window() is root.window() and widget.width() > 0 and widget.height() > 0:
            yield widget


def in_scrolled_contents(widget: QWidget, tables_only: bool = True) -> bool:
    """Inside the viewport of a table, list or text field, where contents scroll by nature (or, unless
    `tables_only`, of any scroll area: where it scrolls, that is the finding)."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and child is parent.viewport() \
                and not (tables_only and isinstance(parent, QScrollArea)):
            return True
        child, parent = parent, parent.parentWidget()
    return False


# --- text that does not fit ------------------------------------------------------------------------------

def label_problem(label: QLabel) -> str | None:
    if not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect()
    if label.wordWrap():
        needed_height = label.heightForWidth(label.width())
        if needed_height > label.height():
            return f"its text needs {needed_height} px of height, it has {label.height()}"
        longest_word = label.minimumSizeHint().width()
        if longest_word > label.width():
            return f"a word of its text needs {longest_word} px, it has {label.width()}"
        return None
    needed = label.sizeHint()
    if needed.width() > label.width():
        return f"its text needs {needed.width()} px, it has {label.width()} (cut)"
    if label.fontMetrics().height() > room.height():
        return f"its text is {label.fontMetrics().height()} px tall, it has {room.height()} (cut)"
    return None


BUTTON_CONTENTS = ((QPushButton, QStyle.SubElement.SE_PushButtonContents),
                   (QCheckBox, QStyle.SubElement.SE_CheckBoxContents),
                   (QRadioButton, QStyle.SubElement.SE_RadioButtonContents))


def button_problem(button: QAbstractButton) -> str | None:
    text = shown_text(button.text())
    if not text:
        return None
    kind = next((element for kind, element in BUTTON_CONTENTS if isinstance(button, kind)), None)
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    if kind is None:  # a tool button: its whole rectangle, less a small frame
        room = button.rect().adjusted(3, 3, -3, -3)
    else:
        room = button.style().subElementRect(kind, option, button)
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    needed = max(button.fontMetrics().horizontalAdvance(line) for line in text.split("\n")) + icon
    if needed > room.width():
        return f"its text needs {needed} px, it has {room.width()} (cut)"
    lines = text.count("\n") + 1
    if button.fontMetrics().height() * lines > room.height() + 2:
        return f"its text is {button.fontMetrics().height() * lines} px tall, it has {room.height()} (cut)"
    return None


def combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.currentText = text
    room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo)
    needed = combo.fontMetrics().horizontalAdvance(text)
    if needed > room.width():
        return f"its choice needs {needed} px, it has {room.width()} (elided)"
    return None


def line_edit_problem(field: QLineEdit) -> str | None:
    """A read-only field shows a value: all of it must be seen. An empty field's hint must be read whole."""
    text = field.text() if field.isReadOnly() else ("" if field.text() else field.placeholderText())
    if not text:
        return None
    margins = field.textMargins()
    room = field.contentsRect().width() - margins.left() - margins.right() - 8  # the frame's padding
    needed = field.fontMetrics().horizontalAdvance(text)
    if needed > room:
        what = "its value" if field.isReadOnly() else "its hint"
        return f"{what} needs {needed} px, it has {room} (cut)"
    return None


def tab_bar_problem(bar: QTabBar) -> str | None:
    for index in range(bar.count()):
        if bar.tabRect(index).width() < bar.tabSizeHint(index).width() - 1:
            return f"the tab “{shown_text(bar.tabText(index))}” is cut"
        if not bar.rect().contains(bar.tabRect(index)):
            return f"the tab “{shown_text(bar.tabText(index))}” is out of sight (the tabs scroll)"
    return None


def header_problem(header: QHeaderView) -> str | None:
    """A column's title cut: a person cannot tell what the column holds."""
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return None
    font = header.font()
    font.setBold(True)  # the style sheet's section font
    metrics = QFontMetrics(font)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        title = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not title:
            continue
        needed = max(metrics.horizontalAdvance(line) for line in str(title).split("\n")) + 12  # with the padding
        if needed > header.sectionSize(section):
            return f"the column title “{title}” needs {needed} px, it has {header.sectionSize(section)}"
    return None


def text_problem(widget: QWidget) -> str | None:
    if isinstance(widget, QLabel):
        return label_problem(widget)
    if isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton):
        return button_problem(widget)
    if isinstance(widget, QComboBox):
        return combo_problem(widget)
    if isinstance(widget, QLineEdit):
        return line_edit_problem(widget)
    if isinstance(widget, QTabBar):
        return tab_bar_problem(widget)
    if isinstance(widget, QHeaderView):
        return header_problem(widget)
    return None


# --- places ---------------------------------------------------------------------------------------------

def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def place_problem(widget: QWidget) -> str | None:
    """Outside the window, or sticking out of its parent (which cuts it); what a scroll area holds is its own."""
    if in_scrolled_contents(widget, tables_only=False):
        return None
    window = widget.window()
    where = rect_in(widget, window)
    if not window.rect().contains(where):
        return f"outside the window: at {tuple(where.getRect())} in {window.width()}×{window.height()}"
    parent = widget.parentWidget()
    if parent is not None and not parent.isWindow() and not parent.rect().contains(widget.geometry()):
        return f"sticks out of its {describe(parent)} (cut): {tuple(widget.geometry().getRect())} in " \
               f"{parent.width()}×{parent.height()}"
    return None


def overlaps(root: QWidget) -> Iterator[tuple[QWidget, QWidget]]:
    """Pairs of visible widgets side by side in one parent that cover each other (a button over a label)."""
    for parent in [root, *visible_widgets(root)]:
        if isinstance(parent, QAbstractScrollArea | QTabBar | QComboBox | QAbstractSpinBox):
            continue  # their own parts (viewport, scroll bars, corner, arrows) are laid over each other on purpose
        children = [child for child in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                    if child.isVisible() and not child.isWindow() and child.width() > 0 and child.height() > 0]
        for index, first in enumerate(children):
            for second in children[index + 1:]:
                if first.geometry().intersects(second.geometry()):
                    yield first, second


def window_problem(window: QWidget) -> str | None:
    """The whole window, title bar included, on the screen's available area."""
    available = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if not available.contains(frame):
        return f"the window ({frame.width()}×{frame.height()} at {frame.x()},{frame.y()}) is not inside the " \
               f"screen's {available.width()}×{available.height()}"
    return None


def scrolling_areas(root: QWidget) -> Iterator[QScrollArea]:
    for area in root.findChildren(QScrollArea):
        if area.isVisible() and (area.verticalScrollBar().isVisible() or area.horizontalScrollBar().isVisible()):
            yield area


# --- all of it -------------------------------------------------------------------------------------------

def findings_in(window: QWidget, where: str) -> list[Finding]:
    """Everything cut, scrolled or outside in `window` (a main window or a dialog) as it is now."""
    found = []
    problem = window_problem(window)
    if problem:
        found.append(Finding(where, describe(window), problem))
    for area in scrolling_areas(window):
        found.append(Finding(where, describe(area), "scrolls: its contents do not fit"))
    for first, second in overlaps(window):
        if not in_scrolled_contents(first):
            found.append(Finding(where, describe(first), f"covers {describe(second)} (or is covered by it)"))
    for widget in visible_widgets(window):
        if in_scrolled_contents(widget):
            continue
        for problem in (text_problem(widget), place_problem(widget)):
            if problem:
                found.append(Finding(where, describe(widget), problem))
    return found
