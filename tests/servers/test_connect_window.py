"""File ▸ Connect to a server… in the window: the password is asked once and kept in PostgreSQL's password file
(owner-only), or asked at each start; it is never in a message, the log, the settings or the recent list."""
from __future__ import annotations

import logging
import os
import stat

import pytest

from models.event.desk_source import ServerDesk
from models.ground import appconfig, credentials
from models.ground.logs import configure_logging
from tests.servers.conftest import PASSWORD
from ui.app import create_application, open_main_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.servers import PasswordDialog, ServerDialog, connect_to_server


@pytest.fixture
def logged():
    """The app's log file, as the window writes it."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    configure_logging()
    yield appconfig.data_dir() / "logs" / "belvedere.log"
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def answers(monkeypatch, lan_server):
    """Fills the server dialog with the server's address, and the password dialog as told; counts the asks."""
    asked: list[bool] = []
    keep = {"keep": True}

    def fill_address(dialog: ServerDialog) -> int:
        address = lan_server.address
        dialog.host.setText(address.host)
        dialog.port.setValue(address.port)
        dialog.database.setText(address.database)
        dialog.user.setText(address.user)
        return 1

    def type_password(dialog: PasswordDialog) -> int:
        asked.append(True)
        dialog.password.setText(PASSWORD)
        dialog.keep.setChecked(keep["keep"])
        return 1

    monkeypatch.setattr(ServerDialog, "exec", fill_address)
    monkeypatch.setattr(PasswordDialog, "exec", type_password)
    return asked, keep


def window_on(target) -> MainWindow:
    create_application()
    context = AppContext(str(target))
    context.open(str(target))
    return MainWindow(context)


def test_connecting_asks_the_password_once_and_keeps_it_only_in_the_private_password_file(
        qtbot, lan_server, answers, demo_path, logged):
    asked, _keep = answers
    # GIVEN the window on an event file
    window = window_on(demo_path)
    qtbot.addWidget(window)
    # WHEN the organiser connects to the server and types the password once
    connect_to_server(window)
    # THEN the window works on the server's event; the desk answers from the server, with its offline copy
    url = lan_server.address.url
    assert window.context.target == url and len(asked) == 1
    assert isinstance(window.context.desk_source, ServerDesk)
    assert url in window.windowTitle() and PASSWORD not in window.windowTitle()
    # AND the password is in the password file only, readable by its owner only
    password_file = credentials.password_file()
    assert stat.S_IMODE(os.stat(password_file).st_mode) == 0o600 and PASSWORD in password_file.read_text()
    settings = [appconfig.config_file(), appconfig.config_dir() / "window.ini"]
    for path in [*settings, logged]:
        assert not path.exists() or PASSWORD not in path.read_text(encoding="utf-8", errors="replace"), path
    assert appconfig.recent_files()[0] == url
    window.close()
    # WHEN Belvedere starts again on that server THEN the password is not asked again
    credentials._passwords_this_run.clear()
    again = open_main_window()
    qtbot.addWidget(again)
    assert again.context.target == url and len(asked) == 1
    again.close()


def test_a_password_not_kept_is_asked_at_each_start(qtbot, lan_server, answers, demo_path):
    asked, keep = answers
    keep["keep"] = False
    window = window_on(demo_path)
    qtbot.addWidget(window)
    connect_to_server(window)
    assert window.context.target == lan_server.address.url and len(asked) == 1
    assert not credentials.password_file().exists() or PASSWORD not in credentials.password_file().read_text()
    window.close()
    credentials._passwords_this_run.clear()  # Belvedere closed: the password is gone with it
    again = open_main_window()
    qtbot.addWidget(again)
    assert again.context.target == lan_server.address.url and len(asked) == 2
    again.close()
