"""Which screen the stage display goes to, as the chair chose it, and the display kept there.

The choice is a screen's name, remembered in the laptop's settings, and only the chair changes
it. Screens come and go — a cable is pulled, a projector is switched on late — so this listens
to Qt's screen signals, waits until they settle (they come in bursts), and then puts the display
where it belongs: on the chosen screen when it is connected, else in a window on the laptop that
keeps clear of the chair's controls. The chooser goes on naming the chosen screen while it is
absent ("Projector (not connected)"), and the display goes back to it when it returns.
"""
from __future__ import annotations

from PySide6.QtCore import QMargins, QObject, QPoint, QRect, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from models.ground.settings import DISPLAY_SCREEN
from ui.agenda.buttons import DeliberateChoice, small_button
from ui.agenda.live import LiveDay
from ui.agenda.stage_window import StageWindow, laptop_screen, screen_named, screen_names
from ui.context import WindowSettings

SETTLE_MS = 350  # screens announce themselves in bursts; act once they are quiet
LAPTOP_SHARE = 0.34  # on the laptop the display is a window at most this share of the screen's width
SMALLEST_WIDTH = 320
WIDTH_STEP = 8
FRAME = QMargins(8, 34, 8, 8)  # room for the window's frame and title bar around its inside
GAP = 8  # from the screen's edge
LAPTOP, CONNECTED, ABSENT = "laptop", "connected", "absent"  # how the chooser names a screen


def chosen_screen(names: list[str], laptop: str, remembered: str | None) -> str:
    """The screen the display belongs on: the chair's choice, connected or not; before any choice,
    the first screen that is not the laptop's, else the laptop's."""
    return remembered or next((name for name in names if name != laptop), laptop)


def screen_entries(names: list[str], laptop: str, chosen: str) -> list[tuple[str, str]]:
    """The chooser's entries, (name, LAPTOP | CONNECTED | ABSENT): the screens there, and the chosen one while it is not."""
    entries = [(name, LAPTOP if name == laptop else CONNECTED) for name in names]
    return entries if chosen in names else [*entries, (chosen, ABSENT)]


