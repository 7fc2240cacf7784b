"""The window and the event server: connecting to one, sharing the open event on one, saving a server's event as a
file, and serving the event from this laptop.

The password is asked once, in a dialog of its own, and kept in PostgreSQL's password file on this laptop (or, if
the organiser prefers, only until Belvedere closes); it is never shown, logged, or put in the settings.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QSpinBox,
    QWidget,
)

from models.event import transfer
from models.ground import appconfig, credentials, local_server
from models.ground.addresses import ServerAddress, is_server_url, parse_address
from models.ground.errors import BelvedereError, ServerPasswordError
from models.ground.settings import LAST_SERVER
from ui.desk.dialogs import add_buttons, big_form
from ui.jobs import Job
from ui.widgets import error_label, hint

translate = QCoreApplication.translate  # lupdate reads translate(context, text) by its name

PASSWORD_ATTEMPTS = 3


def last_address() -> ServerAddress:
    saved = appconfig.value_of(LAST_SERVER) or {}
    return ServerAddress(str(saved.get("host", "")), int(saved.get("port", local_server.DEFAULT_PORT)),
                         str(saved.get("database", "belvedere")), str(saved.get("user", "belvedere")))


def remember_address(address: ServerAddress) -> None:
    appconfig.put(LAST_SERVER, {"host": address.host, "port": address.port, "database": address.database,
                                          "user": address.user})


class ServerDialog(QDialog):
    """Where the server is: host, port, database, user."""

    def __init__(self, title: str, explanation: str, address: ServerAddress, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout, form = big_form(self)
        layout.insertWidget(0, hint(explanation))
        self.host = QLineEdit(address.host)
        self.host.setPlaceholderText(self.tr("the server laptop's address, e.g. 192.168.1.10"))
        self.port = QSpinBox()
        self.port.setStyleSheet("font-size: 14pt; padding: 4px;")
        self.port.setRange(1, 65535)
        self.port.setValue(address.port)
        self.database = QLineEdit(address.database)
        self.user = QLineEdit(address.user)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        self.problem = error_label()
        layout.addWidget(self.problem)
        add_buttons(self, layout, self.tr("Connect"))
        (self.database if address.host else self.host).setFocus()

    def address(self) -> ServerAddress:
        return ServerAddress(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                             self.user.text().strip())

    def accept(self) -> None:
        address = self.address()
        if not address.host or not address.database:
            self.problem.setText(self.tr("Give the server's address and the database's name."))
            return
        super().accept()


class PasswordDialog(QDialog):
    def __init__(self, address: ServerAddress, refused: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password for the event server"))
        layout, form = big_form(self)
        text = (self.tr("The server refused that password. Type it again for %1.") if refused
                else self.tr("The password of %1:")).replace("%1", address.url)
        layout.insertWidget(0, hint(text))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Password"), self.password)
        self.keep = QCheckBox(self.tr("Keep it on this laptop (readable by you only), so it is not asked again"))
        self.keep.setChecked(True)
        layout.addWidget(self.keep)
        add_buttons(self, layout, self.tr("Connect"))
        self.password.setFocus()


def with_password(parent: QWidget | None, url: str, attempt) -> bool:
    """Run `attempt()` (which opens or copies to the server); when the server wants a password, ask for it and try
    again. False if the organiser gave up."""
    for tries in range(PASSWORD_ATTEMPTS + 1):
        try:
            attempt()
            return True
        except ServerPasswordError:
            address = parse_address(url)
            if tries:
                credentials.forget_password(address)
            if tries == PASSWORD_ATTEMPTS:
                raise
            dialog = PasswordDialog(address, refused=tries > 0, parent=parent)
            if not dialog.exec():
                return False
            if dialog.keep.isChecked():
                credentials.keep_password(address, dialog.password.text())
            credentials.remember_for_this_run(address, dialog.password.text())
    return False


def ask_address(window, title: str, explanation: str) -> ServerAddress | None:
    dialog = ServerDialog(title, explanation, last_address(), window)
    if not dialog.exec():
        return None
    remember_address(dialog.address())
    return dialog.address()


def run(work, done, failed, context=None, what: str = "") -> Job:
    """`work()` off the GUI thread; `done(result)` or `failed(sentence)` back on it."""
    job = Job.plain(work)
    job.succeeded.connect(done)
    job.failed.connect(failed)
    return job.start(context, what)


def busy(window, text: str) -> QProgressDialog:
    progress = QProgressDialog(text, "", 0, 0, window)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.show()
    return progress


def connect_to_server(window) -> None:
    address = ask_address(window, translate("ServerMenu", "Connect to a server"), translate("ServerMenu",
        "Check people in on the event held by the server laptop. If the network fails, this desk goes on from its "
        "offline copy and uploads when the server is back."))
    if address is not None:
        open_server(window, address.url)


def open_server(window, url: str) -> None:
    """Open the event on the server in the window; on failure the event open before stays open."""
    if not window.event_can_change() or not window.pin_given(translate("ServerMenu", "Connect to a server")):
        return
    previous = window.context.target
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if not with_password(window, url, lambda: window.context.open(url)):
            window.context.open(previous)
    except BelvedereError as error:
        window.context.open(previous)
        QMessageBox.warning(window, translate("ServerMenu", "Cannot connect"), str(error))
    finally:
        QGuiApplication.restoreOverrideCursor()


def share_on_server(window, url: str | None = None) -> None:
    """Copy the open event file to an empty database on a server, then open it there."""
    target = window.context.target
    if is_server_url(target):
        QMessageBox.information(window, translate("ServerMenu", "Share on a server"),
                                translate("ServerMenu", "This event is already on a server."))
        return
    if url is None:
        address = ask_address(window, translate("ServerMenu", "Share on a server"), translate("ServerMenu",
            "Copy this event (participants, check-ins, run log, badge secret) to an empty database on the server "
            "laptop, then work on it there. The event file stays as it is."))
        if address is None:
            return
        url = address.url
    progress = busy(window, translate("ServerMenu", "Copying the event to the server…"))

    def copy() -> bool:
        """True when copied; False when the server wants the password (asked on the GUI thread, then again)."""
        try:
            transfer.share_on_server(target, url)
        except ServerPasswordError:
            return False
        return True

    def done(copied: bool) -> None:
        progress.close()
        if copied or with_password(window, url, lambda: transfer.share_on_server(target, url)):
            open_server(window, url)

    def failed(sentence: str) -> None:
        progress.close()
        QMessageBox.warning(window, translate("ServerMenu", "The event was not shared"), sentence)

    run(copy, done, failed)


def save_copy_from_server(window) -> None:
    """After the event: everything on the server, as an ordinary event file."""
    suggestion = appconfig.data_dir() / f"{parse_address(window.context.target).database}.belvedere"
    path, _ = QFileDialog.getSaveFileName(window, translate("ServerMenu", "Save a copy of the event"), str(suggestion),
                                          translate("ServerMenu", "Belvedere event (*.belvedere);;All files (*)"))
    if not path:
        return
    progress = busy(window, translate("ServerMenu", "Saving the server's event to a file…"))

    def done(copied) -> None:
        progress.close()
        window.statusBar().showMessage(translate("ServerMenu", "A copy was saved to %1 (%2 participants, %3 check-ins)")
                                       .replace("%1", path).replace("%2", str(copied["participant"]))
                                       .replace("%3", str(copied["check_in"])), 10000)

    def failed(sentence: str) -> None:
        progress.close()
        QMessageBox.warning(window, translate("ServerMenu", "The copy was not saved"), sentence)

    run(lambda: transfer.save_file_copy(Path(path)), done, failed, window.context, translate("ServerMenu", "a copy of the event"))


class NewServerPasswordDialog(QDialog):
    """The first start of the server on this laptop: the password the desks will type once."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Serve this event"))
        layout, form = big_form(self)
        layout.insertWidget(0, hint(self.tr(
            "Belvedere starts a PostgreSQL server on this laptop for the other desks. Choose the password they "
            "will type once each (at least %1 characters); tell it to the desks' volunteers yourself.")
            .replace("%1", str(local_server.SHORTEST_PASSWORD))))
        self.password, self.again = QLineEdit(), QLineEdit()
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Again"), self.again)
        self.problem = error_label()
        layout.addWidget(self.problem)
        add_buttons(self, layout, self.tr("Start the server"))
        self.password.setFocus()

    def accept(self) -> None:
        if len(self.password.text()) < local_server.SHORTEST_PASSWORD:
            self.problem.setText(self.tr("The password needs at least %1 characters.")
                                 .replace("%1", str(local_server.SHORTEST_PASSWORD)))
        elif self.password.text() != self.again.text():
            self.problem.setText(self.tr("The two passwords differ. Type them again."))
        else:
            super().accept()


