"""Where the main window opens: the whole of it, title bar included, on a screen that is there.

On first start it takes the size the pages are laid out for, centred, where that fits the screen with a title
bar; on a smaller screen (a 15" laptop at 150 % is 1280×720 for Qt) it opens maximised. A window restored from
the last session is brought back onto a visible screen when its screen has gone or shrunk (a projector unplugged,
another resolution). The window's frame is only known once it is shown, so the check is made again then.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

PREFERRED_SIZE = QSize(1280, 800)  # what the pages are laid out for
# Before the window manager has framed the window: a title bar and borders as large as common desktops draw them.
EXPECTED_FRAME = QMargins(8, 40, 8, 8)


def fitted(frame: QRect, available: QRect) -> QRect:
    """`frame` made no larger than `available` and moved inside it, as little as possible."""
    size = frame.size().boundedTo(available.size())
    x = min(max(frame.x(), available.left()), available.right() + 1 - size.width())
    y = min(max(frame.y(), available.top()), available.bottom() + 1 - size.height())
    return QRect(QPoint(x, y), size)


def frame_margins(window: QWidget) -> QMargins:
    """The title bar and borders around the window: what the platform says once shown, else the expected."""
    frame, inner = window.frameGeometry(), window.geometry()
    margins = QMargins(inner.left() - frame.left(), inner.top() - frame.top(),
                       frame.right() - inner.right(), frame.bottom() - inner.bottom())
    return margins if window.isVisible() and not margins.isNull() else EXPECTED_FRAME


def screen_showing(window: QWidget) -> QScreen:
    """The screen under the window's centre, else the one Qt put it on, else the primary screen."""
    centre = window.frameGeometry().center()
    return QGuiApplication.screenAt(centre) or window.screen() or QGuiApplication.primaryScreen()


def place_first_time(window: QWidget) -> None:
    """The preferred size, centred, where it fits with its frame; maximised on a smaller screen."""
    available = screen_showing(window).availableGeometry()
    margins = frame_margins(window)
    needed = PREFERRED_SIZE.grownBy(margins)
    if needed.width() > available.width() or needed.height() > available.height():
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    frame = QRect(QPoint(0, 0), needed)
    frame.moveCenter(available.center())
    window.setGeometry(frame.marginsRemoved(margins))


def restore(window: QWidget, geometry: QByteArray | None) -> None:
    """The place the window had last time, where that can be restored; else the first start's place."""
    if not isinstance(geometry, QByteArray) or not window.restoreGeometry(geometry):
        place_first_time(window)  # never saved, or saved on a screen that is not there any more


def resize_within_screen(window: QWidget, preferred: QSize) -> None:
    """A dialog's preferred size, or less where the screen it opens on (with a title bar) is smaller."""
    room = screen_showing(window).availableGeometry().size().shrunkBy(EXPECTED_FRAME)
    window.resize(preferred.boundedTo(room))


def keep_on_screen(window: QWidget) -> None:
    """Once shown (its frame known): the whole window, title bar included, inside one screen's available area."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    available = screen_showing(window).availableGeometry()
    frame = window.frameGeometry()
    if available.contains(frame):
        return
    window.setGeometry(fitted(frame, available).marginsRemoved(frame_margins(window)))
