"""A badge scanned while the focus is anywhere else in the window still reaches the desk.

A keyboard-wedge scanner types into whatever has the focus: the Participants table,
where Enter opens "Edit participant", or a search field on another page. This filter
watches every key the main window receives outside the desk's own field, holds back
digits while they come at a scanner's pace, and hands a finished scan to the desk
instead of the widget. Keys typed by people go on to their widget, in order, at most a
few hundredths of a second later.
"""
from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from models.checkin.desk_input import SCANNER_KEY_GAP_SECONDS, ScannerBurst, is_code_character
from ui.desk.scan_field import SUBMIT_KEYS, ScanField

COMMAND_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier \
    | Qt.KeyboardModifier.MetaModifier


class ScanCatcher(QObject):
    """Installed on the application for `window`; calls `deliver(code)` for each scan caught."""

    def __init__(self, window: QWidget, deliver: Callable[[str], None]):
        super().__init__(window)  # goes with the window (Qt then drops the filter)
        self.main_window, self.deliver = window, deliver
        self.burst = ScannerBurst()
        self.replaying = False
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(round(SCANNER_KEY_GAP_SECONDS * 1000))
        self.pause.timeout.connect(self.let_go)
        QApplication.instance().installEventFilter(self)

    def watches(self, watched: QObject) -> bool:
        """Keys for the main window's widgets, except the desk's field, which tells scans from typing itself."""
        return (isinstance(watched, QWidget) and not isinstance(watched, ScanField)
                and watched.window() is self.main_window)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if self.replaying or kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) \
                or not self.watches(watched):
            return False
        now = time.perf_counter()
        if event.key() in SUBMIT_KEYS and self.burst.ends_in_scan(now):
            event.accept()  # a ShortcutOverride accepted: no shortcut takes this Enter (the table's "Edit")
            if kind == QEvent.Type.KeyPress:
                self.pause.stop()
                code = self.burst.text()
                self.burst.release()
                self.deliver(code)
            return True
        is_code = is_code_character(event.text()) and not event.modifiers() & COMMAND_MODIFIERS
        if kind == QEvent.Type.ShortcutOverride:  # a key a shortcut may take: what was held goes first
            if not is_code:
                self.let_go()
            return False
        if is_code:
            if not self.burst.continues(now):
                self.let_go()
            self.burst.hold(event.text(), now, (watched, copy_of(event)))
            self.pause.start()
            return True
        self.let_go()  # what was held goes on before this key
        return False

    def let_go(self) -> None:
        """Send the held keys on to the widgets they were typed into, in order."""
        self.pause.stop()
        self.replaying = True
        try:
            for widget, event in self.burst.release():
                if shiboken6.isValid(widget):
                    QApplication.sendEvent(widget, event)
        finally:
            self.replaying = False


def copy_of(event: QKeyEvent) -> QKeyEvent:
    """The event itself is Qt's, gone once delivered; a held key is sent on later as a copy."""
    return QKeyEvent(event.type(), event.key(), event.modifiers(), event.text(), event.isAutoRepeat(), event.count())
