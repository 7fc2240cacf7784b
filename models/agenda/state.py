"""The agenda state: a pure function of the planned day, the chair's run log and "now".

Nothing here counts ticks or keeps time between calls. A restart, a second display or
a report computes exactly the same state from the same log, and tests pass any "now".
All arithmetic is on UTC datetimes and timedeltas, so it is exact to the microsecond
and unaffected by midnight or a change of daylight-saving time.

The log is folded in append order. An action that does not apply to the state it
meets (an End for an item that already ended, a Pause with nothing running) changes
nothing, so two presses of the same button, or two machines pressing it at once,
have the effect of one.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from models.agenda.plan import DayPlan, PlannedItem

ZERO = timedelta(0)
DANGER = timedelta(minutes=1)

# What the chair did to an item, in the run log's words.
START, PAUSE, RESUME, ADD, END, SKIP, BACK = "start", "pause", "resume", "add", "end", "skip", "back"
MESSAGE, MESSAGE_OFF, BLACKOUT, BLACKOUT_OFF, TRIM = "message", "message_off", "blackout", "blackout_off", "trim"
UNTIL = "until"  # the running break now lasts until the instant in the row's text (ISO 8601, UTC)

# Where an item is in the day.
PENDING, RUNNING, PAUSED, DONE, SKIPPED = "pending", "running", "paused", "done", "skipped"
# How a running item stands against its time; the display's colours follow it.
WARNING, DANGER_PHASE, OVERTIME = "warning", "danger", "overtime"


@dataclass(frozen=True)
class ChairAction:
    """One row of the run log, as plain data. `at` is the agenda's time (see `models.agenda.timekeeping`); the
    monotonic reading and the boot it belongs to let the next action count real seconds from it."""

    action: str
    at: datetime
    item_id: int | None = None
    seconds: int | None = None
    text: str = ""
    monotonic: float | None = field(default=None, compare=False)
    boot: str = field(default="", compare=False)


@dataclass(frozen=True)
class ItemRun:
    """How one runnable item went, or is going, or is projected to go."""

    item: PlannedItem
    status: str
    segments: tuple[tuple[datetime, datetime | None], ...]  # the intervals it ran
    ended_at: datetime | None
    added: timedelta  # the chair's + and − minutes
    trimmed: timedelta  # recoveries applied to it (negative)
    allotted: timedelta  # its time: planned (a fixed-resume break: up to its resume time) + added + trimmed
    running: timedelta  # time it has run so far, pauses excluded
    projected_start: datetime | None
    projected_end: datetime | None
    phase: str

    @property
    def remaining(self) -> timedelta:
        """Time left; negative is overtime."""
        return self.allotted - self.running

    @property
    def overtime(self) -> timedelta:
        return max(-self.remaining, ZERO)

    @property
    def started_at(self) -> datetime | None:
        return self.segments[0][0] if self.segments else None

    @property
    def is_active(self) -> bool:
        return self.status in (RUNNING, PAUSED)


@dataclass(frozen=True)
class ShownMessage:
    text: str
    shown_at: datetime
    hidden_at: datetime | None


@dataclass(frozen=True)
class AppliedRecovery:
    text: str
    at: datetime
    changes: tuple[tuple[int, int], ...]  # (item id, seconds)


@dataclass(frozen=True)
class AgendaState:
    plan: DayPlan
    now: datetime
    actions: tuple[ChairAction, ...]
    runs: tuple[ItemRun, ...]
    cursor: int  # index of the current unit; len(runs) once the day is over
    started: bool
    live: bool  # started, or today in the venue: projections follow the clock
    messages: tuple[ShownMessage, ...]
    blackout: bool
    recoveries: tuple[AppliedRecovery, ...]

    @property
    def over(self) -> bool:
        return self.cursor >= len(self.runs)

    @property
    def current(self) -> ItemRun | None:
        return None if self.over else self.runs[self.cursor]

    @property
    def next(self) -> ItemRun | None:
        """The unit after the current one."""
        return self.runs[self.cursor + 1] if self.cursor + 1 < len(self.runs) else None

    @property
    def previous(self) -> ItemRun | None:
        return self.runs[self.cursor - 1] if 0 < self.cursor <= len(self.runs) else None

    @property
    def phase(self) -> str:
        return self.current.phase if self.current else DONE

    @property
    def message(self) -> ShownMessage | None:
        last = self.messages[-1] if self.messages else None
        return last if last is not None and last.hidden_at is None else None

    def run_of(self, item_id: int) -> ItemRun | None:
        return next((run for run in self.runs if run.item.id == item_id), None)

    @property
    def delay(self) -> timedelta:
        """How late the day runs right now (negative: early)."""
        current = self.current
        if current is None:
            last = next((run for run in reversed(self.runs) if run.ended_at), None)
            return last.ended_at - last.item.end if last else ZERO
        if current.status == PENDING:
            return current.projected_start - current.item.start
        return current.projected_end - current.item.end

    @property
    def projected_day_end(self) -> datetime | None:
        ends = [run.projected_end for run in self.runs if run.projected_end is not None]
        return max(ends) if ends else None

    @property
    def day_delay(self) -> timedelta:
        """How late the day would end as things stand (negative: early)."""
        planned, projected = self.plan.planned_end, self.projected_day_end
        return projected - planned if planned and projected else ZERO

    def span(self, item: PlannedItem) -> tuple[datetime | None, datetime | None, datetime | None, datetime | None]:
        """(actual start, actual end, projected start, projected end) of any item, a session included."""
        run = self.run_of(item.id)
        if run is not None:
            return run.started_at, run.ended_at, run.projected_start, run.projected_end
        inside = [run for run in self.runs if self._within(run.item, item)]
        if not inside:
            return None, None, None, None
        starts = [run.started_at for run in inside if run.started_at]
        finished = all(run.status in (DONE, SKIPPED) for run in inside)
        ends = [run.ended_at for run in inside if run.ended_at]
        projected_starts = [run.projected_start for run in inside if run.projected_start]
        projected_ends = [run.projected_end for run in inside if run.projected_end]
        return (min(starts) if starts else None, max(ends) if finished and ends else None,
                min(projected_starts) if projected_starts else None,
                max(projected_ends) if projected_ends else None)

    def _within(self, item: PlannedItem, container: PlannedItem) -> bool:
        parent = self.plan.session_of(item)
        while parent is not None:
            if parent.id == container.id:
                return True
            parent = self.plan.session_of(parent)
        return False


def base_length(item: PlannedItem, start: datetime) -> timedelta:
    """An item's planned time when it starts at `start`, before the chair's changes.

    A break that keeps its resume time lasts until then, but never less than its minimum.
    """
    if item.is_break and item.resume_policy == "fixed_resume":
        return max(item.end - start, item.minimum)
    return item.length


def running_phase(remaining: timedelta, warning: timedelta) -> str:
    if remaining <= ZERO:
        return OVERTIME
    if remaining <= DANGER:
        return DANGER_PHASE
    if remaining <= warning:
        return WARNING
    return RUNNING


@dataclass
class _Run:
    """One unit's bookkeeping while the log is folded."""

    status: str = PENDING
    segments: list[list] = field(default_factory=list)
    base: timedelta | None = None  # fixed when it first starts
    added: timedelta = ZERO
    trimmed: timedelta = ZERO
    ended_at: datetime | None = None
    ended_paused: bool = False


