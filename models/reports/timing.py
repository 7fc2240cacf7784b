"""The timing report: how the agenda really ran — every item planned against actual start,
end and length, overruns highlighted, how late each day ran, and the messages shown.

The times come from the agenda clock (`models.agenda.timing.day_timing`), the same
computation the chair's page and the speaker's display show, so the report says what
the room saw. This module only adds the rows the chair does not run — sessions (from
their items), registration and the end of the day — and lays everything out.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table

from models.agenda.plan import PlannedItem
from models.agenda.runlog import load_actions
from models.agenda.state import ADD, DONE, END, PAUSE, RESUME, SKIP, SKIPPED, START
from models.agenda.timing import ItemTiming, MessageTiming, day_timing
from models.ground.clock import Clock
from models.ground.dates import REFERENCE_LANGUAGE
from models.ground.days import day_name, day_with_long_date
from models.ground.entities import Day, Event
from models.ground.spreadsheets import Sheet, write_csv, write_xlsx
from models.reports.pdf import (
    AMBER_TINT,
    CONTENT_WIDTH,
    MUTED,
    OK_GREEN,
    RED_TINT,
    REFUSED_RED,
    STYLES,
    WARN_AMBER,
    PageFrame,
    ProgressCallback,
    coloured,
    event_heading,
    generated_line,
    house_table_style,
    local_time,
    marked,
    para,
    register_fonts,
    write_pdf,
)
from models.reports.records import chosen_days
from models.reports.wording import in_languages, lines_in, report_languages, words

RED_OVERRUN_MINUTES = 5  # over by this much or more is printed red; any overrun is amber


def minutes(length: timedelta | None) -> int | None:
    return None if length is None else round(length.total_seconds() / 60)


def minutes_between(start: datetime | None, end: datetime | None) -> int | None:
    return None if start is None or end is None else minutes(end - start)


@dataclass(frozen=True)
class ReportRow:
    """One line of the report: an item as planned, and as it went (venue-local times)."""

    item: PlannedItem
    actual_start: datetime | None = None
    actual_end: datetime | None = None
    ran: timedelta | None = None  # how long it ran, pauses excluded; for a session, first start to last end
    skipped: bool = False

    @property
    def planned_start(self) -> datetime:
        return self.item.local_start

    @property
    def planned_end(self) -> datetime:
        return self.item.local_end

    @property
    def is_point(self) -> bool:
        """The end of the day is a moment, not a stretch of time."""
        return self.item.kind == "end"

    @property
    def planned_minutes(self) -> int:
        return minutes_between(self.planned_start, self.planned_end)

    @property
    def actual_minutes(self) -> int | None:
        return None if self.actual_end is None or self.is_point else minutes(self.ran)

    @property
    def overrun_minutes(self) -> int | None:
        """Minutes longer than planned (negative when shorter); None until it has ended."""
        actual = self.actual_minutes
        return None if actual is None else actual - self.planned_minutes

    @property
    def start_delay_minutes(self) -> int | None:
        return minutes_between(self.planned_start, self.actual_start)


@dataclass(frozen=True)
class TimedDay:
    day: Day
    rows: list[ReportRow]
    messages: tuple[MessageTiming, ...]
    recoveries: tuple[tuple[datetime, str], ...]  # (when, what the chair applied)
    planned_end: datetime | None
    actual_end: datetime | None  # once the day is over
    interventions: tuple[Intervention, ...] = ()  # the chair's pauses and added minutes, in order

    @property
    def has_run(self) -> bool:
        return any(row.actual_start for row in self.rows)

    @property
    def late_at_end_minutes(self) -> int | None:
        return minutes_between(self.planned_end, self.actual_end)

    @property
    def latest_start(self) -> ReportRow | None:
        """The item that started furthest behind its planned time."""
        started = [row for row in self.rows if row.start_delay_minutes is not None and not row.is_point]
        return max(started, key=lambda row: row.start_delay_minutes) if started else None

    def running_at(self, instant: datetime) -> ReportRow | None:
        """The item the chair was running at that moment (innermost, not its session)."""
        return next((row for row in reversed(self.rows)
                     if row.actual_start and row.actual_start <= instant
                     and (row.actual_end is None or instant < row.actual_end) and not row.is_point), None)


@dataclass(frozen=True)
class Intervention:
    """A pause or minutes the chair added (or took away) during an item."""

    at: datetime  # venue-local
    item: PlannedItem | None
    paused_until: datetime | None = None  # for a pause: when it went on (None while still paused)
    added_minutes: float | None = None  # for added time: + or −

    @property
    def is_pause(self) -> bool:
        return self.added_minutes is None

    def describe(self) -> str:
        if not self.is_pause:
            return f"{signed_minutes(round(self.added_minutes))} minutes added"
        if self.paused_until is None:
            return "paused, not resumed"
        return f"paused {minutes_between(self.at, self.paused_until)} min, until {self.paused_until:%H:%M}"


PAUSE_ENDS = (RESUME, END, SKIP, START)


def interventions(actions, plan) -> tuple[Intervention, ...]:
    """The pauses (with how long each lasted) and added minutes in the run log."""
    items = {item.id: item for item in plan.items}
    found = []
    for index, action in enumerate(actions):
        if action.action == ADD and action.seconds:
            found.append(Intervention(plan.local(action.at), items.get(action.item_id),
                                      added_minutes=action.seconds / 60))
        elif action.action == PAUSE:
            ended = next((later.at for later in actions[index + 1:] if later.action in PAUSE_ENDS), None)
            found.append(Intervention(plan.local(action.at), items.get(action.item_id),
                                      paused_until=plan.local(ended) if ended else None))
    return tuple(found)


def message_text(text: str) -> str:
    """A message as shown, its working languages (one per line on the display) on one line: 'Please wrap up /
    Ju lutemi përmbyllni'."""
    return " / ".join(line.strip() for line in text.splitlines() if line.strip())


