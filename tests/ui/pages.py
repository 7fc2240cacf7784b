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
