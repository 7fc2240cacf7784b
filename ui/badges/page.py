"""The badges page: choose a layout and who, see the first page, save a PDF or print, replace a lost badge."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.badges.design import EventHeading
from models.badges.fonts import missing_glyphs
from models.badges.layouts import DEFAULT_LAYOUT, LAYOUTS
from models.badges.pdf import badge_pages, write_badge_pdf
from models.badges.preflight import undersized_names
from models.badges.printing import Selection, record_printed, select
from models.badges.reprint import reprint_badge
from models.ground import appconfig
from models.ground.audit import organiser
from models.ground.db import is_url
from models.ground.errors import BelvedereError
from models.participants.queries import participants_in_order
from ui.badges.painting import page_image, print_pages, printer_page_layout
from ui.badges.table_model import BadgeTableModel
from ui.context import AppContext
from ui.jobs import Cancelled, Job
from ui.opening import open_in_its_program
from ui.style import OK_GREEN, REFUSED_RED, WARN_AMBER
from ui.widgets import hint, page_layout

PREVIEW_BOX = (380, 538)  # the first page is fitted into this many logical pixels
PAPER_EDGE = "#9aa5b1"
MINIMUM_PREVIEW = 60


class FoundFilter(QSortFilterProxyModel):
    """The rows of the people the desk's search finds for what is typed, in any script."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.found: set[int] | None = None  # None while nothing is typed

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self.found = self.sourceModel().found_ids(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        return self.found is None or self.sourceModel().rows[source_row].id in self.found


class BadgesPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.badge_event = context.current_event
        self.everyone = []
        self.job: Job | None = None
        self.job_done = None
        self.job_cancelled_text = ""
        self.last_pdf: Path | None = None

        outer = page_layout(self, self.tr("Badges"))
        body = QHBoxLayout()
        outer.addLayout(body, 1)
        controls = QVBoxLayout()
        body.addLayout(controls, 3)
        body.addSpacing(16)
        preview_column = QVBoxLayout()
        body.addLayout(preview_column, 2)

        form = QFormLayout()
        self.layout_choice = QComboBox()
        for key, layout in LAYOUTS.items():
            self.layout_choice.addItem(QCoreApplication.translate("badges", layout.name), key)
        self.layout_choice.setCurrentIndex(list(LAYOUTS).index(DEFAULT_LAYOUT))
        self.layout_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.layout_choice.setMinimumContentsLength(24)  # long layout names elide on a small screen
        form.addRow(self.tr("&Layout"), self.layout_choice)
        controls.addLayout(form)

        who_box = QGroupBox(self.tr("Who"))
        who_grid = QGridLayout(who_box)
        self.who = QButtonGroup(self)
        self.who_buttons: dict[Selection, QRadioButton] = {}
        for index, selection in enumerate(Selection):
            button = QRadioButton()
            self.who.addButton(button, index)
            self.who_buttons[selection] = button
            who_grid.addWidget(button, index, 0)
        self.who_buttons[Selection.ALL].setChecked(True)
        controls.addWidget(who_box)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find by name, number or organisation, then select rows"))
        self.search.setClearButtonEnabled(True)
        self.replace_button = QPushButton(self.tr("&Replace lost badge…"))
        self.replace_button.setToolTip(self.tr("Issue a new badge version: the lost badge is then refused at the desk."))
        controls.addWidget(self.search)  # the whole column: its hint is read whole in either language
        self.model = BadgeTableModel(self)
        self.filter = FoundFilter(self)
        self.filter.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.filter)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((1, 180), (2, 130)):  # long names elide rather than push columns away
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        controls.addWidget(self.table, 1)

        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {WARN_AMBER}; font-weight: bold;")
        self.warning.hide()
        controls.addWidget(self.warning)
        self.small_names = QLabel()
        self.small_names.setWordWrap(True)
        self.small_names.setStyleSheet(f"color: {WARN_AMBER}; font-weight: bold;")
        self.small_names.hide()
        controls.addWidget(self.small_names)

        actions = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("&Save as PDF…"))
        self.pdf_button.setDefault(True)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        for button in (self.pdf_button, self.print_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.replace_button)
        controls.addLayout(actions)

        running = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m badges"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        controls.addLayout(running)
        self.set_running(False)

        outcome = QHBoxLayout()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open PDF"))
        self.open_button.hide()
        outcome.addWidget(self.result, 1)
        outcome.addWidget(self.open_button)
        controls.addLayout(outcome)

        preview_column.addWidget(hint(self.tr("First page")))
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The page is drawn to the room the window leaves it, so it never holds the window wide.
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setMinimumSize(120, 170)
        self.preview.setMaximumWidth(PREVIEW_BOX[0] + 2)
        preview_column.addWidget(self.preview, 1)

        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(120)  # typing and clicking settle before the page is redrawn
        self.preview_timer.timeout.connect(self.update_preview)

        self.layout_choice.currentIndexChanged.connect(self.choice_changed)
        self.who.idClicked.connect(self.choice_changed)
        self.search.textChanged.connect(self.filter.set_query)
        self.table.selectionModel().selectionChanged.connect(self.rows_selected)
        self.pdf_button.clicked.connect(self.ask_for_pdf)
        self.print_button.clicked.connect(self.ask_for_printer)
        self.replace_button.clicked.connect(self.replace_lost_badge)
        self.cancel_button.clicked.connect(self.cancel_job)
        self.open_button.clicked.connect(self.open_pdf)
        cancel_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        cancel_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cancel_shortcut.activated.connect(self.cancel_job)
        context.data_changed.connect(self.on_data_changed)
        self.reload()

    # --- what is chosen ------------------------------------------------------------------

    @property
    def layout_key(self) -> str:
        return self.layout_choice.currentData()

    @property
    def selection(self) -> Selection:
        return list(Selection)[self.who.checkedId()]

    def selected_participants(self) -> list:
        rows = sorted(self.filter.mapToSource(index).row() for index in self.table.selectionModel().selectedRows())
        return [self.model.rows[row] for row in rows]

    def chosen(self) -> list:
        numbers = [p.number for p in self.selected_participants()]
        return select(self.everyone, self.selection, numbers)

    def reload(self) -> None:
        """Read the participants again, keeping the rows that were selected."""
        selected = {p.number for p in self.selected_participants()}
        self.badge_event = self.context.current_event
        self.everyone = participants_in_order(self.badge_event)
        self.model.set_participants(self.everyone, self.badge_event.timezone)
        self.filter.set_query(self.search.text())  # who is found among the people read again
        self.select_numbers(selected)
        self.choice_changed()

    def select_numbers(self, numbers: set[int]) -> None:
        selection_model = self.table.selectionModel()
        selection_model.clearSelection()
        first = None
        for row, participant in enumerate(self.model.rows):
            if participant.number in numbers:
                index = self.filter.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    selection_model.select(index, selection_model.SelectionFlag.Select
                                           | selection_model.SelectionFlag.Rows)
                    first = first or index
        if first is not None:
            self.table.scrollTo(first)

    def on_data_changed(self, topic: str) -> None:
        if topic in ("participants", "badges", "event"):
            self.reload()

    def rows_selected(self) -> None:
        if self.selected_participants():
            self.who_buttons[Selection.CHOSEN].setChecked(True)
        self.choice_changed()

    def choice_changed(self) -> None:
        selected = [p.number for p in self.selected_participants()]
        labels = {
            Selection.ALL: self.tr("Everyone (%1)"),
            Selection.CHOSEN: self.tr("Selected in the list (%1)"),
            Selection.NOT_PRINTED: self.tr("Not printed yet (%1)"),
            Selection.CHANGED: self.tr("Changed since printed (%1)"),
        }
        for selection, button in self.who_buttons.items():
            button.setText(labels[selection].replace("%1", str(len(select(self.everyone, selection, selected)))))
        chosen = self.chosen()
        self.show_missing_glyphs(chosen)
        self.show_small_names(chosen)
        self.update_actions()
        self.preview_timer.start()

    def show_missing_glyphs(self, chosen: list) -> None:
        missing = missing_glyphs(chosen)
        if not missing:
            self.warning.hide()
            return
        people = "; ".join(f"{number} ({' '.join(sorted(chars))})" for number, chars in sorted(missing.items()))
        self.warning.setText(self.tr("The badge font has no letters for some characters; they would print as "
                                     "empty boxes. Participants: %1").replace("%1", people))
        self.warning.show()

    def show_small_names(self, chosen: list) -> None:
        small = undersized_names(chosen, self.layout_key, self.badge_event)
        if not small:
            self.small_names.hide()
            return
        people = "; ".join(f"{name.number} {name.name}" for name in small)
        self.small_names.setText(
            self.tr("Too long for this layout, so printed smaller than its smallest type: %1. Give them a shorter "
                    "name on the badge (Participants ▸ Edit) or choose a larger layout.").replace("%1", people))
        self.small_names.show()

    def update_actions(self) -> None:
        idle = self.job is None
        has_badges = bool(self.chosen())
        self.pdf_button.setEnabled(idle and has_badges)
        self.print_button.setEnabled(idle and has_badges)
        self.replace_button.setEnabled(idle and len(self.selected_participants()) == 1)
        self.layout_choice.setEnabled(idle)

    def update_preview(self) -> None:
        chosen = self.chosen()
        if not chosen:
            self.preview.clear()
            self.preview.setText(self.tr("Nobody is chosen."))
            return
        layout = LAYOUTS[self.layout_key]
        first_page = next(iter(badge_pages(chosen[:layout.per_page], layout, self.badge_event)))
        width, height = min(PREVIEW_BOX[0], self.preview.width() - 2), min(PREVIEW_BOX[1], self.preview.height() - 2)
        if min(width, height) < MINIMUM_PREVIEW:
            return  # not laid out yet: showing or resizing the page draws it
        scale = min(width / first_page.width, height / first_page.height)
        image = page_image(first_page, round(first_page.height * scale), self.devicePixelRatioF())
        painter = QPainter(image)
        painter.setPen(QColor(PAPER_EDGE))
        painter.drawRect(0, 0, image.width() - 1, image.height() - 1)
        painter.end()
        self.preview.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.preview_timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.preview_timer.start()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.DevicePixelRatioChange:
            self.preview_timer.start()  # moved to a screen of another scale: drawn again for its pixels
        return super().event(event)

    # --- making the PDF, printing ----------------------------------------------------------

    def suggested_pdf_path(self) -> Path:
        folder = appconfig.data_dir() if is_url(self.context.target) else Path(self.context.target).parent
        return folder / f"badges-{self.layout_key}.pdf"

    def ask_for_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the badges as PDF"), str(self.suggested_pdf_path()),
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.start_pdf(Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf"))

    def start_pdf(self, path: Path) -> None:
        participants, layout, event = self.chosen(), self.layout_key, self.badge_event
        if not self.confirm_missing_glyphs(participants):
            return
        heading = EventHeading.of(event)  # read here: the PDF is written on another thread

        def work(progress, cancelled):
            result = write_badge_pdf(path, participants, layout, progress, cancelled, event, heading)
            if result.cancelled:
                raise Cancelled
            return result

        self.run(work, len(participants), lambda result: self.pdf_written(result, participants),
                 self.tr("Cancelled: no PDF was saved and nothing was recorded."))

    def pdf_written(self, result, participants) -> None:
        if self.record(participants):
            self.last_pdf = result.path
            self.open_button.show()
            self.report(self.tr("Saved %n badges on %1 pages: %2", "", len(result.printed))
                        .replace("%1", str(result.pages)).replace("%2", str(result.path)), OK_GREEN)

    def ask_for_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer_page_layout(printer, LAYOUTS[self.layout_key])
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.start_print(printer)

    def start_print(self, printer: QPrinter) -> None:
        participants, layout, event = self.chosen(), LAYOUTS[self.layout_key], self.badge_event
        if not self.confirm_missing_glyphs(participants):
            return
        printer_page_layout(printer, layout)
        heading = EventHeading.of(event)  # read here: the pages are painted on another thread

        def work(progress, cancelled):
            pages = print_pages(printer, badge_pages(participants, layout, event, heading), len(participants), progress,
                                cancelled)
            if pages is None:
                raise Cancelled
            return pages

        self.run(work, len(participants), lambda pages: self.printed(pages, participants, printer),
                 self.tr("Printing cancelled; nothing was recorded. Pages already sent may still print."))

    def printed(self, pages, participants, printer: QPrinter) -> None:
        if self.record(participants):
            where = printer.printerName() or printer.outputFileName()
            self.report(self.tr("Sent %1 badges on %2 pages to %3.").replace("%1", str(len(participants)))
                        .replace("%2", str(pages)).replace("%3", where), OK_GREEN)

    def confirm_missing_glyphs(self, participants) -> bool:
        missing = missing_glyphs(participants)
        if not missing:
            return True
        answer = QMessageBox.question(
            self, self.tr("Characters the font cannot print"),
            self.tr("The badges of participants %1 have characters the badge font cannot print; they would "
                    "show as empty boxes. Print them anyway?").replace("%1", ", ".join(map(str, sorted(missing)))),
        )
        return answer == QMessageBox.StandardButton.Yes

    def record(self, participants) -> bool:
        """Note which badge versions were printed; False (with a message) when the event file refused."""
        try:
            record_printed(participants, self.layout_key, organiser(), self.context.clock)
        except BelvedereError as error:
            self.report(str(error), REFUSED_RED)
            return False
        self.context.notify("badges")
        return True

    # --- the background job ---------------------------------------------------------------

    def run(self, work, total: int, done, cancelled_text: str) -> None:
        self.open_button.hide()
        self.result.clear()
        self.job_done, self.job_cancelled_text = done, cancelled_text
        self.job = Job(work)
        self.job.progressed.connect(self.job_progressed)
        self.job.succeeded.connect(self.job_succeeded)
        self.job.failed.connect(self.job_failed)
        self.job.cancelled.connect(self.job_cancelled)
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.set_running(True)
        self.job.start(self.context, self.tr("the badges"))

    def set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        if running:
            self.cancel_button.setFocus()
        self.update_actions()

    def job_progressed(self, done: int, total: int) -> None:
        self.progress.setValue(done)

    def job_succeeded(self, result) -> None:
        done = self.job_done
        self.finish_job()
        done(result)

    def job_failed(self, message: str) -> None:
        self.finish_job()
        self.report(message, REFUSED_RED)

    def job_cancelled(self) -> None:
        text = self.job_cancelled_text
        self.finish_job()
        self.report(text, WARN_AMBER)

    def finish_job(self) -> None:
        self.job = None
        self.job_done = None
        self.set_running(False)

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)

    def report(self, text: str, colour: str) -> None:
        self.result.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.result.setText(text)

    def open_pdf(self) -> None:
        if self.last_pdf is not None:
            open_in_its_program(self, self.last_pdf)

    # --- a lost badge ------------------------------------------------------------------

    def replace_lost_badge(self) -> None:
        [participant] = self.selected_participants()
        answer = QMessageBox.question(
            self, self.tr("Replace a lost badge"),
            self.tr("Issue a new badge for %1 (No. %2)? Badge version %3 will then be refused at the desk as "
                    "replaced. Print the new badge right away.")
            .replace("%1", participant.full_name).replace("%2", str(participant.number))
            .replace("%3", str(participant.badge_version)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            reprinted = reprint_badge(participant, actor=organiser(), clock=self.context.clock)
        except BelvedereError as error:
            self.report(str(error), REFUSED_RED)
            return
        self.context.notify("badges")
        self.report(self.tr("%1 now has badge version %2. Save it as PDF or print it now.")
                    .replace("%1", reprinted.full_name).replace("%2", str(reprinted.badge_version)), OK_GREEN)
