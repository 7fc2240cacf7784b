"""What a browser receives: the day as the projector shows it, in instants rather than digits.

The browser counts nothing. It gets the screens that follow one another as the running
item's end nears (the warning colour, the last minute, the seats call, "Starting now"),
each with the instant it begins and its timer: the instant the time is up while it counts
down, what is left while it does not. With its own
measure of how far its clock is from the server's, it computes the digits itself, so its
seconds change when the projector's do, and a late or lost response costs only the
freshness of the chair's next action, never the countdown's accuracy.

Every word is computed here, by the same functions as the projector's, in the event's
working languages. Nothing personal is in it: the programme's titles, speakers and chairs
are public, the welcome screen's count is a number, and no participant is named.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from models.agenda.lateness import EARLY, lateness, projected_lateness
from models.agenda.phrases import say, say_once
from models.agenda.plan import DayPlan, PlannedItem
from models.agenda.stage import ITEM_SCREEN, StageScreen, session_label, stage_screen
from models.agenda.state import (
    DANGER,
    OVERTIME,
    PENDING,
    RUNNING,
    SKIPPED,
    AgendaState,
    ChairAction,
    ItemRun,
    agenda_state,
)
from models.checkin.counts import DayCount
from models.ground.clock import UTC

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MS = timedelta(milliseconds=1)
SECOND = timedelta(seconds=1)
MINUTE = timedelta(minutes=1)
# What comes next is shown with its projected time, which moves with the clock while the item
# runs over, waits or is paused: the minutes it turns over are followed this far ahead.
MINUTES_AHEAD = 2


def epoch_ms(instant: datetime) -> float:
    """An instant as JavaScript counts it: milliseconds since 1970 UTC."""
    return (instant - EPOCH) / MS


def counts_down(state: AgendaState, run: ItemRun) -> bool:
    """Whether its time left goes down with the clock: it runs, or it is a break waiting to start that
    keeps its resume time (every second it waits is a second less)."""
    if run.status == RUNNING:
        return True
    later = agenda_state(state.plan, state.actions, state.now + SECOND).current
    return later is not None and later.item.id == run.item.id and later.remaining < run.remaining


def timer(state: AgendaState) -> dict | None:
    """The current item's time: the instant it is up while it counts down, what is left otherwise."""
    run = state.current
    if run is None:
        return None
    shown = {"status": run.status, "allotted_ms": run.allotted / MS}
    if counts_down(state, run):
        shown["ends_at"] = epoch_ms(state.now + run.remaining)
        if run.status != RUNNING:
            shown["allotted_ms"] = None  # it shrinks with the time left: all of it is left
    else:
        shown["remaining_ms"] = run.remaining / MS
    return shown


def face(state: AgendaState, screen: StageScreen) -> dict:
    """A screen and its timer, without what the browser computes from the clock: digits, progress,
    blinking, the time of day."""
    return {
        "kind": screen.kind, "phase": screen.phase, "headline": list(screen.headline), "label": screen.label,
        "title": screen.title, "detail": screen.detail, "lines": list(screen.lines),
        "next_label": screen.next_label, "next_lines": list(screen.next_lines), "message": list(screen.message),
        "tag": screen.tag,
        "timed": bool(screen.countdown), "progress": screen.progress is not None,
        "blinks": screen.kind == ITEM_SCREEN and screen.phase == OVERTIME, "timer": timer(state),
    }


def turning_points(state: AgendaState) -> set[datetime]:
    """The instants after `state.now` at which the way time runs changes, with nothing logged: the
    running item's warning, last minute and end, a break's seats call, a waiting break's minimum."""
    now = state.now
    points = set()
    run = state.current
    if run is not None and run.status == RUNNING:
        end = now + run.remaining
        points |= {end - run.item.warning, end - DANGER, end}
        if run.item.is_break:
            points.add(end - state.plan.seats_before)
    elif run is not None and run.item.is_break:
        points.add(run.item.end - run.item.minimum)  # a waiting break shrinks to its minimum, then waits whole
    return {point for point in points if point > now}


def minutes_shown_turn(state: AgendaState) -> set[datetime]:
    """When the projected times shown to the minute would turn over if they moved with the clock from
    `state.now`: the next item's (it moves while an item runs over, waits or is paused), and the waiting
    item's, which the welcome screen gives once the day runs late."""
    current = state.current
    waiting = current if current is not None and current.status == PENDING else None
    return {state.now + MINUTE - (run.projected_start - run.projected_start.replace(second=0, microsecond=0))
            for run in (waiting, state.next) if run is not None and run.projected_start is not None}


