"""Work that takes longer than a blink, off the GUI thread: a report, badges, an import, a backup.

The work runs on Qt's thread pool, with that thread's own connection to the event file
(closed when it ends); its progress and its end come back to the GUI thread by signal.
A job started with the window's context keeps another event from being opened until it
has ended, since the work reads (or writes) the event that is open.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal

from models.event.file import close_event_database
from models.ground.errors import BelvedereError

translate = QCoreApplication.translate  # lupdate reads translate(context, text) by its name

Progress = Callable[[int, int], None]  # done, total (0 while unknown)
Work = Callable[[Progress, Callable[[], bool]], object]  # (progress, cancelled) → the result

log = logging.getLogger(__name__)
_running: set[Job] = set()  # each job is kept alive here from its start to its end, whoever started it


class Cancelled(Exception):
    """Raised in the work to stop it: the job ends as cancelled. Its progress raises it once cancel() is asked."""




def failure_sentence(error: Exception) -> str:
    """What went wrong, for the person at the keyboard, and what to do (models/ says a database's errors)."""
    if isinstance(error, BelvedereError):
        return str(error)
    if isinstance(error, OSError):
        what = error.strerror or str(error)
        return translate("Job", "%1. Nothing was saved; check the place and try again.").replace(
            "%1", f"{what} ({error.filename})" if error.filename else what)
    log.error("background work failed", exc_info=error)
    return translate("Job", "Something went wrong (%1). Nothing was saved; the log has the details.").replace(
        "%1", str(error) or type(error).__name__)


class Job(QObject):
    """One piece of work on the thread pool. Signals arrive on the GUI thread; exactly one of
    succeeded, failed and cancelled ends the job."""

    progressed = Signal(int, int)  # done, total (0 while unknown)
    succeeded = Signal(object)  # what the work returned
    failed = Signal(str)  # what went wrong and what to do
    cancelled = Signal()  # stopped on request; the work left nothing half-written

    def __init__(self, work: Work):
        super().__init__()
        self.work = work
        self._cancel = threading.Event()
        self._context = None
        for end in (self.succeeded, self.failed, self.cancelled):
            end.connect(self._ended)  # connected first: the job is over before anyone else hears of it

    @classmethod
    def plain(cls, function: Callable[[], object]) -> Job:
        """A job for work that tells no progress and does not stop halfway."""
        return cls(lambda _progress, _cancelled: function())

    def start(self, context=None, what: str = "") -> Job:
        """Run the work; with the window's context, `what` (in words) is what opening another event waits for."""
        if context is not None:
            self._context = context
            context.work_started(self, what)
        _running.add(self)
        QThreadPool.globalInstance().start(self._run)
        return self

    def cancel(self) -> None:
        """Ask the work to stop: at its next progress, or sooner where it looks for itself."""
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.progressed.emit(done, total)

    def _run(self) -> None:
        """On a pool thread."""
        try:
            result = self.work(self._progress, self._cancel.is_set)
        except Cancelled:
            self.cancelled.emit()
        except Exception as error:  # noqa: BLE001 — every failure goes back to the window as a sentence
            self.failed.emit(failure_sentence(error))
        else:
            self.succeeded.emit(result)
        finally:
            close_event_database()  # only this thread's own connection

    def _ended(self, *_outcome) -> None:
        if self._context is not None:
            self._context.work_ended(self)
        # let go only after the others connected to the end have heard of it (their calls are queued already)
        QTimer.singleShot(0, lambda: _running.discard(self))
