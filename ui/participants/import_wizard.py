"""The import wizard: the file, its columns, its role and delegation words, the check, the import, the summary.

Reading shows the detected encoding and delimiter (or sheet) and lets the organiser change
them; each column and each distinct role or delegation word shows what it imports as and
how sure that is. The wizard follows the file: a file changed meanwhile is read again when
the organiser moves on. The check is the dry run, in the background; nothing is written
until Import, and then all rows or none, followed by a summary to copy.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, QStandardPaths, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from models.ground.errors import BelvedereError
from models.ground.settings import IMPORT_FOLDER
from models.participants.columns import ColumnGuess, guess_columns
from models.participants.importing import ImportOptions, ImportPlan, read_participant_table, sheet_values
from models.participants.mappings import COLUMN, Choice, remembered
from models.participants.sheet_values import VALUE_KINDS, EventWords, SheetValue, distinct
from models.participants.spreadsheet import SourceTable
from ui.context import WindowSettings
from ui.participants.import_labels import summary_text
from ui.participants.import_pages import (
    CHECK_PAGE,
    COLUMNS_PAGE,
    DONE_PAGE,
    FILE_PAGE,
    VALUES_PAGE,
    CheckPage,
    ColumnsPage,
    ValuesPage,
)
from ui.placement import resize_within_screen
from ui.widgets import error_label

FILE_FILTER = QT_TRANSLATE_NOOP("ImportWizard", "Participant lists (*.csv *.txt *.tsv *.xlsx *.json);;All files (*)")


def start_folder(settings: WindowSettings) -> str:
    """The folder of the last imported list, else the documents folder."""
    last = settings.value_of(IMPORT_FOLDER)
    if last and Path(last).is_dir():
        return last
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


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
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def browse(self) -> None:
        typed = Path(self.path.text().strip())
        folder = str(typed.parent) if self.path.text().strip() and typed.parent.is_dir() else \
            start_folder(self.owner.settings)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Participant list"), folder,
                                              QCoreApplication.translate("ImportWizard", FILE_FILTER))
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return Path(self.path.text().strip()).is_file()

    def validatePage(self) -> bool:
        path = Path(self.path.text().strip())
        try:
            self.owner.read(path)
        except BelvedereError as error:
            self.error.setText(str(error))
            return False
        self.error.clear()
        self.owner.settings.put(IMPORT_FOLDER, str(path.resolve().parent))
        return True


class DonePage(QWizardPage):
    """What was imported, as text the organiser can copy."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Imported"))
        self.setSubTitle(self.tr("Everything below is in the event file. Copy the summary for the delegation or "
                                 "your notes."))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("&Copy the summary"))
        self.copy_button.clicked.connect(self.copy)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        self.text.setPlainText(summary_text(self.owner.plan, self.owner.path.name))
        self.copy_button.setFocus()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


class ImportWizard(QWizard):
    imported = Signal(object)  # the executed ImportPlan

    def __init__(self, event, settings: WindowSettings, parent=None, context=None):
        super().__init__(parent)
        self.current_event = event
        self.settings = settings
        self.context = context  # the window's, when there is one: no other event opens while rows are written
        self.path: Path | None = None
        self.table: SourceTable | None = None
        self.read_as: dict[str, str | None] = {}  # the encoding, delimiter or sheet the organiser chose
        self.columns: list[ColumnGuess] = []
        self.choices: dict[tuple[str, str], Choice] = {}  # (kind, folded word) → what the organiser chose
        self.plan: ImportPlan | None = None
        self.setWindowTitle(self.tr("Import participants"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.values_page = ValuesPage(self)
        self.check_page = CheckPage(self)
        self.done_page = DonePage(self)
        for page_id, page in ((FILE_PAGE, self.file_page), (COLUMNS_PAGE, self.columns_page),
                              (VALUES_PAGE, self.values_page), (CHECK_PAGE, self.check_page),
                              (DONE_PAGE, self.done_page)):
            self.setPage(page_id, page)
        resize_within_screen(self, QSize(1000, 740))

    def read(self, path: Path, **read_as: str | None) -> None:
        """Read the file (again); the columns are guessed anew unless they stayed the same."""
        table = read_participant_table(path, read_as.get("encoding"), read_as.get("delimiter"), read_as.get("sheet"))
        if self.table is None or path != self.path or table.headers != self.table.headers:
            self.columns = guess_columns(table.headers, remembered(self.current_event, COLUMN))
        if path != self.path:
            self.choices = {}
        self.path, self.table, self.read_as = path, table, read_as

    def read_again_if_changed(self) -> bool:
        """Read the file again if its bytes changed since (as the organiser chose to read it); True if it did."""
        if self.path is None or self.table is None or not self.table.is_stale(self.path):
            return False
        self.read(self.path, **self.read_as)
        return True

    @property
    def mapping(self) -> list[str | None]:
        return [column.field for column in self.columns]

    def has_words(self) -> bool:
        """Whether the sheet has a role or delegation column, whose words the values page shows."""
        return any(kind in self.mapping for kind in VALUE_KINDS)

    def options(self, allow_namesakes: bool = False) -> ImportOptions:
        return ImportOptions(allow_namesakes=allow_namesakes, choices=dict(self.choices))

    def sheet_values(self) -> tuple[EventWords, list[SheetValue]]:
        """The event's words, and the sheet's role and delegation words as the check will settle them."""
        words = EventWords(self.current_event)
        found = sheet_values(self.table, self.mapping, words, self.options())
        return words, [value for kind in VALUE_KINDS for value in distinct(found[kind])]