def serve_here(window) -> None:
    """Start the private server on this laptop, say where the desks connect, and offer to share the event on it."""
    try:
        server = local_server.this_laptops_server()
    except BelvedereError as error:
        QMessageBox.warning(window, translate("ServerMenu", "The server did not start"), str(error))
        return
    password = None
    if server.needs_password():
        dialog = NewServerPasswordDialog(window)
        if not dialog.exec():
            return
        password = dialog.password.text()
    progress = busy(window, translate("ServerMenu", "Starting the server on this laptop…"))

    def done(served: local_server.Served) -> None:
        progress.close()
        lines = [translate("ServerMenu", "The server runs on port %1. On each desk: File ▸ Connect to a server…, with:")
                 .replace("%1", str(served.port)), *served.urls,
                 translate("ServerMenu", "and the password you chose for the desks.")]
        box = QMessageBox(QMessageBox.Icon.Information, translate("ServerMenu", "Serve this event"), "\n".join(lines),
                          parent=window)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        share = None
        if not is_server_url(window.context.target):
            share = box.addButton(translate("ServerMenu", "Share the open event on it"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if share is not None and box.clickedButton() is share:
            share_on_server(window, ServerAddress("127.0.0.1", served.port, local_server.DATABASE,
                                                  local_server.USER).url)

    def failed(sentence: str) -> None:
        progress.close()
        QMessageBox.warning(window, translate("ServerMenu", "The server did not start"), sentence)

    run(lambda: server.serve(password=password), done, failed)
