"""The timing report: planned against actual, from the agenda clock, for the chair's run of day I."""
from __future__ import annotations

import csv
from datetime import datetime, time

import openpyxl

from models.agenda.runlog import Chair
from models.ground.clock import UTC, FakeClock, local_to_utc, venue_zone
from models.ground.entities import Day
from models.reports.timing import event_timings, timed_day, write_timing_csv, write_timing_pdf, write_timing_xlsx
from tests.reports.pdf_reading import page_texts, render_pages
from tests.reports.scripted import DAY_ONE_MESSAGES

CLOCK = FakeClock(datetime(2011, 6, 10, 16, 0, tzinfo=UTC))


def row_of(timed, title_start: str):
    return next(row for row in timed.rows if row.item.title.startswith(title_start))


def test_actual_times_are_the_agenda_clocks(scripted):
    event, _ = scripted
    day_one, day_two = event_timings(event, None, CLOCK)
    opening = row_of(day_one, "Opening statements")
    assert (opening.actual_start.time(), opening.actual_end.time()) == (time(9, 6), time(9, 41))
    assert (opening.planned_minutes, opening.actual_minutes, opening.overrun_minutes) == (30, 35, 5)
    assert opening.start_delay_minutes == 6
    # AND a session runs from its first item's start to its last item's end
    session_two = row_of(day_one, "LEA/ISP cooperation: guidelines")
    assert (session_two.actual_start.time(), session_two.actual_end.time()) == (time(9, 41), time(11, 20))
    assert session_two.overrun_minutes == 9
    # AND the coffee break, started by itself when the talk ended, absorbed two minutes
    assert row_of(day_one, "Coffee break").overrun_minutes == -2
    # AND registration is not run by the chair: only its plan is shown
    registration = row_of(day_one, "Registration")
    assert registration.actual_start is None and registration.overrun_minutes is None
    # AND the day ran 11 minutes late at its end
    assert day_one.planned_end.time() == time(17, 30) and day_one.actual_end.time() == time(17, 41)
    assert day_one.late_at_end_minutes == 11
    assert day_one.latest_start.item.title == "Coffee break" and day_one.latest_start.start_delay_minutes == 20
    assert [(m.shown.time(), m.text) for m in day_one.messages] == DAY_ONE_MESSAGES
    assert day_one.running_at(datetime(2011, 6, 9, 11, 12)).item.title.startswith("Good practices of LEA/ISP")
    # AND a day nobody ran shows only its plan
    assert not day_two.has_run and day_two.actual_end is None


def test_a_skipped_item_is_reported_as_skipped_and_pauses_do_not_count(demo_event):
    # GIVEN day II: the first talk paused for 10 minutes and ended 20 minutes late, the second one skipped
    day = Day.get(Day.number == 2)
    zone = venue_zone(demo_event.timezone)
    clock = FakeClock()
    chair = Chair(day, clock)
    for at, control in ((time(9, 0), chair.start), (time(9, 30), chair.pause), (time(9, 40), chair.resume),
                        (time(10, 30), chair.end), (time(10, 30), chair.skip)):
        clock.set(local_to_utc(datetime.combine(day.date, at), zone))
        control()
    # WHEN the day's timing is read
    timed = timed_day(day, clock)
    # THEN the first talk ran 80 minutes (pauses left out), 20 over its hour
    first = row_of(timed, "Common measures")
    assert (first.actual_minutes, first.overrun_minutes) == (80, 20)
    # AND the skipped talk has no times and no overrun
    skipped = row_of(timed, "Measures to be taken by law")
    assert skipped.skipped and skipped.actual_start is None and skipped.overrun_minutes is None
    # AND the session has not ended while its other items have not run
    assert row_of(timed, "Specific measures").actual_end is None


def test_the_pdf_highlights_overruns_and_says_how_late_each_day_ran(scripted, tmp_path, artifacts):
    event, _ = scripted
    out = tmp_path / "timing.pdf"
    pages = write_timing_pdf(event, event_timings(event, None, CLOCK), out, CLOCK)
    texts = page_texts(out)
    text = " ".join(texts)
    render_pages(out, artifacts / "reports", "timing")
    assert pages == len(texts)
    assert "Day I ended at 17:41, 11 minutes later than the planned 17:30; it ran furthest behind when " \
           "“Coffee break” started at 11:20 instead of 11:00 (20 minutes late)." in text
    assert "Day II: no chair actions were recorded; only the plan is shown." in text
    # AND the event's second working language has the same sentences in its own words
    assert "Dita I mbaroi në orën 17:41, 11 minuta më vonë se ora e planifikuar 17:30; vonesa më e madhe ishte kur " \
           "“Coffee break” filloi në orën 11:20 në vend të orës 11:00 (20 minuta vonesë)." in text
    assert "Dita II: nuk u regjistrua asnjë veprim i moderatorit; tregohet vetëm plani." in text
    assert "Opening statements 09:00–09:30 09:06–09:41 +6 30 35 +5" in text
    assert "Coffee break 11:00–11:15 11:20–11:33 +20 15 13 −2" in text
    assert "Messages shown on the speaker's display" in text
    assert "11:12 11:20 Good practices of LEA/ISP cooperation" in text and "Please wrap up" in text
    assert "17:36 Current procedures for legally binding requests in project areas 5 minutes" in text


