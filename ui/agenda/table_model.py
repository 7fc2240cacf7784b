"""The chair's agenda as a table: planned, actual and projected times, and where each item stands."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from models.agenda.lateness import LATE, VERY_LATE, projected_lateness
from models.agenda.plan import PlannedItem
from models.agenda.stage import countdown_text
from models.agenda.state import DONE, PAUSED, PENDING, RUNNING, SKIPPED, AgendaState
from ui.style import ACCENT, REFUSED_RED, WARN_AMBER

translate = QCoreApplication.translate  # lupdate reads translate(context, text) by its name

PLANNED_COLUMN, ACTUAL_COLUMN, PROJECTED_COLUMN, ITEM_COLUMN = range(4)
CURRENT_BACKGROUND = QBrush(QColor(ACCENT))
CURRENT_INK = QBrush(QColor("white"))
PAST_INK = QBrush(QColor("#78848f"))
LATE_INK = QBrush(QColor(WARN_AMBER))
VERY_LATE_INK = QBrush(QColor(REFUSED_RED))
PROJECTED_INK = {LATE: LATE_INK, VERY_LATE: VERY_LATE_INK}  # early or on time: not marked
TITLE_LINES = 2  # a longer title ends in "…" on its second line; the tooltip has it whole
SET_IN_ROLE = Qt.ItemDataRole.UserRole + 1  # True for an item of a session: it is set in under the session's title


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font




def hhmm(local: datetime | None) -> str:
    return f"{local:%H:%M}" if local else ""


def span(start: str, end: str) -> str:
    return f"{start}–{end}" if start or end else ""


class AgendaTableModel(QAbstractTableModel):
    def __init__(self, state: AgendaState, parent=None):
        super().__init__(parent)
        self.state = state
        self.rows = self.contents(state)

    def set_state(self, state: AgendaState) -> None:
        structure_changed = [i.id for i in state.plan.items] != [i.id for i in self.state.plan.items]
        rows = self.contents(state)
        if structure_changed:
            self.beginResetModel()
            self.state, self.rows = state, rows
            self.endResetModel()
            return
        changed = [row for row, cells in enumerate(rows) if cells != self.rows[row]]
        self.state, self.rows = state, rows
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), self.columnCount() - 1))

    def contents(self, state: AgendaState) -> list[tuple]:
        """Every cell's text and look, computed once per state: views ask for them thousands of times."""
        self.state = state
        return [self.row_contents(item) for item in state.plan.items]

    def row_contents(self, item: PlannedItem) -> tuple:
        run = self.state.run_of(item.id)
        texts = tuple(self.text(item, column) for column in range(4))
        colours = tuple(self.foreground(item, run, column) for column in range(4))
        return texts, colours, self.tooltip(item, run), item.kind == "session" or self.is_current(item), \
            self.is_current(item)

    def item_at(self, row: int) -> PlannedItem:
        return self.state.plan.items[row]

    def current_row(self) -> int | None:
        current = self.state.current
        if current is None:
            return None
        return next(row for row, item in enumerate(self.state.plan.items) if item.id == current.item.id)

    # --- Qt's model interface -------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.state.plan.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("AgendaTable", "Planned"), translate("AgendaTable", "Actual"),
                    translate("AgendaTable", "Projected"), translate("AgendaTable", "Item"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        texts, colours, tooltip, bold, current = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip
        if role == Qt.ItemDataRole.FontRole and bold:
            return bold_font()
        if role == Qt.ItemDataRole.BackgroundRole and current:
            return CURRENT_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            return colours[column]
        if role == SET_IN_ROLE:
            return self.state.plan.items[index.row()].parent_id is not None
        return None

    # --- contents -------------------------------------------------------------------

    def is_current(self, item: PlannedItem) -> bool:
        current = self.state.current
        return current is not None and current.item.id == item.id

    def text(self, item: PlannedItem, column: int) -> str:
        state = self.state
        local = state.plan.local
        if column == PLANNED_COLUMN:
            planned = hhmm(item.local_start)
            return planned if item.local_end == item.local_start else span(planned, hhmm(item.local_end))
        if column == ITEM_COLUMN:
            if item.kind == "session":
                return translate("AgendaTable", "Session {number}: {title}").format(number=item.number, title=item.title)
            return item.title
        started, ended, projected_start, projected_end = state.span(item)
        run = state.run_of(item.id)
        if column == ACTUAL_COLUMN:
            if run is not None and run.status == SKIPPED:
                return translate("AgendaTable", "skipped")
            return span(hhmm(local(started)) if started else "", hhmm(local(ended)) if ended else "")
        if column == PROJECTED_COLUMN:  # the start: each item's projected end is the next one's start
            if item.kind == "end":
                return hhmm(local(state.projected_day_end)) if state.projected_day_end else ""
            if ended or projected_start is None or item.kind == "registration":
                return ""
            return hhmm(local(projected_start))
        return ""

    def tooltip(self, item: PlannedItem, run) -> str:
        state = self.state
        lines = [item.title, "; ".join(item.speakers), item.description]
        _, ended, start, end = state.span(item)
        if start and end and not ended and item.kind not in ("registration", "end"):
            lines.append(translate("AgendaTable", "Projected: {start}–{end}").format(start=hhmm(state.plan.local(start)),
                                                             end=hhmm(state.plan.local(end))))
        if run is not None:
            lines.append(self.status_text(run))
        return "\n".join(line for line in lines if line)

    def status_text(self, run) -> str:
        if run.status == DONE:
            return translate("AgendaTable", "done")
        if run.status == SKIPPED:
            return translate("AgendaTable", "skipped")
        if run.status == PAUSED:
            return translate("AgendaTable", "paused, {time} left").format(time=countdown_text(run.remaining))
        if run.status == RUNNING:
            if run.remaining <= timedelta(0):
                return translate("AgendaTable", "over by {time}").format(time=countdown_text(run.remaining)[1:])
            return translate("AgendaTable", "{time} left").format(time=countdown_text(run.remaining))
        if self.is_current(run.item):
            return translate("AgendaTable", "next")
        return ""

    def foreground(self, item: PlannedItem, run, column: int) -> QBrush | None:
        if self.is_current(item):
            return CURRENT_INK
        if run is not None and run.status in (DONE, SKIPPED):
            return PAST_INK
        if column == PROJECTED_COLUMN and run is not None and run.status == PENDING and run.projected_start:
            return PROJECTED_INK.get(projected_lateness(run.projected_start - item.start).level)
        return None


def widest_times() -> dict[int, tuple[str, ...]]:
    """What each time column can show in the day, at its widest (every digit is as wide as 0 in the font)."""
    times = span("00:00", "00:00")
    return {PLANNED_COLUMN: (times,), ACTUAL_COLUMN: (times, translate("AgendaTable", "skipped")),
            PROJECTED_COLUMN: ("00:00",)}


class AgendaRowDelegate(QStyledItemDelegate):
    """Each time column as wide as its widest time from the start, so nothing moves when actual times appear;
    each title on as many lines as it needs, up to two, an item of a session set in under the session's title.
    Views ask for sizes thousands of times: each is worked out once."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.widest = widest_times()
        self.sizes: dict[tuple, QSize] = {}

    def set_in(self, option: QStyleOptionViewItem, index: QModelIndex) -> QStyleOptionViewItem:
        """The option an item of a session is drawn with: moved right, so that its wrapped lines stay set in."""
        if index.column() != ITEM_COLUMN or not index.data(SET_IN_ROLE):
            return option
        inner = QStyleOptionViewItem(option)
        inner.rect = option.rect.adjusted(option.fontMetrics.averageCharWidth() * 2, 0, 0, 0)
        return inner

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        inner = self.set_in(option, index)
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if inner is not option and background is not None:
            painter.fillRect(option.rect, background)  # the running item's band, under the set-in part too
        super().paint(painter, inner, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        column = index.column()
        bold = index.data(Qt.ItemDataRole.FontRole) is not None
        if column in self.widest:
            key = (column, bold, option.font.key())
        else:
            key = (column, bold, option.font.key(), option.rect.width(), index.data(Qt.ItemDataRole.DisplayRole),
                   index.data(SET_IN_ROLE))
        if key not in self.sizes:
            self.sizes[key] = self.time_size(option, index) if column in self.widest else self.title_size(option, index)
        return self.sizes[key]

    def title_size(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        inner = self.set_in(option, index)
        hint = super().sizeHint(inner, index)
        single = QStyleOptionViewItem(inner)
        single.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        one_line = super().sizeHint(single, index).height()
        return QSize(hint.width(), min(hint.height(), one_line + (TITLE_LINES - 1) * option.fontMetrics.lineSpacing()))

    def time_size(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1  # as Qt pads a cell
        bold = QFont(option.font)
        bold.setBold(True)  # sessions and the running item are bold
        widest = max(QFontMetrics(bold).horizontalAdvance(text) for text in self.widest[index.column()])
        return QSize(widest + 2 * margin, hint.height())


def fit_columns(table: QTableView) -> None:
    """The agenda table's columns: the times as wide as they will ever be, the titles taking the rest, on up
    to two lines."""
    table.setItemDelegate(AgendaRowDelegate(table))
    table.setWordWrap(True)
    header = table.horizontalHeader()
    for column in range(ITEM_COLUMN):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(ITEM_COLUMN, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
