"""Where the display goes, without a screen: the chooser's entries and the laptop window's place."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRect

from ui.agenda.display_screens import (
    ABSENT,
    CONNECTED,
    FRAME,
    LAPTOP,
    SMALLEST_WIDTH,
    chosen_screen,
    corner_geometry,
    screen_entries,
)

LAPTOP_AREA = QRect(0, 0, 1280, 800)
# the chair's page in a full-screen window at 1280×800: the controls' column, the header, the sentence line
CHAIR_CONTROLS = [QRect(836, 120, 420, 630), QRect(224, 80, 1032, 40), QRect(224, 764, 1032, 18)]


def test_the_chooser_names_the_chosen_screen_while_it_is_absent():
    assert screen_entries(["Laptop", "Projector"], "Laptop", "Projector") == [("Laptop", LAPTOP), ("Projector", CONNECTED)]
    assert screen_entries(["Laptop"], "Laptop", "Projector") == [("Laptop", LAPTOP), ("Projector", ABSENT)]
    # the chair's choice holds whether or not it is connected; before any, the first screen not the laptop's
    assert chosen_screen(["Laptop"], "Laptop", "Projector") == "Projector"
    assert chosen_screen(["Laptop", "HDMI-1"], "Laptop", None) == "HDMI-1"
    assert chosen_screen(["Laptop"], "Laptop", None) == "Laptop"


def test_on_the_laptop_the_display_keeps_clear_of_the_chair_s_controls():
    rect = corner_geometry(LAPTOP_AREA, CHAIR_CONTROLS)
    framed = rect.marginsAdded(FRAME)
    assert LAPTOP_AREA.contains(framed) and not any(framed.intersects(other) for other in CHAIR_CONTROLS)
    assert rect.width() * 9 // 16 == rect.height() and rect.width() >= SMALLEST_WIDTH
    assert rect.left() < 100  # against the left edge, over the navigation and the table


rects = st.builds(lambda x, y, w, h: QRect(x, y, w, h), st.integers(0, 1900), st.integers(0, 1000),
                  st.integers(1, 1200), st.integers(1, 800))


@given(st.lists(rects, max_size=4), st.integers(800, 2560), st.integers(600, 1440))
def test_the_laptop_window_never_covers_what_it_must_keep_clear_when_there_is_room(keep_clear, width, height):
    area = QRect(0, 0, width, height)
    rect = corner_geometry(area, keep_clear)
    framed = rect.marginsAdded(FRAME)
    assert rect.width() >= SMALLEST_WIDTH and rect.height() == rect.width() * 9 // 16
    clear = not any(framed.intersects(other) for other in keep_clear)
    # it covers something only when it is the smallest window, in the bottom-left corner (no room anywhere)
    assert clear or (rect.width() == SMALLEST_WIDTH and rect == corner_geometry(area, [area]))
