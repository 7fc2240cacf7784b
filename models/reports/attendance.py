"""The attendance report: per day and in total, by delegation and by role, funded people
day by day (for per diem and travel reimbursement), and arrivals per 5 minutes.

PDF for reading and handing to a funder; XLSX (every table) and CSV (one row per
participant) for further work.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer, Table

from models.ground.clock import Clock
from models.ground.dates import REFERENCE_LANGUAGE, long_date
from models.ground.days import day_name, day_name_in_languages, day_with_long_date
from models.ground.entities import Day
from models.ground.spreadsheets import Sheet, write_csv, write_xlsx
from models.participants.entities import Participant
from models.participants.quota import beyond_quota
from models.reports.arrivals import BIN_MINUTES, ArrivalChart, arrival_charts, bin_start
from models.reports.chart import arrival_drawing
from models.reports.pdf import (
    CONTENT_WIDTH,
    MUTED,
    OK_GREEN,
    REFUSED_RED,
    STYLES,
    PageFrame,
    ProgressCallback,
    coloured,
    event_heading,
    generated_line,
    house_table_style,
    marked,
    noted,
    para,
    register_fonts,
    total_row_style,
    words_fitting,
    write_pdf,
)
from models.reports.records import NO_ROLE, AttendanceRecord, Group, by_delegation, family_name_order
from models.reports.wording import in_languages, lines_in, report_languages, words


@dataclass(frozen=True)
class DaySummary:
    day: Day
    expected: int
    attended: int
    attended_expected: int  # of the expected, how many came
    unexpected: int  # came without being expected (walk-ins, changed plans)

    @property
    def absent(self) -> int:
        return self.expected - self.attended_expected

    @property
    def rate(self) -> float | None:
        return self.attended_expected / self.expected if self.expected else None


@dataclass(frozen=True)
class GroupAttendance:
    title: str
    per_day: list[tuple[int, int]]  # (attended, expected) for each day of the report
    registered: int
    people: int  # attended at least one day
    person_days: int


def day_summary(record: AttendanceRecord, day: Day) -> DaySummary:
    expected = attended = attended_expected = 0
    for participant in record.participants:
        is_expected, came = record.expected(participant, day), record.attended(participant, day)
        expected += is_expected
        attended += came
        attended_expected += is_expected and came
    return DaySummary(day, expected, attended, attended_expected, attended - attended_expected)


def group_attendance(record: AttendanceRecord, group: Group) -> GroupAttendance:
    per_day = [
        (sum(record.attended(p, day) for p in group.participants),
         sum(record.expected(p, day) for p in group.participants))
        for day in record.days
    ]
    return GroupAttendance(
        title=group.title, per_day=per_day, registered=len(group.participants),
        people=sum(1 for p in group.participants if record.days_attended(p)),
        person_days=sum(attended for attended, _ in per_day),
    )


def by_role(participants: list[Participant]) -> list[Group]:
    """Roles in the event's order; people without a role last."""
    roles: dict[int | None, list[Participant]] = {}
    for participant in participants:
        roles.setdefault(participant.role_id, []).append(participant)
    ordered = sorted(roles.values(), key=lambda m: (m[0].role is None, m[0].role.position if m[0].role else 0))
    return [Group(members[0].role_name or NO_ROLE, sorted(members, key=family_name_order))
            for members in ordered]


def funded_participants(record: AttendanceRecord) -> list[Participant]:
    return [p for group in by_delegation(record.participants) for p in group.participants if p.funded]


def everyone(record: AttendanceRecord) -> Group:
    return Group("All participants", record.participants)


# --- tables (shared by XLSX and CSV) -------------------------------------------------------

def per_day_sheet(record: AttendanceRecord) -> Sheet:
    rows = []
    for day in record.days:
        summary = day_summary(record, day)
        rows.append([day_name(day), day.date, summary.expected, summary.attended, summary.attended_expected,
                     summary.unexpected, summary.absent,
                     round(summary.rate * 100, 1) if summary.rate is not None else None])
    return Sheet("Per day", ["Day", "Date", "Expected", "Attended", "Attended, expected", "Attended, not expected",
                             "Expected, absent", "Attendance rate (%)"], rows)


