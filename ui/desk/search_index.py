"""The desk's search index, built on the thread pool so a large event opens without a pause."""
from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from models.ground.entities import Event
from models.ground.errors import BelvedereError
from models.participants.search import Hit, SearchIndex, index_rows


class IndexJob(QRunnable):
    """Folds and sorts the rows read on the GUI thread; the worker never touches the database."""

    def __init__(self, keeper: IndexKeeper, generation: int, rows: list[tuple[Hit, str, str]]):
        super().__init__()
        self.keeper, self.generation, self.rows = keeper, generation, rows

    def run(self) -> None:
        index = SearchIndex(self.rows)
        try:
            self.keeper.built.emit(self.generation, index)  # queued to the GUI thread
        except RuntimeError:
            pass  # the desk was closed meanwhile


class IndexKeeper(QObject):
    """Holds the current index; `refresh()` after participants change, `index()` when searching."""

    built = Signal(int, object)

    def __init__(self, event: Event, read, parent: QObject | None = None):
        """`read(work, *args)` asks the desk's source (the event file, the server or the desk's offline copy)."""
        super().__init__(parent)
        self.current_event = event  # not `self.event`: that would hide QObject.event()
        self.read = read
        self.generation = 0
        self.ready: SearchIndex | None = None
        self.built.connect(self._store)

    def refresh(self) -> None:
        """Forget the index and build a new one in the background."""
        self.generation += 1
        self.ready = None
        try:
            rows = self.read(index_rows, self.current_event)
        except BelvedereError:
            return  # offline with no copy yet: built when first searched
        QThreadPool.globalInstance().start(IndexJob(self, self.generation, rows))

    def index(self) -> SearchIndex:
        """The index, built here and now if the background one is not ready yet."""
        if self.ready is None:
            try:
                self.ready = SearchIndex(self.read(index_rows, self.current_event))
            except BelvedereError:
                return SearchIndex([])  # offline with no copy yet: nobody to find
        return self.ready

    def _store(self, generation: int, index: SearchIndex) -> None:
        if generation == self.generation:  # not outdated by a change made meanwhile
            self.ready = index
