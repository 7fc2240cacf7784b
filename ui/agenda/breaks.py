"""The break under way on the chair's page: until when it runs, and the deliberate ways to change that.

Ending a break early always asks, and the question's default answer keeps the break, so a stray
Enter or Space (the chair's habit keys) never ends one. "Resume at…" sets the break's end in one
step; a break that started early is offered its planned length with one click.
"""
from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QObject, QTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from models.agenda.controls import break_with_time_left, planned_length_resume, resume_instant, running_break
from models.agenda.state import AgendaState, ItemRun
from ui.agenda.buttons import small_button

MINUTE = timedelta(minutes=1)


def hhmm(state: AgendaState, instant: datetime) -> str:
    return f"{state.plan.local(instant):%H:%M}"


def whole_minutes(length: timedelta) -> int:
    return round(length / MINUTE)


class BreakControls(QObject):
    """Three buttons, shown while a break is under way (the page puts them where the minutes' buttons are)."""

    end_confirmed = Signal()  # the chair confirmed ending the break now
    resume_chosen = Signal(object)  # the UTC instant the break now lasts until

    def __init__(self, page: QWidget):
        super().__init__(page)
        self.page = page
        self.state: AgendaState | None = None
        self.suggested: datetime | None = None
        self.shown = False
        self.planned_button = small_button("")
        self.planned_button.clicked.connect(self.take_planned_length)
        self.resume_button = small_button(self.tr("Resume at… (R)"), self.tr("Set the time the break ends"))
        self.resume_button.clicked.connect(self.ask_resume_time)
        self.end_button = small_button(self.tr("End break now…"), self.tr("End the break now (asks first)"))
        self.end_button.clicked.connect(self.ask_end)
        self.buttons = (self.planned_button, self.resume_button, self.end_button)
        for button in self.buttons:
            button.setStyleSheet("padding: 6px 2px;")  # three in the width of the minutes' buttons

    def show_state(self, state: AgendaState) -> None:
        self.state = state
        run = running_break(state)
        self.shown = run is not None
        self.suggested = planned_length_resume(state, state.now) if self.shown else None
        self.resume_button.setVisible(self.shown)
        self.end_button.setVisible(self.shown)
        self.planned_button.setVisible(self.suggested is not None)
        if run is None:
            return
        if self.suggested is not None:
            minutes = whole_minutes(run.item.length)
            self.planned_button.setText(self.tr("{minutes} min → {time}").format(
                minutes=minutes, time=hhmm(state, self.suggested)))
            self.planned_button.setToolTip(self.tr(
                "“{title}” started at {start} and would last {length} min, until {end}: give it its planned "
                "{minutes} min, resuming at {time}").format(
                title=run.item.title, start=hhmm(state, run.started_at), length=whole_minutes(run.allotted),
                end=hhmm(state, run.projected_end), minutes=minutes, time=hhmm(state, self.suggested)))
        self.end_button.setEnabled(break_with_time_left(state) is not None)

    # --- the chair's choices ------------------------------------------------------------

    def take_planned_length(self) -> None:
        if self.suggested is not None:
            self.resume_chosen.emit(self.suggested)

    def ask_resume_time(self) -> None:
        state = self.state
        run = running_break(state) if state is not None else None
        if run is None:
            return
        dialog = ResumeAtDialog(state, run, self.page.window())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.resume_chosen.emit(resume_instant(state, state.now, dialog.chosen()))

    def ask_end(self) -> None:
        if self.state is not None and self.confirm_end(self.state, following_starts=False):
            self.end_confirmed.emit()

    def confirm_end(self, state: AgendaState, following_starts: bool) -> bool:
        """Ask before a break with time left ends; True once the chair chose to end it."""
        run = break_with_time_left(state)
        if run is None:
            return False  # nothing to end early (its time is up, or the break is over)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("End the break?"), "", parent=self.page.window())
        left = max(1, whole_minutes(run.remaining))
        following = state.next
        text = self.tr("“{title}” runs until {end} ({minutes} min left).").format(
            title=run.item.title, end=hhmm(state, run.projected_end), minutes=left)
        if following is not None:
            then = (self.tr("“{title}” starts now.") if following_starts else
                    self.tr("“{title}” then waits for Start."))
            text += "\n\n" + then.format(title=following.item.title)
        box.setText(self.tr("End the break now?"))
        box.setInformativeText(text)
        end = box.addButton(self.tr("End the break now"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep the break"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter and Space answer "keep": only a deliberate choice ends it
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is end


class ResumeAtDialog(QDialog):
    """One field: the venue time the break ends. It opens on the current end, so Enter alone changes nothing."""

    def __init__(self, state: AgendaState, run: ItemRun, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resume at…"))
        layout = QVBoxLayout(self)
        end = state.plan.local(run.projected_end)
        layout.addWidget(QLabel(self.tr("“{title}” started at {start} and runs until {end}.").format(
            title=run.item.title, start=hhmm(state, run.started_at), end=f"{end:%H:%M}")))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("The break ends at:")))
        self.time_edit = QTimeEdit(QTime(end.hour, end.minute))
        self.time_edit.setObjectName("resume-time")
        self.time_edit.setDisplayFormat("HH:mm")
        row.addWidget(self.time_edit)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.time_edit.timeChanged.connect(self.name_the_choice)
        self.name_the_choice(self.time_edit.time())

    def showEvent(self, event) -> None:
        """The hour is selected: the chair types 1345 (or 13:45) and Enter."""
        super().showEvent(event)
        self.time_edit.setFocus()
        self.time_edit.setSelectedSection(QDateTimeEdit.Section.HourSection)

    def name_the_choice(self, chosen: QTime) -> None:
        self.ok_button.setText(self.tr("Resume at {time}").format(time=chosen.toString("HH:mm")))

    def chosen(self) -> time:
        chosen = self.time_edit.time()
        return time(chosen.hour(), chosen.minute())
