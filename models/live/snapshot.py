"""What a browser receives: the day as the projector shows it, in instants rather than digits.

The browser counts nothing. It gets the instant the running item's time is up, and the
screens that follow one another as that instant nears (the warning colour, the last
minute, the seats call, "Starting now"), each with the instant it begins. With its own
measure of how far its clock is from the server's, it computes the digits itself, so its
seconds change when the projector's do, and a late or lost response costs only the
freshness of the chair's next action, never the countdown's accuracy.

Every word is computed here, by the same functions as the projector's, in the event's
working languages. Nothing personal is in it: the programme's titles, speakers and chairs
are public, the welcome screen's count is a number, and no participant is named.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from models.agenda.phrases import say, say_once
from models.agenda.plan import DayPlan, PlannedItem
from models.agenda.stage import ITEM, StageScreen, session_label, stage_screen
from models.agenda.state import DANGER, OVERTIME, RUNNING, SKIPPED, AgendaState, ChairAction, agenda_state
from models.checkin.counts import DayCount
from models.ground.clock import UTC

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MS = timedelta(milliseconds=1)
MINUTE = timedelta(minutes=1)
# The next item's projected time moves with the clock while an item runs over (or waits, or is
# paused): the minutes just ahead are turning points too.
MINUTES_AHEAD = 2


def epoch_ms(instant: datetime) -> float:
    """An instant as JavaScript counts it: milliseconds since 1970 UTC."""
    return (instant - EPOCH) / MS


def timer(state: AgendaState) -> dict | None:
    """The current item's time: the instant it is up while it runs, what is left otherwise."""
    run = state.current
    if run is None:
        return None
    shown = {"status": run.status, "allotted_ms": run.allotted / MS}
    if run.status == RUNNING:
        shown["ends_at"] = epoch_ms(state.now + run.remaining)
    else:
        shown["remaining_ms"] = run.remaining / MS
    return shown


def face(screen: StageScreen) -> dict:
    """A screen without what the browser computes from the clock: digits, progress, blinking, the time."""
    return {
        "kind": screen.kind, "phase": screen.phase, "headline": list(screen.headline), "label": screen.label,
        "title": screen.title, "detail": screen.detail, "lines": list(screen.lines),
        "next_label": screen.next_label, "next_lines": list(screen.next_lines), "message": list(screen.message),
        "timed": bool(screen.countdown), "progress": screen.progress is not None,
        "blinks": screen.kind == ITEM and screen.phase == OVERTIME,
    }


def turning_points(state: AgendaState) -> list[datetime]:
    """The instants after `state.now` at which the screen may change with nothing logged."""
    now = state.now
    minute = now.replace(second=0, microsecond=0)
    points = {minute + MINUTE * step for step in range(1, MINUTES_AHEAD + 1)}
    run = state.current
    if run is not None and run.status == RUNNING:
        end = now + run.remaining
        points |= {end - run.item.warning, end - DANGER, end}
        if run.item.is_break:
            points.add(end - state.plan.seats_before)
    return sorted(point for point in points if point > now)


def screens_ahead(plan: DayPlan, actions: tuple[ChairAction, ...], state: AgendaState,
                  registered: DayCount | None) -> list[dict]:
    """The screen now, then each different one to come, with the instant it begins."""
    faces = [(None, face(stage_screen(state, registered)))]
    for point in turning_points(state):
        shown = face(stage_screen(agenda_state(plan, actions, point), registered))
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
    late = projected_start - item.start if projected_start and not started else timedelta(0)
    return {
        "planned": joined(f"{item.local_start:%H:%M}", f"{item.local_end:%H:%M}"),
        "actual": say_once("skipped", state.plan.languages) if skipped else joined(hhmm(state, started),
                                                                                  hhmm(state, ended)),
        "expected": expected, "late_minutes": round(late / MINUTE),
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
    minutes = round(state.delay / MINUTE)
    if not state.started:
        how = say("not_started", languages)
    elif minutes > 0:
        how = say("runs_late", languages, minutes=minutes)
    elif minutes < 0:
        how = say("runs_early", languages, minutes=-minutes)
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
        "timer": timer(state),
        "screens": screens_ahead(plan, actions, state, registered),
        "agenda": {"status": day_status(state), "rows": [agenda_row(state, item) for item in plan.items]},
        "words": words(plan.languages),
    }
