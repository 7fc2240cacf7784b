"""The desk's search index, built on the thread pool so a large event opens without a pause."""
from __future__ import annotations

from PySide6.QtCore import QObject

from models.ground.entities import Event
from models.ground.errors import BelvedereError
from models.participants.search import SearchIndex, index_rows
from ui.jobs import Job


class IndexKeeper(QObject):
    """Holds the current index; `refresh()` after participants change, `index()` when searching."""

    def __init__(self, event: Event, read, parent: QObject | None = None):
        """`read(work, *args)` asks the desk's source (the event file, the server or the desk's offline copy)."""
        super().__init__(parent)
        self.current_event = event  # not `self.event`: that would hide QObject.event()
        self.read = read
        self.generation = 0
        self.ready: SearchIndex | None = None
        self.previous: SearchIndex | None = None  # while the next one is built: who shares a name

    def refresh(self) -> None:
        """Forget the index and build a new one in the background, from rows read here: the worker never
        touches the database."""
        self.generation += 1
        self.previous = self.ready or self.previous
        self.ready = None
        try:
            rows = self.read(index_rows, self.current_event)
        except BelvedereError:
            return  # offline with no copy yet: built when first searched
        generation = self.generation
        job = Job.plain(lambda: (generation, SearchIndex(rows)))
        job.succeeded.connect(self._store)
        job.start()

    def index(self) -> SearchIndex:
        """The index, built here and now if the background one is not ready yet."""
        if self.ready is None:
            try:
                self.ready = SearchIndex(self.read(index_rows, self.current_event))
            except BelvedereError:
                return SearchIndex([])  # offline with no copy yet: nobody to find
        return self.ready

    def shares_name(self, participant_id: int) -> bool:
        """Whether someone else has this person's name, from the index at hand: never built on the scan path."""
        index = self.ready or self.previous
        return index is not None and index.shares_name(participant_id)

    def _store(self, built: tuple[int, SearchIndex]) -> None:
        generation, index = built
        if generation == self.generation:  # not outdated by a change made meanwhile
            self.ready = index
