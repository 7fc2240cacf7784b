"""The demo is alive on first start: on any date it offers to rehearse Day I now, and within a minute a newcomer
has seen the desk, the timer and a coffee-break screen working, with the 2011 record untouched."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from models.agenda.entities import AgendaAction
from models.agenda.stage import BREAK_SCREEN, ITEM_SCREEN
from models.badges.reading import payload_for
from models.checkin.entities import CheckIn
from models.event.editing import details_of, update_event
from models.event.file import open_event_database
from models.ground.clock import FakeClock
from models.ground.entities import current_event
from models.participants.entities import Participant
from tests.ui.dialogs import when_shown
from tests.ui.pages import open_window
from ui.agenda.table_model import ACTUAL_COLUMN

TODAY = datetime(2025, 3, 12, 14, 2, tzinfo=UTC)  # 15:02 in Tirana


def test_the_demo_on_any_date_rehearses_day_one_now_with_the_desk_practising(qtbot, demo_path, artifacts):
    # GIVEN a newcomer opening the demo on 12 March 2025
    window = open_window(qtbot, demo_path, FakeClock(TODAY))
    offer = window.demo_offer
    assert offer.isVisible() and offer.button.text() == "Rehearse it now"
    assert "the workshop of 9–10 June 2011" in offer.text.text()
    window.grab().save(str(artifacts / "demo-offer.png"))
    # WHEN they take it: the agenda page runs Day I from now, from its coffee break, which runs at once
    offer.button.click()
    page = window.pages["agenda"]
    assert window.stack.currentWidget() is page and page.live.log.rehearsal
    screen = page.live.screen
    assert screen.kind == BREAK_SCREEN and screen.headline[0] == "Coffee break" and screen.countdown == "15:00"
    assert screen.lines[0] == "We resume at 15:17" and screen.tag == "Rehearsal · Provë"
    assert page.lateness.text().startswith("Running on time")
    assert page.model.data(page.model.index(2, ACTUAL_COLUMN)) == "skipped"  # the morning before it
    assert not offer.button.isVisible() and "N ends it (it asks first)" in offer.text.text()
    page.miniature.grab().save(str(artifacts / "demo-rehearsal-coffee-break.png"))
    # AND N ends the break, once the newcomer says so, and runs the next session's timer
    when_shown(QMessageBox, lambda box: next(button for button in box.buttons()
                                             if button.text() == "End the break now").click())
    QTest.keyClick(page.table, Qt.Key.Key_N)
    screen = page.live.screen
    assert screen.kind == ITEM_SCREEN and screen.countdown == "1:45:00" and screen.label == "Session 3 · Sesioni 3"
    # AND the desk answers a badge in practice
    desk = window.show_page("desk")
    qtbot.keyClicks(desk.scan_field, payload_for(Participant.get(Participant.number == 118), desk.current_event))
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)
    assert "PRACTICE — nothing is recorded" in desk.result_panel.text() and "Checked in" in desk.result_panel.text()
    # THEN the record of 2011 is untouched: no chair action, no check-in
    assert AgendaAction.select().count() == 0 and CheckIn.select().count() == 0


def test_only_the_demo_offers_it_and_not_on_one_of_its_days(qtbot, demo_path):
    window = open_window(qtbot, demo_path, FakeClock(datetime(2011, 6, 9, 7, 0, tzinfo=UTC)))
    assert not window.demo_offer.isVisible()
    window.close()
    open_event_database(demo_path)
    update_event(current_event(), replace(details_of(current_event()), title="Our workshop"))  # now an event of ours
    window = open_window(qtbot, demo_path, FakeClock(TODAY))
    assert not window.demo_offer.isVisible()
