"""Rehearsing and practising in Albanian: the demo's offer, the chair's rehearsal band and the desk's practice
speak it, fit at 1280×800, and a switch of language in the middle of a practice keeps the desk practising."""
from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from models.badges.reading import payload_for
from models.checkin.entities import CheckIn
from models.ground.clock import FakeClock
from models.participants.entities import Participant
from tests.ui.languages import clipped, still_english
from tests.ui.pages import open_window

MARCH = datetime(2025, 3, 12, 14, 2, tzinfo=UTC)  # 15:02 in Durrës, far from the workshop
MORNING_OF_DAY_ONE = datetime(2011, 6, 9, 6, 50, tzinfo=UTC)
LANGUAGE_NAMES = {"English", "Shqip"}


def choose(window, language_name: str) -> None:
    next(action for action in window.language_menu.actions() if action.text() == language_name).trigger()


def scan(qtbot, desk, number: int) -> None:
    qtbot.keyClicks(desk.scan_field, payload_for(Participant.get(Participant.number == number), desk.current_event))
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)


def test_the_demo_rehearsed_in_albanian_speaks_it_and_fits(qtbot, demo_path, artifacts):
    # GIVEN the demo opened in March, in Albanian
    window = open_window(qtbot, demo_path, FakeClock(MARCH))
    choose(window, "Shqip")
    # THEN the demo's offer, the desk in practice and the chair's offer to rehearse speak Albanian
    offer = window.demo_offer
    assert offer.button.text() == "Provoje tani"
    assert "seminari i 9–10 qershor 2011" in offer.text.text()
    desk = window.show_page("desk")
    assert desk.practice_band.label.text() == "USHTRIM — nuk regjistrohet asgjë"
    assert still_english(window, LANGUAGE_NAMES) == [] and clipped(window) == []
    page = window.show_page("agenda")
    qtbot.waitUntil(page.isVisible)
    qtbot.wait(10)  # the page laid out
    band = page.rehearsing.band
    assert band.label.text().startswith("Sot (12.03.2025) nuk është Dita I (09.06.2011)")
    assert still_english(window, LANGUAGE_NAMES) == [] and clipped(window) == []
    # WHEN the newcomer takes the demo's offer
    offer.button.click()
    qtbot.wait(10)  # the sidebar laid out again around the offer's new text
    # THEN the band says it is a rehearsal, in Albanian, and nothing on the page is English or clipped
    page = window.pages["agenda"]
    assert page.live.log.rehearsal
    assert page.rehearsing.band.label.text().startswith("PROVË — Dita I (09.06.2011), vendosur në datën e sotme")
    assert offer.text.text().startswith("Po provohet Dita I")
    assert still_english(window, LANGUAGE_NAMES) == [] and clipped(window) == []
    window.grab().save(str(artifacts / "albanian-rehearsal.png"))


def test_a_switch_of_language_in_the_middle_of_a_practice_keeps_the_desk_practising(qtbot, demo_path):
    # GIVEN the morning of day I: the desk records; the organiser starts a practice and a volunteer scans
    window = open_window(qtbot, demo_path, FakeClock(MORNING_OF_DAY_ONE))
    window.practice_action.trigger()
    desk = window.pages["desk"]
    scan(qtbot, desk, 118)
    assert "Checked in" in desk.result_panel.text()
    # WHEN the window switches to Albanian (every page is built again)
    choose(window, "Shqip")
    # THEN the desk built again is still in practice, its answer said again in Albanian with the practice chip
    desk = window.pages["desk"]
    assert desk.recorder.practice and desk.practice_band.isVisible()
    assert desk.result_panel.text().startswith("USHTRIM — nuk regjistrohet asgjë")
    assert desk.result_panel.headline.text().endswith("U regjistrua")
    # AND the practice goes on where it was: the same badge is "already", and nothing is recorded
    scan(qtbot, desk, 118)
    assert desk.result_panel.headline.text().endswith("Regjistruar më parë")
    assert CheckIn.select().count() == 0
