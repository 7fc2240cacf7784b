"""The Reports page: choose, create off the GUI thread, open; the arrivals chart follows the desk."""
from __future__ import annotations

import shutil
import threading
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QMessageBox

from models.checkin.entities import CheckIn
from models.event.file import close_event_database
from models.ground.clock import UTC
from models.ground.db import sqlite_path, write_transaction
from models.ground.entities import Day
from models.ground.settings import REPORTS_FOLDER
from models.participants.entities import Participant
from tests.reports.pdf_reading import page_texts
from tests.reports.scripted import script_chair_actions, script_check_ins
from tests.ui.fitting import text_problem
from ui.app import create_application, open_main_window


@pytest.fixture
def workshop(demo_event):
    """The demo after the scripted run; returns the arrivals by day and participant number."""
    arrivals = script_check_ins(demo_event)
    script_chair_actions(demo_event)
    return arrivals


@pytest.fixture
def reports_page(qtbot, workshop, tmp_path):
    """The window on the scripted workshop, showing the Reports page, writing into tmp_path/out."""
    path = sqlite_path()
    close_event_database()
    create_application()
    window = open_main_window(str(path))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    page = window.show_page("reports")
    window.context.settings.put(REPORTS_FOLDER, str(tmp_path / "out"))
    page.show_folder()
    qtbot.waitExposed(window)
    return window, page


def create(qtbot, page, key: str, extension: str = "pdf", day_index: int = 0, busy_picture=None) -> str:
    page.report_buttons[key].click()
    page.format.setCurrentIndex(page.format.findData(extension))
    page.day.setCurrentIndex(day_index)
    with qtbot.waitSignal(page.report_done, timeout=20_000) as done:
        qtbot.mouseClick(page.create, Qt.MouseButton.LeftButton)
        assert not page.create.isEnabled() and page.progress.isVisible()  # busy, not frozen
        assert page.cancel.isVisible() == (extension == "pdf")  # a table is written in one go
        if busy_picture:
            page.window().grab().save(str(busy_picture))
    return done.args[0]


def test_the_page_shows_each_days_arrivals(reports_page, workshop, artifacts):
    window, page = reports_page
    arrivals = workshop
    assert [chart.chart.total for chart in page.charts] == [len(arrivals[1]), len(arrivals[2])]
    assert f"{len(arrivals[1])} arrivals; busiest 08:40–08:45 with 9" in page.captions[0].text()
    window.grab().save(str(artifacts / "reports-page.png"))
    # WHEN only day II is chosen THEN only its chart is shown
    page.day.setCurrentIndex(2)
    assert not page.charts[0].isVisible() and page.charts[1].isVisible()


def test_create_the_attendance_report_and_open_it(reports_page, qtbot, tmp_path, artifacts, opened_files):
    window, page = reports_page
    opened = opened_files
    # WHEN the organiser creates the attendance report as PDF
    written = create(qtbot, page, "attendance", busy_picture=artifacts / "reports-page-busy.png")
    # THEN it is written in the chosen folder, said so, and can be opened
    assert written == str(tmp_path / "out" / "attendance.pdf")
    assert "Attendance report" in page_texts(written)[0]
    assert page.status.text() == "attendance.pdf is ready."
    assert page.status.toolTip().startswith("Attendance report (PDF, 4 pages) written to")
    assert page.open_file.isEnabled() and not page.progress.isVisible() and page.create.isEnabled()
    window.grab().save(str(artifacts / "reports-page-done.png"))
    qtbot.mouseClick(page.open_file, Qt.MouseButton.LeftButton)
    assert opened == [written]


def test_formats_and_days_follow_the_report_chosen(reports_page, qtbot, tmp_path):
    _, page = reports_page
    page.report_buttons["certificates"].click()
    assert not page.day.isEnabled() and not page.format.isEnabled() and page.format.count() == 1
    page.report_buttons["timing"].click()
    assert page.day.isEnabled() and [page.format.itemData(i) for i in range(page.format.count())] == \
        ["pdf", "csv", "xlsx"]
    written = create(qtbot, page, "timing", "csv", day_index=1)
    assert written.endswith("timing-day1.csv")


def test_a_report_that_cannot_be_made_says_why(reports_page, qtbot):
    # GIVEN every check-in voided (nobody attended)
    _, page = reports_page
    with write_transaction():
        CheckIn.update(voided_at=datetime(2011, 6, 10, 18, tzinfo=UTC)).execute()
    page.report_buttons["certificates"].click()
    # WHEN certificates are asked for THEN the page says why there are none, in red, and nothing opens
    qtbot.mouseClick(page.create, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.create.isEnabled(), timeout=20_000)
    assert "Nobody has checked in yet" in page.status.text()
    assert not page.open_file.isEnabled()