class _Fold:
    def __init__(self, plan: DayPlan):
        self.units = plan.units
        self.index = {item.id: position for position, item in enumerate(plan.units)}
        self.runs = [_Run() for _ in plan.units]
        self.cursor = 0
        self.started = False
        self.last_at: datetime | None = None
        self.messages: list[list] = []
        self.blackout = False
        self.recoveries: list[AppliedRecovery] = []

    @property
    def over(self) -> bool:
        return self.cursor >= len(self.runs)

    def apply(self, action: ChairAction) -> None:
        # A clock set back between two actions must not make time run backwards.
        at = action.at if self.last_at is None else max(action.at, self.last_at)
        self.last_at = at
        target = self.index.get(action.item_id) if action.item_id is not None else None
        handler = getattr(self, f"on_{action.action}", None)
        if handler is not None:
            handler(action, target, at)

    # --- the items -----------------------------------------------------------

    def begin(self, position: int, at: datetime) -> None:
        run = self.runs[position]
        if run.base is None:
            run.base = base_length(self.units[position], at)
        run.segments.append([at, None])
        run.status = RUNNING
        self.started = True

    def finish(self, position: int, at: datetime) -> None:
        run = self.runs[position]
        if run.segments and run.segments[-1][1] is None:
            run.segments[-1][1] = at
        run.ended_paused = run.status == PAUSED
        run.status = DONE
        run.ended_at = at

    def advance(self, at: datetime, break_follows: bool) -> None:
        self.cursor += 1
        if break_follows and not self.over and self.units[self.cursor].is_break:
            self.begin(self.cursor, at)  # a break starts by itself when the item before it ends

    def on_start(self, action: ChairAction, target: int | None, at: datetime) -> None:
        target = self.cursor if target is None else target
        if self.over or target < self.cursor:
            return
        current = self.runs[self.cursor]
        if target == self.cursor:
            if current.status == PENDING:
                self.begin(target, at)
            return
        if current.status in (RUNNING, PAUSED):
            self.finish(self.cursor, at)
        for position in range(self.cursor, target):
            if self.runs[position].status == PENDING:
                self.runs[position].status = SKIPPED
        self.cursor = target
        self.begin(target, at)

    def on_pause(self, action: ChairAction, target: int | None, at: datetime) -> None:
        if self._is_current(target) and self.runs[self.cursor].status == RUNNING:
            run = self.runs[self.cursor]
            run.segments[-1][1] = at
            run.status = PAUSED

    def on_resume(self, action: ChairAction, target: int | None, at: datetime) -> None:
        if self._is_current(target) and self.runs[self.cursor].status == PAUSED:
            run = self.runs[self.cursor]
            run.segments.append([at, None])
            run.status = RUNNING

    def on_add(self, action: ChairAction, target: int | None, at: datetime) -> None:
        if target is not None and target >= self.cursor and action.seconds:
            self.runs[target].added += timedelta(seconds=action.seconds)

    def on_trim(self, action: ChairAction, target: int | None, at: datetime) -> None:
        if target is None or target < self.cursor or not action.seconds:
            return
        self.runs[target].trimmed += timedelta(seconds=action.seconds)
        change = (action.item_id, action.seconds)
        last = self.recoveries[-1] if self.recoveries else None
        if last is not None and last.at == at and last.text == action.text:
            self.recoveries[-1] = AppliedRecovery(last.text, at, last.changes + (change,))
        else:
            self.recoveries.append(AppliedRecovery(action.text, at, (change,)))

    def on_until(self, action: ChairAction, target: int | None, at: datetime) -> None:
        """The chair set when the running break ends: from `at` on, it lasts until that instant."""
        resume = instant_in(action.text)
        run = self.runs[self.cursor] if self._is_current(target) else None
        if resume is None or run is None or run.status not in (RUNNING, PAUSED) or not self.units[self.cursor].is_break:
            return
        running = sum(((end or at) - start for start, end in run.segments), ZERO)
        run.base = running + (resume - at) - run.added - run.trimmed

    def on_end(self, action: ChairAction, target: int | None, at: datetime) -> None:
        if not self._is_current(target):
            return
        run = self.runs[self.cursor]
        if run.status == PENDING:
            run.status = SKIPPED
            self.advance(at, break_follows=False)
        else:
            self.finish(self.cursor, at)
            self.advance(at, break_follows=True)

    def on_skip(self, action: ChairAction, target: int | None, at: datetime) -> None:
        if self._is_current(target) and self.runs[self.cursor].status == PENDING:
            self.runs[self.cursor].status = SKIPPED
            self.advance(at, break_follows=False)

    def on_back(self, action: ChairAction, target: int | None, at: datetime) -> None:
        """Return to the previous item; its clock carries on as if it had never been ended."""
        at_end = self.over and action.item_id is None
        if self.cursor == 0 or not (at_end or self._is_current(target)):
            return
        if not self.over:
            current = self.runs[self.cursor]
            self.runs[self.cursor] = _Run(added=current.added, trimmed=current.trimmed)
        self.cursor -= 1
        previous = self.runs[self.cursor]
        if previous.status == SKIPPED:
            previous.status = PENDING
        elif previous.status == DONE:
            previous.status = PAUSED if previous.ended_paused else RUNNING
            if not previous.ended_paused:
                previous.segments[-1][1] = None
            previous.ended_at = None

    def _is_current(self, target: int | None) -> bool:
        return not self.over and target == self.cursor

    # --- the display -----------------------------------------------------------

    def on_message(self, action: ChairAction, target: int | None, at: datetime) -> None:
        self.on_message_off(action, target, at)
        self.messages.append([action.text, at, None])

    def on_message_off(self, action: ChairAction, target: int | None, at: datetime) -> None:
        if self.messages and self.messages[-1][2] is None:
            self.messages[-1][2] = at

    def on_blackout(self, action: ChairAction, target: int | None, at: datetime) -> None:
        self.blackout = True

    def on_blackout_off(self, action: ChairAction, target: int | None, at: datetime) -> None:
        self.blackout = False


