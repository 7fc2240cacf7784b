"""The chair page's switch for the live view: the day on the room's browsers, and the chair's remote.

Off by default. Switched on, Belvedere listens on the network the chair picked (remembered for
this laptop) and the page shows the address with a QR code to open it, and the token a remote
(a Stream Deck through Companion, a script) must present. Browsers are answered from what the
page's live day already computed; a remote's control is carried out here, on the window's
thread, by the page's own Chair, so the page and the projector show it at once.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.agenda.runlog import Chair
from models.badges.qr import QUIET_ZONE_MODULES, text_symbol
from models.ground.errors import BelvedereError
from models.ground.settings import LIVE_VIEW_ADDRESS, LIVE_VIEW_PORT
from models.live.feed import LiveFeed
from models.live.network import EVERY_INTERFACE, LOOPBACK, lan_interfaces
from models.live.remote import RemoteControls, answer, perform
from models.live.server import CONTROL_PREFIX, LiveServer
from models.live.token import control_token, new_control_token
from ui.agenda.live import LiveDay
from ui.context import AppContext

FOLLOWERS_EVERY_MS = 2000
QR_PIXELS = 132


class QrCode(QWidget):
    """A QR code of a text, black on white with its quiet zone, as large as the widget."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.symbol = None
        self.setFixedSize(QR_PIXELS, QR_PIXELS)

    def show_text(self, text: str) -> None:
        self.symbol = text_symbol(text) if text else None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(QR_PIXELS, QR_PIXELS)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self.symbol is not None:
            # In the screen's own pixels (1.5 or 2 of them per logical pixel on a high-DPI laptop): every module
            # is the same whole number of them, with edges a phone's camera sees sharp.
            ratio = self.devicePixelRatioF()
            painter.scale(1 / ratio, 1 / ratio)
            side = int(min(self.width(), self.height()) * ratio)
            module = side // (self.symbol.size + 2 * QUIET_ZONE_MODULES)
            margin = (side - module * self.symbol.size) // 2
            path = QPainterPath()
            for row, column, length in self.symbol.runs:
                path.addRect(QRectF(margin + column * module, margin + row * module, length * module, module))
            painter.fillPath(path, QColor("#000000"))
        painter.end()


class RemoteBridge(QObject):
    """Wakes the window's thread when a remote's request waits (emitted from the server's threads)."""

    requested = Signal()


