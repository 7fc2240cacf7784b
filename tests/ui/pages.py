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


def open_window_on_page(qtbot, demo_path, key: str, clock=SYSTEM_CLOCK, size=(1280, 800)):
    """The whole main window on the event file, as a laptop shows it, at the page `key`: (window, page).

    The desk's name and operator are set, as on a laptop that has run the desk before."""
    from ui.main_window import MainWindow

    create_application()
    context = AppContext(str(demo_path), clock=clock)
    context.open(str(demo_path))
    context.settings.setValue("desk/name", "Desk 1")
    context.settings.setValue("desk/operator", "Ana")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    page = window.show_page(key)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, page
