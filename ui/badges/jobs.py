"""Long badge work (a PDF, a print run) off the GUI thread, with progress and cancel.

The work is a function of (progress, cancel) that touches no database: the page hands
it participants already loaded, and records the printing itself once the work is done.
"""
from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from models.ground.errors import BelvedereError

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], object]


class BadgeJob(QObject):
    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # what the work returned (None when it was cancelled)
    failed = Signal(str)  # a sentence for the user

    def __init__(self, work: Work, parent: QObject | None = None):
        super().__init__(parent)
        self.work = work
        self.cancelled = threading.Event()

    def start(self) -> None:
        QThreadPool.globalInstance().start(self.run)

    def cancel(self) -> None:
        self.cancelled.set()

    def run(self) -> None:
        try:
            result = self.work(self.progressed.emit, self.cancelled.is_set)
        except BelvedereError as error:
            self.failed.emit(str(error))
        except OSError as error:
            self.failed.emit(QCoreApplication.translate("BadgeJob", "%1 (%2). Nothing was saved; check the place "
                                                            "and try again.")
                             .replace("%1", str(error.strerror or error)).replace("%2", str(error.filename or "")))
        else:
            self.succeeded.emit(result)
