"""This laptop's window settings (window.ini), read and written by their declarations."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray

from models.ground.settings import CHIME, DESK_NAME, DISPLAY_SCREEN, SEATS_MINUTES, WINDOW_GEOMETRY
from ui.context import window_settings


def test_window_settings_round_trip_as_their_types_and_none_forgets(isolated_home):
    first = window_settings()
    assert (first.value_of(CHIME), first.value_of(DESK_NAME), first.value_of(DISPLAY_SCREEN)) == (True, "", None)
    first.put(CHIME, False)
    first.put(DESK_NAME, "Desk 2")
    first.put(DISPLAY_SCREEN, "Projector")
    first.put(WINDOW_GEOMETRY, QByteArray(b"\x01\xd9\xd0\xcb"))
    first.sync()
    # read back from the file, as the next start does
    again = window_settings()
    assert (again.value_of(CHIME), again.value_of(DESK_NAME), again.value_of(DISPLAY_SCREEN)) == (
        False, "Desk 2", "Projector")
    assert again.value_of(WINDOW_GEOMETRY) == QByteArray(b"\x01\xd9\xd0\xcb")
    again.put(DISPLAY_SCREEN, None)
    assert again.value_of(DISPLAY_SCREEN) is None and DISPLAY_SCREEN.key not in again.allKeys()


def test_the_window_does_not_keep_the_event_files_settings(isolated_home):
    with pytest.raises(ValueError, match="kept in the event file"):
        window_settings().put(SEATS_MINUTES, 3)
