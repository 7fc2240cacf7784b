"""The agenda editor for one day: the programme as a tree, the item form, and the overlap and gap warnings."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.agenda.editing import (
    CHILD_KINDS,
    CONTAINER_KIND,
    POINT_KINDS,
    ItemDetails,
    add_item,
    agenda_warnings,
    count_inside,
    details_of,
    item_by_id,
    local_span,
    move_item,
    new_item_details,
    problems_with_item,
    remove_item,
    session_to_add_into,
    sessions_of,
    update_item,
)
from models.agenda.entities import BREAK_KINDS, KINDS, AgendaItem
from models.agenda.plan import day_items
from models.ground.audit import organiser
from models.ground.errors import BelvedereError
from ui.agenda.labels import kind_label
from ui.style import REFUSED_RED, WARN_AMBER

ITEM_ID = Qt.ItemDataRole.UserRole


def span_text(item: AgendaItem) -> str:
    times = item.planned_start.strftime("%H:%M")
    if item.planned_end != item.planned_start:
        times += "–" + item.planned_end.strftime("%H:%M")
    return times


class ItemDialog(QDialog):
    """One agenda item's form; `saved` is set after Save."""

    def __init__(self, day, item: AgendaItem | None = None, parent_item: AgendaItem | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.day, self.item = day, item
        self.saved: AgendaItem | None = None
        self.setWindowTitle(self.tr("Agenda item") if item else self.tr("New agenda item"))
        self.setMinimumWidth(620)
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.session = QComboBox()
        self.session.addItem(self.tr("— not inside a session —"), None)
        self.sessions = {session.id: session for session in sessions_of(day, leaving_out=item)}
        for session in self.sessions.values():
            self.session.addItem(f"{span_text(session)}  {session.number}. {session.title}", session.id)
        self.number = QLineEdit()
        self.number.setMaximumWidth(80)
        self.title_edit = QLineEdit()
        self.start = QTimeEdit()
        self.end = QTimeEdit()
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.chair = QLineEdit()
        self.speakers = QPlainTextEdit()
        self.speakers.setFixedHeight(70)
        self.speakers.setPlaceholderText(self.tr("One speaker per line"))
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(60)
        self.warning = QSpinBox()
        self.warning.setRange(0, 120)
        self.warning.setSuffix(self.tr(" min before the end"))
        self.policy = QComboBox()
        self.policy.addItem(self.tr("Resume at the planned time (the break gets shorter)"), "fixed_resume")
        self.policy.addItem(self.tr("Keep the break's length (resume later)"), "fixed_length")
        self.minimum = QSpinBox()
        self.minimum.setRange(0, 240)
        self.minimum.setSuffix(self.tr(" min"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {REFUSED_RED}; font-weight: bold;")

        self.form = QFormLayout()
        self.form.addRow(self.tr("&Kind"), self.kind)
        self.form.addRow(self.tr("&Inside"), self.session)
        self.form.addRow(self.tr("Session n&umber"), self.number)
        self.form.addRow(self.tr("&Title"), self.title_edit)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end)
        times.addStretch(1)
        self.form.addRow(self.tr("T&ime"), times)
        self.form.addRow(self.tr("&Chair"), self.chair)
        self.form.addRow(self.tr("&Speakers"), self.speakers)
        self.form.addRow(self.tr("&Description"), self.description)
        self.form.addRow(self.tr("&Warning"), self.warning)
        self.form.addRow(self.tr("If running &late"), self.policy)
        self.form.addRow(self.tr("Shortest &break"), self.minimum)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        if item is not None:
            self.show_details(details_of(item), item.parent_id)
        else:
            self.show_details(new_item_details(day, parent_item), parent_item.id if parent_item else None)
        for signal in (self.kind.currentIndexChanged, self.session.currentIndexChanged, self.title_edit.textChanged,
                       self.start.timeChanged, self.end.timeChanged, self.warning.valueChanged,
                       self.minimum.valueChanged):
            signal.connect(self.check)
        self.check()

    def show_details(self, details: ItemDetails, parent_id: int | None) -> None:
        self.kind.setCurrentIndex(self.kind.findData(details.kind))
        self.session.setCurrentIndex(max(0, self.session.findData(parent_id)) if parent_id else 0)
        self.number.setText(details.number)
        self.title_edit.setText(details.title)
        self.start.setTime(QTime(details.start.hour, details.start.minute))
        self.end.setTime(QTime(details.end.hour, details.end.minute))
        self.chair.setText(details.chair)
        self.speakers.setPlainText("\n".join(details.speakers))
        self.description.setPlainText(details.description)
        self.warning.setValue(details.warning_minutes)
        self.policy.setCurrentIndex(max(0, self.policy.findData(details.resume_policy)))
        self.minimum.setValue(details.minimum_minutes or 0)
        self.update_fields()

    def update_fields(self) -> None:
        kind = self.kind.currentData()
        is_break = kind in BREAK_KINDS
        for widget, visible in ((self.number, kind == CONTAINER_KIND), (self.policy, is_break),
                                (self.minimum, is_break), (self.session, kind in CHILD_KINDS),
                                (self.end, kind not in POINT_KINDS)):
            widget.setEnabled(visible)

    def details(self) -> ItemDetails:
        kind = self.kind.currentData()
        start_time, end_time = self.start.time().toPython(), self.end.time().toPython()
        start, end = local_span(self.day.date, start_time, start_time if kind in POINT_KINDS else end_time)
        return ItemDetails(
            kind=kind, title=self.title_edit.text(), start=start, end=end, number=self.number.text(),
            description=self.description.toPlainText(), chair=self.chair.text(),
            speakers=self.speakers.toPlainText().splitlines(), warning_minutes=self.warning.value(),
            resume_policy=self.policy.currentData(),
            minimum_minutes=self.minimum.value() if kind in BREAK_KINDS else None,
        )

    def parent_item(self) -> AgendaItem | None:
        if self.kind.currentData() not in CHILD_KINDS:
            return None
        return self.sessions.get(self.session.currentData())

    def check(self) -> list[str]:
        self.update_fields()
        problems = problems_with_item(self.day, self.details(), self.parent_item())
        self.problems.setText(" ".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
        return problems

    def save(self) -> None:
        if self.check():
            return
        try:
            if self.item is None:
                self.saved = add_item(self.day, self.details(), self.parent_item(), actor=organiser())
            else:
                self.saved = update_item(self.item, self.details(), self.parent_item(), actor=organiser())
        except BelvedereError as error:
            self.problems.setText(str(error))
            return
        self.accept()


class DayAgendaEditor(QWidget):
    """One day's programme with its editing buttons and warnings; `changed` is called after each change."""

    def __init__(self, day, changed, parent: QWidget | None = None):
        super().__init__(parent)
        self.day = day
        self.changed = changed
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Time"), self.tr("Kind"), self.tr("Item"), self.tr("Speakers / chair")])
        self.tree.setAlternatingRowColors(True)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit())
        self.tree.itemSelectionChanged.connect(self.update_buttons)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 240)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setToolTip(self.tr("Add an item to the day: a session, a break, lunch…"))
        self.add_inside_button = QPushButton(self.tr("Add &inside…"))
        self.add_inside_button.setToolTip(self.tr("Add a talk, break or other item inside the chosen session"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.up_button = QPushButton("↑")
        self.up_button.setToolTip(self.tr("Move up, swapping times with the item before (Alt+Up)"))
        self.up_button.setShortcut(QKeySequence("Alt+Up"))
        self.down_button = QPushButton("↓")
        self.down_button.setToolTip(self.tr("Move down, swapping times with the item after (Alt+Down)"))
        self.down_button.setShortcut(QKeySequence("Alt+Down"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        buttons = QHBoxLayout()
        for button, slot in ((self.add_button, self.add), (self.add_inside_button, self.add_inside),
                             (self.edit_button, self.edit), (self.up_button, lambda: self.move(-1)),
                             (self.down_button, lambda: self.move(1)), (self.remove_button, self.remove)):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.warnings = QListWidget()
        self.warnings.itemActivated.connect(self.select_warned)
        self.warnings.itemClicked.connect(self.select_warned)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.warnings)
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        select_id = select_id if select_id is not None else self.selected_id()
        self.tree.clear()
        nodes: dict[int, QTreeWidgetItem] = {}
        for item in day_items(self.day):
            title = f"{item.number}. {item.title}" if item.kind == CONTAINER_KIND and item.number else item.title
            people = "; ".join(item.speaker_list)
            if item.chair:
                people = (self.tr("Chair: %1").replace("%1", item.chair) + ("; " + people if people else ""))
            node = QTreeWidgetItem([span_text(item), kind_label(item.kind), title, people])
            node.setData(0, ITEM_ID, item.id)
            node.setToolTip(2, item.title + ("\n\n" + item.description if item.description else ""))
            if item.kind == CONTAINER_KIND:
                font = node.font(2)
                font.setBold(True)
                node.setFont(2, font)
            parent = nodes.get(item.parent_id)
            (parent.addChild(node) if parent else self.tree.addTopLevelItem(node))
            nodes[item.id] = node
        self.tree.expandAll()
        warnings = agenda_warnings(self.day)
        self.warnings.clear()
        for warning in warnings:
            entry = QListWidgetItem("⚠ " + warning.message)
            entry.setData(ITEM_ID, warning.item_id)
            entry.setForeground(QBrush(QColor(WARN_AMBER)))
            self.warnings.addItem(entry)
            node = nodes.get(warning.item_id)
            if node is not None:
                for column in range(4):
                    node.setForeground(column, QBrush(QColor(WARN_AMBER)))
        if not warnings:
            self.warnings.addItem(self.tr("No overlaps or gaps."))
        shown = min(self.warnings.count(), 4)
        self.warnings.setFixedHeight(shown * max(self.warnings.sizeHintForRow(0), 18) + 8)
        if select_id in nodes:
            self.tree.setCurrentItem(nodes[select_id])
        self.update_buttons()

    def selected_id(self) -> int | None:
        node = self.tree.currentItem()
        return node.data(0, ITEM_ID) if node is not None else None

    def selected(self) -> AgendaItem | None:
        return item_by_id(self.selected_id())

    def update_buttons(self) -> None:
        chosen = self.selected()
        for button in (self.edit_button, self.up_button, self.down_button, self.remove_button):
            button.setEnabled(chosen is not None)
        self.add_inside_button.setEnabled(chosen is not None and (chosen.kind == CONTAINER_KIND or
                                                                   chosen.parent_id is not None))

    def select_warned(self, entry: QListWidgetItem) -> None:
        item_id = entry.data(ITEM_ID)
        if item_id:
            self.refresh(item_id)

    def after_change(self, select_id: int | None) -> None:
        self.refresh(select_id)
        self.changed()

    def add(self) -> None:
        dialog = ItemDialog(self.day, parent=self)
        if dialog.exec() and dialog.saved:
            self.after_change(dialog.saved.id)

    def add_inside(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = ItemDialog(self.day, parent_item=session_to_add_into(chosen), parent=self)
        if dialog.exec() and dialog.saved:
            self.after_change(dialog.saved.id)

    def edit(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = ItemDialog(self.day, chosen, parent=self)
        if dialog.exec() and dialog.saved:
            self.after_change(dialog.saved.id)

    def move(self, step: int) -> None:
        chosen = self.selected()
        if chosen is not None and move_item(chosen, step, actor=organiser()):
            self.after_change(chosen.id)

    def remove(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        inside = count_inside(chosen)
        question = self.tr("Remove “%1”?").replace("%1", chosen.title)
        if inside:
            question += " " + self.tr("The %n items inside it go too.", "", inside)
        if QMessageBox.question(self, self.tr("Remove agenda item"), question) != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_item(chosen, actor=organiser())
        except BelvedereError as error:
            QMessageBox.warning(self, self.tr("Not removed"), str(error))
            return
        self.after_change(None)
