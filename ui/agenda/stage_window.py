"""The stage display's own window: full screen on the projector the chair chose.

The chosen screen is remembered (by name) in the laptop's settings. Screens come and
go — a cable is pulled, a projector is switched on late — so the window listens for
it, waits until the change settles, and then: returns to the laptop as an ordinary
window when its screen has gone (it never vanishes), goes back to the chosen screen
when it reappears, and tells the chair page about any other new screen to offer it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QMouseEvent, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from models.ground.settings import DISPLAY_SCREEN
from ui.agenda.live import LiveDay
from ui.agenda.stage_view import StageView
from ui.context import WindowSettings

SETTLE_MS = 350  # screens announce themselves in bursts; act once they are quiet
LAPTOP_SHARE = 0.45  # on the laptop the display is a window this share of the screen's width


def screen_names() -> list[str]:
    return [screen.name() for screen in QGuiApplication.screens()]


def screen_named(name: str | None) -> QScreen | None:
    return next((screen for screen in QGuiApplication.screens() if screen.name() == name), None)


def laptop_screen() -> QScreen:
    return QGuiApplication.primaryScreen()


def preferred_screen(names: list[str], laptop: str, remembered: str | None) -> str:
    """The remembered screen if it is there, else the first one that is not the laptop's, else the laptop's."""
    if remembered in names:
        return remembered
    return next((name for name in names if name != laptop), laptop)


class StageWindow(QWidget):
    returned_to_laptop = Signal(str)  # the screen that went away
    screen_offered = Signal(str)  # a screen that appeared, other than the chosen one

    def __init__(self, live: LiveDay, settings: WindowSettings, parent: QWidget | None = None):
        # A child window (deleted with the chair page) that never takes the keyboard from the chair.
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.settings = settings
        self.setWindowTitle(self.tr("Stage display — Belvedere"))
        self.setStyleSheet("background: black;")
        self.view = StageView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.live: LiveDay | None = None
        self.follow(live)
        self.placed_on: str | None = None
        self.known_screens = screen_names()
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.follow_screens)
        application = QGuiApplication.instance()
        application.screenAdded.connect(self.screens_changed)
        application.screenRemoved.connect(self.screens_changed)

    def follow(self, live: LiveDay) -> None:
        """Show another day's state (the chair switched days)."""
        if self.live is not None:
            self.live.changed.disconnect(self.refresh)
        self.live = live
        live.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.view.show_screen(self.live.screen)

    @property
    def chosen_screen(self) -> str | None:
        return self.settings.value_of(DISPLAY_SCREEN)

    # --- placing the window -------------------------------------------------------------

    def show_on(self, name: str | None = None) -> None:
        """Show the display on the named screen (remembered), or on the screen chosen before."""
        if name:
            self.settings.put(DISPLAY_SCREEN, name)
        target = preferred_screen(screen_names(), laptop_screen().name(), name or self.chosen_screen)
        self.place(screen_named(target))

    def place(self, screen: QScreen) -> None:
        """Full screen and frameless on a projector; an ordinary window on the laptop."""
        on_laptop = screen is laptop_screen()
        flags = Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus
        if not on_laptop:
            flags |= Qt.WindowType.FramelessWindowHint
        if self.windowFlags() != flags:
            self.setWindowFlags(flags)
        self.setScreen(screen)
        if on_laptop:
            area = screen.availableGeometry()
            width = int(area.width() * LAPTOP_SHARE)
            self.showNormal()
            self.setGeometry(area.right() - width - 20, area.top() + 40, width, width * 9 // 16)
        else:
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        self.placed_on = screen.name()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """On a single screen (or a mirrored projector) a double-click fills the screen, and back."""
        if self.isFullScreen() and self.placed_on == laptop_screen().name():
            self.showNormal()
        elif not self.isFullScreen():
            self.showFullScreen()

    # --- screens coming and going ---------------------------------------------------------

    def screens_changed(self, *_screen) -> None:
        self.settle.start()

    def follow_screens(self) -> None:
        names = screen_names()
        added = [name for name in names if name not in self.known_screens]
        self.known_screens = names
        if self.isVisible():
            chosen = self.chosen_screen
            if self.placed_on not in names:
                gone = self.placed_on or ""
                self.place(laptop_screen())
                self.returned_to_laptop.emit(gone)
            elif chosen in names and self.placed_on != chosen and chosen in added:
                self.place(screen_named(chosen))  # the chosen projector is back
                added.remove(chosen)
        for name in added:
            if name != self.placed_on:
                self.screen_offered.emit(name)
