"""Rehearsing the day in the whole main window, on 12 March 2025: the demo of June 2011 on a date outside it."""
from __future__ import annotations

import re
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from models.agenda.entities import AgendaAction, RehearsalAction
from models.agenda.stage import BREAK_SCREEN, ITEM_SCREEN, SEATS_SCREEN
from models.ground.clock import FakeClock
from models.ground.days import event_days
from tests.ui.dialogs import when_shown
from tests.ui.pages import open_window
from ui.agenda.rehearsing import RehearsalDialog

MARCH_MORNING = datetime(2025, 3, 12, 9, 32, 20, tzinfo=UTC)  # 10:32 in Tirana
MILLIONS_LATE = re.compile(r"\d{5,} min")


def agenda_on(qtbot, demo_path, clock):
    window = open_window(qtbot, demo_path, clock)
    page = window.show_page("agenda")
    qtbot.waitUntil(page.isVisible)
    return window, page


def everything_said(page) -> str:
    """Every word the chair's page and the stage display show."""
    model = page.model
    cells = [str(model.data(model.index(row, column)) or "") for row in range(model.rowCount())
             for column in range(model.columnCount())]
    screen = page.live.screen
    return "\n".join([page.lateness.text(), page.rehearsing.band.label.text(), *cells, screen.countdown,
                      *screen.headline, *screen.lines, *screen.next_lines])


def choose_in_rehearsal_dialog(layout: str, seen: list):
    def act(dialog):
        seen.append(dialog)
        dialog.buttons[layout].click()
        dialog.rehearse_button.click()
    when_shown(RehearsalDialog, act)


def test_start_on_a_date_outside_the_event_offers_a_rehearsal_that_runs_as_on_the_day(qtbot, demo_path):
    # GIVEN the demo opened on 12 March 2025 at 10:32 in Tirana: the page offers to rehearse
    clock = FakeClock(MARCH_MORNING)
    window, page = agenda_on(qtbot, demo_path, clock)
    band = page.rehearsing.band
    assert band.isVisible() and "Today (12.03.2025) is not Day I (09.06.2011)" in band.label.text()
    assert page.lateness.text() == "Planned for 09.06.2011 · the day ends at 17:30"
    # WHEN the chair presses Start (space): the day is not started, the rehearsal is offered instead
    seen: list = []
    choose_in_rehearsal_dialog("from_now", seen)
    QTest.keyClick(page.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(seen))
    assert "is not Day I (09.06.2011)" in seen[0].findChild(type(band.label), "rehearsal-reason").text()
    assert seen[0].buttons["same_times"].text() == "At the same clock times: 09:00–17:30"
    assert seen[0].buttons["from_now"].text() == "Starting now: 10:32–19:02"
    qtbot.waitUntil(lambda: page.live.log.rehearsal)
    assert "REHEARSAL of Day I (09.06.2011), laid on today starting at 10:32" in band.label.text()
    assert AgendaAction.select().count() == 0
    qtbot.waitUntil(window.isActiveWindow)  # the dialog has handed the keyboard back
    # WHEN the chair starts, the opening overruns by five minutes and the session runs on to the coffee break
    QTest.keyClick(page.table, Qt.Key.Key_Space)
    assert page.live.state.current.item.title == "Opening statements" and page.start_button.text() == "Pause"
    assert page.live.screen.kind == ITEM_SCREEN and page.live.screen.tag == "Rehearsal · Provë"
    for minutes in (35, 30, 30):
        clock.advance(minutes=minutes)
        QTest.keyClick(page.table, Qt.Key.Key_N)
        assert not MILLIONS_LATE.search(everything_said(page))
    clock.advance(minutes=30)
    page.end_button.click()
    # THEN the coffee break started by itself, five minutes late; keeping its resume time (ten minutes at
    # least) it absorbs them, and people are called back to their seats two minutes before it ends
    assert page.live.screen.kind == BREAK_SCREEN and page.live.state.current.item.title == "Coffee break"
    assert page.live.screen.lines[0] == "We resume at 12:47" and page.lateness.text().startswith("Running on time")
    clock.advance(minutes=9)
    page.live.tick()
    assert page.live.screen.kind == SEATS_SCREEN
    assert not MILLIONS_LATE.search(everything_said(page))
    # AND the stage display shows the same, tagged as a rehearsal
    page.display_button.setChecked(True)
    qtbot.waitUntil(lambda: page.display is not None and page.display.isVisible())
    assert page.display.view.screen_shown.kind == SEATS_SCREEN and page.display.view.screen_shown.tag
    # AND the day's own run log holds nothing
    assert AgendaAction.select().count() == 0 and RehearsalAction.select().count() == 8  # start, 3 × (end, start), end


def test_a_rehearsal_under_way_comes_back_after_a_restart_and_is_cleared_on_request(qtbot, demo_path):
    clock = FakeClock(MARCH_MORNING)
    window, page = agenda_on(qtbot, demo_path, clock)
    choose_in_rehearsal_dialog("same_times", [])
    page.rehearsing.band.rehearse_button.click()
    qtbot.waitUntil(lambda: page.live.log.rehearsal)
    assert "at the same clock times" in page.rehearsing.band.label.text()
    page.start_button.click()
    assert page.lateness.text().startswith("Running 92 min late")  # 10:32 for 9:00, as it would be on the day
    # WHEN the program is closed and opened again the same day
    window.close()
    window, page = agenda_on(qtbot, demo_path, clock)
    # THEN the chair's page is back on the rehearsal, the opening still running
    assert page.live.log.rehearsal and page.live.state.current.status == "running"
    # WHEN the chair goes back to the day, and to the rehearsal again
    page.rehearsing.band.leave_button.click()
    assert not page.live.log.rehearsal and "Rehearse it now" in page.rehearsing.band.label.text()
    # AND clears the rehearsal
    page.follow(page.day, rehearse=True)
    when_shown(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    page.rehearsing.band.clear_button.click()
    qtbot.waitUntil(lambda: not page.live.log.rehearsal)
    assert RehearsalAction.select().count() == 0 and AgendaAction.select().count() == 0


def test_the_event_moved_today_is_day_one_and_the_chair_starts_the_real_day(qtbot, demo_path):
    clock = FakeClock(datetime(2025, 3, 12, 7, 58, tzinfo=UTC))  # 8:58 in Tirana
    window, page = agenda_on(qtbot, demo_path, clock)
    when_shown(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    page.rehearsing.band.moved_button.click()
    qtbot.waitUntil(lambda: page.day.date == date(2025, 3, 12))
    assert [day.date for day in event_days(page.context.current_event)] == [date(2025, 3, 12), date(2025, 3, 13)]
    assert page.day_choice.currentText() == "Day I — 12.03.2025" and not page.rehearsing.band.isVisible()
    assert window.pages["desk"].day_choice.currentText() == "Day I — 12.03.2025"  # the desk follows the move
    clock.advance(minutes=2)
    page.start_button.click()
    assert AgendaAction.select().count() == 1 and page.lateness.text().startswith("Running on time")