def group_sheet(record: AttendanceRecord, title: str, first_column: str, groups: list[Group]) -> Sheet:
    header = [first_column, "Registered"]
    for day in record.days:
        header += [f"{day_name(day)} attended", f"{day_name(day)} expected"]
    header += ["Attended at least one day", "Person-days"]
    rows = []
    for group in groups + [everyone(record)]:
        figures = group_attendance(record, group)
        row: list = [figures.title, figures.registered]
        for attended, expected in figures.per_day:
            row += [attended, expected]
        rows.append(row + [figures.people, figures.person_days])
    return Sheet(title, header, rows)


def day_cell(record: AttendanceRecord, participant: Participant, day: Day):
    """A participant's day in a table: the arrival time, or why there is none."""
    arrived = record.checked_in_at(participant, day)
    if arrived:
        return arrived.time().replace(second=0, microsecond=0)
    return "absent" if record.expected(participant, day) else "not expected"


def participant_columns(participant: Participant) -> list:
    return [participant.number, participant.family_name, participant.given_name, participant.organisation,
            participant.delegation_name, participant.role_name]


PARTICIPANT_HEADER = ["Number", "Family name", "Given name", "Organisation", "Delegation", "Role"]


def participants_sheet(record: AttendanceRecord) -> Sheet:
    """One row per participant: expected and checked in, day by day (the CSV export)."""
    header = PARTICIPANT_HEADER + ["Funded"]
    for day in record.days:
        header += [f"{day_name(day)} expected", f"{day_name(day)} checked in at"]
    header.append("Days attended")
    rows = []
    for participant in record.participants:
        row = participant_columns(participant) + ["yes" if participant.funded else "no"]
        for day in record.days:
            arrived = record.checked_in_at(participant, day)
            row += ["yes" if record.expected(participant, day) else "no",
                    arrived.time().replace(second=0, microsecond=0) if arrived else None]
        rows.append(row + [len(record.days_attended(participant))])
    return Sheet("Participants", header, rows)


def funded_sheet(record: AttendanceRecord) -> Sheet:
    header = PARTICIPANT_HEADER + [day_name(day) for day in record.days] + ["Days attended", "Within the quota"]
    beyond = beyond_quota(record.participants)
    rows = [participant_columns(p) + [day_cell(record, p, day) for day in record.days]
            + [len(record.days_attended(p)), "no" if p.number in beyond else "yes"] for p in funded_participants(record)]
    return Sheet("Funded", header, rows)


def arrivals_sheet(record: AttendanceRecord) -> Sheet:
    rows = []
    for day, chart in zip(record.days, arrival_charts([record.arrival_times(day) for day in record.days])):
        rows += [[day_name(day), start.date(), start.time(), count] for start, count in chart.bins]
        late = {}
        for instant in chart.late:
            late[bin_start(instant)] = late.get(bin_start(instant), 0) + 1
        rows += [[day_name(day), start.date(), start.time(), count] for start, count in late.items()]
    return Sheet("Arrivals per 5 minutes", ["Day", "Date", "From", "Arrivals"], rows)


def write_attendance_xlsx(record: AttendanceRecord, out: Path) -> None:
    write_xlsx(out, [
        per_day_sheet(record),
        group_sheet(record, "By delegation", "Delegation", by_delegation(record.participants)),
        group_sheet(record, "By role", "Role", by_role(record.participants)),
        funded_sheet(record), participants_sheet(record), arrivals_sheet(record),
    ])


def write_attendance_csv(record: AttendanceRecord, out: Path) -> None:
    write_csv(out, participants_sheet(record))


# --- PDF ------------------------------------------------------------------------------------

def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f} %"


def quota_sentence(record: AttendanceRecord, languages: list[str]) -> str:
    """Whether anyone is funded beyond their delegation's places, and who (markup, a line per language)."""
    beyond = sorted(beyond_quota(record.participants))
    if not beyond:
        return lines_in("quota_kept", languages)
    people = {p.number: p for p in record.participants}
    names = ", ".join(f"{people[n].full_name} ({n})" for n in beyond)
    return lines_in("quota_beyond_one" if len(beyond) == 1 else "quota_beyond", languages, count=len(beyond),
                    names=names)


def key_figures(record: AttendanceRecord, languages: list[str]) -> str:
    people = len(record.attendees())
    person_days = sum(len(record.days_attended(p)) for p in record.participants)
    return lines_in("key_figures", languages, registered=len(record.participants), people=people, days=person_days)


