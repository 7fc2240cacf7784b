"""Work that takes longer than a blink runs off the GUI thread; the result comes back by signal."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from models.event.file import close_event_database


class TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)  # the exception, for its sentence


class BackgroundTask(QRunnable):
    """Runs `work` on a pool thread with that thread's own database connection, closed afterwards."""

    def __init__(self, work: Callable[[], object]):
        super().__init__()
        self.work = work
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # noqa: BLE001 — every failure goes back to the window to be shown
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)
        finally:
            close_event_database()  # only this thread's connection


def run_in_background(owner: QObject, work: Callable[[], object], succeeded: Callable[[object], None],
                      failed: Callable[[Exception], None]) -> BackgroundTask:
    """Start the work; `succeeded` or `failed` is called on the GUI thread. The owner keeps the task alive."""
    task = BackgroundTask(work)
    task.setAutoDelete(False)
    tasks = owner.__dict__.setdefault("_background_tasks", set())
    tasks.add(task)

    def finish(callback, value) -> None:
        tasks.discard(task)
        callback(value)

    task.signals.succeeded.connect(lambda result: finish(succeeded, result))
    task.signals.failed.connect(lambda error: finish(failed, error))
    QThreadPool.globalInstance().start(task)
    return task
