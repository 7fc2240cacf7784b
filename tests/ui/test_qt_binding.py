"""The Qt binding itself: a known-bad release must never come back through an upgrade."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_keep_none_alive():
    # GIVEN PySide6 6.12.0, which released a reference to None on every call of a method returning
    # nothing: on Python 3.11 the app aborted ("none_dealloc") after a few thousand calls, that is a
    # few hundred scans at the desk or minutes of the stage display.
    thing = QObject()
    before = sys.getrefcount(None)
    # WHEN a thousand such calls are made
    for _ in range(1000):
        thing.setObjectName("desk")
    # THEN None is referenced as often as before
    assert sys.getrefcount(None) >= before