def instant_text(instant: datetime) -> str:
    """An instant as a run log row's text carries it: ISO 8601 in UTC."""
    return instant.astimezone(UTC).isoformat()


def instant_in(text: str) -> datetime | None:
    """The instant a row's text carries, or None for any other text (a log edited by hand, another version)."""
    try:
        instant = datetime.fromisoformat(text)
    except ValueError:
        return None
    return instant.astimezone(UTC) if instant.tzinfo is not None else None


def _follows_directly(units: tuple[PlannedItem, ...], position: int) -> bool:
    """Planned to start when the unit before it ends: early or late passes straight on."""
    return position > 0 and units[position].start <= units[position - 1].end


def agenda_state(plan: DayPlan, actions: tuple[ChairAction, ...] | list[ChairAction], now: datetime) -> AgendaState:
    """The state of the day at `now` (an aware UTC datetime) from the plan and the run log."""
    actions = tuple(actions)
    fold = _Fold(plan)
    for action in actions:
        fold.apply(action)
    if fold.last_at is not None:
        now = max(now, fold.last_at)
    live = fold.started or plan.local(now).date() == plan.date
    # Another day's clock says nothing about this one: until it is live, it is projected as planned.
    projected_from = now if live or not plan.units else min(now, plan.units[0].start)
    runs: list[ItemRun] = []
    previous_end: datetime | None = None  # projected end of the unit before
    for position, (item, run) in enumerate(zip(plan.units, fold.runs)):
        running = sum(((end or now) - start for start, end in run.segments), ZERO)
        changes = run.added + run.trimmed
        if position < fold.cursor:
            start, end = (run.segments[0][0] if run.segments else None), run.ended_at
            allotted = (run.base if run.base is not None else item.length) + changes
            previous_end = end or previous_end
        elif run.status in (RUNNING, PAUSED):
            allotted = run.base + changes
            start, end = run.segments[0][0], now + max(allotted - running, ZERO)
        else:
            if position == fold.cursor:
                follows = _follows_directly(plan.units, position)
                start = projected_from if follows else max(projected_from, item.start)
            else:
                start = previous_end if _follows_directly(plan.units, position) else max(previous_end, item.start)
            allotted = base_length(item, start) + changes
            end = start + max(allotted, ZERO)
        if position >= fold.cursor:
            previous_end = end
        phase = running_phase(allotted - running, item.warning) if run.status == RUNNING else run.status
        runs.append(ItemRun(
            item=item, status=run.status, segments=tuple((s, e) for s, e in run.segments),
            ended_at=run.ended_at, added=run.added, trimmed=run.trimmed, allotted=allotted, running=running,
            projected_start=start, projected_end=end, phase=phase,
        ))
    return AgendaState(
        plan=plan, now=now, actions=actions, runs=tuple(runs), cursor=fold.cursor, started=fold.started, live=live,
        messages=tuple(ShownMessage(text, shown, hidden) for text, shown, hidden in fold.messages),
        blackout=fold.blackout, recoveries=tuple(fold.recoveries),
    )
