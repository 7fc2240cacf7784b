"""The stage display's own window: full screen and frameless on a projector, or an ordinary
window on the laptop that stays above Belvedere's window and that the chair can move.

Where it goes is decided by the chair's page (ui/agenda/display_screens.py); this window only
places itself as told, and says when the chair closed it.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QMouseEvent, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.agenda.live import LiveDay
from ui.agenda.stage_view import StageView

# Never takes the keyboard from the chair, wherever it is.
ON_A_PROJECTOR = Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus | Qt.WindowType.FramelessWindowHint
# On the laptop: a tool window of the chair's, kept above it, with a frame to move it by.
ON_THE_LAPTOP = Qt.WindowType.Tool | Qt.WindowType.WindowDoesNotAcceptFocus


def screen_names() -> list[str]:
    return [screen.name() for screen in QGuiApplication.screens()]


def screen_named(name: str | None) -> QScreen | None:
    return next((screen for screen in QGuiApplication.screens() if screen.name() == name), None)


def laptop_screen() -> QScreen:
    return QGuiApplication.primaryScreen()


class StageWindow(QWidget):
    closed = Signal()  # the chair closed the window (its ×, or the system's close key)

    def __init__(self, live: LiveDay, parent: QWidget | None = None):
        super().__init__(parent, ON_THE_LAPTOP)
        self.setWindowTitle(self.tr("Stage display — Belvedere"))
        self.setStyleSheet("background: black;")
        self.view = StageView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.live: LiveDay | None = None
        self.follow(live)
        self.placed_on: str | None = None

    def follow(self, live: LiveDay) -> None:
        """Show another day's state (the chair switched days)."""
        if self.live is not None:
            self.live.changed.disconnect(self.refresh)
        self.live = live
        live.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.view.show_screen(self.live.screen)

    # --- placing the window -------------------------------------------------------------

    def place_full_screen(self, screen: QScreen) -> None:
        """Fill a projector: the screen is set before the window goes full screen, or it opens on the laptop."""
        self._take_flags(ON_A_PROJECTOR)
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.placed_on = screen.name()

    def place_in_window(self, screen: QScreen, geometry: QRect) -> None:
        """An ordinary window on the laptop at `geometry` (clear of the chair's controls)."""
        self._take_flags(ON_THE_LAPTOP)
        self.setScreen(screen)
        self.showNormal()
        self.setGeometry(geometry)
        self.placed_on = screen.name()

    def _take_flags(self, flags) -> None:
        if self.windowFlags() != flags:
            self.setWindowFlags(flags)  # hides the window; placing it shows it again

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """On the laptop (a mirrored projector) a double-click fills the screen, and back."""
        if self.windowFlags() != ON_THE_LAPTOP:
            return
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()
