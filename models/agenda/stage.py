"""What the stage display shows, as plain data: which screen, which words, which digits.

The display widget only paints a StageScreen. Because the screen is a value, the
widget repaints only when it changes (about once a second), and tests read every
word the room would read without looking at pixels.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from models.agenda.lateness import projected_lateness
from models.agenda.phrases import say, say_once
from models.agenda.plan import DayPlan, PlannedItem
from models.agenda.state import OVERTIME, PAUSED, PENDING, RUNNING, ZERO, AgendaState, ItemRun
from models.checkin.counts import DayCount

SECOND = timedelta(seconds=1)
MINUTE = timedelta(minutes=1)

# The screens the room sees (not the chair's actions, nor the kinds of agenda item, some of which share a word)
WELCOME_SCREEN, ITEM_SCREEN, BREAK_SCREEN, SEATS_SCREEN = "welcome", "item", "break", "seats"
STARTING_SCREEN, DAY_END_SCREEN, BLACKOUT_SCREEN = "starting", "end", "blackout"


@dataclass(frozen=True)
class StageScreen:
    kind: str
    phase: str
    headline: tuple[str, ...] = ()  # the big words, one line per language
    label: str = ""  # the small line at the top: the session, or the event
    title: str = ""
    detail: str = ""  # speakers
    countdown: str = ""
    progress: float | None = None  # share of the item's time used, 0..1
    lines: tuple[str, ...] = ()  # what to know: the resume time, registration and opening, the count
    next_label: str = ""
    next_lines: tuple[str, ...] = ()
    clock: str = ""  # venue time
    message: tuple[str, ...] = ()
    flash: bool = False  # overtime blinks slowly: on for one second, off for the next
    tag: str = ""  # a corner tag ("Rehearsal"): this is not the day itself


BLACKED_OUT = StageScreen(BLACKOUT_SCREEN, "dark")  # nothing lit: no phase to colour


def clock_text(local: datetime) -> str:
    return f"{local.hour}:{local.minute:02d}"


def whole_seconds_left(remaining: timedelta) -> int:
    """Seconds shown while counting down: 4.2 s left shows 5, so 0:00 is never shown early."""
    return -(-remaining // SECOND) if remaining > ZERO else 0


def countdown_text(remaining: timedelta) -> str:
    """'12:34', '1:02:03', or '+0:42' once the time is up (overtime counts up in whole seconds)."""
    if remaining > ZERO:
        total, sign = whole_seconds_left(remaining), ""
    else:
        total, sign = -remaining // SECOND, "+"
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{sign}{minutes}:{seconds:02d}"


def progress_of(run: ItemRun) -> float:
    if run.allotted <= ZERO:
        return 1.0
    shown_left = timedelta(seconds=whole_seconds_left(run.remaining))
    return min(1.0, max(0.0, 1 - shown_left / run.allotted))


def session_label(plan: DayPlan, item: PlannedItem) -> str:
    session = plan.session_of(item) or (item if item.kind == "session" else None)
    return say_once("session", plan.languages, number=session.number) if session and session.number else ""


def date_text(day: date) -> str:
    return f"{day.day}.{day.month:02d}."


def next_lines(state: AgendaState, run: ItemRun | None, with_time: bool = True) -> tuple[str, ...]:
    """What comes next: a new session by its number and title, then the item and the session's chair;
    a break, or the next talk of the same session, by its own title."""
    if run is None:
        return ()
    plan = state.plan
    item = run.item
    session = plan.session_of(item)
    lines = []
    label = session_label(plan, item)
    start = f"{clock_text(plan.local(run.projected_start))}  " if with_time and run.projected_start else ""
    current = state.current
    same_session = current is not None and session is not None and current.item.parent_id == session.id
    if item.is_break or (same_session and not current.item.is_break):
        lines.append(f"{start}{item.title}")
    elif session is not None:
        lines.append(f"{start}{label} — {session.title}" if label else f"{start}{session.title}")
        if item.title != session.title:
            lines.append(item.title)
    else:
        lines.append(f"{start}{item.title}")
    chair = (session.chair if session else "") or item.chair
    if chair:
        lines.append(f"{say_once('chair', plan.languages)}: {chair}")
    return tuple(lines)


def _message(state: AgendaState) -> tuple[str, ...]:
    message = state.message
    return tuple(line for line in message.text.splitlines() if line.strip()) if message else ()


def opening_line(state: AgendaState) -> tuple[str, str] | None:
    """What the welcome screen says of the start (phrase key, venue time): the planned time, or,
    once the day runs late, the projected one, as the chair's page projects it."""
    first = state.current or (state.runs[0] if state.runs else None)
    if first is None:
        return None
    opening = state.plan.number == 1
    if first.projected_start is not None and projected_lateness(first.projected_start - first.item.start).late:
        return ("opening_expected" if opening else "start_expected"), clock_text(state.plan.local(first.projected_start))
    return ("opening_at" if opening else "start_at"), clock_text(first.item.local_start)


