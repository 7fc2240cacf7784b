"""Opening one page of the window on an event file, as the main window would."""
from __future__ import annotations

from models.ground.clock import SYSTEM_CLOCK
from ui.app import create_application
from ui.context import AppContext


def open_page(qtbot, demo_path, page_class, clock=SYSTEM_CLOCK, size=(1080, 760)):
    """The page on the event file, shown at `size`, with its clock."""
    create_application()
    context = AppContext(str(demo_path), clock=clock)
    context.open(str(demo_path))
    page = page_class(context)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    return page


def open_window(qtbot, demo_path, clock=SYSTEM_CLOCK, identity=("Desk 1", "Ana"), every_page=False, size=(1280, 800)):
    """The whole main window on the event file with its clock, as `open_main_window` builds it.

    `identity`: the desk's name and operator already given on this laptop (None: a new laptop).
    `every_page`: each page opened once and then the desk shown again, as an organiser leaves it.
    """
    from ui.main_window import MainWindow

    create_application()
    context = AppContext(str(demo_path), clock=clock)
    context.open(str(demo_path))
    if identity:
        context.settings.setValue("desk/name", identity[0])
        context.settings.setValue("desk/operator", identity[1])
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(*size)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    if every_page:
        for key in window.page_keys:
            qtbot.waitUntil(window.show_page(key).isVisible)
        window.show_page("desk")
    if identity:
        qtbot.waitUntil(lambda: window.pages["desk"].scan_field.hasFocus())
    return window


def open_window_on_page(qtbot, demo_path, key: str, clock=SYSTEM_CLOCK, size=(1280, 800)):
    """The whole main window on the event file, as a laptop shows it, at the page `key`: (window, page).

    The desk's name and operator are set, as on a laptop that has run the desk before."""
    window = open_window(qtbot, demo_path, clock, size=size)
    return window, window.show_page(key)


def leave_practice(qtbot, desk) -> None:
    """The organiser leaves practice at a desk opened on a date outside the event, and says yes: it records."""
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.dialogs import when_shown

    if desk.recorder.practice:
        when_shown(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
        desk.practice_band.leave_button.click()
        qtbot.waitUntil(lambda: not desk.recorder.practice)
