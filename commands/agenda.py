"""`agenda [--day N] [--at TIME] [--rehearse]`: the day's agenda with planned, actual and projected times, and its
state; with --rehearse, the state of the day's rehearsal (or what one laid now would look like)."""
from __future__ import annotations

import argparse
import sys
from datetime import datetime, timedelta

from commands.common import day_number, open_event_for_command
from models.agenda.rehearsal import FROM_NOW, date_text, on_its_date
from models.agenda.rehearsal_log import day_state_of, laying_of
from models.agenda.runlog import day_state_as_of
from models.agenda.stage import countdown_text
from models.agenda.state import PAUSED, PENDING, SKIPPED, AgendaState
from models.agenda.timekeeping import ChairClock, jump_sentence
from models.event.document import parse_local_time
from models.ground.clock import SYSTEM_CLOCK, local_to_utc, venue_zone
from models.ground.dates import long_date
from models.ground.days import day_by_number, day_name, event_days
from models.ground.errors import BelvedereError
from models.ground.i18n import current_language, translate

MINUTE = timedelta(minutes=1)


def register(subparsers) -> None:
    parser = subparsers.add_parser("agenda", help="print a day's agenda: planned, actual and projected times")
    parser.add_argument("--day", type=day_number, metavar="N", help="day number (default: every day)")
    parser.add_argument("--at", metavar="TIME",
                        help="show the state at this venue time (HH:MM on the day, or YYYY-MM-DDTHH:MM)")
    parser.add_argument("--rehearse", action="store_true",
                        help="show the day's rehearsal, laid on today (chair … --rehearse drives it)")
    parser.set_defaults(handler=run)


def hhmm(instant: datetime | None, state: AgendaState) -> str:
    return f"{state.plan.local(instant):%H:%M}" if instant else ""


def span_text(start: str, end: str) -> str:
    return f"{start}–{end}" if start or end else ""


def late_text(delta: timedelta) -> str:
    minutes = round(delta / MINUTE)
    if minutes == 0:
        return translate("commands", "on time")
    late = translate("commands", "{minutes} min late") if minutes > 0 else translate("commands", "{minutes} min early")
    return late.format(minutes=abs(minutes))


def item_line(state: AgendaState, item) -> str:
    planned = item.local_start.strftime("%H:%M")
    if item.local_end != item.local_start:
        planned += "–" + item.local_end.strftime("%H:%M")
    started, ended, projected_start, projected_end = state.span(item)
    run = state.run_of(item.id)
    actual = translate("commands", "skipped") if run and run.status == SKIPPED \
        else span_text(hhmm(started, state), hhmm(ended, state))
    projected = ""
    if item.kind == "end":
        projected = hhmm(state.projected_day_end, state)
    elif not ended and projected_start:
        projected = span_text(hhmm(projected_start, state), hhmm(projected_end, state))
    indent = "  " if item.parent_id else ""
    label = translate("commands", "Session {number}: {title}").format(number=item.number, title=item.title) \
        if item.kind == "session" else item.title
    speakers = f"  ({'; '.join(item.speakers)})" if item.speakers else ""
    marker = "▶ " if state.current and run is state.current else "  "
    return f"{marker}{planned:<12} {actual:<12} {projected:<12} {indent}{label}{speakers}"


def state_lines(state: AgendaState) -> list[str]:
    now = f"{state.plan.local(state.now):%H:%M}"
    current = state.current
    if current is None:
        last_end = max((run.ended_at for run in state.runs if run.ended_at), default=None)
        return [translate("commands", "Now {now}: the day is over (ended {end}, {late}).").format(
            now=now, end=hhmm(last_end, state), late=late_text(state.delay))]
    if not state.live:
        return [translate("commands", "Now {now}: not this day, not started; times as planned.").format(
            now=f"{state.plan.local(state.now):%d.%m.%Y %H:%M}")]
    if not state.started:
        lines = [translate("commands", "Now {now}: not started; “{title}” is projected at {first}.").format(
            now=now, title=current.item.title, first=f"{state.plan.local(current.projected_start):%H:%M}")]
    else:
        left = countdown_text(current.remaining)
        if current.status == PENDING:
            how = translate("commands", "waits to start")
        elif current.status == PAUSED:
            how = translate("commands", "is paused with {left} left").format(left=left)
        elif left.startswith("+"):
            how = translate("commands", "runs, {left} over ({phase})").format(left=left, phase=current.phase)
        else:
            how = translate("commands", "runs, {left} left ({phase})").format(left=left, phase=current.phase)
        lines = [translate("commands", "Now {now}: “{title}” {how}.").format(now=now, title=current.item.title, how=how)]
    lines.append(translate("commands", "The day runs {late}; it ends at {end} (planned {planned}, {day_late}).").format(
        late=late_text(state.delay), end=hhmm(state.projected_day_end, state),
        planned=hhmm(state.plan.planned_end, state), day_late=late_text(state.day_delay)))
    if state.message:
        lines.append(translate("commands", "Message on the display: {message}").format(
            message=" / ".join(state.message.text.splitlines())))
    if state.blackout:
        lines.append(translate("commands", "The display is blacked out."))
    return lines


