"""An unexpected error in the window: its traceback goes to the log, and the person at the keyboard is told
where the log is and that nothing acknowledged was lost (every check-in and chair action shown as saved was
committed before it was shown). The window goes on; a second error while the first is shown is only logged."""
from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from models.ground.logs import log_file

log = logging.getLogger("belvedere.crash")


class CrashReporter(QObject):
    happened = Signal()  # from any thread; the dialog is shown by the window's own thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.happened.connect(self.show_dialog, Qt.ConnectionType.QueuedConnection)
        self.box: QMessageBox | None = None
        self.previous = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        sys.excepthook, threading.excepthook = self.on_exception, self.on_thread_exception

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self.previous

    def on_exception(self, kind, value, traceback) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous[0](kind, value, traceback)
            return
        log.critical("unexpected error", exc_info=(kind, value, traceback))
        self.happened.emit()

    def on_thread_exception(self, args) -> None:
        if issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        log.critical("unexpected error in thread %s", name, exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        self.happened.emit()

    def show_dialog(self) -> None:
        if self.box is not None:
            return
        self.box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Belvedere met an unexpected problem"),
                               self.tr("Belvedere met an unexpected problem and wrote what happened to its log:"),
                               parent=QApplication.activeWindow())
        self.box.setInformativeText("\n\n".join([
            str(log_file()),
            self.tr("Nothing that was acknowledged was lost: every check-in and chair action that Belvedere showed "
                    "as saved is in the event file."),
            self.tr("You can go on working. If something does not respond, close Belvedere and start it again, and "
                    "give the log to whoever looks after Belvedere."),
        ]))
        self.box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.box.finished.connect(self.closed)
        self.box.open()

    def closed(self) -> None:
        self.box.deleteLater()
        self.box = None
