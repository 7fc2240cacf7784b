"""The stage display with a laptop and a projector (run by test_two_screens.py in its own process,
because Qt chooses its screens once per process).

Screens: "Laptop" 1280×800 at (0, 0), the primary; "Projector" 1920×1080 at (1280, 0).
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication

from models.ground.clock import FakeClock
from models.ground.settings import DISPLAY_SCREEN
from tests.agenda.helpers import at
from tests.ui.offscreen_screens import laptop_only, set_screens, two_screens
from ui.agenda.page import AgendaPage
from ui.agenda.stage_window import SETTLE_MS
from ui.app import create_application
from ui.context import AppContext

PROJECTOR = QRect(1280, 0, 1920, 1080)


@pytest.fixture
def make_page(qtbot, demo_path):
    create_application()
    if len(QGuiApplication.screens()) < 2:
        set_screens(two_screens())

    def make(clock=None) -> AgendaPage:
        context = AppContext(str(demo_path), clock=clock or FakeClock(at("09:10")))
        context.open(str(demo_path))
        page = AgendaPage(context)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        return page
    yield make
    set_screens(two_screens())


def on_projector(display) -> bool:
    return (display.isVisible() and display.screen().name() == "Projector" and display.isFullScreen()
            and display.geometry() == PROJECTOR)


def on_laptop(display) -> bool:
    return display.isVisible() and display.screen().name() == "Laptop" and not display.isFullScreen()


def test_the_display_goes_full_screen_on_the_projector(make_page, qtbot, artifacts):
    # GIVEN a laptop with a projector, and the opening running
    page = make_page()
    page.act(page.chair.start)
    # THEN the projector is offered first
    assert page.screen_choice.currentData() == "Projector"
    # WHEN the chair shows the display
    qtbot.mouseClick(page.display_button, Qt.MouseButton.LeftButton)
    display = page.display
    qtbot.waitUntil(lambda: on_projector(display))
    # THEN it fills the projector, frameless, with digits sized for it, and the choice is remembered
    assert display.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert display.view.size() == PROJECTOR.size()
    assert display.view.screen_shown.countdown == "30:00"
    assert page.context.settings.value_of(DISPLAY_SCREEN) == "Projector"
    assert display.view.grab().save(str(artifacts / "stage-on-projector.png"))
    # and the keyboard stays with the chair's page
    assert not display.isActiveWindow()


def test_when_the_projector_goes_the_display_comes_back_to_the_laptop_and_returns_with_it(make_page, qtbot):
    page = make_page()
    qtbot.mouseClick(page.display_button, Qt.MouseButton.LeftButton)
    display = page.display
    qtbot.waitUntil(lambda: on_projector(display))
    # WHEN the projector's cable is pulled
    set_screens(laptop_only())
    # THEN, once the screens have settled, the display is a window on the laptop, not gone
    qtbot.waitUntil(lambda: on_laptop(display), timeout=SETTLE_MS + 2000)
    assert "“Projector” is gone" in page.error_label.text()
    assert display.view.width() < 1280
    # WHEN the projector comes back THEN so does the display, full screen
    set_screens(two_screens())
    qtbot.waitUntil(lambda: on_projector(display), timeout=SETTLE_MS + 2000)
    assert page.offer.isHidden()


def test_a_projector_connected_later_is_offered(make_page, qtbot):
    # GIVEN only the laptop, with the display in a window on it
    set_screens(laptop_only())
    qtbot.waitUntil(lambda: len(QGuiApplication.screens()) == 1)
    page = make_page()
    page.context.settings.put(DISPLAY_SCREEN, None)
    qtbot.mouseClick(page.display_button, Qt.MouseButton.LeftButton)
    display = page.display
    qtbot.waitUntil(lambda: on_laptop(display))
    # WHEN a projector is switched on
    set_screens(two_screens())
    # THEN the page offers it, and one click puts the display there
    qtbot.waitUntil(lambda: not page.offer.isHidden(), timeout=SETTLE_MS + 2000)
    assert "Projector" in page.offer_label.text()
    assert on_laptop(display)
    qtbot.mouseClick(page.offer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: on_projector(display))
    assert page.screen_choice.currentData() == "Projector"


def test_the_chosen_screen_is_remembered_by_the_next_session(make_page, qtbot):
    # GIVEN the chair chose the laptop's own screen (a mirrored projector) last time
    page = make_page()
    page.screen_choice.setCurrentIndex(page.screen_choice.findData("Laptop"))
    qtbot.mouseClick(page.display_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: on_laptop(page.display))
    page.close()
    # WHEN the page opens again THEN the laptop is preselected and the display goes there
    again = make_page()
    assert again.screen_choice.currentData() == "Laptop"
    qtbot.mouseClick(again.display_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: on_laptop(again.display))