def headers(keys: list[str], languages: list[str], first: str = "head", others: str = "head_right") -> list:
    """Table headers, each in every working language (one line each)."""
    return [marked(lines_in(key, languages), others if index else first) for index, key in enumerate(keys)]


def per_day_table(record: AttendanceRecord, width: float, languages: list[str]) -> Table:
    header = headers(["day", "expected", "attended_column", "expected_and_came", "came_not_expected",
                      "expected_absent", "rate"], languages)
    rows = [header]
    for day in record.days:
        summary = day_summary(record, day)
        rows.append([marked(f"<b>{escape(day_name_in_languages(day, languages))}</b> · "
                            f"{escape(long_date(day.date, languages[0]))}")]
                    + [para(value, "cell_right") for value in (
                        summary.expected, summary.attended, summary.attended_expected, summary.unexpected,
                        summary.absent, percent(summary.rate))])
    number_width = (width - 62 * mm) / 6
    return Table(rows, colWidths=[62 * mm] + [number_width] * 6, repeatRows=1, style=house_table_style())


def group_table(record: AttendanceRecord, first_column: str, groups: list[Group], width: float,
                languages: list[str], delegations: bool = False) -> Table:
    """A table of groups' attendance; for delegations, each row carries its delegation's footnote."""
    day_headers = [marked(f"{escape(day_name_in_languages(day, languages))}<br/>"
                          f"{lines_in('attended_of_expected', languages)}", "head_right") for day in record.days]
    rows = [[marked(lines_in(first_column, languages), "head"), marked(lines_in("registered", languages), "head_right")]
            + day_headers + headers(["at_least_one_day", "person_days"], languages, "head_right")]
    total = everyone(record)
    for group in groups + [total]:
        figures = group_attendance(record, group)
        text, number = ("cell_bold", "cell_right_bold") if group is total else ("cell", "cell_right")
        delegation = group.participants[0].delegation if delegations and group is not total else None
        title = in_languages("everyone", languages) if group is total else figures.title
        rows.append([noted(para(title, text), delegation), para(figures.registered, number)]
                    + [para(f"{attended} / {expected}", number) for attended, expected in figures.per_day]
                    + [para(figures.people, number), para(figures.person_days, number)])
    numbers = 3 + len(record.days)
    first_width = max(width - numbers * 22 * mm, 60 * mm)
    return Table(rows, colWidths=[first_width] + [(width - first_width) / numbers] * numbers, repeatRows=1,
                 style=house_table_style(extra=total_row_style(len(rows) - 1)))


def funded_table(record: AttendanceRecord, width: float, languages: list[str]) -> Table:
    people = funded_participants(record)
    beyond = beyond_quota(record.participants)
    day_width, number_width, days_width = 18 * mm, 9 * mm, 12 * mm
    rest = width - number_width - days_width - day_width * len(record.days)
    rows = [headers(["number", "name", "delegation", "role"], languages, "head", "head")
            + [marked(escape(day_name_in_languages(day, languages)), "head_centre") for day in record.days]
            + headers(["days"], languages, "head_right")]
    absent, not_expected = in_languages("absent", languages), in_languages("not_expected", languages)
    for participant in people:
        cells = []
        for day in record.days:
            value = day_cell(record, participant, day)
            if value == "absent":
                cells.append(marked(coloured(absent, REFUSED_RED), "cell_centre"))
            elif value == "not expected":
                cells.append(marked(coloured(not_expected, MUTED), "cell_centre"))
            else:
                cells.append(marked(f"{coloured('✓', OK_GREEN)} {value:%H:%M}", "cell_centre"))
        name = f"<b>{escape(participant.family_name)}</b>, {escape(participant.given_name)}"
        if participant.number in beyond:
            name += f"<br/><b>{coloured(in_languages('beyond_quota', languages), REFUSED_RED)}</b>"
        rows.append([para(participant.number), words_fitting(name, participant.full_name, "cell", rest * 0.31),
                     noted(para(participant.delegation_name), participant.delegation),
                     para(participant.role_name)]
                    + cells + [para(len(record.days_attended(participant)), "cell_right")])
    totals = [sum(record.attended(p, day) for p in people) for day in record.days]
    rows.append([para(""), marked(lines_in("funded_present", languages), "cell_bold"), para(""), para("")]
                + [para(in_languages("count_of", languages, count=count,
                                     total=sum(record.expected(p, day) for p in people)), "cell_centre")
                   for count, day in zip(totals, record.days)]
                + [para(sum(totals), "cell_right")])
    return Table(rows, colWidths=[number_width, rest * 0.31, rest * 0.28, rest * 0.41]
                 + [day_width] * len(record.days) + [days_width],
                 repeatRows=1, style=house_table_style(extra=total_row_style(len(rows) - 1)))


