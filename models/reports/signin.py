"""Sign-in sheets: the paper fallback of the desk, one section per day, grouped by delegation.

Printed before the event they have an empty box in the desk column; printed later the
column shows who checked in and when, so the paper and the file tell the same story.
Each day ends with numbered blank rows for people who are not on the list, and an
alphabetical index of everyone on that day's sheets with their delegation and page, so a
name is found in seconds among thousands. Headers are in the event's working languages;
a delegation's note is printed at the foot of every page that names it.
"""
from __future__ import annotations

import math
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from models.ground.branding import event_logos
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
    LogoRow,
    PageFrame,
    ProgressCallback,
    RunningTitle,
    event_heading,
    fitting,
    generated_line,
    house_table_style,
    marked,
    noted,
    para,
    plain_cells,
    register_fonts,
    words_fitting,
    write_pdf,
)
from models.reports.records import AttendanceRecord, Group, by_delegation, family_name_order
from models.reports.wording import in_languages, report_languages, words

EMPTY_BOX = "☐"
TICK = "✓"
# No., name, role, organisation, checked in; the signature gets the rest: at least 50 mm, the room a hand needs.
COLUMN_WIDTHS = [10 * mm, 42 * mm, 21 * mm, 33 * mm, 16 * mm]
SIGNATURE_WIDTH = CONTENT_WIDTH - sum(COLUMN_WIDTHS)
ROW_HEIGHT = 9.5 * mm  # at least: a row grows with a long organisation name
CHUNK_ROWS = 60
INDEX_ROW = 4.6 * mm


def walk_in_rows(expected: int) -> int:
    """Blank rows for people not on the day's list: one in ten of those expected, at least ten."""
    return max(10, math.ceil(expected / 10))


def day_heading(day: Day, languages: list[str]) -> str:
    dates = " / ".join(dict.fromkeys(long_date(day.date, language) for language in languages))
    return f"{day_name_in_languages(day, languages)} · {dates}"


def running_title(day: Day, languages: list[str]) -> str:
    """The page header: short, in the first language, so a loose page still says which day it is for."""
    first = languages[0]
    return f"{words('signin_title', first)} — {day_with_long_date(day, first)}"


def header_cell(key: str, languages: list[str], align: str = "head"):
    """A column title: the first language, the others lighter beneath it."""
    first, *others = dict.fromkeys(words(key, language) for language in languages)
    lines = [escape(first)] + [f"<font size=7.5 color='#c9d6e3'>{escape(other)}</font>" for other in others]
    return marked("<br/>".join(lines), align)


def desk_text(record: AttendanceRecord, participant: Participant, day: Day) -> str:
    arrived = record.checked_in_at(participant, day)
    return EMPTY_BOX if arrived is None else f"{TICK} {arrived:%H:%M}"


class PageMark(Flowable):
    """Notes on which page a participant's row was printed, for the day's index."""

    def __init__(self, pages: dict[int, int], participant_id: int):
        super().__init__()
        self.pages, self.participant_id = pages, participant_id

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        self.pages[self.participant_id] = self.canv.getPageNumber()


def name_cell(participant: Participant, width: float, pages: dict[int, int] | None = None) -> list:
    """The family name in bold, then the given name: wrapped between words only, smaller when a word is long."""
    markup = f"<b>{escape(participant.family_name)}</b>, {escape(participant.given_name)}"
    cell = [words_fitting(markup, participant.full_name, "cell", width)]
    return cell + [PageMark(pages, participant.id)] if pages is not None else cell


def signature_table(header: list, rows: list, heading, extra: list | None = None) -> Table:
    widths = COLUMN_WIDTHS + [SIGNATURE_WIDTH]
    style = house_table_style(header_rows=2, zebra=False, extra=plain_cells((0, 2), (-1, -1)) + [
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), GROUP_TINT),
        ("ALIGN", (4, 2), (4, -1), "CENTER"),
        ("TEXTCOLOR", (4, 2), (4, -1), OK_GREEN),
        ("LINEBEFORE", (-1, 2), (-1, -1), 0.4, MUTED),
        ("BOX", (0, 0), (-1, -1), 0.6, MUTED),
    ] + (extra or []))
    return Table([[heading] + [""] * 5, header] + rows, colWidths=widths, repeatRows=2, style=style)


def group_table(record: AttendanceRecord, heading, people: list[Participant], day: Day, languages: list[str],
                pages: dict[int, int]) -> Table:
    """One delegation's rows under its heading and the column titles (repeated on every page it spans)."""
    header = [header_cell("number", languages)] + [header_cell(key, languages, "head_centre" if key == "checked_in" else "head")
                                      for key in ("name", "role", "organisation", "checked_in", "signature")]
    name_width, role_width, organisation_width = COLUMN_WIDTHS[1:4]
    not_yet = []  # rows whose box is still empty: drawn grey, the ticks green
    rows = []
    for row, participant in enumerate(people, start=2):
        if not record.attended(participant, day):
            not_yet.append(("TEXTCOLOR", (4, row), (4, row), MUTED))
        rows.append([
            str(participant.number),
            name_cell(participant, name_width, pages),
            fitting(participant.role_name, "cell", role_width),
            fitting(participant.organisation, "cell", organisation_width),
            desk_text(record, participant, day),
            Spacer(1, ROW_HEIGHT - 6),  # the room to sign, whatever the other cells hold
        ])
    return signature_table(header, rows, heading, not_yet)


