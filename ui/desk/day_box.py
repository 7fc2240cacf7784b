"""The day a desk records its check-ins for: shown large, changed only by a deliberate choice.

No wheel turns it and no stray click changes it: "Change day…" opens a question that
only a click answers. A day that is not today at the venue is asked about once, before
the first check-in is recorded for it, and said on every answer (above it, on the answer panel) while it lasts.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QRadioButton, QVBoxLayout, QWidget

from models.checkin.desk_day import DayConfirmed, desk_day, must_confirm, venue_date
from models.ground.dates import long_date
from models.ground.days import day_with_date, day_with_long_date, event_days
from models.ground.entities import Day, current_event
from models.ground.i18n import current_language
from ui.desk.dialogs import DeliberateDialog


def dated(on) -> str:
    """'Friday 10 June 2011', in the window's language."""
    return long_date(on, current_language())


def day_title(day: Day) -> str:
    """'Day II · Friday 10 June 2011', in the window's language."""
    return day_with_long_date(day, current_language())


class DayDialog(DeliberateDialog):
    """Which day the desk works on: the event's days, today marked; confirmed only by a click."""

    def __init__(self, days: list[Day], current: Day | None, today, question: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which day does this desk work on?"))
        self.setMinimumWidth(560)
        self.setStyleSheet("QLabel, QRadioButton { font-size: 14pt; }")
        layout = QVBoxLayout(self)
        sentence = QLabel(question)
        sentence.setWordWrap(True)
        layout.addWidget(sentence)
        self.choices = QButtonGroup(self)
        self.days = days
        for index, day in enumerate(days):
            text = day_title(day) + ("  " + self.tr("(today)") if day.date == today else "")
            choice = QRadioButton(text)
            choice.setChecked(current is not None and day.id == current.id)
            self.choices.addButton(choice, index)
            layout.addWidget(choice)
        self.confirm = self.deliberate_buttons(layout, self.tr("Work on this day"))
        self.confirm.setEnabled(current is not None)
        self.choices.idClicked.connect(lambda _index: self.confirm.setEnabled(True))

    def chosen(self) -> Day | None:
        index = self.choices.checkedId()
        return self.days[index] if index >= 0 else None


class DayBox(QWidget):
    """The desk's day and "Change day…"; `changed` when another day was chosen."""

    changed = Signal()

    def __init__(self, context, read, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.read = read  # the desk's source: the file, or the server with its offline copy behind it
        # Kept, so that the venue's date is known while the server is away (not `self.event`: it would hide
        # QWidget.event(), which Qt calls for every event)
        self.current_event = context.current_event
        self.days = read(event_days, self.current_event)
        proposal = read(desk_day, self.current_event, context.clock)
        self.day: Day | None = proposal.day  # none after the event: the desk is asked before its first check-in
        self.confirmed: DayConfirmed | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("desk-day")
        self.label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.label.setWordWrap(True)  # in a narrow window the date goes under the day's name
        self.change = QPushButton(self.tr("Change day…"))
        self.change.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
        self.change.clicked.connect(self.choose)
        self.change.setEnabled(bool(self.days))
        layout.addWidget(self.label)
        layout.addWidget(self.change)
        self.show_day()

    def today(self):
        return venue_date(self.current_event, self.context.clock)

    def is_today(self) -> bool:
        return self.day is not None and self.day.date == self.today()

    def show_day(self) -> None:
        if not self.days:
            self.label.setText(self.tr("This event has no days yet."))
        else:
            self.label.setText(day_with_date(self.day, current_language()) if self.day else self.tr("No day chosen"))
        self.label.setToolTip(self.not_today_notice())

    def not_today_notice(self) -> str:
        """What every answer says while the desk works on a day that is not today ('' when it is today)."""
        if self.day is None or self.is_today():
            return ""
        return (self.tr("Not today: these check-ins are for %1. Today at the venue is %2.")
                .replace("%1", day_title(self.day)).replace("%2", dated(self.today())))

    def question(self, before_check_in: bool) -> str:
        today = dated(self.today())
        if not before_check_in:
            return self.tr("Check-ins are recorded for the day chosen here. Today at the venue is %1.").replace(
                "%1", today)
        if self.day is None:
            return self.tr("Today at the venue, %1, is not a day of this event, and no day has been chosen. "
                           "Which day do these check-ins belong to?").replace("%1", today)
        return (self.tr("This desk is about to record check-ins for %1, but today at the venue is %2. "
                        "Which day does this desk work on?").replace("%1", day_title(self.day)).replace("%2", today))

    def choose(self, before_check_in: bool = False) -> bool:
        """Ask which day; True when one was chosen (choosing a day that is not today confirms it)."""
        dialog = DayDialog(self.days, self.day, self.today(), self.question(before_check_in), self.window())
        if not dialog.exec() or dialog.chosen() is None:
            return False
        changed = self.day is None or dialog.chosen().id != self.day.id
        self.day = dialog.chosen()
        self.confirmed = DayConfirmed(self.day.id, self.today())
        self.show_day()
        if changed:
            self.changed.emit()
        return True

    def follow_days(self) -> None:
        """The event's days again (the event moved): the day proposed now (today's, if the event runs today),
        else the same day at its new date."""
        self.current_event = self.read(current_event)
        self.days = self.read(event_days, self.current_event)
        same = next((day for day in self.days if self.day and day.id == self.day.id), None)
        self.day, self.confirmed = self.read(desk_day, self.current_event, self.context.clock).day or same, None
        self.change.setEnabled(bool(self.days))
        self.show_day()
        self.changed.emit()

    def practise_on_a_day(self) -> None:
        """A practice needs a day to answer for: after the event, when none is proposed, its last day."""
        if self.day is None and self.days:
            self.take_day(self.days[-1], None)

    def take_day(self, day: Day | None, confirmed: DayConfirmed | None) -> None:
        """Work on the day another desk page worked on (the window was built again in another language)."""
        changed = (day and day.id) != (self.day and self.day.id)
        self.day, self.confirmed = day, confirmed
        self.show_day()
        if changed:
            self.changed.emit()

    def confirm_day(self) -> None:
        """The desk said, in another question that named the day, that it works on it."""
        if self.day is not None:
            self.confirmed = DayConfirmed(self.day.id, self.today())

    def ready_for_check_in(self, practice: bool = False) -> bool:
        """A day that is today, or one the desk said it works on; asked here once if needed. A practice
        records nothing: any day of the event will do, and none is asked about once one is chosen."""
        if self.day is not None and (practice or not must_confirm(self.day, self.today(), self.confirmed)):
            return True
        return bool(self.days) and self.choose(before_check_in=True)
