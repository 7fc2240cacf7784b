"""Rehearsing on the chair's page: the band that offers it or says it is on, the choice of how the day is
laid on today, and "the event moved: today is Day I".

The rules (which date is the day's, how a rehearsal lays the day, what it logs) are in models.agenda;
this module only shows and asks, and tells the page which log to follow.
"""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models.agenda.plan import DayPlan, load_day_plan
from models.agenda.rehearsal import FROM_NOW, SAME_TIMES, default_layout, first_of, laid_on_today, on_its_date
from models.agenda.rehearsal_log import Laying, clear_rehearsal, lay_rehearsal, laying_of
from models.agenda.state import AgendaState
from models.event.editing import move_event_to_today
from models.ground.audit import THE_CHAIR
from models.ground.clock import venue_today
from models.ground.days import day_name, event_days
from models.ground.entities import Day
from models.ground.errors import BelvedereError
from models.ground.i18n import current_language
from ui.style import PRACTICE_TINT, PRACTICE_VIOLET

DATE = "%d.%m.%Y"


def planned_span(plan: DayPlan, from_item_id: int | None = None) -> str:
    """'09:00–17:30': from the first item the chair runs (or the one chosen) to the planned end of the day."""
    if not plan.units:
        return ""
    return f"{first_of(plan, from_item_id).local_start:%H:%M}–{plan.local(plan.planned_end):%H:%M}"


def band_button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setMinimumHeight(34)
    button.setStyleSheet(f"background: white; color: {PRACTICE_VIOLET}; font-weight: bold; border-radius: 4px;"
                         "padding: 4px 12px;")
    return button


