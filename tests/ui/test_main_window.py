"""The window opens offscreen on the demo, every page opens, and its picture is kept for the README."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from models import appconfig
from ui.app import create_application, open_main_window

README_SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "main-window.png"


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
    assert list(window.pages) == ["desk", "participants", "agenda", "badges", "reports"]
    for key in window.pages:
        page = window.show_page(key)
        qtbot.waitExposed(window)
        assert window.stack.currentWidget() is page
        window.grab().save(str(artifacts / f"main-window-{key}.png"))
    window.show_page("agenda")
    window.resize(1280, 800)
    picture = artifacts / "main-window.png"
    assert window.grab().save(str(picture))
    if os.environ.get("BELVEDERE_UPDATE_DOCS"):
        README_SCREENSHOT.parent.mkdir(exist_ok=True)
        shutil.copy(picture, README_SCREENSHOT)


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
    window.save_copy()
    assert target.exists()
    window.open_target(str(target))
    assert str(target) in window.context.target
    assert "copy for the chair.belvedere" in window.windowTitle()
    assert appconfig.last_event_file() == str(target.resolve())
