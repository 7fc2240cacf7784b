"""`agenda [--day N] [--at TIME]`: the day's agenda with planned, actual and projected times, and its state."""
from __future__ import annotations

import argparse
import sys
from datetime import datetime, timedelta

from commands.common import day_number, open_event_for_command
from models.agenda.runlog import day_state, day_state_as_of
from models.agenda.stage import countdown_text
from models.agenda.state import PAUSED, PENDING, SKIPPED, AgendaState
from models.agenda.timekeeping import ChairClock, jump_sentence
from models.event.document import parse_local_time
from models.ground.clock import SYSTEM_CLOCK, local_to_utc, venue_zone
from models.ground.days import day_by_number, day_name, event_days
from models.ground.errors import BelvedereError

MINUTE = timedelta(minutes=1)


def register(subparsers) -> None:
    parser = subparsers.add_parser("agenda", help="print a day's agenda: planned, actual and projected times")
    parser.add_argument("--day", type=day_number, metavar="N", help="day number (default: every day)")
    parser.add_argument("--at", metavar="TIME",
                        help="show the state at this venue time (HH:MM on the day, or YYYY-MM-DDTHH:MM)")
    parser.set_defaults(handler=run)


def hhmm(instant: datetime | None, state: AgendaState) -> str:
    return f"{state.plan.local(instant):%H:%M}" if instant else ""


def span_text(start: str, end: str) -> str:
    return f"{start}–{end}" if start or end else ""


def late_text(delta: timedelta) -> str:
    minutes = round(delta / MINUTE)
    if minutes == 0:
        return "on time"
    return f"{abs(minutes)} min {'late' if minutes > 0 else 'early'}"


def item_line(state: AgendaState, item) -> str:
    planned = item.local_start.strftime("%H:%M")
    if item.local_end != item.local_start:
        planned += "–" + item.local_end.strftime("%H:%M")
    started, ended, projected_start, projected_end = state.span(item)
    run = state.run_of(item.id)
    actual = "skipped" if run and run.status == SKIPPED else span_text(hhmm(started, state), hhmm(ended, state))
    projected = ""
    if item.kind == "end":
        projected = hhmm(state.projected_day_end, state)
    elif not ended and projected_start:
        projected = span_text(hhmm(projected_start, state), hhmm(projected_end, state))
    indent = "  " if item.parent_id else ""
    label = f"Session {item.number}: {item.title}" if item.kind == "session" else item.title
    speakers = f"  ({'; '.join(item.speakers)})" if item.speakers else ""
    marker = "▶ " if state.current and run is state.current else "  "
    return f"{marker}{planned:<12} {actual:<12} {projected:<12} {indent}{label}{speakers}"


def state_lines(state: AgendaState) -> list[str]:
    now = f"{state.plan.local(state.now):%H:%M}"
    current = state.current
    if current is None:
        last_end = max((run.ended_at for run in state.runs if run.ended_at), default=None)
        return [f"Now {now}: the day is over (ended {hhmm(last_end, state)}, {late_text(state.delay)})."]
    if not state.live:
        return [f"Now {state.plan.local(state.now):%d.%m.%Y %H:%M}: not this day, not started; times as planned."]
    if not state.started:
        first = f"{state.plan.local(current.projected_start):%H:%M}"
        lines = [f"Now {now}: not started; “{current.item.title}” is projected at {first}."]
    else:
        left = countdown_text(current.remaining)
        how = {PENDING: "waits to start", PAUSED: f"is paused with {left} left"}.get(
            current.status, f"runs, {left} {'over' if left.startswith('+') else 'left'} ({current.phase})")
        lines = [f"Now {now}: “{current.item.title}” {how}."]
    planned_end = state.plan.planned_end
    lines.append(f"The day runs {late_text(state.delay)}; it ends at {hhmm(state.projected_day_end, state)} "
                 f"(planned {hhmm(planned_end, state)}, {late_text(state.day_delay)}).")
    if state.message:
        lines.append("Message on the display: " + " / ".join(state.message.text.splitlines()))
    if state.blackout:
        lines.append("The display is blacked out.")
    return lines


def instant_of(text: str | None, day, zone) -> datetime | None:
    if not text:
        return None
    try:
        return local_to_utc(parse_local_time(text, day.date, "--at"), zone)
    except BelvedereError as error:
        raise BelvedereError(f"{error} Give --at as 10:42 or 2011-06-09T10:42 (venue time).") from error


def run(args: argparse.Namespace) -> int:
    event = open_event_for_command(args)
    zone = venue_zone(event.timezone)
    days = [day_by_number(event, args.day)] if args.day is not None else event_days(event)
    instants = [instant_of(args.at, day, zone) for day in days]  # a bad --at fails before anything is printed
    print(f"{event.title} — {event.venue}, {event.city} (times in {event.timezone})")
    clock = ChairClock(SYSTEM_CLOCK)  # the agenda's time: real seconds since the chair's last action
    for day, instant in zip(days, instants):
        state = day_state_as_of(day, instant) if instant else day_state(day, clock)
        print()
        print(f"{day_name(day)} — {day.date:%A %d %B %Y}")
        print(f"  {'planned':<12} {'actual':<12} {'projected':<12} item")
        for item in state.plan.items:
            print(item_line(state, item))
        print()
        for line in state_lines(state):
            print(f"  {line}")
    jump = clock.noticed_jump() if not args.at else None
    if jump is not None:
        print(f"belvedere: warning: {jump_sentence(jump)}", file=sys.stderr)
    return 0
