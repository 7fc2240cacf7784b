"""The import wizard: choose the file, check how it was read and what each column means, see the check, import.

Reading shows the detected encoding and delimiter (or sheet) and lets the organiser
change them; the check is the dry run, in the background; nothing is written until
Import, and then all rows or none.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from models.ground.errors import BelvedereError
from models.participants.importing import (
    FIELDS,
    ImportOptions,
    ImportPlan,
    guess_mapping,
    plan_import,
    read_participant_table,
    run_import,
)
from models.participants.spreadsheet import DELIMITER_LABELS, ENCODING_LABELS, SourceTable
from ui.participants.background import run_in_background
from ui.participants.operator import operator_name
from ui.style import OK_GREEN, REFUSED_RED
from ui.widgets import hint

PREVIEW_ROWS = 8
PROBLEMS_LISTED = 500
FILE_FILTER = "Participant lists (*.csv *.txt *.tsv *.xlsx *.json);;All files (*)"


def field_label(key: str | None) -> str:
    labels = {
        None: QCoreApplication.translate("ImportWizard", "— not imported —"),
        "number": QCoreApplication.translate("ImportWizard", "Participant number"),
        "given_name": QCoreApplication.translate("ImportWizard", "Given name"),
        "family_name": QCoreApplication.translate("ImportWizard", "Family name"),
        "full_name": QCoreApplication.translate("ImportWizard", "Full name (given and family)"),
        "organisation": QCoreApplication.translate("ImportWizard", "Organisation"),
        "delegation": QCoreApplication.translate("ImportWizard", "Delegation"),
        "role": QCoreApplication.translate("ImportWizard", "Role"),
        "email": QCoreApplication.translate("ImportWizard", "E-mail"),
        "phone": QCoreApplication.translate("ImportWizard", "Phone"),
        "funded": QCoreApplication.translate("ImportWizard", "Funded (yes/no)"),
        "language": QCoreApplication.translate("ImportWizard", "Language"),
        "days": QCoreApplication.translate("ImportWizard", "Days"),
        "notes": QCoreApplication.translate("ImportWizard", "Notes"),
    }
    return labels[key]


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {REFUSED_RED}; font-weight: bold;")
    return label


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose the participant list"))
        self.setSubTitle(self.tr("A CSV file (any encoding, comma, semicolon or tab), an Excel workbook (.xlsx), "
                                 "or a participant list exported from Belvedere as JSON."))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("The file the delegation sent"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Participant list"), self.path.text(),
                                              self.tr(FILE_FILTER))
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return Path(self.path.text().strip()).is_file()

    def validatePage(self) -> bool:
        try:
            self.owner.read(Path(self.path.text().strip()))
        except BelvedereError as error:
            self.error.setText(str(error))
            return False
        self.error.clear()
        return True


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
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
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First value"),
                                                self.tr("Imports as")])
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setVisible(True)
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
        table, mapping = self.owner.table, self.owner.mapping
        self.columns.setRowCount(len(table.headers))
        for index, header in enumerate(table.headers):
            first = next((row.cells[index] for row in table.rows if index < len(row.cells) and row.cells[index]), "")
            self.columns.setItem(index, 0, QTableWidgetItem(header or self.tr("(no name)")))
            self.columns.setItem(index, 1, QTableWidgetItem(first))
            combo = QComboBox()
            for key in (None, *FIELDS):
                combo.addItem(field_label(key), key)
            combo.setCurrentIndex(combo.findData(mapping[index]) if mapping[index] else 0)
            combo.currentIndexChanged.connect(lambda _i, column=index, box=combo: self.map_column(column, box))
            self.columns.setCellWidget(index, 2, combo)

    def map_column(self, column: int, combo: QComboBox) -> None:
        self.owner.mapping[column] = combo.currentData()
        self.show_preview()

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
        try:
            if table.kind == "csv":
                self.owner.read(self.owner.path, encoding=self.encoding.currentData(),
                                delimiter=self.delimiter.currentData())
            else:
                self.owner.read(self.owner.path, sheet=self.sheet.currentText())
        except BelvedereError as error:
            self.error.setText(str(error))
            return
        self.show_table()


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Every row was checked; nothing is written until you press Import, and then all "
                                 "rows or none."))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.create_delegations = QCheckBox()
        self.create_delegations.toggled.connect(self.check)
        self.problems = QListWidget()
        self.problems.setStyleSheet(f"color: {REFUSED_RED};")
        self.changes = QListWidget()
        for listing in (self.problems, self.changes):
            listing.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.summary)
        layout.addWidget(self.create_delegations)
        self.problems_title = QLabel(self.tr("Problems to fix in the file first (by row number):"))
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems, 2)
        self.changes_title = QLabel(self.tr("People already registered whom the file updates:"))
        layout.addWidget(self.changes_title)
        layout.addWidget(self.changes, 1)
        self.working = False
        self.imported = False

    def initializePage(self) -> None:
        self.imported = False
        self.create_delegations.setChecked(False)
        self.check()

    def options(self) -> ImportOptions:
        return ImportOptions(create_delegations=self.create_delegations.isChecked())

    def set_working(self, working: bool, text: str = "") -> None:
        self.working = working
        self.busy.setVisible(working)
        if working:
            self.summary.setText(text)
        self.completeChanged.emit()

    def check(self) -> None:
        self.owner.plan = None
        self.set_working(True, self.tr("Checking every row…"))
        event, table, mapping, options = self.owner.current_event, self.owner.table, list(self.owner.mapping), self.options()
        run_in_background(self, lambda: plan_import(event, table, mapping, options), self.show_plan, self.failed)

    def show_plan(self, plan: ImportPlan) -> None:
        self.owner.plan = plan
        self.set_working(False)
        counts = (self.tr("%1 new, %2 to update, %3 already up to date.")
                  .replace("%1", str(len(plan.new))).replace("%2", str(len(plan.updates)))
                  .replace("%3", str(len(plan.unchanged))))
        if plan.can_import:
            self.summary.setText(self.tr("Ready: %1").replace("%1", counts))
            self.summary.setStyleSheet(f"font-size: 14pt; font-weight: bold; color: {OK_GREEN};")
        else:
            self.summary.setText(self.tr("%1 problem(s): nothing can be imported yet. (%2)")
                                 .replace("%1", str(len(plan.problems))).replace("%2", counts))
            self.summary.setStyleSheet(f"font-size: 14pt; font-weight: bold; color: {REFUSED_RED};")
        unknown = list(plan.unknown_delegations) or (plan.delegations_to_create if self.create_delegations.isChecked()
                                                     else [])
        self.create_delegations.setVisible(bool(unknown))
        self.create_delegations.setText(self.tr("Create the delegations the event does not have yet: %1")
                                        .replace("%1", ", ".join(unknown)))
        self.problems.clear()
        self.problems.addItems([str(problem) for problem in plan.problems[:PROBLEMS_LISTED]])
        if len(plan.problems) > PROBLEMS_LISTED:
            self.problems.addItem(self.tr("… and %1 more.").replace("%1", str(len(plan.problems) - PROBLEMS_LISTED)))
        self.problems.setVisible(bool(plan.problems))
        self.problems_title.setVisible(bool(plan.problems))
        self.changes.clear()
        for update in plan.updates:
            self.changes.addItem(self.tr("Row %1: %2 %3 — %4").replace("%1", str(update.row))
                                 .replace("%2", str(update.participant.number))
                                 .replace("%3", update.participant.full_name)
                                 .replace("%4", ", ".join(field_label(k) if k in FIELDS else k
                                                          for k in update.changes)))
        self.changes.setVisible(bool(plan.updates))
        self.changes_title.setVisible(bool(plan.updates))
        self.completeChanged.emit()

    def failed(self, error: Exception) -> None:
        self.set_working(False)
        self.summary.setText(str(error))
        self.summary.setStyleSheet(f"font-size: 14pt; font-weight: bold; color: {REFUSED_RED};")

    def isComplete(self) -> bool:
        return not self.working and self.owner.plan is not None and self.owner.plan.can_import

    def validatePage(self) -> bool:
        """Import starts here, in the background; the wizard closes when it is done."""
        if self.imported:
            return True
        self.set_working(True, self.tr("Importing…"))
        event, table, mapping, options = self.owner.current_event, self.owner.table, list(self.owner.mapping), self.options()
        actor = operator_name()
        run_in_background(self, lambda: run_import(event, table, mapping, options, actor=actor), self.done,
                          self.failed)
        return False

    def done(self, plan: ImportPlan) -> None:
        self.set_working(False)
        self.imported = True
        self.owner.plan = plan
        self.owner.imported.emit(plan)
        self.owner.accept()


class ImportWizard(QWizard):
    imported = Signal(object)  # the executed ImportPlan

    def __init__(self, event, parent=None):
        super().__init__(parent)
        self.current_event = event
        self.path: Path | None = None
        self.table: SourceTable | None = None
        self.mapping: list[str | None] = []
        self.plan: ImportPlan | None = None
        self.setWindowTitle(self.tr("Import participants"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.check_page = CheckPage(self)
        for page in (self.file_page, self.columns_page, self.check_page):
            self.addPage(page)
        self.resize(980, 720)

    def read(self, path: Path, encoding: str | None = None, delimiter: str | None = None,
             sheet: str | None = None) -> None:
        """Read the file (again); the mapping is guessed anew unless the columns stayed the same."""
        table = read_participant_table(path, encoding, delimiter, sheet)
        if self.table is None or path != self.path or table.headers != self.table.headers:
            self.mapping = guess_mapping(table.headers)
        self.path, self.table = path, table