class RehearsalBand(QFrame):
    """On another date: the offer to rehearse (or to say the event moved). While rehearsing: that it is one."""

    rehearse_requested = Signal()
    moved_requested = Signal()
    clear_requested = Signal()
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rehearsal-band")
        self.label = QLabel()
        self.label.setObjectName("rehearsal-text")
        self.label.setWordWrap(True)
        self.rehearse_button = band_button(self.tr("Rehearse this day now…"), "rehearse")
        self.moved_button = band_button("", "event-moved")
        self.again_button = band_button(self.tr("Lay it again…"), "rehearse-again")
        self.clear_button = band_button(self.tr("Clear the rehearsal"), "clear-rehearsal")
        self.leave_button = band_button(self.tr("Back to the day"), "leave-rehearsal")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        buttons = QHBoxLayout()
        for button, signal in ((self.rehearse_button, self.rehearse_requested), (self.moved_button, self.moved_requested),
                               (self.again_button, self.rehearse_requested), (self.clear_button, self.clear_requested),
                               (self.leave_button, self.leave_requested)):
            button.clicked.connect(signal.emit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.hide()

    def paint_as(self, rehearsing: bool) -> None:
        """Solid violet while rehearsing; a violet outline while only offering it."""
        background, ink = (PRACTICE_VIOLET, "white") if rehearsing else (PRACTICE_TINT, PRACTICE_VIOLET)
        self.setStyleSheet(f"QFrame#rehearsal-band {{ background: {background}; border: 1px solid {PRACTICE_VIOLET}; "
                           f"border-radius: 6px; }} QLabel#rehearsal-text {{ color: {ink}; background: transparent; "
                           "border: none; font-size: 12pt; font-weight: bold; }")

    def show_for(self, state: AgendaState, laying: Laying | None, today: date, name: str) -> None:
        """`laying`: the rehearsal followed, or None on the day's own log; `name`: the day's, in the window's
        language."""
        plan = state.plan
        rehearsing = laying is not None
        offer = not rehearsing and not state.started and not on_its_date(plan, state.now)
        for button in (self.rehearse_button, self.moved_button):
            button.setVisible(offer)
        for button in (self.again_button, self.clear_button, self.leave_button):
            button.setVisible(rehearsing)
        self.paint_as(rehearsing)
        if rehearsing:
            self.label.setText(self.rehearsal_text(plan, laying, today, name))
        elif offer:
            self.label.setText(self.tr("Today ({today}) is not {day} ({date}). Rehearse it now: everything runs as on "
                                       "the day, and nothing is recorded.").format(
                today=f"{today:{DATE}}", day=name, date=f"{plan.date:{DATE}}"))
            self.moved_button.setText(self.tr("The event moved: today is {day}…").format(day=name))
        self.setVisible(rehearsing or offer)

    def rehearsal_text(self, plan: DayPlan, laying: Laying, today: date, name: str) -> str:
        when = (self.tr("laid on today") if laying.laid_on == today else
                self.tr("laid on {date}").format(date=f"{laying.laid_on:{DATE}}"))
        how = (self.tr("starting at {time}").format(time=f"{laying.laid_at:%H:%M}")
               if laying.layout == FROM_NOW else self.tr("at the same clock times"))
        return self.tr("REHEARSAL of {day} ({date}), {when} {how} · nothing reaches the run log or the timing "
                       "report").format(day=name, date=f"{plan.rehearsal_of:{DATE}}", when=when, how=how)


class RehearsalDialog(QDialog):
    """How to lay the day on today: at the same clock times, or starting now; each with the times it gives."""

    MOVED = 2  # the dialog's result when the chair says the event moved instead

    def __init__(self, plan: DayPlan, now: datetime, name: str, reason: str = "", parent: QWidget | None = None):
        """`name`: the day's, in the window's language."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rehearse {day}").format(day=name))
        layout = QVBoxLayout(self)
        if reason:
            why = QLabel(reason)
            why.setWordWrap(True)
            why.setObjectName("rehearsal-reason")
            layout.addWidget(why)
        self.plan, self.now = plan, now
        layout.addWidget(QLabel(self.tr("Lay {day} on today, {today}:").format(
            day=name, today=f"{plan.local(now):{DATE}}")))
        self.choices = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for layout_key in (SAME_TIMES, FROM_NOW):
            button = QRadioButton()
            button.setObjectName(f"layout-{layout_key}")
            self.choices.addButton(button)
            self.buttons[layout_key] = button
            layout.addWidget(button)
        self.buttons[default_layout(plan, now)].setChecked(True)
        start = QHBoxLayout()
        start.addWidget(QLabel(self.tr("From:")))
        self.from_item = QComboBox()
        self.from_item.setObjectName("rehearse-from")
        for unit in plan.units:  # a later item rehearses the rest of the day: those before it are skipped
            self.from_item.addItem(f"{unit.local_start:%H:%M}  {unit.title[:60]}", unit.id)
        self.from_item.currentIndexChanged.connect(self.show_spans)
        start.addWidget(self.from_item, 1)
        layout.addLayout(start)
        self.show_spans()
        note = QLabel(self.tr("Everything runs as on the day: the timer, messages, breaks, the stage display and the "
                              "ways to end on time. Nothing reaches the day's run log, the timing report or the "
                              "journal; clear the rehearsal when you are done."))
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        layout.addWidget(note)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.rehearse_button = box.addButton(self.tr("Rehearse"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.rehearse_button.setObjectName("rehearse-ok")
        self.moved_button = box.addButton(self.tr("The event moved: today is {day}…").format(day=name),
                                          QDialogButtonBox.ButtonRole.ActionRole)
        self.moved_button.clicked.connect(lambda: self.done(self.MOVED))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def show_spans(self) -> None:
        """Each choice with the times it gives, from the item chosen."""
        texts = {SAME_TIMES: self.tr("At the same clock times: {span}"), FROM_NOW: self.tr("Starting now: {span}")}
        for key, button in self.buttons.items():
            laid = laid_on_today(self.plan, key, self.now, self.from_item_id())
            button.setText(texts[key].format(span=planned_span(laid, self.from_item_id())))

    def layout_chosen(self) -> str:
        return next(key for key, button in self.buttons.items() if button.isChecked())

    def from_item_id(self) -> int | None:
        """None: the day from its first item."""
        return self.from_item.currentData() if self.from_item.currentIndex() > 0 else None


class Rehearsing(QObject):
    """The page's rehearsal: which log it follows, and the chair's requests to lay, clear or leave one."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.band = RehearsalBand(page)
        self.band.rehearse_requested.connect(lambda: self.offer())
        self.band.moved_requested.connect(self.event_moved)
        self.band.clear_requested.connect(self.clear)
        self.band.leave_requested.connect(lambda: self.page.follow(self.page.day, rehearse=False))

    @property
    def clock(self):
        return self.page.context.clock

    def today(self) -> date:
        return venue_today(self.clock, self.page.live.plan.zone)

    def laid_today(self, day: Day, zone) -> bool:
        """Whether the page opens on the day's rehearsal: one laid today, the day not being today."""
        laying = laying_of(day)
        today = venue_today(self.clock, zone)
        return laying is not None and laying.laid_on == today and day.date != today

    def day_name(self) -> str:
        return day_name(self.page.day, current_language())

    def show(self, state: AgendaState) -> None:
        rehearsing = self.page.live.log.rehearsal
        self.band.show_for(state, laying_of(self.page.day) if rehearsing else None, self.today(), self.day_name())

    def offer(self, reason: str = "") -> None:
        """Ask how to lay the day on today, then follow the rehearsal (or say that the event moved)."""
        dialog = RehearsalDialog(load_day_plan(self.page.day), self.clock.now(), self.day_name(), reason, self.page)
        result = dialog.exec()
        self.page.window().activateWindow()  # the keyboard goes back to the chair's keys
        if result == RehearsalDialog.MOVED:
            self.event_moved()
        elif result == QDialog.DialogCode.Accepted:
            self.rehearse(dialog.layout_chosen(), from_item_id=dialog.from_item_id())

    def rehearse(self, layout: str, day: Day | None = None, from_item_id: int | None = None) -> None:
        """Lay the day (by default the page's) on today, from its first item or `from_item_id`, and follow it."""
        day = day or self.page.day
        try:
            lay_rehearsal(day, layout, self.clock, from_item_id)
        except BelvedereError as error:
            self.page.show_error(str(error))
            return
        self.page.follow(day, rehearse=True)

    def clear(self) -> None:
        answer = QMessageBox.question(self.page, self.tr("Clear the rehearsal"), self.tr(
            "Forget this rehearsal and everything done in it? The day's own record is not touched."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            clear_rehearsal(self.page.day)
        except BelvedereError as error:
            self.page.show_error(str(error))
            return
        self.page.follow(self.page.day, rehearse=False)

    def event_moved(self) -> None:
        page, day = self.page, self.page.day
        today = self.today()
        days = event_days(page.context.current_event)
        moved = "\n".join(f"{day_name(other, current_language())}: "
                          f"{other.date:{DATE}} → {other.date + (today - day.date):{DATE}}" for other in days)
        answer = QMessageBox.question(page, self.tr("The event moved"), self.tr(
            "Move the whole event so that {day} is today, {today}? Every day moves by the same number of days and "
            "keeps its agenda at the same clock times:\n\n{moved}\n\nThe move is kept in the audit log and the "
            "journal.").format(day=self.day_name(), today=f"{today:{DATE}}", moved=moved))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            move_event_to_today(page.context.current_event, day, today, actor=THE_CHAIR, clock=self.clock)
        except BelvedereError as error:
            page.show_error(str(error))
            return
        page.context.notify("event")
        page.days_moved()