@pytest.mark.parametrize("folder", [
    "/home/mirëlinda.zhugri/.local/share/Belvedere/Reports/cybercrime-ipa-2011 regional workshop",
    "C:\\Users\\Mirëlinda Zhugri\\AppData\\Local\\Belvedere\\Reports\\cybercrime-ipa-2011-regional-workshop",
])
def test_the_folder_is_shown_whole_however_long(reports_page, qtbot, folder, artifacts):
    # GIVEN a window as wide as a 1280-pixel laptop's screen, and a deep folder chosen for the reports
    window, page = reports_page
    window.context.settings.put(REPORTS_FOLDER, folder)
    # WHEN the page shows it
    page.show_folder()
    qtbot.wait(20)
    # THEN all of it is there to read, on as many lines as it takes, and its tooltip holds it as written
    assert text_problem(page.folder) is None
    assert page.folder.toolTip() == folder
    assert page.folder.text().replace("\u200b", "") == folder
    page.grab().save(str(artifacts / "reports-folder.png"))


def test_the_chart_follows_new_check_ins(reports_page):
    window, page = reports_page
    before = page.charts[1].chart.total
    walk_in = Participant.get(Participant.number == 136)  # registered for day I only
    with write_transaction():
        CheckIn.create(participant=walk_in, day=Day.get(Day.number == 2),
                       at=datetime(2011, 6, 10, 7, 3, tzinfo=UTC), method="search")
    window.context.notify("checkins")
    assert page.charts[1].chart.total == before + 1


def test_a_day_added_on_the_event_page_appears_here(reports_page):
    window, page = reports_page
    event = window.context.current_event
    with write_transaction():
        Day.create(event=event, number=3, date=date(2011, 6, 11), label="Day III")
    window.context.notify("event")
    assert page.day.count() == 4 and page.day.itemText(3).startswith("Day III · Saturday 11 June 2011")
    assert len(page.charts) == 3 and "no check-ins yet" in page.captions[2].text()


@pytest.fixture
def held_at_first_page(monkeypatch, reports_page, qtbot):
    """PDF reports stop at the end of their first page until the test lets them go on."""
    from models.reports import pdf

    reached, release = threading.Event(), threading.Event()
    original = pdf.FramedCanvas.showPage

    def show_page(canvas):
        reached.set()
        assert release.wait(20), "the test never let the report go on"
        original(canvas)  # tells the progress, where a cancel is noticed

    monkeypatch.setattr(pdf.FramedCanvas, "showPage", show_page)
    told = []  # what the window says meanwhile (a modal box would wait for a click that never comes)
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    yield reached, release, told
    release.set()
    assert QThreadPool.globalInstance().waitForDone(20_000)  # no report outlives its test


def start(qtbot, page, key: str, reached: threading.Event) -> None:
    page.report_buttons[key].click()
    page.format.setCurrentIndex(page.format.findData("pdf"))
    qtbot.mouseClick(page.create, Qt.MouseButton.LeftButton)
    assert reached.wait(20)


def test_a_long_report_can_be_cancelled_and_leaves_no_file(reports_page, held_at_first_page, qtbot, tmp_path):
    window, page = reports_page
    reached, release, _told = held_at_first_page
    start(qtbot, page, "signin", reached)
    assert page.cancel.isVisible() and page.cancel.isEnabled()
    with qtbot.waitSignal(page.job.cancelled, timeout=20_000):
        qtbot.mouseClick(page.cancel, Qt.MouseButton.LeftButton)
        assert page.status.text() == "Stopping…" and not page.cancel.isEnabled()
        release.set()
    assert "Cancelled; no report was written." in page.status.text()
    assert page.create.isEnabled() and not page.cancel.isVisible()
    assert list((tmp_path / "out").iterdir()) == []  # neither the report nor its temporary file
    assert window.context.work_in_progress() == []


def test_no_other_event_opens_and_the_window_stays_while_a_report_is_written(
        reports_page, held_at_first_page, qtbot, tmp_path, demo_template):
    window, page = reports_page
    reached, release, told = held_at_first_page
    other = tmp_path / "other.belvedere"
    shutil.copy(demo_template, other)
    before = window.context.target
    start(qtbot, page, "attendance", reached)

    window.open_target(str(other))
    window.close()
    assert window.context.target == before and window.isVisible()
    assert len(told) == 2 and all("still writing the report attendance" in text for text in told)

    with qtbot.waitSignal(page.report_done, timeout=20_000):
        release.set()
    window.open_target(str(other))
    assert window.context.target == str(other) and len(told) == 2