def rehearsal_lines(day, state: AgendaState) -> list[str]:
    """How the rehearsal lays the day, and that it is no part of the day's record."""
    plan, laying = state.plan, laying_of(day)
    name, its_date = day_name(day, current_language()), date_text(plan.rehearsal_of)
    apart = translate("commands", "Nothing of a rehearsal reaches the run log, the timing report or the journal.")
    if laying is not None:
        how = (translate("commands", "starting at {time}").format(time=f"{laying.laid_at:%H:%M}")
               if laying.layout == FROM_NOW else translate("commands", "at the same clock times"))
        return [translate("commands", "Rehearsal of {day} ({date}), laid on {laid_on} {how}.").format(
            day=name, date=its_date, laid_on=date_text(laying.laid_on), how=how), apart]
    if not state.runs:
        return [translate("commands", "Rehearsal of {day} ({date}): none is laid yet, and the day has nothing to "
                                      "run.").format(day=name, date=its_date), apart]
    return [translate("commands", "Rehearsal of {day} ({date}): none is laid yet. Laid now it would run on {today} "
                                  "from {time}; `chair start --day {number} --rehearse` lays it and starts it.").format(
        day=name, date=its_date, today=date_text(plan.date), time=f"{state.runs[0].item.local_start:%H:%M}",
        number=plan.number), apart]


def not_its_date_line(day, state: AgendaState) -> list[str]:
    if state.started or on_its_date(state.plan, state.now):
        return []
    return [translate("commands", "To rehearse it today: `agenda --day {number} --rehearse` shows how, `chair start "
                                  "--day {number} --rehearse` starts it (nothing is recorded).").format(number=day.number)]


def instant_of(text: str | None, day, zone) -> datetime | None:
    if not text:
        return None
    try:
        return local_to_utc(parse_local_time(text, day.date, "--at"), zone)
    except BelvedereError as error:
        raise BelvedereError(translate("commands", "{error} Give --at as 10:42 or 2011-06-09T10:42 (venue time).")
                             .format(error=error)) from error


def run(args: argparse.Namespace) -> int:
    event = open_event_for_command(args)
    zone = venue_zone(event.timezone)
    days = [day_by_number(event, args.day)] if args.day is not None else event_days(event)
    if args.at and args.rehearse:
        raise BelvedereError(translate("commands", "--at shows the day's record as it was; a rehearsal is shown as it "
                                                   "is now. Leave out one of them."))
    instants = [instant_of(args.at, day, zone) for day in days]  # a bad --at fails before anything is printed
    print(translate("commands", "{title} — {venue}, {city} (times in {timezone})")
          .format(title=event.title_in(current_language()), venue=event.venue, city=event.city, timezone=event.timezone))
    clock = ChairClock(SYSTEM_CLOCK)  # the agenda's time: real seconds since the chair's last action
    for day, instant in zip(days, instants):
        state = day_state_as_of(day, instant) if instant else day_state_of(day, clock, args.rehearse)
        print()
        print(f"{day_name(day, current_language())} — {long_date(state.plan.date, current_language())}")
        columns = (translate("commands", "planned"), translate("commands", "actual"), translate("commands", "projected"),
                   translate("commands", "item"))
        print("  " + " ".join(f"{column:<12}" for column in columns[:3]) + " " + columns[3])
        for item in state.plan.items:
            print(item_line(state, item))
        print()
        extra = rehearsal_lines(day, state) if args.rehearse else not_its_date_line(day, state) if not instant else []
        for line in extra + state_lines(state):
            print(f"  {line}")
    jump = clock.noticed_jump() if not args.at else None
    if jump is not None:
        print(translate("commands", "belvedere: warning: {problem}").format(problem=jump_sentence(jump)), file=sys.stderr)
    return 0