def group_tables(record: AttendanceRecord, group: Group, day: Day, languages: list[str],
                 pages: dict[int, int]) -> list:
    """A delegation's tables: at most CHUNK_ROWS rows each, because reportlab re-lays out the
    rest of a table at every page break and a delegation of a thousand would take minutes."""
    present = sum(record.attended(p, day) for p in group.participants)
    people = len(group.participants)
    count = in_languages("one_participant" if people == 1 else "participants", languages, count=people) \
        + (" · " + in_languages("checked_in_count", languages, count=present) if present else "")
    title = escape(group.title)
    delegation = group.participants[0].delegation if group.participants else None
    tables = []
    for start in range(0, len(group.participants), CHUNK_ROWS):
        note = count if start == 0 else "continued"
        heading = noted(marked(f"{title}  <font size=8 color='#{MUTED.hexval()[2:]}'>{note}</font>", "group"),
                        delegation)
        tables += [group_table(record, heading, group.participants[start:start + CHUNK_ROWS], day, languages, pages),
                   Spacer(1, 4 * mm)]
    return tables


def walk_in_table(count: int, languages: list[str]) -> Table:
    """Numbered blank rows for people not on the list: name, delegation and organisation written by hand."""
    header = [header_cell("number", languages)] + [header_cell(key, languages) for key in
                                      ("name", "delegation", "organisation")] + [para("", "head"),
                                                                                 header_cell("signature", languages)]
    rows = [[str(number), "", "", "", "", Spacer(1, ROW_HEIGHT - 6)] for number in range(1, count + 1)]
    heading = marked(escape(in_languages("walk_ins", languages)), "group")
    lines = [("LINEBEFORE", (column, 2), (column, -1), 0.3, MUTED) for column in (1, 2, 3)]
    spans = [("SPAN", (3, row), (4, row)) for row in range(1, count + 2)]  # the organisation takes the desk's room
    return signature_table(header, rows, heading, spans + lines)


class DayIndex(Flowable):
    """Everyone on the day's sheets, by family name, with delegation and page: built when it is reached,
    after the day's rows are laid out, so the page numbers are the printed ones."""

    def __init__(self, people: list[Participant], pages: dict[int, int], languages: list[str]):
        super().__init__()
        self.people, self.pages, self.languages = people, pages, languages
        self._table: Table | None = None

    def table(self) -> Table:
        if self._table is None:
            header = [header_cell(key, self.languages, "head_right" if key == "page" else "head")
                      for key in ("name", "delegation", "page")]
            widths = [CONTENT_WIDTH * 0.52, CONTENT_WIDTH * 0.36, CONTENT_WIDTH * 0.12]
            rows = [[name_cell(person, widths[0]),
                     noted(fitting(person.delegation_name, "cell", widths[1]),
                           person.delegation),
                     str(self.pages.get(person.id, ""))]
                    for person in sorted(self.people, key=family_name_order)]
            style = house_table_style(extra=plain_cells((0, 1), (-1, -1)) + [("ALIGN", (2, 1), (2, -1), "RIGHT"),
                                                                             ("TOPPADDING", (0, 1), (-1, -1), 1),
                                                                             ("BOTTOMPADDING", (0, 1), (-1, -1), 1)])
            self._table = Table([header] + rows, colWidths=widths, repeatRows=1, style=style)
        return self._table

    def wrap(self, available_width, available_height):
        return self.table().wrap(available_width, available_height)

    def split(self, available_width, available_height):
        return self.table().split(available_width, available_height)

    def drawOn(self, canvas, x, y, _sW=0):
        self.table().drawOn(canvas, x, y, _sW)


def day_section(record: AttendanceRecord, day: Day, languages: list[str], logos: list) -> list:
    people = record.on_day(day)
    present = sum(record.attended(p, day) for p in people)
    title = in_languages("signin_title", languages)
    count = "one_participant" if len(people) == 1 else "participants"
    summary = " · ".join([in_languages(count, languages, count=len(people)),
                          in_languages("checked_in_at_desk", languages, count=present) if present else
                          in_languages("sign_beside", languages)])
    pages: dict[int, int] = {}
    story = [
        RunningTitle(running_title(day, languages)),
        LogoRow(logos, 12 * mm),
        Spacer(1, 2 * mm if logos else 0),
        para(title, "title"),
        para(event_heading(record.event, languages), "subtitle"),
        marked(f"<b>{escape(day_heading(day, languages))}</b> · {escape(summary)}", "body"),
        Spacer(1, 4 * mm),
    ]
    for group in by_delegation(people):
        story += group_tables(record, group, day, languages, pages)
    story += [KeepTogether(walk_in_table(walk_in_rows(len(people)), languages)),
              PageBreak(), para(in_languages("index", languages), "heading"), DayIndex(people, pages, languages)]
    return story


def write_signin_pdf(record: AttendanceRecord, out: Path, clock: Clock,
                     progress: ProgressCallback | None = None) -> int:
    register_fonts()  # before any paragraph is made: styles refer to the fonts by name
    languages = report_languages(record.event.language_list)
    logos = event_logos(record.event)
    story = []
    for index, day in enumerate(record.days):
        if index:
            story.append(PageBreak())
        story += day_section(record, day, languages, logos)
    frame = PageFrame(event_title=record.event.title, report_title=in_languages("signin_title", languages),
                      generated=generated_line(record.event, clock, languages),
                      languages=tuple(languages))
    return write_pdf(out, story, frame, progress)
