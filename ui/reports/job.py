"""Making a report off the GUI thread: progress and the result come back by signal."""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from models.ground.clock import Clock
from models.ground.db import database
from models.ground.errors import BelvedereError


class _Cancelled(Exception):
    """Raised from the progress callback: the writer stops, and its temporary file is removed."""


class ReportJob(QObject):
    """One report being written. Signals arrive on the GUI thread (queued across threads)."""

    progressed = Signal(int, int)  # done, total (0 while unknown)
    finished = Signal(str, str)  # path, one-sentence summary
    failed = Signal(str)  # what went wrong and what to do
    cancelled = Signal()  # stopped on request; nothing was written

    def __init__(self, key: str, out: Path, day_number: int | None, clock: Clock):
        super().__init__()
        self.key, self.out, self.day_number, self.clock = key, out, day_number, clock
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop at the next page (the CSV and XLSX reports, written in one go, finish)."""
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise _Cancelled
        self.progressed.emit(done, total)

    def run(self) -> None:
        from models.reports.generate import generate_report  # reportlab and openpyxl load on first use

        try:
            result = generate_report(self.key, self.out, self.day_number, self.clock, progress=self._progress)
        except _Cancelled:
            self.cancelled.emit()
        except BelvedereError as error:
            self.failed.emit(str(error))
        except OSError as error:
            self.failed.emit(QCoreApplication.translate("Reports", "%1 (%2). Check the folder and try again.")
                             .replace("%1", error.strerror or str(error))
                             .replace("%2", str(error.filename or self.out)))
        else:
            self.finished.emit(str(result.path), result.summary)
        finally:
            database.close()  # this worker thread's own connection to the event file


class _Runner(QRunnable):
    def __init__(self, job: ReportJob):
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job.run()


def runner(job: ReportJob) -> QRunnable:
    """A runnable for QThreadPool that runs the job."""
    return _Runner(job)
