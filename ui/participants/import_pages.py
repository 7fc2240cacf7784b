"""The import wizard's middle pages: the columns, the role and delegation words, and the check.

Each page is given the ImportWizard, which holds the file, its table and the organiser's
choices (typed as a QWizard here: the wizard module imports these pages).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from models.ground.audit import organiser
from models.ground.errors import BelvedereError
from models.participants.columns import FIELDS, ColumnGuess
from models.participants.importing import ImportPlan, plan_import, run_import
from models.participants.mappings import ROLE, Choice
from models.participants.matching import SURE, Sureness
from models.participants.sheet_values import SheetValue
from models.participants.spreadsheet import DELIMITER_LABELS, ENCODING_LABELS
from ui.jobs import Job
from ui.participants.import_labels import field_label, kind_label, new_thing_label, sureness_label, translate
from ui.style import NEUTRAL_GREY, OK_GREEN, REFUSED_RED, WARN_AMBER
from ui.widgets import error_label, hint, read_only_table

PREVIEW_ROWS = 8
PROBLEMS_LISTED = 500
ROWS_NAMED = 6
CHOOSE, CREATE, EMPTY = "", "create", "empty"  # the values page's combo entries besides the event's things
FILE_PAGE, COLUMNS_PAGE, VALUES_PAGE, CHECK_PAGE, DONE_PAGE = range(5)


def choice_table(headers: list[str]) -> QTableWidget:
    """A table whose only inputs are the choices in its cells."""
    table = read_only_table(headers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    return table


def sureness_item(sureness: Sureness, settled: bool) -> QTableWidgetItem:
    """How sure a match is, coloured; an unsettled suggestion is a box to tick."""
    item = QTableWidgetItem(sureness_label(sureness))
    if sureness is Sureness.SIMILAR and not settled:
        item.setText(translate("ImportWizard", "similar — tick to accept"))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        colour = WARN_AMBER
    elif sureness is Sureness.NONE and not settled:
        colour = REFUSED_RED
    else:
        colour = OK_GREEN if sureness in SURE else NEUTRAL_GREY
    item.setForeground(QBrush(QColor(colour)))
    return item


def note_changed_file(label: QLabel) -> None:
    label.setStyleSheet(f"color: {WARN_AMBER}; font-weight: bold;")
    label.setText(translate("ImportWizard", "The file changed since it was read: it was read again. Check this page."))


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: QWizard):
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("How the file was read, and what each column holds"))
        self.csv_advice = self.tr("Check the names in the preview. If letters look wrong, choose another "
                                  "encoding; if columns run together, another delimiter.")
        self.setSubTitle(self.csv_advice)
        self.encoding = QComboBox()
        self.delimiter = QComboBox()
        self.sheet = QComboBox()
        self.read_as = QFormLayout()
        self.read_as.addRow(self.tr("&Encoding"), self.encoding)
        self.read_as.addRow(self.tr("&Delimiter"), self.delimiter)
        self.read_as.addRow(self.tr("&Sheet"), self.sheet)
        self.shape = hint("")
        self.error = error_label()
        self.columns = choice_table([self.tr("Column in the file"), self.tr("First value"), self.tr("Imports as"),
                                        self.tr("How sure")])
        header = self.columns.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.columns.itemChanged.connect(self.accept_column)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addLayout(self.read_as)
        layout.addWidget(self.shape)
        layout.addWidget(self.error)
        layout.addWidget(self.columns, 3)
        layout.addWidget(QLabel(self.tr("Preview of the first rows:")))
        layout.addWidget(self.preview, 2)
        for combo in (self.encoding, self.delimiter, self.sheet):
            combo.activated.connect(self.read_again)

    def initializePage(self) -> None:
        self.show_table()

    def nextId(self) -> int:
        return VALUES_PAGE if self.owner.has_words() else CHECK_PAGE

    def validatePage(self) -> bool:
        """Moving on reads a changed file again; new columns are shown here before going on."""
        headers = list(self.owner.table.headers)
        try:
            changed = self.owner.read_again_if_changed()
        except BelvedereError as error:
            self.error.setText(str(error))
            return False
        if changed:
            self.show_table()
            if self.owner.table.headers != headers:
                note_changed_file(self.error)
                return False
        return True

    def show_table(self) -> None:
        table = self.owner.table
        self.error.clear()
        csv = table.kind == "csv"
        for combo in (self.encoding, self.delimiter):
            combo.clear()
            self.read_as.setRowVisible(combo, csv)
        self.sheet.clear()
        self.read_as.setRowVisible(self.sheet, table.kind == "xlsx")
        if csv:
            self.encoding.addItem(self.tr("%1 (detected)").replace("%1", table.encoding_label)
                                  if table.encoding_detected else table.encoding_label, table.encoding)
            for code, label in ENCODING_LABELS.items():
                if code != table.encoding:
                    self.encoding.addItem(label, code)
            self.delimiter.addItem(self.tr("%1 (detected)").replace("%1", table.delimiter_label)
                                   if table.delimiter_detected else table.delimiter_label, table.delimiter)
            for delimiter, label in DELIMITER_LABELS.items():
                if delimiter != table.delimiter:
                    self.delimiter.addItem(label, delimiter)
        elif table.kind == "xlsx":
            self.sheet.addItems(table.sheets)
            self.sheet.setCurrentText(table.sheet or "")
        self.setSubTitle(self.csv_advice if csv else self.tr("Check the names in the preview and what each "
                                                             "column imports as."))
        if table.kind == "json":
            self.shape.setText(self.tr("A JSON list of %1 participants.").replace("%1", str(len(table.rows))))
        else:
            self.shape.setText(self.tr("Header in row %1; %2 rows of participants below it.")
                               .replace("%1", str(table.header_row)).replace("%2", str(len(table.rows))))
        self.show_columns()
        self.show_preview()

    def show_columns(self) -> None:
        table, columns = self.owner.table, self.owner.columns
        self.columns.blockSignals(True)
        self.columns.setRowCount(len(table.headers))
        for index, header in enumerate(table.headers):
            first = next((row.cells[index] for row in table.rows if index < len(row.cells) and row.cells[index]), "")
            self.columns.setItem(index, 0, QTableWidgetItem(header or self.tr("(no name)")))
            self.columns.setItem(index, 1, QTableWidgetItem(first))
            combo = QComboBox()
            for key in (None, *FIELDS):
                combo.addItem(field_label(key), key)
            combo.setCurrentIndex(combo.findData(columns[index].field) if columns[index].field else 0)
            combo.currentIndexChanged.connect(lambda _i, column=index, box=combo: self.map_column(column, box))
            self.columns.setCellWidget(index, 2, combo)
            self.columns.setItem(index, 3, sureness_item(columns[index].sureness, columns[index].sureness in SURE
                                                         or columns[index].field is None))
        self.columns.blockSignals(False)

    def set_column(self, index: int, field: str | None) -> None:
        self.owner.columns[index] = ColumnGuess(self.owner.columns[index].header, field, Sureness.CHOSEN)
        self.columns.blockSignals(True)
        self.columns.setItem(index, 3, sureness_item(Sureness.CHOSEN, True))
        self.columns.blockSignals(False)
        self.show_preview()

    def map_column(self, column: int, combo: QComboBox) -> None:
        self.set_column(column, combo.currentData())

    def accept_column(self, item: QTableWidgetItem) -> None:
        if item.column() == 3 and item.checkState() == Qt.CheckState.Checked:
            self.set_column(item.row(), self.owner.columns[item.row()].field)

    def show_preview(self) -> None:
        table, mapping = self.owner.table, self.owner.mapping
        rows = table.rows[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(len(table.headers))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels([
            f"{header}\n→ {field_label(key)}" for header, key in zip(table.headers, mapping)])
        self.preview.setVerticalHeaderLabels([str(row.number) for row in rows])
        for r, row in enumerate(rows):
            for c, value in enumerate(row.cells[:len(table.headers)]):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.preview.resizeColumnsToContents()

    def read_again(self) -> None:
        table = self.owner.table
        read_as = ({"encoding": self.encoding.currentData(), "delimiter": self.delimiter.currentData()}
                   if table.kind == "csv" else {"sheet": self.sheet.currentText()} if table.kind == "xlsx" else {})
        try:
            self.owner.read(self.owner.path, **read_as)
        except BelvedereError as error:
            self.error.setText(str(error))
            return
        self.show_table()


class ValuesPage(QWizardPage):
    """Each distinct role and delegation word of the sheet: what it imports as, and how sure that is."""

    def __init__(self, wizard: QWizard):
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("What the sheet's roles and delegations mean"))
        self.setSubTitle(self.tr("Each word of the sheet once, with what it imports as and how sure that is. Choose "
                                 "another, create a new one, or leave it empty. Similar ones wait until you accept "
                                 "them; what you decide is remembered for the next sheet."))
        self.table = choice_table([self.tr("Kind"), self.tr("In the file"), self.tr("Rows"), self.tr("Imports as"),
                                      self.tr("How sure")])
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self.accept_value)
        self.accept_all = QPushButton(self.tr("&Accept the suggestions"))
        self.accept_all.clicked.connect(self.accept_suggestions)
        self.note = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_all)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.values: list[SheetValue] = []

    def initializePage(self) -> None:
        self.note.clear()
        self.show_values()

    def validatePage(self) -> bool:
        """Moving on reads a changed file again; words it did not have before are shown here first."""
        words = {(value.kind, value.word) for value in self.values}
        try:
            changed = self.owner.read_again_if_changed()
        except BelvedereError as error:
            self.note.setText(str(error))
            return False
        if changed:
            self.show_values()
            if {(value.kind, value.word) for value in self.values} - words:
                note_changed_file(self.note)
                return False
        return True

    def show_values(self) -> None:
        words, self.values = self.owner.sheet_values()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.values))
        for row, value in enumerate(self.values):
            self.table.setItem(row, 0, QTableWidgetItem(kind_label(value.kind)))
            self.table.setItem(row, 1, QTableWidgetItem(value.written))
            shown = ", ".join(str(number) for number in value.rows[:ROWS_NAMED])
            rows = QTableWidgetItem(shown + (self.tr(" … (%1 rows)").replace("%1", str(len(value.rows)))
                                             if len(value.rows) > ROWS_NAMED else ""))
            self.table.setItem(row, 2, rows)
            self.table.setCellWidget(row, 3, self.meaning_choice(row, value, words))
            self.table.setItem(row, 4, sureness_item(value.sureness, value.settled))
        self.table.blockSignals(False)
        self.accept_all.setEnabled(any(v.sureness is Sureness.SIMILAR and not v.settled for v in self.values))

    def meaning_choice(self, row: int, value: SheetValue, words) -> QComboBox:
        combo = QComboBox()
        if not value.settled and value.sureness is Sureness.NONE:
            combo.addItem(self.tr("— choose —"), CHOOSE)
        things = words.roles if value.kind == ROLE else words.delegations
        for key, thing in things.items():
            combo.addItem(thing.name, key)
        combo.addItem(new_thing_label(value.kind, value.written), CREATE)
        combo.addItem(self.tr("— leave empty —"), EMPTY)
        current = CREATE if value.create else value.key if value.key else EMPTY if value.left_empty else CHOOSE
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.currentIndexChanged.connect(lambda _i, chosen=row, box=combo: self.choose(chosen, box.currentData()))
        return combo

    def choose(self, row: int, data: str) -> None:
        value = self.values[row]
        if data == CHOOSE:
            self.owner.choices.pop((value.kind, value.word), None)
        else:
            self.owner.choices[(value.kind, value.word)] = (Choice(create=True) if data == CREATE else
                                                            Choice(None) if data == EMPTY else Choice(data))
        self.show_values()

    def accept_value(self, item: QTableWidgetItem) -> None:
        if item.column() == 4 and item.checkState() == Qt.CheckState.Checked:
            value = self.values[item.row()]
            self.owner.choices[(value.kind, value.word)] = Choice(value.key)
            self.show_values()

    def accept_suggestions(self) -> None:
        for value in self.values:
            if value.sureness is Sureness.SIMILAR and not value.settled:
                self.owner.choices[(value.kind, value.word)] = Choice(value.key)
        self.show_values()


class CheckPage(QWizardPage):
    def __init__(self, wizard: QWizard):
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Every row was checked; nothing is written until you press Import, and then all "
                                 "rows or none."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {WARN_AMBER}; font-weight: bold;")
        self.read_again_button = QPushButton(self.tr("&Read the file again"))
        self.read_again_button.setToolTip(self.tr("After correcting the file, check it again (F5)"))
        self.read_again_button.clicked.connect(lambda: self.read_again())
        QShortcut(QKeySequence.StandardKey.Refresh, self, lambda: self.read_again())
        self.separate_people = QCheckBox(self.tr("&Yes, they are separate people: import each of them"))
        self.separate_people.toggled.connect(self.check)
        self.problems = self.listing(REFUSED_RED)
        self.namesakes = self.listing(WARN_AMBER)
        self.warnings = self.listing(WARN_AMBER)
        self.changes = self.listing(None)
        self.problems_title = QLabel(self.tr("Problems to fix first (by row number):"))
        self.namesakes_title = QLabel(self.tr("Possible namesakes — import as separate people?"))
        self.warnings_title = QLabel(self.tr("Rows that import as written, worth a look:"))
        self.changes_title = QLabel(self.tr("People already registered whom the file updates:"))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.read_again_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addLayout(top)
        layout.addWidget(self.note)
        for title, listing, stretch in ((self.problems_title, self.problems, 2),
                                        (self.namesakes_title, self.namesakes, 1),
                                        (self.warnings_title, self.warnings, 1),
                                        (self.changes_title, self.changes, 1)):
            layout.addWidget(title)
            if listing is self.namesakes:
                layout.addWidget(self.separate_people)
            layout.addWidget(listing, stretch)
        self.working = False
        self.imported = False
        self.checked_fingerprint = ""  # of the file as the last check read it

    @staticmethod
    def listing(colour: str | None) -> QListWidget:
        listing = QListWidget()
        listing.setWordWrap(True)
        if colour:
            listing.setStyleSheet(f"color: {colour};")
        return listing

    def initializePage(self) -> None:
        self.imported = False
        self.note.clear()
        self.separate_people.blockSignals(True)
        self.separate_people.setChecked(False)
        self.separate_people.blockSignals(False)
        self.read_again(initial=True)

    def options(self):
        return self.owner.options(allow_namesakes=self.separate_people.isChecked())

    def set_working(self, working: bool, text: str = "") -> None:
        self.working = working
        self.busy.setVisible(working)
        self.read_again_button.setEnabled(not working)
        if working:
            self.summary.setText(text)
            self.summary.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.completeChanged.emit()

    def read_again(self, initial: bool = False) -> None:
        """Read the file again if it changed, and check every row again."""
        if self.working:
            return
        try:
            changed = self.owner.read_again_if_changed()
        except BelvedereError as error:
            self.failed(error)
            return
        if not changed and not initial:
            self.note.setText(self.tr("Checked again; the file has not changed."))
        self.check()

    def check(self) -> None:
        fingerprint = self.owner.table.fingerprint
        if self.checked_fingerprint not in ("", fingerprint):
            self.note.setText(self.tr("The file changed since the last check: it was read and checked again."))
        self.checked_fingerprint = fingerprint
        self.owner.plan = None
        self.set_working(True, self.tr("Checking every row…"))
        event, table, columns, options = (self.owner.current_event, self.owner.table, list(self.owner.columns),
                                          self.options())
        self.in_background(lambda: plan_import(event, table, columns, options), self.show_plan)

    def in_background(self, work, done) -> None:
        """Checking and importing read and write the open event: it stays open until they end."""
        job = Job.plain(work)
        job.succeeded.connect(done)
        job.failed.connect(self.failed)
        job.start(self.owner.context, self.tr("the participant import"))

    def show_plan(self, plan: ImportPlan) -> None:
        self.owner.plan = plan
        self.set_working(False)
        counts = (self.tr("%1 new, %2 to update, %3 already up to date.")
                  .replace("%1", str(len(plan.new))).replace("%2", str(len(plan.updates)))
                  .replace("%3", str(len(plan.unchanged))))
        if plan.can_import:
            self.summary.setText(self.tr("Ready: %1").replace("%1", counts))
            self.summary.setStyleSheet(f"font-size: 14pt; font-weight: bold; color: {OK_GREEN};")
        elif all(problem.namesake for problem in plan.problems):
            self.summary.setText(self.tr("Possible namesakes to confirm below; nothing is imported before. (%1)")
                                 .replace("%1", counts))
            self.summary.setStyleSheet(f"font-size: 14pt; font-weight: bold; color: {WARN_AMBER};")
        else:
            faults = [problem for problem in plan.problems if not problem.namesake]
            self.summary.setText(self.tr("%n problems: nothing can be imported yet. (%1)", "", len(faults))
                                 .replace("%1", counts))
            self.summary.setStyleSheet(f"font-size: 14pt; font-weight: bold; color: {REFUSED_RED};")
        self.fill(self.problems_title, self.problems, [str(problem) for problem in plan.problems
                                                       if not problem.namesake])
        self.fill(self.namesakes_title, self.namesakes, [
            self.tr("Row %1: %2").replace("%1", str(namesake.row)).replace("%2", str(namesake))
            for namesake in plan.namesakes])
        self.separate_people.setVisible(bool(plan.namesakes))
        self.fill(self.warnings_title, self.warnings, [str(warning) for warning in plan.warnings])
        self.fill(self.changes_title, self.changes, [
            self.tr("Row %1: %2 %3 — %4").replace("%1", str(update.row)).replace("%2", str(update.participant.number))
            .replace("%3", update.participant.full_name)
            .replace("%4", ", ".join(field_label(k) if k in FIELDS else k for k in update.changes))
            for update in plan.updates])
        self.completeChanged.emit()

    def fill(self, title: QLabel, listing: QListWidget, lines: list[str]) -> None:
        listing.clear()
        listing.addItems(lines[:PROBLEMS_LISTED])
        if len(lines) > PROBLEMS_LISTED:
            listing.addItem(self.tr("… and %1 more.").replace("%1", str(len(lines) - PROBLEMS_LISTED)))
        listing.setVisible(bool(lines))
        title.setVisible(bool(lines))

    def failed(self, message: str) -> None:
        self.set_working(False)
        self.summary.setText(message)
        self.summary.setStyleSheet(f"font-size: 14pt; font-weight: bold; color: {REFUSED_RED};")

    def isComplete(self) -> bool:
        return not self.working and self.owner.plan is not None and self.owner.plan.can_import

    def validatePage(self) -> bool:
        """Import starts here, in the background; the summary page follows when it is done. A file changed
        since the check is checked again instead."""
        if self.imported:
            return True
        if self.owner.table.is_stale(self.owner.path):
            self.read_again()
            return False
        self.set_working(True, self.tr("Importing…"))
        event, table, columns, options = (self.owner.current_event, self.owner.table, list(self.owner.columns),
                                          self.options())
        actor = organiser()
        self.in_background(lambda: run_import(event, table, columns, options, actor=actor), self.done)
        return False

    def done(self, plan: ImportPlan) -> None:
        self.set_working(False)
        self.imported = True
        self.owner.plan = plan
        self.owner.imported.emit(plan)
        self.owner.next()
