"""One day's agenda state, kept live for the chair's page and the stage display.

The state is computed from the run log and the context's clock at every tick; the
timer only decides when to look again. It wakes just after the displayed seconds
change (and at least five times a second), so what is shown is never stale by more
than the timer's own lateness, and a late tick is corrected by the next one.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from models.agenda.plan import load_day_plan
from models.agenda.runlog import last_action_id, load_actions
from models.agenda.stage import WELCOME, StageScreen, break_just_ended, next_change, stage_screen
from models.agenda.state import AgendaState, agenda_state
from models.checkin.counts import day_count
from models.ground.db import SQLITE_ERRORS
from models.ground.entities import Day
from ui.context import AppContext

LONGEST_WAIT_MS = 200  # never fewer than five looks a second
AFTER_CHANGE_MS = 2  # wake just after the digits change, not just before
LOG_POLL = timedelta(seconds=0.5)  # another program (a second laptop on the server, the command line) may append
COUNT_POLL = timedelta(seconds=5)  # the desk checks people in meanwhile


def minutes_shown(state: AgendaState) -> tuple:
    """The projected times as the chair's page shows them (to the minute)."""
    return tuple((run.projected_start.replace(second=0, microsecond=0) if run.projected_start else None,
                  run.projected_end.replace(second=0, microsecond=0) if run.projected_end else None)
                 for run in state.runs)


def wait_ms(state: AgendaState) -> int:
    until = next_change(state) / timedelta(milliseconds=1)
    return max(1, min(LONGEST_WAIT_MS, int(until) + AFTER_CHANGE_MS))


class LiveDay(QObject):
    changed = Signal()  # what the page or the display shows may have changed
    break_ended = Signal()  # a break reached its resume time: the chime's cue

    def __init__(self, context: AppContext, day: Day, parent: QObject | None = None):
        super().__init__(parent)
        self.context = context
        self.day = day
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.tick)
        context.data_changed.connect(self.on_data_changed)
        self.ticks = 0
        self.reload()

    def reload(self) -> None:
        """Read the plan and the run log again (after an action here or elsewhere)."""
        self.plan = load_day_plan(self.day)
        self.actions = load_actions(self.day)
        self.log_id = last_action_id(self.day)
        self.registered = day_count(self.day)
        now = self.context.clock.now()
        self.polled_at = self.counted_at = now
        self.state = agenda_state(self.plan, self.actions, now)
        self.screen = stage_screen(self.state, self.registered)
        self.changed.emit()
        self.timer.start(wait_ms(self.state))

    def on_data_changed(self, topic: str) -> None:
        if topic in ("agenda", "event"):
            self.reload()
        elif topic == "checkins":
            self.count_arrivals()
            self.tick()

    def count_arrivals(self) -> None:
        try:
            self.registered = day_count(self.day)
        except SQLITE_ERRORS:
            pass  # the server is away: the welcome screen keeps the count it had

    def poll(self, now: datetime) -> bool:
        """Reload when someone else appended to the log; refresh the welcome screen's count.

        While the server cannot be reached the display goes on from the run log it has read.
        """
        if now - self.polled_at >= LOG_POLL:
            self.polled_at = now
            try:
                changed = last_action_id(self.day) != self.log_id
            except SQLITE_ERRORS:
                changed = False
            if changed:
                self.reload()
                return True
        if self.screen.kind == WELCOME and now - self.counted_at >= COUNT_POLL:
            self.counted_at = now
            self.count_arrivals()
        return False

    def tick(self) -> None:
        self.ticks += 1
        now = self.context.clock.now()
        if self.poll(now):
            return
        state = agenda_state(self.plan, self.actions, now)
        screen: StageScreen = stage_screen(state, self.registered)
        ended = break_just_ended(self.state, state)
        changed = screen != self.screen or minutes_shown(state) != minutes_shown(self.state)
        self.state, self.screen = state, screen
        if changed:
            self.changed.emit()
        if ended:
            self.break_ended.emit()
        self.timer.start(wait_ms(state))

    def stop(self) -> None:
        self.timer.stop()
