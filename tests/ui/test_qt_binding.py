"""The Qt binding itself: a known-bad release must never come back through an upgrade."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject

CALLS = 1000
# From Python 3.12 None is immortal (PEP 683): its reference count is pinned at a huge value that
# no call changes, so no binding can release it. Below that floor the count is a real count.
IMMORTAL_FLOOR = 2**29


def test_void_qt_calls_keep_none_alive():
    # GIVEN PySide6 6.12.0, which released a reference to None on every call of a method returning
    # nothing: on Python 3.11 the app aborted ("none_dealloc") after a few thousand calls, that is a
    # few hundred scans at the desk or minutes of the stage display.
    thing = QObject()
    before = sys.getrefcount(None)
    # WHEN a thousand such calls are made
    for _ in range(CALLS):
        thing.setObjectName("desk")
    after = sys.getrefcount(None)
    if before >= IMMORTAL_FLOOR:
        # THEN (Python 3.12 and later) None is immortal: the calls left its pinned count as it was
        assert sys.version_info >= (3, 12) and after == before
        return
    # THEN None is referenced as often as before: the bad release would have left it CALLS fewer
    assert after >= before
    # AND the count would have shown that: holding CALLS more references raises it by as many
    held = [None] * CALLS
    assert sys.getrefcount(None) >= after + CALLS
    del held
