"""What every page shares: the open event file, the clock, and change notifications."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QWidget

from models.agenda.timekeeping import ChairClock
from models.event.desk_source import FileDesk, ServerDesk, open_desk
from models.event.file import close_event_database, open_event_database
from models.ground import appconfig
from models.ground.clock import SYSTEM_CLOCK, Clock
from models.ground.entities import Event, current_event
from models.ground.files import open_private
from models.ground.settings import WINDOW, Declared, kept_in


class WindowSettings(QSettings):
    """This laptop's window settings (window places, the desk's name), beside Belvedere's config; read and
    written with the declarations in models/ground/settings.py."""

    def value_of(self, setting: Declared):
        return kept_in(setting, WINDOW).parsed(self.value(setting.key))

    def put(self, setting: Declared, value) -> None:
        """Keep a window setting; None forgets it."""
        if value is None:
            self.remove(kept_in(setting, WINDOW).key)
        else:
            self.setValue(kept_in(setting, WINDOW).key, value)


def window_settings() -> WindowSettings:
    """The file is made private before Qt first writes it: Qt keeps the mode of a file it rewrites."""
    path = appconfig.config_dir() / WINDOW.value
    with open_private(path, "a"):
        pass
    return WindowSettings(str(path), QSettings.Format.IniFormat)


def keep_qt_settings_home() -> None:
    """Qt's own settings (the file dialog's last folder and view) go to Belvedere's config folder too,
    not to ~/.config, so that BELVEDERE_HOME holds everything (Windows keeps them in the registry)."""
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(appconfig.config_dir()))


class AppContext(QObject):
    """The open event, where the desk's answers come from, and the signals pages use to keep each other current."""

    event_opened = Signal()
    # Topics: "participants", "checkins", "agenda", "event", "badges"
    data_changed = Signal(str)

    def __init__(self, target: str, clock: Clock = SYSTEM_CLOCK, parent: QObject | None = None):
        super().__init__(parent)
        self.desk_source: FileDesk | ServerDesk | None = None
        self.clock = clock
        self.agenda_clock = ChairClock(clock)  # the chair's time: a jump of the laptop's clock neither gives nor takes
        self.target = target
        self.settings = window_settings()
        self._work_in_progress: dict[object, str] = {}  # job → what it is doing, in words

    @property
    def clock(self) -> Clock:
        return self._clock

    @clock.setter
    def clock(self, clock: Clock) -> None:
        """The window's one clock: the desk's answers follow it too (a test sets the morning of day I)."""
        self._clock = clock
        if self.desk_source is not None:
            self.desk_source.clock = clock

    @property
    def current_event(self) -> Event:
        # Not named `event`: that would hide QObject.event(), which Qt calls for every event sent here.
        return current_event()

    def open(self, target: str) -> None:
        """Open another event file or server; raises EventFileError (the current one is closed first)."""
        self.close()
        open_event_database(target)
        self.target = target
        self.desk_source = open_desk(current_event(), target, self.clock)
        appconfig.remember_event_file(target)
        self.event_opened.emit()

    def close(self) -> None:
        """Stop the desk's work on the open event (its offline copy kept) and close the event."""
        if self.desk_source is not None:
            self.desk_source.stop()
            self.desk_source = None
        close_event_database()

    def notify(self, topic: str) -> None:
        self.data_changed.emit(topic)

    def notify_soon(self, *topics: str) -> None:
        """Tell the pages once the event loop is back: what the user is waiting for is painted first."""
        QTimer.singleShot(0, self, lambda: [self.notify(topic) for topic in topics])

    def listen_while_shown(self, page: QWidget, handler: Callable[[str], None]) -> None:
        """`handler(topic)` for each change: at once while `page` is shown, else when it is next shown.

        A page behind another one only notes what changed, so a scan at the desk never waits
        for a hidden list of ten thousand people to reload.
        """
        WhenShown(page, self.data_changed, handler)

    # Background work on the open event (a report, badges) must end before another event is
    # opened: it reads the event, or records into it when done, through the shared connection.

    def work_started(self, job: object, what: str) -> None:
        self._work_in_progress[job] = what

    def work_ended(self, job: object) -> None:
        self._work_in_progress.pop(job, None)

    def work_in_progress(self) -> list[str]:
        return list(self._work_in_progress.values())


class WhenShown(QObject):
    """Holds back the topics a hidden page hears of (each once, in order) until the page is shown."""

    def __init__(self, page: QWidget, changes, handler: Callable[[str], None]):
        super().__init__(page)  # goes with the page
        self.page, self.handler = page, handler
        self.pending: list[str] = []
        page.installEventFilter(self)
        changes.connect(self.changed)

    def changed(self, topic: str) -> None:
        if self.page.isVisible():
            self.handler(topic)
        elif topic not in self.pending:
            self.pending.append(topic)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Show and self.pending:
            topics, self.pending = self.pending, []
            for topic in topics:
                self.handler(topic)
        return False
