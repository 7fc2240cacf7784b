"""One day's agenda state, kept live for the chair's page and the stage display.

The state is computed from the run log and the agenda's clock (real seconds, anchored to the run
log: `models.agenda.timekeeping`) at every tick; the timer only decides when to look again.
It wakes just after the displayed seconds change (and at least five times a second), so what
is shown is never stale by more than the timer's own lateness, and a late tick is corrected by
the next one.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from models.agenda.runlog import RunLog
from models.agenda.stage import WELCOME_SCREEN, StageScreen, break_just_ended, next_change, stage_screen
from models.agenda.state import AgendaState, agenda_state
from models.agenda.timekeeping import jump_minutes
from models.checkin.counts import day_count
from models.ground.db import database_errors_explained
from models.ground.entities import Day
from models.ground.errors import BelvedereError
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

    def __init__(self, context: AppContext, day: Day, parent: QObject | None = None, log: RunLog | None = None):
        super().__init__(parent)
        self.context = context
        self.day = day
        self.log = log or RunLog(day)  # the day's run log, or its rehearsal's
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.tick)
        context.data_changed.connect(self.on_data_changed)
        self.reload()

    def reload(self) -> None:
        """Read the plan and the run log again (the plan was edited, or another program appended)."""
        actions, log_id = self.log.read()
        now = self.context.agenda_clock.follow(actions).now()
        self.registered, self.counted_at = day_count(self.day), now
        self.show(agenda_state(self.log.plan(now), actions, now), log_id)

    def show(self, state: AgendaState, log_id: int) -> None:
        """Show the state a chair control returned (`log_id`: the log's last row, as of that state)."""
        self.plan, self.actions, self.log_id = state.plan, state.actions, log_id
        self.polled_at = self.context.agenda_clock.now()
        self.clock_jump = self.context.agenda_clock.noticed_jump()
        self.state = state
        self.screen = stage_screen(state, self.registered)
        self.changed.emit()
        self.timer.start(wait_ms(state))

    def on_data_changed(self, topic: str) -> None:
        if topic in ("agenda", "event"):
            self.reload()
        elif topic == "checkins":
            self.count_arrivals()
            self.tick()

    def count_arrivals(self) -> None:
        try:
            with database_errors_explained():
                self.registered = day_count(self.day)
        except BelvedereError:
            pass  # the server is away: the welcome screen keeps the count it had

    def poll(self, now: datetime) -> bool:
        """Reload when someone else appended to the log; refresh the welcome screen's count.

        While the server cannot be reached the display goes on from the run log it has read.
        """
        if now - self.polled_at >= LOG_POLL:
            self.polled_at = now
            try:
                with database_errors_explained():
                    changed = self.log.last_id() != self.log_id
            except BelvedereError:
                changed = False
            if changed:
                self.reload()
                return True
        if self.screen.kind == WELCOME_SCREEN and now - self.counted_at >= COUNT_POLL:
            self.counted_at = now
            self.count_arrivals()
        return False

    def tick(self) -> None:
        now = self.context.agenda_clock.now()
        if self.poll(now):
            return
        state = agenda_state(self.plan, self.actions, now)
        screen: StageScreen = stage_screen(state, self.registered)
        ended = break_just_ended(self.state, state)
        jump = self.context.agenda_clock.noticed_jump()
        changed = (screen != self.screen or minutes_shown(state) != minutes_shown(self.state)
                   or jump_minutes(jump) != jump_minutes(self.clock_jump))
        self.state, self.screen, self.clock_jump = state, screen, jump
        if changed:
            self.changed.emit()
        if ended:
            self.break_ended.emit()
        self.timer.start(wait_ms(state))

    def stop(self) -> None:
        self.timer.stop()