def test_csv_and_xlsx_read_back(scripted, tmp_path):
    event, _ = scripted
    timings = event_timings(event, None, CLOCK)
    write_timing_csv(timings, tmp_path / "timing.csv")
    with (tmp_path / "timing.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == sum(len(t.rows) for t in timings) == 31
    opening = next(row for row in rows if row["Item"] == "Opening statements")
    assert (opening["Actual start"], opening["Actual end"], opening["Difference (minutes)"]) == ("09:06", "09:41", "5")
    write_timing_xlsx(timings, tmp_path / "timing.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "timing.xlsx")
    assert workbook.sheetnames == ["Days", "Items", "Messages", "Pauses and added time"]
    days = list(workbook["Days"].iter_rows(min_row=2, values_only=True))
    assert days[0][:5] == ("Day I", datetime(2011, 6, 9), time(17, 30), time(17, 41), 11)
    assert [row[4] for row in workbook["Messages"].iter_rows(min_row=2, values_only=True)] == \
        [text for _, text in DAY_ONE_MESSAGES]


def test_pauses_and_added_minutes_are_listed_and_messages_show_each_language_apart(demo_event, tmp_path, artifacts):
    # GIVEN a day I where the chair paused the opening for 4 minutes, added 5 minutes, and showed a quick message
    from models.agenda.phrases import quick_message
    from models.reports.timing import message_text

    day = Day.get(Day.number == 1)
    zone = venue_zone(demo_event.timezone)
    clock = FakeClock(local_to_utc(datetime.combine(day.date, time(9, 0)), zone))
    chair = Chair(day, clock)
    chair.start()
    clock.advance(minutes=10)
    chair.pause()
    clock.advance(minutes=4)
    chair.resume()
    clock.advance(minutes=6)
    chair.add_time(300)
    chair.show_message(quick_message("wrap_up", ["en", "sq"]))
    clock.advance(minutes=20)
    chair.next_item()
    # WHEN the timing report is written
    timed = timed_day(day, clock)
    out = tmp_path / "timing.pdf"
    write_timing_pdf(demo_event, [timed], out, clock)
    text = " ".join(page_texts(out))
    render_pages(out, artifacts / "reports", "timing-interventions", limit=2)
    # THEN the pause with its length and the added minutes are listed with their item
    assert [(event.at.time(), event.describe()) for event in timed.interventions] == [
        (time(9, 10), "paused 4 min, until 09:14"), (time(9, 20), "+5 minutes added")]
    assert "Pauses and added minutes" in text and "09:10 Opening statements paused 4 min, until 09:14" in text
    # AND the message prints both languages with a separator, not run together
    assert message_text(timed.messages[0].text) == "Please wrap up / Ju lutemi, përmbyllni"
    assert "Please wrap up / Ju lutemi, përmbyllni" in text
    xlsx = tmp_path / "timing.xlsx"
    write_timing_xlsx([timed], xlsx)
    rows = list(openpyxl.load_workbook(xlsx)["Pauses and added time"].iter_rows(min_row=2, values_only=True))
    assert [row[3:5] for row in rows] == [("pause", 4), ("added time", 5)]


def test_a_days_last_row_stays_with_its_table(scripted):
    # GIVEN day I's table of items, on a page that has room for all but its last row
    from models.reports.pdf import CONTENT_WIDTH, register_fonts
    from models.reports.timing import items_table

    register_fonts()
    event, _ = scripted
    [timed] = event_timings(event, 1, CLOCK)
    table = items_table(timed, CONTENT_WIDTH, ["en", "sq"])
    _, height = table.wrap(CONTENT_WIDTH, 10_000)
    last_row = table._rowHeights[-1]
    # WHEN it is split there
    first, rest = table.split(CONTENT_WIDTH, height - last_row / 2)
    # THEN the end of the day does not go to the next page alone: the item before it goes with it
    assert len(rest._cellvalues) - 1 >= 2  # the repeated header, then at least two rows
    assert len(first._cellvalues) + len(rest._cellvalues) - 1 == len(table._cellvalues)
