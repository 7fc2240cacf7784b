"""A lock that holds, through the real main window: it belongs to the event, it takes a PIN of six digits given
twice, and while it holds, closing, quitting, opening or creating another event need the PIN; wrong PINs wait."""
from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from models.event import desk_lock
from models.event.creation import create_event_file, new_event_document
from models.event.file import close_event_database, open_event_database
from models.ground import appconfig
from models.ground.clock import FakeClock
from models.ground.db import database
from models.ground.entities import current_event
from models.ground.settings import DESK_LOCK, DESK_LOCKS
from tests.ui.dialogs import CANCEL, OK, Answers
from ui.app import create_application, open_main_window
from ui.context import window_settings

PIN = "482913"


OPENED = []


@pytest.fixture(autouse=True)
def unlocked_at_the_end():
    """The windows a test leaves locked are unlocked and closed at its end, without asking for the PIN."""
    yield
    if database.obj is not None and not database.obj.is_closed():
        database.execute_sql("DELETE FROM setting WHERE key = ?", (DESK_LOCK.key,))
    appconfig.put(DESK_LOCKS, None)
    while OPENED:
        window = OPENED.pop()
        window.close()
        window.deleteLater()


def pin_typed(pin: str, again: str | None = None):
    """Fill the lock's dialog and press Lock."""
    def fill(dialog) -> None:
        dialog.pin.setText(pin)
        dialog.again.setText(pin if again is None else again)
        dialog.accept()
    return fill


def cancel(dialog) -> None:
    dialog.reject()


