"""The window opens offscreen on the demo and every page opens (test_fit.py looks at them on laptops' screens)."""
from __future__ import annotations

import os
import stat

from PySide6.QtWidgets import QFileDialog

from models.ground import appconfig
from models.participants.entities import Participant
from ui.app import create_application, open_main_window


def test_first_run_creates_the_demo_and_every_page_opens(qtbot, isolated_home, artifacts):
    # GIVEN a laptop that never ran Belvedere
    create_application()
    # WHEN the window opens
    window = open_main_window()
    qtbot.addWidget(window)
    # THEN the demo was created in the data folder and the title names the event and the file
    assert appconfig.demo_file().exists()
    assert "Regional workshop on cooperation between the LEA and ISP" in window.windowTitle()
    assert "cybercrime-ipa-2011.belvedere" in window.windowTitle()
    assert window.page_keys == ["desk", "participants", "event", "agenda", "badges", "reports"]
    assert list(window.pages) == ["desk"]  # the other pages are built when first shown
    for key in window.page_keys:
        page = window.show_page(key)
        qtbot.waitUntil(page.isVisible)
        assert window.stack.currentWidget() is page
        window.grab().save(str(artifacts / f"main-window-{key}.png"))


def test_the_agenda_page_shows_both_days_of_the_demo(qtbot, demo_path):
    create_application()
    window = open_main_window(str(demo_path))
    qtbot.addWidget(window)
    page = window.show_page("agenda")
    assert page.day_choice.count() == 2
    assert page.model.item_at(0).title == "Registration of participants"
    page.day_choice.setCurrentIndex(1)
    assert page.model.item_at(page.model.rowCount() - 1).title == "End of the meeting"


def test_window_placement_is_remembered(qtbot, demo_path):
    create_application()
    window = open_main_window(str(demo_path))
    window.resize(760, 540)
    window.move(40, 30)
    window.close()
    again = open_main_window(str(demo_path))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (760, 540)


def test_save_a_copy_writes_a_consistent_event_file(qtbot, demo_path, tmp_path, monkeypatch):
    create_application()
    window = open_main_window(str(demo_path))
    qtbot.addWidget(window)
    target = tmp_path / "copy for the chair.belvedere"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    secret = window.context.current_event.secret
    window.save_copy()
    assert target.exists()
    if os.name == "posix":  # the copy holds what the event file holds: private like it
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    window.open_target(str(target))
    assert str(target) in window.context.target
    assert "copy for the chair.belvedere" in window.windowTitle()
    # the copy is the whole event: everyone, with the same badge secret (its badges scan there too)
    assert Participant.select().count() == 45 and window.context.current_event.secret == secret
    assert appconfig.last_event_file() == str(target.resolve())


def test_closing_the_window_leaves_a_backup(qtbot, demo_path):
    from models.event import backups

    create_application()
    window = open_main_window(str(demo_path))
    window.close()
    assert len(backups.backups_of(demo_path)) == 1
