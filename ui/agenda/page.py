"""The session chair's page: the day with planned, actual and projected times, the controls,
a live miniature of the stage display, and ways to recover when the day runs late.

Keys: space starts or pauses, N goes to the next item, + and − add or remove a minute,
M shows or hides a message, B blacks the display out, R sets when a break ends. None of
them fires while the chair types in a text field, and none ends a break early without asking.
"""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.agenda.controls import break_with_time_left, items_passed_over, later_items
from models.agenda.lateness import EARLY, LATE, ON_TIME, VERY_LATE, Lateness, lateness
from models.agenda.phrases import QUICK_MESSAGES, quick_message
from models.agenda.plan import day_to_run, seats_minutes
from models.agenda.recovery import Recovery, recoveries_to_offer
from models.agenda.rehearsal import NotTheDayError
from models.agenda.rehearsal_log import log_for, rehearsed_day
from models.agenda.runlog import Chair, set_seats_minutes
from models.agenda.state import PAUSED, PENDING, RUNNING, AgendaState
from models.agenda.timekeeping import amount_text
from models.ground.clock import venue_today, venue_zone
from models.ground.days import day_with_date, event_days
from models.ground.errors import BelvedereError
from models.ground.i18n import current_language
from models.ground.settings import CHIME
from ui.agenda.breaks import BreakControls
from ui.agenda.buttons import DeliberateChoice, big_button, small_button
from ui.agenda.display_screens import DisplayScreens
from ui.agenda.live import LiveDay
from ui.agenda.live_view import LiveViewSwitch
from ui.agenda.miniature import Miniature
from ui.agenda.rehearsing import Rehearsing
from ui.agenda.sound import Chime
from ui.agenda.stage_window import StageWindow
from ui.agenda.table_model import AgendaTableModel, fit_columns, hhmm
from ui.context import AppContext
from ui.style import NEUTRAL_GREY, OK_GREEN, REFUSED_RED, WARN_AMBER
from ui.widgets import ShapeKeeper, error_label, hint, page_layout

translate = QCoreApplication.translate  # lupdate reads translate(context, text) by its name

MINUTE = timedelta(minutes=1)
MINIATURE = QSize(416, 234)  # the stage display's shape, as large as the chair's column allows
MINIATURE_SMALLEST = 150  # its height where a small screen leaves less room
ERROR_SHOWN_MS = 8000
LATENESS_COLOURS = {ON_TIME: OK_GREEN, EARLY: OK_GREEN, LATE: WARN_AMBER, VERY_LATE: REFUSED_RED}




def quick_message_labels() -> dict[str, str]:
    return {"five_minutes": translate("AgendaPage", "5 minutes"), "two_minutes": translate("AgendaPage", "2 minutes"),
            "wrap_up": translate("AgendaPage", "Please wrap up"),
            "questions": translate("AgendaPage", "Questions from the floor")}


def shortened(title: str, length: int = 48) -> str:
    return title if len(title) <= length else title[:length - 1].rstrip() + "…"


def recovery_text(recovery: Recovery, state: AgendaState) -> str:
    """The proposal in the interface's language, with what it saves."""
    minutes = recovery.minutes
    if recovery.kind == "shorten_break" and recovery.break_kind == "lunch":
        what = translate("AgendaPage", "Shorten lunch by {minutes} min").format(minutes=minutes)
    elif recovery.kind == "shorten_break":
        what = translate("AgendaPage", "Shorten the {time} coffee break by {minutes} min").format(
            time=f"{recovery.local_start:%H:%M}", minutes=minutes)
    elif len(recovery.item_ids) > 1:
        what = translate("AgendaPage", "Trim each of the {count} talks of session {number} by {minutes} min").format(
            count=len(recovery.item_ids), number=recovery.session_number, minutes=minutes)
    elif recovery.session_number:
        what = translate("AgendaPage", "Trim “{title}” (session {number}) by {minutes} min").format(
            title=shortened(recovery.title), number=recovery.session_number, minutes=minutes)
    else:
        what = translate("AgendaPage", "Trim “{title}” by {minutes} min").format(title=shortened(recovery.title), minutes=minutes)
    saves = round(recovery.saves / MINUTE)
    return translate("AgendaPage", "{what} — saves {saves} min, the day ends at {end}").format(
        what=what, saves=saves, end=f"{state.plan.local(recovery.day_end):%H:%M}")


