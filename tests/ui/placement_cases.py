"""Where the main window opens on laptops' screens, title bar included (run by test_placement.py in its own
process, started on a screen whose windows get frames; each case sets the screens it needs).
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication

from tests.ui.offscreen_screens import one_screen, set_screens
from ui.app import create_application, open_main_window
from ui.placement import PREFERRED_SIZE

LAPTOPS = [(1280, 720), (1366, 768), (1280, 800)]
PROJECTOR = {"name": "Projector", "x": 1280, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
             "logicalBaseDpi": 96, "dpr": 1}


def screens(qtbot, width: int, height: int, projector: bool = False) -> None:
    """The laptop's screen, with a projector beside it; Qt hears of the change through its event queue."""
    create_application()
    config = one_screen(width, height, frame_margins=True)
    if projector:
        config["screens"].append(PROJECTOR)
    set_screens(config)
    qtbot.waitUntil(lambda: [screen.geometry() for screen in QGuiApplication.screens()]
                    == [QRect(s["x"], s["y"], s["width"], s["height"]) for s in config["screens"]])


def opened(qtbot, demo_path):
    create_application()
    window = open_main_window(str(demo_path))
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    qtbot.wait(20)  # the check made once the frame is known
    return window


def on_a_screen(window) -> bool:
    """The whole window, title bar and borders too, inside one screen's available area."""
    frame = window.frameGeometry()
    return any(screen.availableGeometry().contains(frame) for screen in QGuiApplication.screens())


@pytest.mark.parametrize(("width", "height"), LAPTOPS)
def test_first_start_on_a_laptop_opens_maximised_with_its_title_bar_on_the_screen(qtbot, demo_path, width, height):
    # GIVEN a laptop whose screen is not larger than the pages' size and a title bar
    screens(qtbot, width, height)
    # WHEN Belvedere starts for the first time
    window = opened(qtbot, demo_path)
    # THEN it fills the screen, maximised, and nothing of it is off the screen
    assert window.isMaximized()
    assert window.frameGeometry() == QRect(0, 0, width, height)
    assert on_a_screen(window)


def test_first_start_on_a_large_screen_takes_the_pages_size_centred(qtbot, demo_path):
    screens(qtbot, 1920, 1080)
    window = opened(qtbot, demo_path)
    assert not window.isMaximized()
    assert window.size() == PREFERRED_SIZE
    assert on_a_screen(window)
    centre = window.frameGeometry().center()  # centred for a title bar as desktops draw them
    assert abs(centre.x() - 960) <= 20 and abs(centre.y() - 540) <= 20


def test_a_window_left_on_an_unplugged_projector_comes_back_onto_the_laptop(qtbot, demo_path):
    # GIVEN the window was last on the projector, large
    screens(qtbot, 1280, 800, projector=True)
    window = opened(qtbot, demo_path)
    window.showNormal()
    window.setGeometry(1400, 60, 1700, 960)
    qtbot.waitUntil(lambda: window.screen().name() == "Projector")
    window.close()
    # WHEN Belvedere starts with the projector gone
    screens(qtbot, 1280, 720)
    again = opened(qtbot, demo_path)
    # THEN the window is on the laptop, whole
    assert again.screen().name() == "Laptop"
    assert on_a_screen(again)


@pytest.mark.parametrize("maximised", [False, True])
def test_a_window_saved_on_a_larger_screen_fits_the_smaller_one(qtbot, demo_path, maximised):
    # GIVEN the window was large on a 1920×1080 screen (or maximised there)
    screens(qtbot, 1920, 1080)
    window = opened(qtbot, demo_path)
    window.setGeometry(80, 60, 1800, 1000)
    if maximised:
        window.showMaximized()
    qtbot.wait(20)
    window.close()
    # WHEN the laptop starts it on its own 1280×720 screen
    screens(qtbot, 1280, 720)
    again = opened(qtbot, demo_path)
    # THEN all of it, title bar included, is on that screen
    assert on_a_screen(again), again.frameGeometry()
    if maximised:
        assert again.isMaximized()