def window_on(qtbot, path):
    create_application()
    settings = window_settings()
    settings.setValue("desk/name", "Desk 1")
    settings.setValue("desk/operator", "Ana")
    settings.sync()
    window = open_main_window(str(path))
    OPENED.append(window)  # not qtbot's: it would close the window before the lock is lifted
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def press(qtbot, window, key) -> None:
    """Ctrl+key, typed into the window as it is after any dialog closed."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)


def locked_window(qtbot, path):
    window = window_on(qtbot, path)
    answers = Answers(pin_typed(PIN))
    window.lock_desk()
    answers.stop()
    assert window.desk_locked
    return window


def test_a_lock_needs_six_digits_given_twice_and_cancel_leaves_it_open(qtbot, demo_path):
    window = window_on(qtbot, demo_path)
    window.show_page("agenda")
    # WHEN the organiser tries four digits, then two different PINs, then gives up
    answers = Answers(pin_typed("4711"), pin_typed(PIN, "482914"), cancel)
    window.lock_desk()
    # THEN the desk is not locked, and no PIN was stored
    assert answers.done() and not window.desk_locked and not desk_lock.is_locked(current_event())
    # WHEN a good PIN is given twice (Ctrl+L)
    answers = Answers(pin_typed(PIN))
    press(qtbot, window, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: window.desk_locked)
    # THEN only the desk is left, and the lock is in the event file
    assert window.navigation.isHidden() and not window.file_menu.isEnabled()
    assert window.stack.currentWidget() is window.pages["desk"]
    assert database.execute_sql("SELECT count(*) FROM setting WHERE key = 'desk_lock'").fetchone() == (1,)


def test_closing_or_quitting_a_locked_desk_needs_the_pin(qtbot, demo_path):
    window = locked_window(qtbot, demo_path)
    # WHEN someone closes the window (Alt+F4, the title bar's ×, Quit) and cancels, then types a wrong PIN
    answers = Answers(CANCEL, "000000", OK)
    window.close()
    window.close()
    press(qtbot, window, Qt.Key.Key_Q)  # Quit's shortcut is off with the File menu
    # THEN the window stays; Cancel is no error, a wrong PIN says so
    assert answers.done() and window.isVisible()
    assert [text for text in answers.seen if "not the organiser's PIN" in text]
    assert not [text for text in answers.seen[:1] if "not the organiser's PIN" in text]
    # AND with the PIN it closes
    answers = Answers(PIN)
    assert window.close() and not window.isVisible()


def test_opening_or_creating_another_event_while_locked_needs_the_pin_and_the_lock_stays_with_its_event(
        qtbot, demo_path, tmp_path):
    other = tmp_path / "other.belvedere"
    create_event_file(other, new_event_document("Another workshop", date(2011, 9, 1), date(2011, 9, 1), "Europe/Tirane"))
    close_event_database()
    window = locked_window(qtbot, demo_path)
    # WHEN someone tries to open another event without the PIN (its shortcut does nothing; the slot asks)
    press(qtbot, window, Qt.Key.Key_O)
    answers = Answers(CANCEL, CANCEL)
    window.open_target(str(other))
    window.new_event()
    # THEN the locked event stays open
    assert answers.done() and window.context.target == str(demo_path) and window.desk_locked
    # WHEN the organiser opens the other event with the PIN
    answers = Answers(PIN)
    window.open_target(str(other))
    # THEN it opens as it is (not locked), and this event is still locked in its own file
    assert window.context.target == str(other) and not window.desk_locked
    answers = Answers()
    window.open_target(str(demo_path))
    assert window.desk_locked


def test_a_copy_of_the_locked_event_made_before_the_lock_opens_locked_too(qtbot, demo_path, tmp_path):
    earlier = tmp_path / "copy made yesterday.belvedere"
    shutil.copy(demo_path, earlier)
    window = locked_window(qtbot, demo_path)
    answers = Answers(PIN)
    window.open_target(str(earlier))
    assert answers.done() and window.context.target == str(earlier) and window.desk_locked


def test_wrong_pins_wait_longer_and_longer_even_after_a_restart(qtbot, demo_path):
    window = locked_window(qtbot, demo_path)
    # WHEN three wrong PINs are tried
    answers = Answers(*["111111", OK] * 3)
    for _ in range(3):
        window.unlock_desk()
    # THEN the third says how long the next try must wait, and during the wait even the right PIN is refused
    assert answers.done() and answers.seen[-1].endswith("The next try is possible in 30 s.")
    answers = Answers(PIN, OK)
    window.unlock_desk()
    assert window.desk_locked and "Too many wrong PINs: try again in" in answers.seen[-1]
    # AND the count is in the event file: Belvedere started again waits just the same
    database.obj.close()
    open_event_database(demo_path)
    event = current_event()
    with pytest.raises(desk_lock.WrongPin, match="Too many wrong PINs"):
        desk_lock.check(event, PIN)
    # AND once the wait is over the PIN unlocks
    desk_lock.unlock(event, PIN, clock=FakeClock(datetime.now(UTC) + timedelta(seconds=31)))
    assert not desk_lock.is_locked(event)


def test_removing_the_lock_from_the_event_file_does_not_unlock_this_laptop(qtbot, demo_path):
    window = locked_window(qtbot, demo_path)
    window.hide()
    # WHEN someone deletes the lock's row from the event file with another program, and Belvedere starts again
    database.execute_sql("DELETE FROM setting WHERE key = 'desk_lock'")
    again = window_on(qtbot, demo_path)
    # THEN the desk is still locked (this laptop kept the lock), and only the PIN opens it
    assert again.desk_locked
    answers = Answers("999999", OK, PIN)
    again.unlock_desk()
    assert again.desk_locked
    again.unlock_desk()
    assert answers.done() and not again.desk_locked


def test_cancel_in_the_unlock_dialog_is_not_an_error(qtbot, demo_path):
    window = locked_window(qtbot, demo_path)
    answers = Answers(CANCEL)
    QTest.mouseClick(window.menuBar(), Qt.MouseButton.LeftButton)  # the menus stay usable meanwhile
    window.unlock_desk()
    qtbot.wait(50)
    assert answers.seen == ["Unlock: The organiser's PIN:"] and window.desk_locked
