"""The Reports page: choose the report, the day and the format, create it, open it.

The arrivals of each day, per 5 minutes, are drawn beside the choices and follow the desk live.
"""
from __future__ import annotations

from datetime import timedelta
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models.ground.dates import long_date
from models.ground.days import day_name, day_with_long_date, event_days
from models.ground.files import private_folder
from models.ground.i18n import current_language
from models.ground.settings import REPORTS_FOLDER
from models.reports.arrivals import BIN_MINUTES, ArrivalChart, arrival_charts
from models.reports.kinds import REPORTS, default_file_name, default_reports_folder
from models.reports.records import arrival_times_by_day
from ui.context import AppContext
from ui.jobs import Job, Work
from ui.opening import open_in_its_program
from ui.reports.chart import ArrivalChartWidget
from ui.style import OK_GREEN, REFUSED_RED
from ui.widgets import hint, page_layout, path_label, show_path

FORMAT_NAMES = {"pdf": "PDF", "xlsx": "Excel (XLSX)", "csv": "CSV"}


def report_work(key: str, out: Path, day_number: int | None, clock) -> Work:
    """Writing one report: a PDF stops at the next page when cancelled; CSV and XLSX are written in one go."""
    def work(progress, _cancelled):
        from models.reports.generate import generate_report  # reportlab and openpyxl load on first use

        return generate_report(key, out, day_number, clock, progress=progress)

    return work