def unit_row(timing: ItemTiming) -> ReportRow:
    return ReportRow(timing.item, timing.actual_start, timing.actual_end,
                     timing.ran if timing.actual_start else None, skipped=timing.status == SKIPPED)


def session_row(session: PlannedItem, inner: list[ReportRow], finished: bool) -> ReportRow:
    """A session runs from its first item's start to its last item's end, once all of them are over."""
    starts = [row.actual_start for row in inner if row.actual_start]
    ends = [row.actual_end for row in inner if row.actual_end]
    start = min(starts) if starts else None
    end = max(ends) if ends and finished else None
    return ReportRow(session, start, end, end - start if start and end else None,
                     skipped=bool(inner) and all(row.skipped for row in inner))


def timed_day(day: Day, clock: Clock) -> TimedDay:
    timing = day_timing(day, clock)
    runs = {item_timing.item.id: item_timing for item_timing in timing.items}
    rows: dict[int, ReportRow] = {}
    for item in timing.plan.items:
        if item.id in runs:
            rows[item.id] = unit_row(runs[item.id])
        elif item.kind == "end":
            rows[item.id] = ReportRow(item, actual_start=timing.actual_end)
        else:
            rows[item.id] = ReportRow(item)  # registration, and sessions until their items are known
    for session in timing.plan.items:
        inner = [rows[child.id] for child in timing.plan.children_of(session)]
        if inner:
            finished = all(runs[child.id].status in (DONE, SKIPPED) for child in timing.plan.children_of(session)
                           if child.id in runs)
            rows[session.id] = session_row(session, inner, finished)
    return TimedDay(day, [rows[item.id] for item in timing.plan.items], timing.messages, timing.recoveries,
                    timing.planned_end, timing.actual_end, interventions(load_actions(day), timing.plan))


def event_timings(event: Event, day_number: int | None, clock: Clock) -> list[TimedDay]:
    return [timed_day(day, clock) for day in chosen_days(event, day_number)]


# --- wording shared by every format --------------------------------------------------------

def item_label(item: PlannedItem) -> str:
    return f"Session {item.number}: {item.title}" if item.kind == "session" and item.number else item.title


def signed_minutes(value: int | None) -> str:
    """'+6', '−2', '±0'; empty when there is nothing to compare."""
    if value is None:
        return ""
    if value == 0:
        return "±0"
    return f"+{value}" if value > 0 else f"−{-value}"


def span(start: datetime | None, end: datetime | None, point: bool = False) -> str:
    if start is None:
        return ""
    if point or end is None:
        return local_time(start) + ("" if point else "–")
    return f"{local_time(start)}–{local_time(end)}"


def day_verdict(timing: TimedDay, language: str = REFERENCE_LANGUAGE) -> str:
    """One sentence: how late the day ran, in `language`."""
    day = day_name(timing.day, language)
    if not timing.rows:
        return words("no_agenda", language, day=day)
    if not timing.has_run:
        return words("no_chair_actions", language, day=day)
    late, end, planned = timing.late_at_end_minutes, timing.actual_end, f"{timing.planned_end:%H:%M}"
    if end is None:
        ending = words("not_ended", language, day=day)
    elif late == 0:
        ending = words("ended_on_time", language, day=day, time=f"{end:%H:%M}")
    else:
        ending = words("ended_late" if late > 0 else "ended_early", language, day=day, time=f"{end:%H:%M}",
                       minutes=abs(late), planned=planned)
    latest = timing.latest_start
    behind = ""
    if latest and latest.start_delay_minutes > 0:
        behind = words("furthest_behind", language, item=item_label(latest.item), time=f"{latest.actual_start:%H:%M}",
                       planned=f"{latest.planned_start:%H:%M}", minutes=latest.start_delay_minutes)
    return f"{ending}{behind}."