def _welcome(state: AgendaState, registered: DayCount | None, base: dict) -> StageScreen:
    plan = state.plan
    registration = plan.first_of_kind("registration")
    opening = opening_line(state)
    lines = []
    for language in plan.languages:
        parts = []
        if registration is not None:
            parts.append(say("registration_from", (language,), time=clock_text(registration.local_start))[0])
        if opening is not None:
            parts.append(say(opening[0], (language,), time=opening[1])[0])
        line = " · ".join(parts)
        if line and line not in lines:
            lines.append(line)
    if registered is not None and registered.expected:
        lines.extend(say("registered", plan.languages, arrived=registered.arrived, expected=registered.expected))
    return StageScreen(WELCOME_SCREEN, PENDING, headline=say("welcome", plan.languages), label=plan.label,
                       title=plan.event_title, lines=tuple(lines), **base)


def _end(state: AgendaState, base: dict) -> StageScreen:
    plan = state.plan
    following = plan.next_day
    if following is None:
        headline, lines = say("end_of_meeting", plan.languages), say("thank_you", plan.languages)
    else:
        time = clock_text(following.local_start)
        if following.date == plan.date + timedelta(days=1):
            lines = say("see_you_tomorrow", plan.languages, time=time)
        else:
            lines = say("see_you_on", plan.languages, date=date_text(following.date), time=time)
        headline = say("end_of_day", plan.languages, number=plan.number)
    return StageScreen(DAY_END_SCREEN, "over", headline=headline, title=plan.event_title, lines=lines, **base)


def _break(state: AgendaState, run: ItemRun, base: dict) -> StageScreen:
    plan = state.plan
    following = state.next
    remaining = run.remaining
    resume = clock_text(plan.local(run.projected_end if remaining > ZERO else state.now))
    upcoming = next_lines(state, following, with_time=False)
    if remaining <= ZERO:
        return StageScreen(STARTING_SCREEN, OVERTIME, headline=say("starting_now", plan.languages),
                           next_lines=upcoming, **base)
    kind, headline = (SEATS_SCREEN, say("take_seats", plan.languages)) if remaining <= plan.seats_before else (
        BREAK_SCREEN, say("lunch" if run.item.kind == "lunch" else "coffee_break", plan.languages))
    return StageScreen(kind, RUNNING, headline=headline, countdown=countdown_text(remaining),
                       progress=progress_of(run), lines=say("resume_at", plan.languages, time=resume),
                       next_label=say_once("next", plan.languages), next_lines=upcoming, **base)


def _item(state: AgendaState, run: ItemRun, base: dict) -> StageScreen:
    plan = state.plan
    item = run.item
    headline = ()
    if run.status == PAUSED:
        headline = say("paused", plan.languages)
    elif run.status == PENDING:
        headline = say("next", plan.languages)
    following = state.next
    overtime = run.status == RUNNING and run.remaining <= ZERO
    return StageScreen(
        ITEM_SCREEN, run.phase, headline=headline, label=session_label(plan, item), title=item.title,
        detail="; ".join(item.speakers), countdown=countdown_text(run.remaining), progress=progress_of(run),
        next_label=say_once("next", plan.languages) if following else "",
        next_lines=next_lines(state, following)[:1], flash=overtime and (run.overtime // SECOND) % 2 == 0, **base)


def stage_screen(state: AgendaState, registered: DayCount | None = None) -> StageScreen:
    """The screen the room sees at state.now."""
    plan = state.plan
    base = {"clock": clock_text(plan.local(state.now)), "message": _message(state),
            "tag": say_once("rehearsal", plan.languages) if plan.rehearsal_of is not None else ""}
    if state.blackout:
        return BLACKED_OUT
    current = state.current
    if not state.started and (current is not None or not state.runs):
        return _welcome(state, registered, base)
    if current is None:
        return _end(state, base)
    if current.item.is_break and current.status != PENDING:
        return _break(state, current, base)
    return _item(state, current, base)


def next_change(state: AgendaState) -> timedelta:
    """How long until the screen may change: the countdown's next whole second, or the clock's next minute."""
    now = state.now
    waits = [MINUTE - timedelta(seconds=now.second, microseconds=now.microsecond)]
    current = state.current
    if current is not None and current.status == RUNNING:
        remaining = current.remaining
        if remaining > ZERO:
            waits.append(remaining % SECOND or SECOND)  # 5.3 s left shows 6 until 5.0 s are left
        else:
            waits.append(SECOND - (-remaining) % SECOND)  # 2.3 s over shows +0:02 until 3.0 s are over
    return min(waits)


def break_just_ended(before: AgendaState, after: AgendaState) -> bool:
    """The resume time of the running break was reached between the two states (the chime's cue)."""
    earlier, later = before.current, after.current
    return (earlier is not None and later is not None and earlier.item.id == later.item.id
            and earlier.item.is_break and later.status == RUNNING
            and earlier.remaining > ZERO >= later.remaining)