class ReportsPage(QWidget):
    report_done = Signal(str)  # the file written; for tests and anyone waiting on it

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.job: Job | None = None
        self.arrivals_stale = True
        self.last_file: Path | None = None
        self.days = event_days(context.current_event)
        layout = page_layout(self, self.tr("Reports"))
        layout.addWidget(hint(self.tr(
            "Sign-in sheets can be printed before the event; printed later they show who checked in. "
            "Certificates go only to people who checked in on at least one day.")))
        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addWidget(self.build_choices(), 1)  # wide enough for each choice's line and a deep folder
        columns.addWidget(self.build_arrivals(), 1)
        layout.addLayout(columns, 1)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.create_report)
        cancel_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.cancel_report)
        cancel_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        context.data_changed.connect(self.on_data_changed)
        self.report_buttons["attendance"].setChecked(True)
        self.refresh_arrivals()

    # --- building -------------------------------------------------------------------

    def report_titles(self) -> dict[str, tuple[str, str]]:
        return {
            "attendance": (self.tr("&Attendance report"),
                           self.tr("Per day, by delegation and by role; funded people day by day; arrivals")),
            "signin": (self.tr("&Sign-in sheets"), self.tr("Per day, by delegation, with a signature column")),
            "certificates": (self.tr("C&ertificates of attendance"),
                             self.tr("One page per person who attended, in English and Albanian")),
            "timing": (self.tr("&Timing report"),
                       self.tr("Every agenda item planned against actual, overruns, messages shown")),
        }

    def build_choices(self) -> QGroupBox:
        box = QGroupBox(self.tr("Report"))
        layout = QVBoxLayout(box)
        self.report_buttons: dict[str, QRadioButton] = {}
        choices = QButtonGroup(self)
        for key, (title, description) in self.report_titles().items():
            button = QRadioButton(title)
            button.setObjectName(f"report-{key}")
            button.setStyleSheet("font-weight: bold;")
            button.toggled.connect(self.on_report_chosen)
            choices.addButton(button)
            explanation = hint(description)
            explanation.setContentsMargins(26, 0, 0, 6)
            layout.addWidget(button)
            layout.addWidget(explanation)
            self.report_buttons[key] = button
        layout.addStretch(1)
        form = QFormLayout()
        self.day = QComboBox()
        self.fill_days()
        self.day.currentIndexChanged.connect(self.refresh_arrivals)
        self.format = QComboBox()
        form.addRow(self.tr("&Day"), self.day)
        form.addRow(self.tr("&Format"), self.format)
        self.folder = path_label()
        change_folder = QPushButton(self.tr("C&hange…"))
        change_folder.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(change_folder, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Folder"), folder_row)
        layout.addLayout(form)
        self.create = QPushButton(self.tr("&Create report"))
        self.create.setObjectName("create-report")
        self.create.setMinimumHeight(40)
        self.create.setDefault(True)
        self.create.clicked.connect(self.create_report)
        layout.addWidget(self.create)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self.cancel_report)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel)
        layout.addLayout(running)
        self.show_running(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        actions = QHBoxLayout()
        self.open_file = QPushButton(self.tr("&Open the report"))
        self.open_file.clicked.connect(lambda: self.open_path(self.last_file))
        self.open_folder = QPushButton(self.tr("Open the fol&der"))
        self.open_folder.clicked.connect(lambda: self.open_path(self.output_folder()))
        for button in (self.open_file, self.open_folder):
            button.setEnabled(False)
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.show_folder()
        return box

    def build_arrivals(self) -> QGroupBox:
        box = QGroupBox(self.tr("Arrivals per %1 minutes").replace("%1", str(BIN_MINUTES)))
        self.arrivals_layout = QVBoxLayout(box)
        self.arrivals_area: QWidget | None = None
        self.fill_arrivals()
        return box

    def fill_days(self) -> None:
        """The day choices; the one chosen stays chosen if the day still exists."""
        chosen = self.day.currentData()
        self.day.blockSignals(True)
        self.day.clear()
        self.day.addItem(self.tr("Every day"), None)
        for day in self.days:
            self.day.addItem(day_with_long_date(day, current_language()), day.number)
        self.day.setCurrentIndex(max(self.day.findData(chosen), 0))
        self.day.blockSignals(False)

    def fill_arrivals(self) -> None:
        """A caption and a chart per day of the event."""
        if self.arrivals_area is not None:
            self.arrivals_area.deleteLater()
        self.arrivals_area = QWidget()
        layout = QVBoxLayout(self.arrivals_area)
        layout.setContentsMargins(0, 0, 0, 0)
        self.captions: list[QLabel] = []
        self.charts: list[ArrivalChartWidget] = []
        for _ in self.days:
            caption = QLabel()
            caption.setWordWrap(True)
            chart = ArrivalChartWidget()
            layout.addWidget(caption)
            layout.addWidget(chart, 1)
            self.captions.append(caption)
            self.charts.append(chart)
        if not self.days:
            layout.addWidget(hint(self.tr("This event has no days yet.")))
            layout.addStretch(1)
        self.arrivals_layout.addWidget(self.arrivals_area)

    # --- choices -------------------------------------------------------------------------

    def chosen_key(self) -> str:
        return next((key for key, button in self.report_buttons.items() if button.isChecked()), "attendance")

    def chosen_day(self) -> int | None:
        return self.day.currentData() if REPORTS[self.chosen_key()].by_day else None

    def on_report_chosen(self, checked: bool = True) -> None:
        if not checked:
            return  # the button that was left; the one chosen reports too
        kind = REPORTS[self.chosen_key()]
        self.format.clear()
        for extension in kind.formats:
            self.format.addItem(FORMAT_NAMES[extension], extension)
        self.format.setEnabled(len(kind.formats) > 1)
        self.day.setEnabled(kind.by_day)
        if not kind.by_day:
            self.day.setCurrentIndex(0)

    def output_folder(self) -> Path:
        chosen = self.context.settings.value_of(REPORTS_FOLDER)
        return Path(chosen) if chosen else default_reports_folder(self.context.target)

    def show_folder(self) -> None:
        show_path(self.folder, self.output_folder())

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where reports are written"),
                                                  str(self.output_folder()))
        if folder:
            self.context.settings.put(REPORTS_FOLDER, folder)
            self.show_folder()

    def output_path(self) -> Path:
        return self.output_folder() / default_file_name(self.chosen_key(), self.format.currentData(),
                                                        self.chosen_day())

    # --- making the report ----------------------------------------------------------------------

    def create_report(self) -> None:
        if self.job is not None:
            return  # one at a time; the button is disabled meanwhile
        out = self.output_path()
        try:
            private_folder(out.parent)
        except OSError as error:
            self.show_status(self.tr("The folder %1 cannot be created (%2). Choose another folder.")
                             .replace("%1", str(out.parent)).replace("%2", error.strerror or str(error)), ok=False)
            return
        self.job = Job(report_work(self.chosen_key(), out, self.chosen_day(), self.context.clock))
        self.job.progressed.connect(self.on_progress)
        self.job.succeeded.connect(self.on_finished)
        self.job.failed.connect(self.on_failed)
        self.job.cancelled.connect(self.on_cancelled)
        self.create.setEnabled(False)
        self.open_file.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first page tells how far it is
        # PDFs are written page by page and can stop at any page; CSV and XLSX are written in one go.
        self.show_running(True, can_cancel=out.suffix.lower() == ".pdf")
        self.show_status(self.tr("Writing %1…").replace("%1", out.name), ok=None)
        self.job.start(self.context, self.tr("the report %1").replace("%1", out.name))

    def show_running(self, running: bool, can_cancel: bool = False) -> None:
        self.progress.setVisible(running)
        self.cancel.setVisible(running and can_cancel)
        self.cancel.setEnabled(running and can_cancel)
        if running and can_cancel:
            self.cancel.setFocus()

    def cancel_report(self) -> None:
        if self.job is not None and self.cancel.isEnabled():
            self.job.cancel()
            self.cancel.setEnabled(False)
            self.show_status(self.tr("Stopping…"), ok=None)

    def on_progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def end_job(self) -> None:
        self.job = None
        self.create.setEnabled(True)
        self.show_running(False)

    def on_cancelled(self) -> None:
        self.end_job()
        self.show_status(self.tr("Cancelled; no report was written."), ok=None)

    def on_finished(self, result) -> None:
        self.end_job()
        self.last_file = Path(result.path)
        self.show_status(self.tr("%1 is ready.").replace("%1", self.last_file.name), ok=True)
        self.status.setToolTip(result.summary)
        self.open_file.setEnabled(True)
        self.open_folder.setEnabled(True)
        self.open_file.setFocus()
        self.report_done.emit(str(result.path))

    def on_failed(self, message: str) -> None:
        self.end_job()
        self.show_status(message, ok=False)

    def show_status(self, text: str, ok: bool | None) -> None:
        colour = {True: OK_GREEN, False: REFUSED_RED}.get(ok, "#1f2a36")
        self.status.setStyleSheet(f"color: {colour}; font-weight: {'bold' if ok is False else 'normal'};")
        self.status.setText(text)

    def open_path(self, path: Path | None) -> None:
        if path is not None:
            open_in_its_program(self, path)

    # --- arrivals -------------------------------------------------------------------------------

    def on_data_changed(self, topic: str) -> None:
        if topic == "event":  # days may have been added, removed or moved
            self.days = event_days(self.context.current_event)
            self.fill_days()
            self.fill_arrivals()
        if topic in ("checkins", "participants", "event"):
            self.arrivals_stale = True
            if self.isVisible():
                self.refresh_arrivals()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.arrivals_stale:
            self.refresh_arrivals()

    def refresh_arrivals(self) -> None:
        """Redraw the charts from the check-ins; only the chosen day, or every day."""
        self.arrivals_stale = False
        chosen = self.day.currentData()
        charts = arrival_charts(arrival_times_by_day(self.context.current_event, self.days))
        for day, caption, widget, chart in zip(self.days, self.captions, self.charts, charts):
            visible = chosen is None or chosen == day.number
            caption.setVisible(visible)
            widget.setVisible(visible)
            caption.setText(self.caption(day, chart))
            widget.set_chart(chart)

    def caption(self, day, chart: ArrivalChart) -> str:
        title = f"<b>{escape(day_name(day, current_language()))}</b> · {long_date(day.date, current_language())}"
        if not chart.total:
            return title + " — " + self.tr("no check-ins yet")
        peak_start, peak_count = chart.peak
        peak_end = peak_start + timedelta(minutes=BIN_MINUTES)
        return title + " — " + self.tr("%1 arrivals; busiest %2–%3 with %4").replace("%1", str(chart.total)) \
            .replace("%2", f"{peak_start:%H:%M}").replace("%3", f"{peak_end:%H:%M}").replace("%4", str(peak_count))
