"""The timing report: how the agenda really ran — every item planned against actual start,
end and length, overruns highlighted, how late each day ran, and the messages shown.

The report reads one `DayTiming` per day. `day_timing` fills it from the chair's run log
in the simplest correct way (an item's first start, its last end, else the next item's
start; skips and messages as logged).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table

from models.agenda.entities import AgendaAction, AgendaItem
from models.agenda.plan import day_items
from models.clock import Clock, utc_to_local, venue_zone
from models.event.entities import Day, Event
from models.reports.pdf import (
    AMBER_TINT, CONTENT_WIDTH, MUTED, OK_GREEN, RED_TINT, REFUSED_RED, STYLES, WARN_AMBER, PageFrame, ProgressCallback,
    coloured, event_line, generated_line, house_table_style, register_fonts, local_time, marked, para, write_pdf,
)
from models.reports.records import chosen_days
from models.reports.spreadsheet import Sheet, write_csv, write_xlsx
from models.reports.wording import long_date

TITLE = "Timing report"
RED_OVERRUN_MINUTES = 5  # over by this much or more is printed red; any overrun is amber
POINT_KINDS = ("end",)  # items that are a moment, not a stretch of time


def minutes_between(start: datetime | None, end: datetime | None) -> int | None:
    if start is None or end is None:
        return None
    return round((end - start).total_seconds() / 60)


@dataclass(frozen=True)
class ItemTiming:
    item: AgendaItem
    actual_start: datetime | None  # venue-local, like the planned times
    actual_end: datetime | None
    skipped: bool = False

    @property
    def planned_start(self) -> datetime:
        return self.item.planned_start

    @property
    def planned_end(self) -> datetime:
        return self.item.planned_end

    @property
    def is_point(self) -> bool:
        return self.item.kind in POINT_KINDS

    @property
    def planned_minutes(self) -> int:
        return minutes_between(self.planned_start, self.planned_end)

    @property
    def actual_minutes(self) -> int | None:
        return minutes_between(self.actual_start, self.actual_end)

    @property
    def overrun_minutes(self) -> int | None:
        """Minutes longer than planned (negative when shorter); None until it has ended."""
        actual = self.actual_minutes
        return None if actual is None or self.is_point else actual - self.planned_minutes

    @property
    def start_delay_minutes(self) -> int | None:
        return minutes_between(self.planned_start, self.actual_start)


@dataclass(frozen=True)
class ShownMessage:
    at: datetime  # venue-local
    text: str
    item_title: str


@dataclass(frozen=True)
class DayTiming:
    day: Day
    items: list[ItemTiming]
    messages: list[ShownMessage]

    @property
    def has_run(self) -> bool:
        return any(timing.actual_start for timing in self.items)

    @property
    def planned_end(self) -> datetime | None:
        return max((timing.planned_end for timing in self.items), default=None)

    @property
    def actual_end(self) -> datetime | None:
        """When the last item ended (the moment the day's closing point was reached, if logged)."""
        ends = [timing.actual_start if timing.is_point else timing.actual_end for timing in self.items]
        ends = [end for end in ends if end]
        return max(ends) if ends else None

    @property
    def late_at_end_minutes(self) -> int | None:
        return minutes_between(self.planned_end, self.actual_end)

    @property
    def latest_start(self) -> ItemTiming | None:
        """The item that started furthest behind its planned time."""
        started = [timing for timing in self.items if timing.start_delay_minutes is not None]
        return max(started, key=lambda timing: timing.start_delay_minutes) if started else None


# --- from the run log ------------------------------------------------------------------------

def _leaf_timings(items: list[AgendaItem], actions: list[AgendaAction], zone) -> dict[int, ItemTiming]:
    starts: dict[int, datetime] = {}
    ends: dict[int, datetime] = {}
    skipped: set[int] = set()
    for action in actions:
        if action.item_id is None:
            continue
        local = utc_to_local(action.at, zone)
        if action.action == "start":
            starts.setdefault(action.item_id, local)
        elif action.action == "end":
            ends[action.item_id] = local
        elif action.action == "skip":
            skipped.add(action.item_id)
    started_in_order = sorted(starts.items(), key=lambda entry: entry[1])
    timings = {}
    for item in items:
        start = starts.get(item.id)
        end = ends.get(item.id)
        if start and end is None and item.kind not in POINT_KINDS:
            # the chair moved on without ending it: it ended when the next item started
            end = next((at for item_id, at in started_in_order if at > start and item_id != item.id), None)
        timings[item.id] = ItemTiming(item, start, end, skipped=item.id in skipped and start is None)
    return timings


def _with_sessions(items: list[AgendaItem], timings: dict[int, ItemTiming]) -> list[ItemTiming]:
    """A session without its own log entries runs from its first item's start to its last item's end."""
    children: dict[int, list[ItemTiming]] = {}
    for item in items:
        if item.parent_id:
            children.setdefault(item.parent_id, []).append(timings[item.id])
    result = []
    for item in items:
        timing = timings[item.id]
        inner = children.get(item.id)
        if inner and timing.actual_start is None:
            starts = [child.actual_start for child in inner if child.actual_start]
            ends = [child.actual_end for child in inner if child.actual_end]
            finished = all(child.actual_end or child.skipped for child in inner)
            timing = ItemTiming(item, min(starts) if starts else None,
                                max(ends) if ends and finished else None,
                                skipped=all(child.skipped for child in inner))
        result.append(timing)
    return result


def day_timing(day: Day) -> DayTiming:
    zone = venue_zone(day.event.timezone)
    items = day_items(day)
    actions = list(AgendaAction.select().where(AgendaAction.day == day).order_by(AgendaAction.at, AgendaAction.id))
    titles = {item.id: item.title for item in items}
    messages = [ShownMessage(utc_to_local(action.at, zone), action.text, titles.get(action.item_id, ""))
                for action in actions if action.action == "message" and action.text]
    return DayTiming(day, _with_sessions(items, _leaf_timings(items, actions, zone)), messages)


def event_timings(event: Event, day_number: int | None = None) -> list[DayTiming]:
    return [day_timing(day) for day in chosen_days(event, day_number)]


# --- wording shared by every format --------------------------------------------------------

def day_name(day: Day) -> str:
    return day.label or f"Day {day.number}"


def item_label(item: AgendaItem) -> str:
    return f"Session {item.number}: {item.title}" if item.kind == "session" and item.number else item.title


def signed_minutes(value: int | None) -> str:
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


def day_verdict(timing: DayTiming) -> str:
    """One sentence: how late the day ran."""
    if not timing.items:
        return f"{day_name(timing.day)}: no agenda."
    if not timing.has_run:
        return f"{day_name(timing.day)}: no chair actions were recorded; only the plan is shown."
    late = timing.late_at_end_minutes
    if timing.actual_end is None:
        ending = "has not ended yet"
    elif late > 0:
        ending = f"ended at {timing.actual_end:%H:%M}, {late} minutes later than the planned {timing.planned_end:%H:%M}"
    elif late < 0:
        ending = f"ended at {timing.actual_end:%H:%M}, {-late} minutes earlier than the planned " \
                 f"{timing.planned_end:%H:%M}"
    else:
        ending = f"ended on time at {timing.actual_end:%H:%M}"
    latest = timing.latest_start
    behind = ""
    if latest and latest.start_delay_minutes > 0:
        behind = (f"; it ran furthest behind when “{item_label(latest.item)}” started at "
                  f"{latest.actual_start:%H:%M} instead of {latest.planned_start:%H:%M} "
                  f"({latest.start_delay_minutes} minutes late)")
    return f"{day_name(timing.day)} {ending}{behind}."


# --- tables ----------------------------------------------------------------------------------

ITEM_HEADER = ["Day", "Date", "Kind", "Session", "Item", "Planned start", "Planned end", "Actual start",
               "Actual end", "Planned minutes", "Actual minutes", "Difference (minutes)", "Start delay (minutes)",
               "Skipped"]


def items_sheet(timings: list[DayTiming]) -> Sheet:
    rows = []
    for day_timing_ in timings:
        for timing in day_timing_.items:
            rows.append([
                day_name(day_timing_.day), day_timing_.day.date, timing.item.kind, timing.item.number,
                timing.item.title, timing.planned_start.time(), timing.planned_end.time(),
                timing.actual_start.time().replace(second=0, microsecond=0) if timing.actual_start else None,
                timing.actual_end.time().replace(second=0, microsecond=0) if timing.actual_end else None,
                timing.planned_minutes, timing.actual_minutes, timing.overrun_minutes,
                timing.start_delay_minutes, "yes" if timing.skipped else "",
            ])
    return Sheet("Items", ITEM_HEADER, rows)


def messages_sheet(timings: list[DayTiming]) -> Sheet:
    rows = [[day_name(t.day), message.at.time().replace(second=0, microsecond=0), message.item_title, message.text]
            for t in timings for message in t.messages]
    return Sheet("Messages", ["Day", "Time", "Item", "Message"], rows)


def days_sheet(timings: list[DayTiming]) -> Sheet:
    rows = [[day_name(t.day), t.day.date, t.planned_end.time() if t.planned_end else None,
             t.actual_end.time().replace(second=0, microsecond=0) if t.actual_end else None,
             t.late_at_end_minutes, day_verdict(t)] for t in timings]
    return Sheet("Days", ["Day", "Date", "Planned end", "Actual end", "Late at the end (minutes)", "Summary"], rows)


def write_timing_csv(timings: list[DayTiming], out: Path) -> None:
    write_csv(out, items_sheet(timings))


def write_timing_xlsx(timings: list[DayTiming], out: Path) -> None:
    write_xlsx(out, [days_sheet(timings), items_sheet(timings), messages_sheet(timings)])


# --- PDF ---------------------------------------------------------------------------------------

def difference_cell(timing: ItemTiming) -> tuple[Paragraph, list]:
    """The difference and the tint that flags an overrun (amber, red from RED_OVERRUN_MINUTES)."""
    over = timing.overrun_minutes
    if over is None:
        return para("skipped" if timing.skipped else "", "cell_right"), []
    if over >= RED_OVERRUN_MINUTES:
        return marked(f"<b>{coloured(signed_minutes(over), REFUSED_RED)}</b>", "cell_right"), [RED_TINT]
    if over > 0:
        return marked(f"<b>{coloured(signed_minutes(over), WARN_AMBER)}</b>", "cell_right"), [AMBER_TINT]
    return marked(coloured(signed_minutes(over), OK_GREEN if over < 0 else MUTED), "cell_right"), []


def delay_text(timing: ItemTiming) -> str:
    delay = timing.start_delay_minutes
    return "" if delay is None else signed_minutes(delay)


def items_table(timing: DayTiming, width: float) -> Table:
    headers = ["Item", "Planned", "Actual", "Start", "Planned<br/>min", "Actual<br/>min", "Over"]
    rows = [[marked(text, "head_right" if index >= 3 else "head") for index, text in enumerate(headers)]]
    styles = []
    for row, item_timing in enumerate(timing.items, start=1):
        item = item_timing.item
        label = escape(item_label(item))
        if item.kind == "session":
            label = f"<b>{label}</b>"
        elif item.kind in ("break", "lunch", "registration", "end"):
            label = coloured(item_label(item), MUTED)
        indent = 10 if item.parent_id else 0
        difference, tint = difference_cell(item_timing)
        rows.append([
            marked(f"<para leftIndent={indent}>{label}</para>" if indent else label),
            para(span(item.planned_start, item.planned_end, item_timing.is_point)),
            para(span(item_timing.actual_start, item_timing.actual_end, item_timing.is_point)
                 or ("skipped" if item_timing.skipped else "—")),
            para(delay_text(item_timing), "cell_right"),
            para("" if item_timing.is_point else item_timing.planned_minutes, "cell_right"),
            para("" if item_timing.actual_minutes is None or item_timing.is_point else item_timing.actual_minutes,
                 "cell_right"),
            difference,
        ])
        if item.kind == "session":
            styles.append(("LINEABOVE", (0, row), (-1, row), 0.8, MUTED))
        for colour in tint:
            styles.append(("BACKGROUND", (6, row), (6, row), colour))
    fixed = [21 * mm, 21 * mm, 12 * mm, 17 * mm, 17 * mm, 15 * mm]
    return Table(rows, colWidths=[width - sum(fixed)] + fixed, repeatRows=1,
                 style=house_table_style(zebra=False, extra=styles))


def messages_table(timing: DayTiming, width: float) -> Table:
    rows = [[para("Time", "head"), para("During", "head"), para("Message", "head")]]
    rows += [[para(f"{message.at:%H:%M}"), para(message.item_title), marked(f"<b>{escape(message.text)}</b>")]
             for message in timing.messages]
    return Table(rows, colWidths=[16 * mm, width * 0.55, width * 0.45 - 16 * mm], repeatRows=1,
                 style=house_table_style())


def timing_story(event: Event, timings: list[DayTiming], width: float) -> list:
    story = [
        Paragraph(TITLE, STYLES["title"]),
        para(f"{event.title} — {event_line(event)}", "subtitle"),
        para(f"Times are venue time ({event.timezone}). Start: minutes behind (+) or ahead (−) of the planned "
             f"start. Over: minutes longer (+) or shorter (−) than planned; amber when over, red when over "
             f"by {RED_OVERRUN_MINUTES} minutes or more.", "note"),
        Spacer(1, 3 * mm),
    ]
    story += [para(day_verdict(timing), "body") for timing in timings]
    for timing in timings:
        story += [
            CondPageBreak(70 * mm),
            para(f"{day_name(timing.day)} · {long_date(timing.day.date)}", "heading"),
            items_table(timing, width),
        ]
        if timing.messages:
            story += [Spacer(1, 3 * mm), KeepTogether([
                para("Messages shown on the speaker's display", "group"), Spacer(1, 1.5 * mm),
                messages_table(timing, width)])]
    return story


def write_timing_pdf(event: Event, timings: list[DayTiming], out: Path, clock: Clock,
                     progress: ProgressCallback | None = None) -> int:
    register_fonts()  # before any paragraph is made: styles refer to the fonts by name
    frame = PageFrame(event_title=event.title, report_title=TITLE, generated=generated_line(event, clock))
    return write_pdf(out, timing_story(event, timings, CONTENT_WIDTH), frame, progress)