class LiveViewSwitch(QObject):
    """The switch and, when it is on, the address, its QR code and the token: one `panel` for the page."""

    failed = Signal(str)  # the server could not start: a sentence for the page

    def __init__(self, context: AppContext, parent: QWidget):
        super().__init__(parent)
        self.context = context
        self.feed = LiveFeed(context.clock)
        self.remote = RemoteControls()
        self.bridge = RemoteBridge(self)
        self.bridge.requested.connect(self.carry_out, Qt.ConnectionType.QueuedConnection)
        self.remote.wake = self.bridge.requested.emit
        self.server: LiveServer | None = None
        self.live: LiveDay | None = None
        self.chair: Chair | None = None
        self.build_row()
        self.build_details()
        self.build_panel()
        self.followers_timer = QTimer(self)
        self.followers_timer.timeout.connect(self.show_followers)
        # A page is deleted without being closed when another event is opened: never leave a server behind.
        parent.destroyed.connect(lambda *_: self.stop_server())

    # --- building ------------------------------------------------------------------------

    def build_row(self) -> None:
        self.row = QWidget()
        layout = QHBoxLayout(self.row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.switch = QCheckBox(self.tr("Live view on the network:"))
        self.switch.setObjectName("live-view-switch")
        self.switch.setToolTip(self.tr("Show the display and the agenda in any browser on this network, "
                                       "and let the chair's remote control the day"))
        self.switch.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the space bar stays the chair's Start/Pause
        self.switch.toggled.connect(self.turn)
        self.address_choice = QComboBox()
        self.address_choice.setObjectName("live-view-address")
        self.address_choice.setToolTip(self.tr("The network the live view is shown on"))
        self.address_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.address_choice.setMinimumContentsLength(14)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1024, 65535)
        self.port_spin.setValue(self.context.settings.value_of(LIVE_VIEW_PORT))
        self.port_spin.setToolTip(self.tr("The port of the live view's address"))
        self.fill_addresses()
        self.address_choice.currentIndexChanged.connect(self.on_place_changed)
        self.port_spin.editingFinished.connect(self.on_place_changed)
        layout.addWidget(self.switch)
        layout.addWidget(self.address_choice, 1)
        layout.addWidget(QLabel(self.tr("port")))
        layout.addWidget(self.port_spin)

    def build_panel(self) -> None:
        self.panel = QFrame()
        self.panel.setObjectName("live-view")
        self.panel.setStyleSheet("QFrame#live-view { background: #eef4f9; border: 1px solid #b8cde0; }")
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.row)
        layout.addWidget(self.details)

    def build_details(self) -> None:
        self.details = QWidget()
        self.details.setObjectName("live-view-details")
        layout = QHBoxLayout(self.details)
        layout.setContentsMargins(0, 0, 0, 0)
        self.qr = QrCode()
        self.qr.setToolTip(self.tr("Scan with a phone to open the live view"))
        layout.addWidget(self.qr)
        text = QGridLayout()
        text.setVerticalSpacing(4)
        self.address_label = QLabel()
        self.address_label.setObjectName("live-view-address-label")
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address_label.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.where_label = QLabel()
        self.where_label.setWordWrap(True)
        token_caption = QLabel(self.tr("Remote control token:"))
        self.token_label = QLabel()
        self.token_label.setObjectName("live-view-token")
        self.token_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.token_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.new_token_button = QPushButton(self.tr("New token"))
        self.new_token_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.new_token_button.setToolTip(self.tr("Make a new token: remotes set up with the old one are refused"))
        self.new_token_button.clicked.connect(self.renew_token)
        self.followers_label = QLabel()
        self.followers_label.setObjectName("live-view-followers")
        text.addWidget(self.address_label, 0, 0, 1, 2)
        text.addWidget(self.where_label, 1, 0, 1, 2)
        text.addWidget(token_caption, 2, 0)
        text.addWidget(self.new_token_button, 2, 1, 2, 1)
        text.addWidget(self.token_label, 3, 0)
        text.addWidget(self.followers_label, 4, 0, 1, 2)
        text.setColumnStretch(0, 1)
        layout.addLayout(text, 1)
        self.details.hide()

    def fill_addresses(self) -> None:
        chosen = self.context.settings.value_of(LIVE_VIEW_ADDRESS)
        self.address_choice.addItem(self.tr("This laptop only"), LOOPBACK)
        for interface in lan_interfaces():
            self.address_choice.addItem(f"{interface.address} ({interface.name})", interface.address)
        self.address_choice.addItem(self.tr("All its networks"), EVERY_INTERFACE)
        index = self.address_choice.findData(chosen)
        # A LAN by default: the live view is for the room's screens, not for this laptop.
        self.address_choice.setCurrentIndex(index if index >= 0 else min(1, self.address_choice.count() - 2))

    # --- the day it shows ----------------------------------------------------------------------

    def follow(self, live: LiveDay, chair: Chair) -> None:
        """Show this day (the chair chose another day on the page, or the page opened)."""
        if self.live is not None:
            self.live.changed.disconnect(self.publish)
        self.live, self.chair = live, chair
        live.changed.connect(self.publish)
        self.publish()

    def publish(self) -> None:
        live = self.live
        self.feed.publish(live.plan, live.actions, live.registered)

    def carry_out(self) -> None:
        self.remote.carry_out(self.perform)

    def perform(self, name: str, arguments) -> dict:
        """A remote's control, by the page's own Chair; the page refreshes as after a button."""
        state = perform(self.chair, name, arguments)
        self.live.show(state, self.chair.last_action_id)
        return answer(state)

    # --- on and off ---------------------------------------------------------------------------

    @property
    def place(self) -> tuple[str, int]:
        return self.address_choice.currentData(), self.port_spin.value()

    def turn(self, on: bool) -> None:
        self.stop()
        if on:
            self.start()

    def start(self) -> None:
        address, port = self.place
        try:
            self.server = LiveServer(address, port, self.feed, self.remote, control_token()).start()
        except BelvedereError as error:
            self.switch.blockSignals(True)
            self.switch.setChecked(False)
            self.switch.blockSignals(False)
            self.failed.emit(str(error))
            return
        self.context.settings.put(LIVE_VIEW_ADDRESS, address)
        self.context.settings.put(LIVE_VIEW_PORT, port)
        self.show_where()
        self.details.show()
        self.followers_timer.start(FOLLOWERS_EVERY_MS)

    def stop(self) -> None:
        self.stop_server()
        self.followers_timer.stop()
        self.details.hide()

    def stop_server(self) -> None:
        """Touches no widget: it also runs while the page is being deleted."""
        if self.server is not None:
            self.server.stop()
            self.server = None

    def on_place_changed(self, *_args) -> None:
        if self.server is not None and self.place != (self.server.bound, self.server.port):
            self.turn(True)

    def renew_token(self) -> None:
        token = new_control_token()
        if self.server is not None:
            self.server.token = token
        self.show_where()

    # --- what the chair reads ------------------------------------------------------------------

    def show_where(self) -> None:
        server = self.server
        url = server.url()
        self.address_label.setText(url)
        self.qr.show_text(url)
        if server.bound == LOOPBACK:
            where = self.tr("Only this laptop can open it: choose a network to show it on the room's screens.")
        else:
            where = self.tr("Open it on any phone or screen on this network; the agenda is at {url}").format(
                url=server.url("/agenda"))
        self.where_label.setText(where)
        self.token_label.setText(server.token)
        self.token_label.setToolTip(self.tr("A remote POSTs to {url}NAME with this token (see the README)").format(
            url=server.url(CONTROL_PREFIX)))
        self.show_followers()

    def show_followers(self) -> None:
        count = self.feed.followers()
        self.followers_label.setText(self.tr("Screens following it now: {count}").format(count=count))
