"""Sign-in sheets: the paper fallback of the desk, one section per day, grouped by delegation.

Printed before the event they have an empty box in the desk column; printed later the
column shows who checked in and when, so the paper and the file tell the same story.
"""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table

from models.ground.clock import Clock
from models.ground.dates import long_date
from models.ground.days import day_name_in_languages, day_with_long_date
from models.ground.entities import Day
from models.participants.entities import Participant
from models.reports.pdf import (
    CONTENT_WIDTH,
    GROUP_TINT,
    MUTED,
    OK_GREEN,
    PageFrame,
    ProgressCallback,
    RunningTitle,
    event_line,
    fitting,
    generated_line,
    house_table_style,
    marked,
    para,
    plain_cells,
    register_fonts,
    write_pdf,
)
from models.reports.records import AttendanceRecord, Group, by_delegation
from models.reports.wording import in_languages, report_languages, words

EMPTY_BOX = "☐"
TICK = "✓"
# No., name, role, organisation, checked in; the signature gets the rest, the room a hand needs.
COLUMN_WIDTHS = [10 * mm, 42 * mm, 27 * mm, 44 * mm, 21 * mm]
ROW_HEIGHT = 9.5 * mm  # at least: a row grows with a long organisation name
CHUNK_ROWS = 60


def day_heading(day: Day, languages: list[str]) -> str:
    dates = " / ".join(dict.fromkeys(long_date(day.date, language) for language in languages))
    return f"{day_name_in_languages(day, languages)} · {dates}"


def running_title(day: Day, languages: list[str]) -> str:
    """The page header: short, in the first language, so a loose page still says which day it is for."""
    first = languages[0]
    return f"{words('signin_title', first)} — {day_with_long_date(day, first)}"


def header_cell(key: str, languages: list[str]):
    """A column title: the first language, the others lighter beneath it."""
    first, *others = dict.fromkeys(words(key, language) for language in languages)
    lines = [escape(first)] + [f"<font size=7.5 color='#c9d6e3'>{escape(other)}</font>" for other in others]
    return marked("<br/>".join(lines), "head_centre" if key == "checked_in" else "head")


def desk_text(record: AttendanceRecord, participant: Participant, day: Day) -> str:
    arrived = record.checked_in_at(participant, day)
    return EMPTY_BOX if arrived is None else f"{TICK} {arrived:%H:%M}"


def group_table(record: AttendanceRecord, heading: str, people: list[Participant], day: Day,
                languages: list[str], width: float) -> Table:
    """One delegation's rows under its heading and the column titles (repeated on every page it spans)."""
    header = [para("No.", "head")] + [header_cell(key, languages)
                                      for key in ("name", "role", "organisation", "checked_in", "signature")]
    rows = [[marked(heading, "group")] + [""] * 5, header]
    role_width, organisation_width = COLUMN_WIDTHS[2:4]
    not_yet = []  # rows whose box is still empty: drawn grey, the ticks green
    for row, participant in enumerate(people, start=2):
        if not record.attended(participant, day):
            not_yet.append(("TEXTCOLOR", (4, row), (4, row), MUTED))
        rows.append([
            str(participant.number),
            marked(f"<b>{escape(participant.family_name)}</b>, {escape(participant.given_name)}"),
            fitting(participant.role_name, "cell", role_width),
            fitting(participant.organisation, "cell", organisation_width),
            desk_text(record, participant, day),
            Spacer(1, ROW_HEIGHT - 6),  # the room to sign, whatever the other cells hold
        ])
    widths = COLUMN_WIDTHS + [width - sum(COLUMN_WIDTHS)]
    style = house_table_style(header_rows=2, zebra=False, extra=plain_cells((0, 2), (-1, -1)) + [
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), GROUP_TINT),
        ("ALIGN", (4, 2), (4, -1), "CENTER"),
        ("TEXTCOLOR", (4, 2), (4, -1), OK_GREEN),
        ("LINEBEFORE", (-1, 2), (-1, -1), 0.4, MUTED),
        ("BOX", (0, 0), (-1, -1), 0.6, MUTED),
    ] + not_yet)
    return Table(rows, colWidths=widths, repeatRows=2, style=style)


def group_tables(record: AttendanceRecord, group: Group, day: Day, languages: list[str], width: float) -> list:
    """A delegation's tables: at most CHUNK_ROWS rows each, because reportlab re-lays out the
    rest of a table at every page break and a delegation of a thousand would take minutes."""
    present = sum(record.attended(p, day) for p in group.participants)
    count = f"{len(group.participants)} participant" + ("s" if len(group.participants) != 1 else "") \
        + (f" · {present} checked in" if present else "")
    title = escape(group.title)
    tables = []
    for start in range(0, len(group.participants), CHUNK_ROWS):
        note = count if start == 0 else "continued"
        heading = f"{title}  <font size=8 color='#{MUTED.hexval()[2:]}'>{note}</font>"
        tables += [group_table(record, heading, group.participants[start:start + CHUNK_ROWS], day, languages, width),
                   Spacer(1, 4 * mm)]
    return tables


def day_section(record: AttendanceRecord, day: Day, languages: list[str], width: float) -> list:
    people = record.on_day(day)
    present = sum(record.attended(p, day) for p in people)
    title = in_languages("signin_title", languages)
    summary = (f"{len(people)} participants" + (f" · {present} checked in at the desk" if present else
                                                 " · sign beside your name"))
    story = [
        RunningTitle(running_title(day, languages)),
        para(title, "title"),
        para(f"{record.event.title} — {event_line(record.event)}", "subtitle"),
        marked(f"<b>{escape(day_heading(day, languages))}</b> · {escape(summary)}", "body"),
        Spacer(1, 4 * mm),
    ]
    for group in by_delegation(people):
        story += group_tables(record, group, day, languages, width)
    return story


def write_signin_pdf(record: AttendanceRecord, out: Path, clock: Clock,
                     progress: ProgressCallback | None = None) -> int:
    register_fonts()  # before any paragraph is made: styles refer to the fonts by name
    languages = report_languages(record.event.language_list)
    story = []
    for index, day in enumerate(record.days):
        if index:
            story.append(PageBreak())
        story += day_section(record, day, languages, CONTENT_WIDTH)
    frame = PageFrame(event_title=record.event.title, report_title=in_languages("signin_title", languages),
                      generated=generated_line(record.event, clock))
    return write_pdf(out, story, frame, progress)