def lateness_text(how: Lateness) -> str:
    """"7 min late", "3 min early" or "on time"."""
    if how.late:
        return translate("AgendaPage", "{minutes} min late").format(minutes=how.minutes)
    if how.level == EARLY:
        return translate("AgendaPage", "{minutes} min early").format(minutes=-how.minutes)
    return translate("AgendaPage", "on time")


def button_row(buttons, spacing: int) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    for button in buttons:
        layout.addWidget(button, 1)
    return row


class AgendaPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        event = context.current_event
        self.days = event_days(event)
        today = venue_today(context.clock, venue_zone(event.timezone))
        self.day = day_to_run(event, today)
        if self.day is None:
            page_layout(self, self.tr("Agenda")).addWidget(hint(self.tr("This event has no days yet.")))
            return
        self.screens: DisplayScreens | None = None
        self.live_view: LiveViewSwitch | None = None
        self.chime = Chime(self)
        self.recoveries_key = None
        self.rehearsing = Rehearsing(self)
        rehearsed = rehearsed_day(event, today)  # a rehearsal under way today goes on after a restart
        if rehearsed is not None and all(day.date != today for day in self.days):
            self.follow_day(rehearsed, rehearse=True)
        else:
            self.follow_day(self.day)
        self.build()
        self.build_shortcuts()
        self.error_timer = QTimer(self)
        self.error_timer.setSingleShot(True)
        self.error_timer.timeout.connect(self.error_label.clear)
        self.refresh()

    def follow_day(self, day, rehearse: bool = False) -> None:
        """Run this day (or its rehearsal): its controls, and its live state for the page and the display."""
        self.day = day
        self.chair = Chair(day, self.context.agenda_clock, log=log_for(day, rehearse))
        self.live = LiveDay(self.context, day, self, log=self.chair.log)
        self.live.changed.connect(self.refresh)
        self.live.break_ended.connect(self.on_break_ended)
        if self.screens is not None:
            self.screens.follow(self.live)
        if self.live_view is not None:
            self.live_view.follow(self.live, self.chair)
        self.recoveries_key = None

    # --- building ---------------------------------------------------------------------

    def build(self) -> None:
        layout = page_layout(self, self.tr("Agenda"))
        self.live_view = LiveViewSwitch(self.context, self)
        self.live_view.follow(self.live, self.chair)
        self.live_view.failed.connect(self.show_error)
        header = QHBoxLayout()
        self.day_choice = DeliberateChoice()
        self.fill_days()
        self.day_choice.currentIndexChanged.connect(self.choose_day)
        self.lateness = QLabel()
        self.lateness.setObjectName("lateness")
        self.lateness.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.lateness.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.lateness.setWordWrap(True)
        self.screens = DisplayScreens(self, self.live, self.context.settings)
        self.screens.said.connect(self.show_error)
        self.screen_choice, self.display_button = self.screens.choice, self.screens.button
        header.addWidget(self.day_choice)
        header.addSpacing(16)
        header.addWidget(self.lateness, 1)
        layout.addLayout(header)
        self.clock_warning = QLabel()
        self.clock_warning.setObjectName("clock-warning")
        self.clock_warning.setWordWrap(True)
        self.clock_warning.setStyleSheet(f"background: #fff4d6; border: 1px solid {WARN_AMBER}; padding: 6px; "
                                         "font-size: 12pt; font-weight: bold;")
        self.clock_warning.hide()
        layout.addWidget(self.clock_warning)

        layout.addWidget(self.screens.offer)

        holder = QWidget()  # never scrolls: on a small screen the table gives way, then the miniature shrinks
        body = QHBoxLayout(holder)
        body.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(self.rehearsing.band)  # above the table, which gives up the room it takes
        self.table = QTableView()
        self.table.setObjectName("agenda-table")
        self.followed_row: int | None = None
        self.model = AgendaTableModel(self.live.state, self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setStyleSheet("QTableView { outline: 0; }")  # no dotted focus box on a cell
        self.table.doubleClicked.connect(self.on_row_activated)
        fit_columns(self.table)
        self.table.setMinimumHeight(150)  # giving way, it still shows the running item and what follows
        left.addWidget(self.table, 1)
        self.recovery_box = QGroupBox(self.tr("Running late: ways to end on time"))
        self.recovery_layout = QVBoxLayout(self.recovery_box)
        self.recovery_box.hide()
        left.addWidget(self.recovery_box)
        left.addWidget(self.live_view.panel)
        body.addLayout(left, 1)
        controls = self.build_controls()
        body.addWidget(controls)
        layout.addWidget(holder, 1)
        self.error_label = error_label()  # wraps: a long sentence never widens the window
        layout.addWidget(self.error_label)
        # a display in a window on the laptop never covers the controls, nor what the page says
        self.screens.keep_clear = [controls, self.lateness, self.day_choice, self.error_label]

    def fill_days(self) -> None:
        self.day_choice.blockSignals(True)
        self.day_choice.clear()
        for day in self.days:
            self.day_choice.addItem(day_with_date(day, current_language()), day.id)
        self.day_choice.setCurrentIndex(next(i for i, day in enumerate(self.days) if day.id == self.day.id))
        self.day_choice.blockSignals(False)

    def build_controls(self) -> QWidget:
        panel = QWidget()
        panel.setFixedWidth(420)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        display_row = QHBoxLayout()
        display_row.addWidget(QLabel(self.tr("Display:")))
        display_row.addWidget(self.screen_choice, 1)
        display_row.addWidget(self.display_button)
        column.addLayout(display_row)
        self.miniature = Miniature()
        column.addWidget(ShapeKeeper(self.miniature, MINIATURE, MINIATURE_SMALLEST), 1)

        grid = QGridLayout()
        self.start_button = big_button(self.tr("Start"), self.tr("Start or pause (space)"))
        self.start_button.clicked.connect(lambda: self.act(self.chair.start_or_pause))
        self.end_button = big_button(self.tr("End"), self.tr("End this item; a break that follows starts by itself"))
        self.end_button.clicked.connect(self.end_current)
        self.next_button = big_button(self.tr("Next"), self.tr("End this item and start the next (N)"))
        self.next_button.clicked.connect(self.next_current)
        grid.addWidget(self.start_button, 0, 0)
        grid.addWidget(self.end_button, 0, 1)
        grid.addWidget(self.next_button, 0, 2)
        self.minus_button = small_button(self.tr("−1 min"), self.tr("Remove a minute (−)"))
        self.minus_button.clicked.connect(lambda: self.act(self.chair.add_time, -60))
        self.plus_button = small_button(self.tr("+1 min"), self.tr("Add a minute (+)"))
        self.plus_button.clicked.connect(lambda: self.act(self.chair.add_time, 60))
        self.plus5_button = small_button(self.tr("+5 min"), self.tr("Add five minutes"))
        self.plus5_button.clicked.connect(lambda: self.act(self.chair.add_time, 300))
        self.breaks = BreakControls(self)  # during a break, in place of the minutes: its own deliberate controls
        self.breaks.end_confirmed.connect(lambda: self.act(self.chair.end_break))
        self.breaks.resume_chosen.connect(lambda resume: self.act(self.chair.resume_at, resume))
        self.second_row = QStackedWidget()
        for buttons in ((self.minus_button, self.plus_button, self.plus5_button), self.breaks.buttons):
            self.second_row.addWidget(button_row(buttons, grid.horizontalSpacing()))
        grid.addWidget(self.second_row, 1, 0, 1, 3)
        self.skip_button = small_button(self.tr("Skip"), self.tr("Skip this item without running it"))
        self.skip_button.clicked.connect(lambda: self.act(self.chair.skip))
        self.back_button = small_button(self.tr("Back"), self.tr("Return to the previous item, as if not ended"))
        self.back_button.clicked.connect(lambda: self.act(self.chair.back))
        self.blackout_button = small_button(self.tr("Blackout"), self.tr("Black out the display (B)"))
        self.blackout_button.setCheckable(True)
        self.blackout_button.clicked.connect(lambda on: self.act(self.chair.set_blackout, on))
        self.later_button = small_button(self.tr("Jump to…"), self.tr(
            "Start a later item now; what lies between is skipped (J, or double-click its row)"))
        self.later_button.clicked.connect(self.choose_later_item)
        moves = QHBoxLayout()  # four to a row, so the page still fits a 1280×800 laptop screen
        for button in (self.skip_button, self.back_button, self.later_button, self.blackout_button):
            moves.addWidget(button)
        grid.addLayout(moves, 2, 0, 1, 3)
        column.addLayout(grid)

        messages = QGroupBox(self.tr("Message to the speaker"))
        message_layout = QGridLayout(messages)
        labels = quick_message_labels()
        self.hide_message_button = small_button(self.tr("Hide message"), self.tr("Hide the message (M)"))
        self.hide_message_button.clicked.connect(lambda: self.act(self.chair.hide_message))
        # three short ones, then two long ones, then the field across the box: its hint is read whole
        places = iter([(0, 0, 2), (0, 2, 2), (1, 0, 3), (1, 3, 3)])
        for key in QUICK_MESSAGES:
            button = small_button(labels[key])
            button.setObjectName(f"message-{key}")
            button.clicked.connect(lambda _checked=False, chosen=key: self.show_quick_message(chosen))
            row, column_at, span = next(places)
            message_layout.addWidget(button, row, column_at, 1, span)
        message_layout.addWidget(self.hide_message_button, 0, 4, 1, 2)
        self.message_text = QLineEdit()
        self.message_text.setObjectName("message-text")
        self.message_text.setPlaceholderText(self.tr("Type a message, Enter shows it (M)"))
        self.message_text.returnPressed.connect(self.show_typed_message)
        message_layout.addWidget(self.message_text, 2, 0, 1, 6)
        for column_at in range(6):  # equal columns: thirds above, halves below, whatever the language's words
            message_layout.setColumnStretch(column_at, 1)
        column.addWidget(messages)

        options = QHBoxLayout()
        self.chime_check = QCheckBox(self.tr("Chime when a break ends"))
        self.chime_check.setChecked(self.context.settings.value_of(CHIME))
        self.chime_check.toggled.connect(lambda on: self.context.settings.put(CHIME, on))
        self.seats_spin = QSpinBox()
        self.seats_spin.setRange(0, 30)
        self.seats_spin.setSuffix(self.tr(" min"))
        self.seats_spin.setValue(seats_minutes(self.context.current_event))
        self.seats_spin.setToolTip(self.tr("“Please take your seats” this long before a break ends"))
        self.seats_spin.valueChanged.connect(self.change_seats_minutes)
        options.addWidget(self.chime_check)
        options.addStretch(1)
        options.addWidget(QLabel(self.tr("Seats call:")))
        options.addWidget(self.seats_spin)
        column.addLayout(options)
        column.setAlignment(Qt.AlignmentFlag.AlignTop)  # on a tall screen, the room left is below the controls
        panel.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        return panel

    def build_shortcuts(self) -> None:
        """Page-wide keys; a focused text field takes printable keys first, so typing never triggers them."""
        keypad, shift = Qt.KeyboardModifier.KeypadModifier, Qt.KeyboardModifier.ShiftModifier
        # "+" is Shift+= on many layouts, and both signs are on the keypad too
        plus = ["+", "=", QKeySequence(shift | Qt.Key.Key_Plus), QKeySequence(keypad | Qt.Key.Key_Plus)]
        minus = ["-", QKeySequence(keypad | Qt.Key.Key_Minus)]
        keys = [
            (["Space"], lambda: self.act(self.chair.start_or_pause)),
            (["N"], self.next_current),
            (plus, lambda: self.act(self.chair.add_time, 60)),
            (minus, lambda: self.act(self.chair.add_time, -60)),
            (["M"], self.message_key),
            (["B"], lambda: self.act(self.chair.set_blackout, not self.live.state.blackout)),
            (["J"], self.choose_later_item),
            (["R"], self.choose_resume_time),
        ]
        self.shortcuts = []
        for sequences, slot in keys:
            for sequence in sequences:
                shortcut = QShortcut(QKeySequence(sequence), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
                self.shortcuts.append(shortcut)

    # --- acting -----------------------------------------------------------------------

    def act(self, control, *args) -> None:
        """Run a chair control; the page and the display show the state it returns, on disk by then.

        It acts on what the page shows: if another laptop pressed meanwhile, it is refused. A
        refused control changes nothing and tells no one; another program's appends reach the
        display through its poll of the log."""
        self.chair.seen_log_id = self.live.log_id
        try:
            state = control(*args)
        except NotTheDayError as error:
            self.rehearsing.offer(str(error))
        except BelvedereError as error:
            self.show_error(str(error))
        else:
            self.live.show(state, self.chair.last_action_id)

    def end_current(self) -> None:
        """End what runs; a break with time left only once the chair confirms."""
        if break_with_time_left(self.live.state) is None:
            self.act(self.chair.end)
        elif self.breaks.confirm_end(self.live.state, following_starts=False):
            self.act(self.chair.end_break)

    def next_current(self) -> None:
        if break_with_time_left(self.live.state) is None:
            self.act(self.chair.next_item)
        elif self.breaks.confirm_end(self.live.state, following_starts=True):
            self.act(self.chair.end_break, True)

    def choose_resume_time(self) -> None:
        if not self.breaks.shown:
            self.show_error(self.tr("No break is under way: “Resume at…” sets when the running break ends."))
        else:
            self.breaks.ask_resume_time()

    def choose_later_item(self) -> None:
        later = later_items(self.live.state)
        if not later:
            self.show_error(self.tr("There is no later item today."))
            return
        labels = [f"{hhmm(self.live.plan.local(run.item.start))}  {shortened(run.item.title, 70)}" for run in later]
        chosen, ok = QInputDialog.getItem(self, self.tr("Jump to a later item"), self.tr("Start now:"), labels, 0, False)
        if ok:
            self.confirm_start_later(later[labels.index(chosen)].item.id)

    def on_row_activated(self, index) -> None:
        """A double-click on a later item's row offers to move on to it."""
        item_id = self.model.item_at(index.row()).id
        if any(run.item.id == item_id for run in later_items(self.live.state)):
            self.confirm_start_later(item_id)

    def confirm_start_later(self, item_id: int) -> None:
        state = self.live.state
        ending, skipped = items_passed_over(state, item_id)
        lines = []
        if ending is not None:
            lines.append(self.tr("“%1” ends now.").replace("%1", shortened(ending.item.title)))
        if skipped:
            lines.append(self.tr("Skipped:") + "\n" + "\n".join("· " + shortened(run.item.title) for run in skipped))
        title = shortened(state.run_of(item_id).item.title)
        answer = QMessageBox.question(self, self.tr("Jump to a later item"),
                                      self.tr("Start “%1” now?").replace("%1", title) + "\n\n" + "\n\n".join(lines))
        if answer == QMessageBox.StandardButton.Yes:
            self.act(self.chair.start_later_item, item_id)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_timer.start(ERROR_SHOWN_MS)

    def show_quick_message(self, key: str) -> None:
        self.act(self.chair.show_message, quick_message(key, self.live.plan.languages))

    def show_typed_message(self) -> None:
        text = self.message_text.text()
        self.act(self.chair.show_message, text)
        if self.live.state.message is not None and self.live.state.message.text == text.strip():
            self.message_text.clear()
            self.table.setFocus()

    def message_key(self) -> None:
        if self.live.state.message is not None:
            self.act(self.chair.hide_message)
        else:
            self.message_text.setFocus()

    def apply_recovery(self, recovery: Recovery) -> None:
        self.act(self.chair.apply_recovery, recovery)

    def change_seats_minutes(self, minutes: int) -> None:
        try:
            set_seats_minutes(minutes)
        except BelvedereError as error:
            self.show_error(str(error))
        else:
            self.context.notify("agenda")  # every day's breaks call people back to their seats by it

    def on_break_ended(self) -> None:
        if self.chime_check.isChecked():
            self.chime.play()

    def choose_day(self, index: int) -> None:
        day = self.days[index]
        self.follow(day, rehearse=self.rehearsing.laid_today(day, self.live.plan.zone))

    def follow(self, day, rehearse: bool) -> None:
        """Follow another day, or the same day's rehearsal or run log."""
        self.live.stop()
        self.live.deleteLater()
        self.follow_day(day, rehearse)
        self.fill_days()
        self.refresh()
        self.table.setFocus()  # the chair's keys work at once

    def days_moved(self) -> None:
        """The event's dates changed: the days are read again, and the day is followed on its run log."""
        self.days = event_days(self.context.current_event)
        self.follow(next(day for day in self.days if day.id == self.day.id), rehearse=False)

    # --- another language -----------------------------------------------------------------

    def carried_state(self) -> tuple[int, bool, str] | None:
        """The day chosen, whether the display is up, the message being typed: for the page built again in
        another language (the display's own words follow the event's languages, not the window's)."""
        if self.day is None:
            return None
        return self.day_choice.currentIndex(), self.display_button.isChecked(), self.message_text.text()

    def take_state(self, state: tuple[int, bool, str] | None) -> None:
        if state is None or self.day is None:
            return
        day_index, display_shown, typed = state
        self.day_choice.setCurrentIndex(day_index)
        self.display_button.setChecked(display_shown)
        self.message_text.setText(typed)

    # --- the display window -------------------------------------------------------------

    @property
    def display(self) -> StageWindow | None:
        return self.screens.window

    # --- showing the state ---------------------------------------------------------------

    def refresh(self) -> None:
        state = self.live.state
        self.model.set_state(state)
        self.follow_current_item()
        self.miniature.show_screen(self.live.screen)
        self.show_lateness(state)
        self.breaks.show_state(state)
        self.enable_controls(state)
        self.show_recoveries(state)
        self.show_clock_jump(self.live.clock_jump)
        self.rehearsing.show(state)

    def follow_current_item(self) -> None:
        """When the day moves on to another item, the table shows it (where the table is short, on a small
        screen); in between, the chair may look further down the day."""
        row = self.model.current_row()
        if row is not None and row != self.followed_row:
            self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        self.followed_row = row

    def show_clock_jump(self, jump) -> None:
        """A laptop clock moved by more than a minute: the chair is told, and that the agenda keeps real time."""
        if jump is not None:
            text = (self.tr("⚠ The laptop's clock is %1 ahead of the agenda's time.") if jump > timedelta(0) else
                    self.tr("⚠ The laptop's clock is %1 behind the agenda's time.")).replace("%1", amount_text(jump))
            self.clock_warning.setText(text + " " + self.tr(
                "It was changed while the day ran. The agenda keeps counting real time; check the laptop's clock."))
        self.clock_warning.setVisible(jump is not None)

    def show_lateness(self, state: AgendaState) -> None:
        if not state.runs:
            self.lateness.setText(self.tr("This day has no agenda items yet."))
            self.lateness.setStyleSheet(f"font-size: 15pt; font-weight: bold; color: {NEUTRAL_GREY};")
            return
        if state.over:
            self.lateness.setText(self.tr("The day is over."))
            self.lateness.setStyleSheet(f"font-size: 15pt; font-weight: bold; color: {NEUTRAL_GREY};")
            return
        how = lateness(state.delay)
        end = state.projected_day_end
        planned = state.plan.planned_end
        end_text = ""
        if end and planned:
            end_text = self.tr(" · the day ends at {end} (planned {planned})").format(
                end=f"{state.plan.local(end):%H:%M}", planned=f"{state.plan.local(planned):%H:%M}")
        if not state.live:
            self.lateness.setText(self.tr("Planned for {date} · the day ends at {end}").format(
                date=f"{state.plan.date:%d.%m.%Y}", end=f"{state.plan.local(planned):%H:%M}" if planned else "—"))
            self.lateness.setStyleSheet(f"font-size: 15pt; font-weight: bold; color: {NEUTRAL_GREY};")
            return
        lead = self.tr("Not started") + " · " if not state.started else ""
        self.lateness.setText(lead + self.tr("Running {how}").format(how=lateness_text(how)) + end_text)
        self.lateness.setStyleSheet(f"font-size: 15pt; font-weight: bold; color: {LATENESS_COLOURS[how.level]};")

    def enable_controls(self, state: AgendaState) -> None:
        current = state.current
        status = current.status if current else None
        in_break = bool(current and current.item.is_break and status == RUNNING)
        self.start_button.setText(self.tr("Pause") if status == RUNNING and not in_break else
                                  self.tr("Resume") if status == PAUSED else self.tr("Start"))
        self.start_button.setEnabled(current is not None and break_with_time_left(state) is None)
        self.end_button.setEnabled(status in (RUNNING, PAUSED))
        self.next_button.setEnabled(current is not None)
        for button in (self.minus_button, self.plus_button, self.plus5_button):
            button.setEnabled(current is not None)
        self.second_row.setCurrentIndex(1 if self.breaks.shown else 0)
        self.skip_button.setEnabled(status == PENDING)
        self.back_button.setEnabled(state.cursor > 0)
        self.later_button.setEnabled(state.next is not None)  # there is a later item
        self.blackout_button.setChecked(state.blackout)
        self.hide_message_button.setEnabled(state.message is not None)

    def show_recoveries(self, state: AgendaState) -> None:
        key = (round(state.day_delay / MINUTE), len(state.actions), state.cursor)
        if key == self.recoveries_key:
            return
        self.recoveries_key = key
        while self.recovery_layout.count():
            widget = self.recovery_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        proposals = recoveries_to_offer(state)
        self.recovery_box.setVisible(bool(proposals))
        for recovery in proposals:
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            label = QLabel(recovery_text(recovery, state))
            label.setWordWrap(True)
            apply = small_button(self.tr("Apply"))
            apply.clicked.connect(lambda _checked=False, chosen=recovery: self.apply_recovery(chosen))
            row_layout.addWidget(label, 1)
            row_layout.addWidget(apply)
            self.recovery_layout.addWidget(row)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.day is not None:
            self.table.setFocus()

    def closeEvent(self, event) -> None:
        """Closed (not merely hidden behind another page): stop the clock and take the display down."""
        if self.day is not None:
            self.live.stop()
            self.live_view.stop()
            self.screens.close()
        super().closeEvent(event)
