"""File ▸ Share on a server… copies the open event file to an empty database and opens it there; File ▸ Save a
copy… on a server writes an ordinary event file with everything the server holds."""
from __future__ import annotations

import stat

from PySide6.QtWidgets import QFileDialog, QMessageBox

from models.checkin.entities import CheckIn
from models.checkin.service import check_in
from models.event.desk_source import ServerDesk
from models.event.file import open_event_database
from models.ground.addresses import parse_address
from models.ground.days import day_by_number
from models.ground.entities import current_event
from models.participants.entities import Participant
from ui.app import create_application
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.servers import ServerDialog, share_on_server


def test_share_on_a_server_then_save_a_copy_back_as_a_file(qtbot, monkeypatch, demo_event, demo_path,
                                                          empty_database, tmp_path):
    # GIVEN the window on an event file with a check-in
    check_in(demo_event, Participant.get(Participant.number == 101), day=day_by_number(demo_event, 1), desk="Desk 1")
    create_application()
    context = AppContext(str(demo_path))
    context.open(str(demo_path))
    window = MainWindow(context)
    qtbot.addWidget(window)
    address = parse_address(empty_database)

    def fill_address(dialog: ServerDialog) -> int:
        dialog.host.setText(address.host)
        dialog.port.setValue(address.port)
        dialog.database.setText(address.database)
        dialog.user.setText(address.user)
        return 1

    monkeypatch.setattr(ServerDialog, "exec", fill_address)
    problems: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_: problems.append(text))
    # WHEN the organiser shares it on the server
    share_on_server(window)
    # THEN the window works on the server, where the event and its check-in are
    qtbot.waitUntil(lambda: context.target == empty_database or bool(problems), timeout=30_000)
    assert not problems
    assert isinstance(context.desk_source, ServerDesk)
    assert CheckIn.select().count() == 1 and current_event().title == demo_event.title
    # WHEN after the event a copy is saved from the server
    saved = tmp_path / "after the event.belvedere"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(saved), ""))
    window.save_copy()
    qtbot.waitUntil(lambda: "A copy was saved" in window.statusBar().currentMessage() or bool(problems),
                    timeout=30_000)
    assert not problems
    # THEN it is an ordinary event file, readable by its owner only, with the check-in
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    window.close()
    open_event_database(saved)
    assert [c.participant.number for c in CheckIn.select()] == [101]