def screens_ahead(plan: DayPlan, actions: tuple[ChairAction, ...], state: AgendaState,
                  registered: DayCount | None) -> list[dict]:
    """The screen now, then each different one to come, with the instant it begins.

    Every turning point is looked at in order; each adds the instants its own shown minutes
    would turn over, so a time that starts moving with the clock at a turning point (the end of
    an item) is followed from there, up to MINUTES_AHEAD minutes ahead.
    """
    horizon = state.now + MINUTES_AHEAD * MINUTE
    faces = [(None, face(state, stage_screen(state, registered)))]
    waiting, seen, current = set(turning_points(state)), set(), state
    while True:
        waiting |= {minute for minute in minutes_shown_turn(current) if minute <= horizon}
        waiting -= seen
        if not waiting:
            break
        point = min(waiting)
        seen.add(point)
        current = agenda_state(plan, actions, point)
        shown = face(current, stage_screen(current, registered))
        if shown != faces[-1][1]:
            faces.append((point, shown))
    return [{"from": None if point is None else epoch_ms(point), **shown} for point, shown in faces]


def hhmm(state: AgendaState, instant: datetime | None) -> str:
    return f"{state.plan.local(instant):%H:%M}" if instant else ""


def joined(start: str, end: str) -> str:
    return f"{start}–{end}" if start and end and start != end else start or end


def agenda_row(state: AgendaState, item: PlannedItem) -> dict:
    """One line of the agenda: planned, actual and expected times, and where the item stands."""
    started, ended, projected_start, projected_end = state.span(item)
    run = state.run_of(item.id)
    skipped = run is not None and run.status == SKIPPED
    if item.kind == "end":
        expected = hhmm(state, state.projected_day_end)
    elif ended or skipped or item.kind == "registration":
        expected = ""
    else:
        expected = joined(hhmm(state, projected_start), hhmm(state, projected_end))
    late = projected_lateness(projected_start - item.start if projected_start and not started else timedelta(0))
    return {
        "planned": joined(f"{item.local_start:%H:%M}", f"{item.local_end:%H:%M}"),
        "actual": say_once("skipped", state.plan.languages) if skipped else joined(hhmm(state, started),
                                                                                  hhmm(state, ended)),
        "expected": expected, "late": late.level,
        "kind": item.kind, "inner": item.parent_id is not None,
        "label": session_label(state.plan, item) if item.kind == "session" else "",
        "title": item.title, "speakers": "; ".join(item.speakers), "chair": item.chair,
        "status": run.status if run else "", "current": state.current is not None and run is state.current,
    }


def day_status(state: AgendaState) -> list[str]:
    """How the day runs and when it ends, one line per working language."""
    languages = state.plan.languages
    end = state.projected_day_end
    if not state.runs or state.over or end is None:
        return []
    how_late = lateness(state.delay)
    if not state.started:
        how = say("not_started", languages)
    elif how_late.late:
        how = say("runs_late", languages, minutes=how_late.minutes)
    elif how_late.level == EARLY:
        how = say("runs_early", languages, minutes=-how_late.minutes)
    else:
        how = say("runs_on_time", languages)
    ends = say("ends_at", languages, time=hhmm(state, end))
    return [f"{first} · {second}" for first, second in zip(how, ends)]


def words(languages: tuple[str, ...]) -> dict:
    """The page's own words; the band's time is filled in by the browser."""
    return {"timer": say_once("timer", languages), "agenda": say_once("agenda", languages),
            "planned": say_once("planned", languages), "actual": say_once("actual", languages),
            "expected": say_once("expected", languages),
            "lost": list(say("connection_lost", languages, time="{time}"))}


def live_snapshot(plan: DayPlan, actions: tuple[ChairAction, ...], now: datetime,
                  registered: DayCount | None = None) -> dict:
    """Everything a browser shows of the day at `now`, ready to be sent as JSON."""
    state = agenda_state(plan, actions, now)
    return {
        "event": plan.event_title,
        "day": {"number": plan.number, "label": plan.label, "date": plan.date.isoformat()},
        "languages": list(plan.languages),
        "utc_offset_minutes": round(state.now.astimezone(plan.zone).utcoffset() / MINUTE),
        "screens": screens_ahead(plan, actions, state, registered),
        "agenda": {"status": day_status(state), "rows": [agenda_row(state, item) for item in plan.items]},
        "words": words(plan.languages),
    }