# --- tables ----------------------------------------------------------------------------------

ITEM_HEADER = ["Day", "Date", "Kind", "Session", "Item", "Planned start", "Planned end", "Actual start",
               "Actual end", "Planned minutes", "Actual minutes", "Difference (minutes)", "Start delay (minutes)",
               "Skipped"]


def clock_time(instant: datetime | None):
    return instant.time().replace(second=0, microsecond=0) if instant else None


def items_sheet(days: list[TimedDay]) -> Sheet:
    rows = [[day_name(timed.day), timed.day.date, row.item.kind, row.item.number, row.item.title,
             row.planned_start.time(), row.planned_end.time(), clock_time(row.actual_start),
             clock_time(row.actual_end), row.planned_minutes, row.actual_minutes, row.overrun_minutes,
             row.start_delay_minutes, "yes" if row.skipped else ""]
            for timed in days for row in timed.rows]
    return Sheet("Items", ITEM_HEADER, rows)


def during(timed: TimedDay, message: MessageTiming) -> str:
    row = timed.running_at(message.shown)
    return item_label(row.item) if row else ""


def messages_sheet(days: list[TimedDay]) -> Sheet:
    rows = [[day_name(timed.day), clock_time(message.shown), clock_time(message.hidden), during(timed, message),
             message_text(message.text)] for timed in days for message in timed.messages]
    return Sheet("Messages", ["Day", "Shown", "Hidden", "During", "Message"], rows)


def interventions_sheet(days: list[TimedDay]) -> Sheet:
    rows = [[day_name(timed.day), clock_time(event.at), item_label(event.item) if event.item else "",
             "pause" if event.is_pause else "added time",
             minutes_between(event.at, event.paused_until) if event.is_pause else round(event.added_minutes),
             clock_time(event.paused_until)] for timed in days for event in timed.interventions]
    return Sheet("Pauses and added time", ["Day", "At", "Item", "What", "Minutes", "Resumed at"], rows)


def days_sheet(days: list[TimedDay]) -> Sheet:
    rows = [[day_name(timed.day), timed.day.date, clock_time(timed.planned_end), clock_time(timed.actual_end),
             timed.late_at_end_minutes, day_verdict(timed)] for timed in days]
    return Sheet("Days", ["Day", "Date", "Planned end", "Actual end", "Late at the end (minutes)", "Summary"], rows)


def write_timing_csv(days: list[TimedDay], out: Path) -> None:
    write_csv(out, items_sheet(days))


def write_timing_xlsx(days: list[TimedDay], out: Path) -> None:
    write_xlsx(out, [days_sheet(days), items_sheet(days), messages_sheet(days), interventions_sheet(days)])


# --- PDF ---------------------------------------------------------------------------------------

def difference_cell(row: ReportRow) -> tuple[Paragraph, list]:
    """The difference and the tint that flags an overrun (amber, red from RED_OVERRUN_MINUTES)."""
    over = row.overrun_minutes
    if over is None:
        return para("skipped" if row.skipped else "", "cell_right"), []
    if over >= RED_OVERRUN_MINUTES:
        return marked(f"<b>{coloured(signed_minutes(over), REFUSED_RED)}</b>", "cell_right"), [RED_TINT]
    if over > 0:
        return marked(f"<b>{coloured(signed_minutes(over), WARN_AMBER)}</b>", "cell_right"), [AMBER_TINT]
    return marked(coloured(signed_minutes(over), OK_GREEN if over < 0 else MUTED), "cell_right"), []


def label_cell(item: PlannedItem) -> Paragraph:
    label = escape(item_label(item))
    if item.kind == "session":
        label = f"<b>{label}</b>"
    elif item.kind in ("break", "lunch", "registration", "end"):
        label = coloured(item_label(item), MUTED)
    return marked(f"<para leftIndent=10>{label}</para>" if item.parent_id else label)