def busiest(chart: ArrivalChart, language: str = REFERENCE_LANGUAGE) -> str:
    """'busiest 08:45–08:50 with 9', or every tied 5 minutes: 'busiest 08:40–08:45 and 08:50–08:55 with 7 each'."""
    peaks = chart.peaks
    spans = [f"{start:%H:%M}–{start + timedelta(minutes=BIN_MINUTES):%H:%M}" for start, _ in peaks]
    listed = spans[0] if len(spans) == 1 else ", ".join(spans[:-1]) + f" {words('and', language)} " + spans[-1]
    return words("busiest_tied" if len(peaks) > 1 else "busiest", language, spans=listed, count=peaks[0][1])


def arrivals_caption(day: Day, chart: ArrivalChart, first: datetime | None,
                     language: str = REFERENCE_LANGUAGE) -> str:
    heading = day_with_long_date(day, language)
    if first is None:
        return words("no_arrivals", language, day=heading)
    caption = words("arrivals", language, day=heading, count=chart.total, time=f"{first:%H:%M}",
                    busiest=busiest(chart, language))
    if chart.late:
        times = ", ".join(f"{instant:%H:%M}" for instant in chart.late)
        caption += " " + words("later_arrivals", language, times=times)
    return caption


def arrivals_captions(day: Day, chart: ArrivalChart, first: datetime | None, languages: list[str]) -> str:
    return "<br/>".join(escape(arrivals_caption(day, chart, first, language)) for language in languages)


def attendance_story(record: AttendanceRecord, width: float) -> list:
    event = record.event
    languages = report_languages(event.language_list)
    story = [
        Paragraph(in_languages("attendance_title", languages), STYLES["title"]),
        para(event_heading(event, languages), "subtitle"),
        marked(key_figures(record, languages), "body"),
        Spacer(1, 4 * mm),
        marked(lines_in("per_day", languages), "heading"),
        per_day_table(record, width, languages),
        marked(lines_in("attended_note", languages), "note"),
        marked(lines_in("by_delegation", languages), "heading"),
        group_table(record, "delegation", by_delegation(record.participants), width, languages, delegations=True),
        CondPageBreak(60 * mm),
        marked(lines_in("by_role", languages), "heading"),
        group_table(record, "role", by_role(record.participants), width, languages),
        PageBreak(),
        marked(lines_in("funded_day_by_day", languages), "heading"),
        marked(lines_in("per_diem_note", languages), "note"),
        marked(quota_sentence(record, languages), "body"),
        Spacer(1, 2 * mm),
        funded_table(record, width, languages),
        CondPageBreak(80 * mm),
        marked(lines_in("arrivals_per", languages, minutes=BIN_MINUTES), "heading"),
    ]
    times = [record.arrival_times(day) for day in record.days]
    for day, day_times, chart in zip(record.days, times, arrival_charts(times)):
        first = day_times[0] if day_times else None
        story.append(KeepTogether([marked(arrivals_captions(day, chart, first, languages), "body"), Spacer(1, 2 * mm),
                                   arrival_drawing(chart, width, 58 * mm), Spacer(1, 5 * mm)]))
    return story


def write_attendance_pdf(record: AttendanceRecord, out: Path, clock: Clock,
                         progress: ProgressCallback | None = None) -> int:
    register_fonts()  # before any paragraph is made: styles refer to the fonts by name
    languages = report_languages(record.event.language_list)
    frame = PageFrame(event_title=record.event.title, report_title=in_languages("attendance_title", languages),
                      generated=generated_line(record.event, clock, languages),
                      languages=tuple(languages))
    return write_pdf(out, attendance_story(record, CONTENT_WIDTH), frame, progress)