def corner_geometry(area: QRect, keep_clear: list[QRect], share: float = LAPTOP_SHARE) -> QRect:
    """Where the display's window goes on the laptop: the largest 16:9 window, at most `share` of the
    screen's width, against the left edge of `area` (else the right), as low as it can be while its frame
    covers none of `keep_clear`; when none fits, the smallest window in the bottom-left corner."""
    widest = max(SMALLEST_WIDTH, int(area.width() * share))
    for width in range(widest, SMALLEST_WIDTH - 1, -WIDTH_STEP):
        height = width * 9 // 16
        lowest, highest = _lowest(area, height), area.top() + GAP + FRAME.top()
        for x in _edges(area, width):
            for y in range(lowest, highest - 1, -WIDTH_STEP):
                framed = QRect(x, y, width, height).marginsAdded(FRAME)
                if area.contains(framed) and not any(framed.intersects(other) for other in keep_clear):
                    return QRect(x, y, width, height)
    return QRect(_edges(area, SMALLEST_WIDTH)[0], _lowest(area, SMALLEST_WIDTH * 9 // 16), SMALLEST_WIDTH,
                 SMALLEST_WIDTH * 9 // 16)


def _edges(area: QRect, width: int) -> tuple[int, int]:
    """The window's left side against the screen's left edge, and against its right edge."""
    return area.left() + GAP + FRAME.left(), area.right() - GAP - FRAME.right() - width + 1


def _lowest(area: QRect, height: int) -> int:
    return area.bottom() - GAP - FRAME.bottom() - height + 1


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


class DisplayScreens(QObject):
    """The chooser, the Show display button, the offer of a new screen, and the display window."""

    said = Signal(str)  # what the chair should know: the display moved because a screen came or went

    def __init__(self, page: QWidget, live: LiveDay, settings: WindowSettings):
        super().__init__(page)
        self.page, self.live, self.settings = page, live, settings
        self.keep_clear: list[QWidget] = []  # the chair's controls: a display on the laptop never covers them
        self.window: StageWindow | None = None
        self.offered: str | None = None
        self.known = screen_names()
        self.choice = DeliberateChoice()
        self.choice.setToolTip(self.tr("The screen the speaker's display goes to"))
        self.choice.activated.connect(self.choose)
        self.button = small_button(self.tr("Show display"), self.tr("Open the stage display on this screen"))
        self.button.setCheckable(True)
        self.button.toggled.connect(self.show_display)
        self.build_offer()
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.follow_screens)
        application = QGuiApplication.instance()
        for signal in (application.screenAdded, application.screenRemoved, application.primaryScreenChanged):
            signal.connect(self.settle.start)
        self.fill_choice()

    def build_offer(self) -> None:
        self.offer = QFrame()
        self.offer.setObjectName("screen-offer")
        self.offer.setStyleSheet("QFrame#screen-offer { background: #fff4d6; border: 1px solid #e0b060; }")
        layout = QHBoxLayout(self.offer)
        self.offer_label = QLabel()
        self.offer_button = small_button(self.tr("Show the display there"))
        self.offer_button.clicked.connect(self.accept_offer)
        dismiss = small_button(self.tr("Not now"))
        dismiss.clicked.connect(self.offer.hide)
        layout.addWidget(self.offer_label, 1)
        layout.addWidget(self.offer_button)
        layout.addWidget(dismiss)
        self.offer.hide()

    # --- the chair's choice ------------------------------------------------------------

    @property
    def remembered(self) -> str | None:
        return self.settings.value_of(DISPLAY_SCREEN)

    @property
    def chosen(self) -> str:
        return chosen_screen(screen_names(), laptop_screen().name(), self.remembered)

    def fill_choice(self) -> None:
        labels = {LAPTOP: self.tr("{name} (this laptop)"), CONNECTED: "{name}", ABSENT: self.tr("{name} (not connected)")}
        chosen = self.chosen
        self.choice.blockSignals(True)
        self.choice.clear()
        for name, how in screen_entries(screen_names(), laptop_screen().name(), chosen):
            self.choice.addItem(labels[how].format(name=name), name)
        self.choice.setCurrentIndex(self.choice.findData(chosen))
        self.choice.blockSignals(False)

    def choose(self, index: int) -> None:
        """The chair picked a screen: remembered, and the display goes there if it is shown."""
        self.remember(self.choice.itemData(index))
        if self.shown:
            self.place()

    def remember(self, name: str) -> None:
        self.settings.put(DISPLAY_SCREEN, name)
        self.fill_choice()

    # --- the display window ------------------------------------------------------------

    @property
    def shown(self) -> bool:
        return self.window is not None and self.window.isVisible()

    def follow(self, live: LiveDay) -> None:
        self.live = live
        if self.window is not None:
            self.window.follow(live)

    def show_display(self, on: bool) -> None:
        if not on:
            if self.window is not None:
                self.window.hide()
            return
        if self.window is None:
            self.window = StageWindow(self.live, self.page)
            self.window.closed.connect(lambda: self.button.setChecked(False))
        self.remember(self.chosen)
        self.place()
        self.page.window().activateWindow()  # the keyboard stays with the chair
        chosen = self.chosen
        if screen_named(chosen) is None:
            self.said.emit(self.tr("“{name}” is not connected: the display is in a window on this laptop until it is.")
                           .format(name=chosen))

    def target(self):
        """The screen the display goes to now: the chosen one when it is connected, else the laptop's."""
        return screen_named(self.chosen) or laptop_screen()

    def place(self) -> None:
        """Full screen on the chosen screen; on the laptop (chosen, or while the chosen one is absent), a window
        in a corner clear of the chair's controls."""
        laptop, target = laptop_screen(), self.target()
        if target is not laptop:
            self.window.place_full_screen(target)
            return
        area = laptop.availableGeometry()
        keep_clear = [global_rect(widget) for widget in self.keep_clear if widget.isVisible()]
        self.window.place_in_window(laptop, corner_geometry(area, keep_clear))

    def close(self) -> None:
        if self.window is not None:
            self.window.close()

    # --- screens coming and going ---------------------------------------------------------

    def follow_screens(self) -> None:
        names = screen_names()
        added = [name for name in names if name not in self.known]
        self.known = names
        self.fill_choice()
        chosen = self.chosen
        if self.shown and self.window.placed_on != self.target().name():
            was_on = self.window.placed_on
            self.place()  # a window the chair moved on the laptop stays where it was put
            if was_on not in names:
                self.said.emit(self.tr("The screen “{name}” is gone: the display is back on this laptop.")
                               .format(name=was_on))
            elif chosen in added and self.window.placed_on == chosen:
                self.said.emit(self.tr("“{name}” is back: the display is on it again.").format(name=chosen))
        laptop = laptop_screen().name()
        for name in added:
            if name not in (chosen, laptop):
                self.offer_screen(name)

    def offer_screen(self, name: str) -> None:
        self.offered = name
        self.offer_label.setText(self.tr("A new screen is connected: {name}.").format(name=name))
        self.offer.show()

    def accept_offer(self) -> None:
        self.offer.hide()
        self.remember(self.offered)
        if self.button.isChecked():
            self.place()
        else:
            self.button.setChecked(True)
