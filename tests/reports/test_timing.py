"""The timing report: planned against actual, from the chair's log of day I."""
from __future__ import annotations

import csv
from datetime import datetime, time

import openpyxl

from models.agenda.entities import AgendaAction, AgendaItem
from models.clock import UTC, FakeClock, local_to_utc, venue_zone
from models.db import write_transaction
from models.event.entities import Day
from models.reports.timing import day_timing, event_timings, write_timing_csv, write_timing_pdf, write_timing_xlsx
from tests.reports.pdf_reading import page_texts, render_pages
from tests.reports.scripted import DAY_ONE_MESSAGES

CLOCK = FakeClock(datetime(2011, 6, 10, 16, 0, tzinfo=UTC))


def timing_of(day_timing_, title_start: str):
    return next(t for t in day_timing_.items if t.item.title.startswith(title_start))


def test_actual_times_come_from_the_chairs_log(scripted):
    event, _ = scripted
    day_one, day_two = event_timings(event)
    opening = timing_of(day_one, "Opening statements")
    assert (opening.actual_start.time(), opening.actual_end.time()) == (time(9, 6), time(9, 41))
    assert (opening.planned_minutes, opening.actual_minutes, opening.overrun_minutes) == (30, 35, 5)
    assert opening.start_delay_minutes == 6
    # GIVEN the chair moved on without ending an item THEN it ended when the next one started
    guidelines = timing_of(day_one, "The Guidelines for LEA/ISP cooperation")
    assert guidelines.actual_end.time() == time(10, 44)
    # AND a session runs from its first item's start to its last item's end
    session_two = timing_of(day_one, "LEA/ISP cooperation: guidelines")
    assert (session_two.actual_start.time(), session_two.actual_end.time()) == (time(9, 41), time(11, 20))
    assert session_two.overrun_minutes == 9
    # AND a break that absorbed delay was shorter than planned
    assert timing_of(day_one, "Coffee break").overrun_minutes == -2
    # AND the day ran 11 minutes late at its end
    assert day_one.planned_end.time() == time(17, 30) and day_one.actual_end.time() == time(17, 41)
    assert day_one.late_at_end_minutes == 11
    assert day_one.latest_start.item.title == "Coffee break" and day_one.latest_start.start_delay_minutes == 20
    assert [(m.at.time(), m.text) for m in day_one.messages] == [(at, text) for _, at, text in DAY_ONE_MESSAGES]
    # AND a day nobody ran shows only its plan
    assert not day_two.has_run and day_two.actual_end is None


def test_a_skipped_item_is_reported_as_skipped(demo_event):
    # GIVEN day II where the chair ran the first talk 20 minutes over and skipped the second
    day = Day.get(Day.number == 2)
    zone = venue_zone(demo_event.timezone)
    items = list(AgendaItem.select().where(AgendaItem.day == day))
    with write_transaction():
        for title, action, clock in (("Common measures", "start", time(9, 0)),
                                     ("Common measures", "end", time(10, 20)),
                                     ("Measures to be taken by law", "skip", time(10, 20)),
                                     ("Coffee break", "start", time(10, 20))):
            item = next(item for item in items if item.title.startswith(title))
            AgendaAction.create(day=day, item=item, action=action,
                                at=local_to_utc(datetime.combine(day.date, clock), zone))
    # WHEN the day's timing is read
    timing = day_timing(day)
    # THEN the skipped talk has no times and no overrun, the first one ran 20 minutes over
    skipped = timing_of(timing, "Measures to be taken by law")
    assert skipped.skipped and skipped.actual_start is None and skipped.overrun_minutes is None
    assert timing_of(timing, "Common measures").overrun_minutes == 20
    # AND the session has not ended while its last talk has not run
    assert timing_of(timing, "Specific measures").actual_end is None


def test_the_pdf_highlights_overruns_and_says_how_late_each_day_ran(scripted, tmp_path, artifacts):
    event, _ = scripted
    out = tmp_path / "timing.pdf"
    pages = write_timing_pdf(event, event_timings(event), out, CLOCK)
    texts = page_texts(out)
    text = " ".join(texts)
    render_pages(out, artifacts / "reports", "timing")
    assert pages == len(texts)
    assert "Day I ended at 17:41, 11 minutes later than the planned 17:30; it ran furthest behind when " \
           "“Coffee break” started at 11:20 instead of 11:00 (20 minutes late)." in text
    assert "Day II: no chair actions were recorded; only the plan is shown." in text
    assert "Opening statements 09:00–09:30 09:06–09:41 +6 30 35 +5" in text
    assert "Coffee break 11:00–11:15 11:20–11:33 +20 15 13 −2" in text
    for _, at, message in DAY_ONE_MESSAGES:
        assert f"{at:%H:%M}" in text and message in text
    assert "Messages shown on the speaker's display" in text


def test_csv_and_xlsx_read_back(scripted, tmp_path):
    event, _ = scripted
    timings = event_timings(event)
    write_timing_csv(timings, tmp_path / "timing.csv")
    with (tmp_path / "timing.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == sum(len(t.items) for t in timings) == 31
    opening = next(row for row in rows if row["Item"] == "Opening statements")
    assert (opening["Actual start"], opening["Actual end"], opening["Difference (minutes)"]) == ("09:06", "09:41", "5")
    write_timing_xlsx(timings, tmp_path / "timing.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "timing.xlsx")
    assert workbook.sheetnames == ["Days", "Items", "Messages"]
    days = list(workbook["Days"].iter_rows(min_row=2, values_only=True))
    assert days[0][:5] == ("Day I", datetime(2011, 6, 9), time(17, 30), time(17, 41), 11)
    assert [row[3] for row in workbook["Messages"].iter_rows(min_row=2, values_only=True)] == \
        [text for _, _, text in DAY_ONE_MESSAGES]