def items_table(timed: TimedDay, width: float, languages: list[str]) -> Table:
    keys = ["item", "planned", "actual", "start", "planned_minutes", "actual_minutes", "over"]
    rows = [[marked(lines_in(key, languages), "head_right" if index >= 3 else "head") for index, key in enumerate(keys)]]
    skipped = in_languages("skipped", languages)
    styles = []
    for index, row in enumerate(timed.rows, start=1):
        difference, tint = difference_cell(row)
        actual = span(row.actual_start, row.actual_end, row.is_point) or (skipped if row.skipped else "—")
        rows.append([
            label_cell(row.item),
            para(span(row.planned_start, row.planned_end, row.is_point)),
            para(actual),
            para(signed_minutes(row.start_delay_minutes), "cell_right"),
            para("" if row.is_point else row.planned_minutes, "cell_right"),
            para("" if row.actual_minutes is None else row.actual_minutes, "cell_right"),
            difference,
        ])
        if row.item.kind == "session":
            styles.append(("LINEABOVE", (0, index), (-1, index), 0.8, MUTED))
        styles += [("BACKGROUND", (6, index), (6, index), colour) for colour in tint]
    fixed = [21 * mm, 21 * mm, 12 * mm, 17 * mm, 17 * mm, 15 * mm]
    styles.append(("NOSPLIT", (0, max(1, len(rows) - 3)), (-1, -1)))  # the day's end never alone on a page
    return Table(rows, colWidths=[width - sum(fixed)] + fixed, repeatRows=1,
                 style=house_table_style(zebra=False, extra=styles))


def header_row(keys: list[str], languages: list[str]) -> list:
    return [marked(lines_in(key, languages), "head") for key in keys]


def messages_table(timed: TimedDay, width: float, languages: list[str]) -> Table:
    rows = [header_row(["shown", "until", "during", "message"], languages)]
    rows += [[para(local_time(message.shown)), para(local_time(message.hidden)), para(during(timed, message)),
              marked(f"<b>{escape(message_text(message.text))}</b>")] for message in timed.messages]
    return Table(rows, colWidths=[14 * mm, 14 * mm, width * 0.55, width * 0.45 - 28 * mm], repeatRows=1,
                 style=house_table_style())


def interventions_table(timed: TimedDay, width: float, languages: list[str]) -> Table:
    rows = [header_row(["time", "during", "chair_did"], languages)]
    rows += [[para(local_time(event.at)), para(item_label(event.item) if event.item else ""),
              para(event.describe())] for event in timed.interventions]
    return Table(rows, colWidths=[14 * mm, width * 0.6, width * 0.4 - 14 * mm], repeatRows=1,
                 style=house_table_style())


def recoveries_table(timed: TimedDay, width: float, languages: list[str]) -> Table:
    rows = [header_row(["time", "chair_caught_up"], languages)]
    rows += [[para(local_time(at)), para(text)] for at, text in timed.recoveries]
    return Table(rows, colWidths=[14 * mm, width - 14 * mm], repeatRows=1, style=house_table_style())


def timing_story(event: Event, days: list[TimedDay], width: float) -> list:
    languages = report_languages(event.language_list)
    story = [
        Paragraph(in_languages("timing_title", languages), STYLES["title"]),
        para(event_heading(event, languages), "subtitle"),
        marked(lines_in("timing_note", languages, zone=event.timezone, red=RED_OVERRUN_MINUTES), "note"),
        Spacer(1, 3 * mm),
    ]
    story += [para(verdict, "body") for timed in days
              for verdict in dict.fromkeys(day_verdict(timed, language) for language in languages)]
    for timed in days:
        story += [
            CondPageBreak(70 * mm),
            marked("<br/>".join(escape(line) for line in dict.fromkeys(
                day_with_long_date(timed.day, language) for language in languages)), "heading"),
            items_table(timed, width, languages),
        ]
        for title, table, present in (("messages_shown", messages_table, timed.messages),
                                      ("pauses_added", interventions_table, timed.interventions),
                                      ("recoveries", recoveries_table, timed.recoveries)):
            if present:
                story += [Spacer(1, 3 * mm), KeepTogether([marked(lines_in(title, languages), "group"),
                                                           Spacer(1, 1.5 * mm), table(timed, width, languages)])]
    return story


def write_timing_pdf(event: Event, days: list[TimedDay], out: Path, clock: Clock,
                     progress: ProgressCallback | None = None) -> int:
    register_fonts()  # before any paragraph is made: styles refer to the fonts by name
    languages = report_languages(event.language_list)
    frame = PageFrame(event_title=event.title, report_title=in_languages("timing_title", languages),
                      generated=generated_line(event, clock, languages),
                      languages=tuple(languages))
    return write_pdf(out, timing_story(event, days, CONTENT_WIDTH), frame, progress)
