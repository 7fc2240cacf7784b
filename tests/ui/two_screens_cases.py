"""The stage display with a laptop and a projector (run by test_two_screens.py in its own process,
because Qt chooses its screens once per process).

Screens: "Laptop" 1280×800 at (0, 0), the primary; "Projector" 1920×1080 at (1280, 0).
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPixmap

from models.ground.clock import FakeClock
from models.ground.settings import DISPLAY_SCREEN
from tests.agenda.helpers import at
from tests.ui.offscreen_screens import laptop_only, set_screens, two_screens
from tests.ui.pages import open_window_on_page
from ui.agenda.display_screens import FRAME, SETTLE_MS, global_rect
from ui.agenda.page import AgendaPage
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


def choose_screen(page, name: str) -> None:
    """The chair picks a screen in the Display chooser (as a click in its list ends)."""
    index = page.screen_choice.findData(name)
    page.screen_choice.setCurrentIndex(index)
    page.screen_choice.activated.emit(index)


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
    assert page.screens.offer.isHidden()


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
    qtbot.waitUntil(lambda: not page.screens.offer.isHidden(), timeout=SETTLE_MS + 2000)
    assert "Projector" in page.screens.offer_label.text()
    assert on_laptop(display)
    qtbot.mouseClick(page.screens.offer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: on_projector(display))
    assert page.screen_choice.currentData() == "Projector"


def test_the_chosen_screen_is_remembered_by_the_next_session(make_page, qtbot):
    # GIVEN the chair chose the laptop's own screen (a mirrored projector) last time
    page = make_page()
    choose_screen(page, "Laptop")
    qtbot.mouseClick(page.display_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: on_laptop(page.display))
    page.close()
    # WHEN the page opens again THEN the laptop is preselected and the display goes there
    again = make_page()
    assert again.screen_choice.currentData() == "Laptop"
    qtbot.mouseClick(again.display_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: on_laptop(again.display))


# --- in the whole main window, as the chair's laptop shows it -----------------------------------

@pytest.fixture
def podium(qtbot, demo_path):
    """The main window on the laptop's screen at its agenda page, the opening running, with a projector."""
    create_application()
    if len(QGuiApplication.screens()) < 2:
        set_screens(two_screens())
    window, page = open_window_on_page(qtbot, demo_path, "agenda", FakeClock(at("09:10")))
    window.move(0, 0)
    qtbot.waitUntil(lambda: window.screen().name() == "Laptop")
    page.act(page.chair.start)
    yield window, page
    set_screens(two_screens())


def unplug(qtbot) -> None:
    set_screens(laptop_only())
    qtbot.waitUntil(lambda: len(QGuiApplication.screens()) == 1)


def plug_in(qtbot) -> None:
    set_screens(two_screens())
    qtbot.waitUntil(lambda: len(QGuiApplication.screens()) == 2)


def settled(qtbot) -> None:
    qtbot.wait(SETTLE_MS + 150)


def covered(display, page) -> list[str]:
    """The chair's controls the display's window (its frame included) lies over."""
    frame = display.frameGeometry().marginsAdded(FRAME)
    controls = {"the display chooser": page.screen_choice, "Show display": page.display_button,
                "the miniature": page.miniature, "Start": page.start_button, "the messages": page.message_text,
                "how late the day runs": page.lateness, "the day": page.day_choice,
                "what the page says": page.error_label}
    return [name for name, widget in controls.items() if frame.intersects(global_rect(widget))]


def test_the_chosen_projector_is_kept_by_name_while_unplugged_and_the_display_goes_back_to_it(podium, qtbot,
                                                                                             artifacts):
    # GIVEN the chair showed the display on the projector, then switched it off for a while
    window, page = podium
    assert page.screen_choice.currentData() == "Projector"
    qtbot.mouseClick(page.display_button, Qt.MouseButton.LeftButton)
    display = page.display
    qtbot.waitUntil(lambda: on_projector(display))
    qtbot.mouseClick(page.display_button, Qt.MouseButton.LeftButton)
    assert not display.isVisible()
    # WHEN the projector is unplugged
    unplug(qtbot)
    settled(qtbot)
    # THEN the chooser still names it, as not connected
    assert page.screen_choice.currentText() == "Projector (not connected)"
    assert page.screen_choice.currentData() == "Projector"
    window.grab().save(str(artifacts / "two-screens-projector-unplugged.png"))
    # WHEN the chair shows the display meanwhile THEN it is in a window on the laptop, and the choice is kept
    qtbot.mouseClick(page.display_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: on_laptop(display))
    assert "“Projector” is not connected" in page.error_label.text()
    assert page.context.settings.value("agenda/display_screen") == "Projector"
    # WHEN it is plugged in again THEN the display is back on it, full screen, and the chooser names it
    plug_in(qtbot)
    qtbot.waitUntil(lambda: on_projector(display), timeout=SETTLE_MS + 2000)
    assert page.screen_choice.currentText() == "Projector" and page.display_button.isChecked()
    assert "“Projector” is back" in page.error_label.text()
    assert page.screens.offer.isHidden()
    assert page.context.settings.value("agenda/display_screen") == "Projector"


def test_the_display_back_on_the_laptop_covers_none_of_the_chair_s_controls(podium, qtbot, artifacts):
    # GIVEN the display on the projector
    window, page = podium
    qtbot.mouseClick(page.display_button, Qt.MouseButton.LeftButton)
    display = page.display
    qtbot.waitUntil(lambda: on_projector(display))
    # WHEN the projector's cable is pulled
    unplug(qtbot)
    qtbot.waitUntil(lambda: on_laptop(display), timeout=SETTLE_MS + 2000)
    # THEN the display is a window the chair can move (framed), above the chair's window, clear of the controls
    assert covered(display, page) == []
    assert not display.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert display.windowFlags() & Qt.WindowType.Tool == Qt.WindowType.Tool
    assert display.width() >= 320 and "“Projector” is gone" in page.error_label.text()
    assert laptop_picture(window, display).save(str(artifacts / "two-screens-laptop-with-the-display.png"))


def laptop_picture(window, display) -> QPixmap:
    """What the laptop's screen shows: the main window, and the display's window over it, framed."""
    picture = window.grab()
    painter = QPainter(picture)
    frame = display.frameGeometry().marginsAdded(FRAME).translated(-window.geometry().topLeft())
    painter.fillRect(frame, QColor("#5f6b73"))
    painter.drawPixmap(display.geometry().topLeft() - window.geometry().topLeft(), display.grab())
    painter.end()
    return picture


def test_the_speakers_line_shrinks_to_fit_the_projector_instead_of_being_cut(podium, qtbot, artifacts):
    window, page = podium
    qtbot.mouseClick(page.display_button, Qt.MouseButton.LeftButton)
    display = page.display
    qtbot.waitUntil(lambda: on_projector(display))
    speakers = display.view.screen_shown.detail
    assert speakers.startswith("Host Country (TBC)") and speakers.endswith("Council of Europe")
    fitted = display.view.detail_fit()
    assert fitted.text == speakers and not fitted.elided
    assert fitted.size < int(0.042 * PROJECTOR.height())  # smaller than a short line, but whole
    display.view.grab().save(str(artifacts / "two-screens-speakers-on-the-projector.png"))
