"""The window in Albanian: every page, dialog and desk answer speaks it, nothing is clipped at a laptop's
1280×800 in either language, and the Language menu switches an open window at once, keeping what it shows."""
from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from models.agenda.timekeeping import ChairClock
from models.badges.reading import payload_for
from models.checkin.service import last_check_in_at
from models.ground import appconfig, i18n
from models.ground.clock import UTC, FakeClock
from models.ground.entities import current_event
from models.ground.settings import DESK_NAME, DESK_OPERATOR, LANGUAGE
from models.participants.entities import Participant
from tests.ui.languages import clipped, still_english
from ui.about import AboutDialog
from ui.app import create_application, open_main_window
from ui.context import window_settings
from ui.desk.dialogs import IdentityDialog, UndoDialog, WalkInDialog
from ui.event.agenda_editor import ItemDialog
from ui.event.groups import DelegationDialog, RoleDialog
from ui.event.new_event import NewEventDialog
from ui.event.words import WordDialog
from ui.participants.import_wizard import ImportWizard
from ui.participants.person_dialog import ParticipantDialog

DOCS = Path(__file__).resolve().parents[2] / "docs"
MORNING_OF_DAY_ONE = datetime(2011, 6, 9, 6, 50, tzinfo=UTC)  # 08:50 in Durrës
LANGUAGE_NAMES = {"English", "Shqip"}
LAPTOP_WIDTH = 1280  # the Language menu names each language in itself


def open_window(qtbot, demo_path, language: str):
    """The main window at 1280×800, speaking `language` as chosen before in its Language menu."""
    appconfig.put(LANGUAGE, language)
    create_application()
    settings = window_settings()
    settings.put(DESK_NAME, "Sporteli 1")
    settings.put(DESK_OPERATOR, "Arta")
    settings.sync()
    window = open_main_window(str(demo_path))
    qtbot.addWidget(window)
    window.context.clock = FakeClock(MORNING_OF_DAY_ONE)
    window.context.agenda_clock = ChairClock(window.context.clock)
    window.build_pages()  # built again on the morning of day I: on any other date the desk would practise
    window.resize(1280, 800)
    return window


def every_page(qtbot, window):
    for key in window.page_keys:
        page = window.show_page(key)
        qtbot.waitUntil(page.isVisible)
        qtbot.wait(10)
        yield key, page


def scan(qtbot, window, number: int):
    """What a USB scanner does: the badge's digits and Enter, as fast as the keyboard queue allows."""
    desk = window.show_page("desk")
    qtbot.keyClicks(desk.scan_field, payload_for(Participant.get(Participant.number == number), current_event()))
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)
    return desk


def test_every_page_speaks_albanian(qtbot, demo_path, artifacts):
    window = open_window(qtbot, demo_path, "sq")
    assert i18n.current_language() == "sq"
    for key, _page in every_page(qtbot, window):
        window.grab().save(str(artifacts / f"albanian-{key}.png"))
        assert still_english(window, LANGUAGE_NAMES) == [], f"the {key} page"
    assert [window.navigation.item(row).text() for row in range(window.navigation.count())] == [
        "Sporteli", "Pjesëmarrësit", "Eventi", "Programi", "Kartat", "Raportet"]


@pytest.mark.parametrize("language", ["en", "sq"])
def test_nothing_is_clipped_at_1280_by_800(qtbot, demo_path, language):
    window = open_window(qtbot, demo_path, language)
    for key, _page in every_page(qtbot, window):
        assert clipped(window) == [], f"the {key} page in {language}"


def test_every_desk_answer_speaks_albanian(qtbot, demo_path, artifacts):
    window = open_window(qtbot, demo_path, "sq")
    desk = scan(qtbot, window, 118)
    assert desk.result_panel.headline.text().endswith("U regjistrua")
    assert "Dita I · 08:50" in desk.result_panel.text()
    answers = {"checked in": desk.result_panel.text()}
    window.grab().save(str(artifacts / "albanian-desk-checked-in.png"))
    scan(qtbot, window, 118)
    answers["already"] = desk.result_panel.text()
    assert desk.result_panel.headline.text().endswith("Regjistruar më parë")
    qtbot.keyClicks(desk.scan_field, "1234" * 6)
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)
    answers["refused"] = desk.result_panel.text()
    assert desk.result_panel.headline.text().endswith("Karta u refuzua")
    for name, _text in answers.items():
        assert still_english(desk.result_panel) == [], name
    record = last_check_in_at("Sporteli 1", desk.day)
    assert record is not None


def dialogs(window) -> dict[str, QWidget]:
    event = current_event()
    day = next(iter(event.days))
    participant = Participant.get(Participant.number == 118)
    return {
        "identity": IdentityDialog("", "", window),
        "walk-in": WalkInDialog(event, window),
        "participant": ParticipantDialog(event, participant, window),
        "new participant": ParticipantDialog(event, None, window),
        "new event": NewEventDialog(window),
        "about": AboutDialog(window),
        "import": ImportWizard(event, window.context.settings, window, window.context),
        "agenda item": ItemDialog(day, None, None, window),
        "delegation": DelegationDialog(event, None, window),
        "role": RoleDialog(event, None, window),
        "word": WordDialog(event, None, window),
    }


def test_every_dialog_speaks_albanian(qtbot, demo_path):
    window = open_window(qtbot, demo_path, "sq")
    for name, dialog in dialogs(window).items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        # Qt opens a dialog at its size hint, up to two thirds of the screen: of a 1280-wide laptop here
        # (the offscreen screen is 800 wide)
        hint = dialog.sizeHint()
        dialog.resize(max(dialog.width(), min(hint.width(), LAPTOP_WIDTH * 2 // 3)), max(dialog.height(), hint.height()))
        qtbot.wait(20)
        assert still_english(dialog, LANGUAGE_NAMES) == [], name
        assert clipped(dialog) == [], name
        dialog.close()


def test_the_undo_dialog_speaks_albanian(qtbot, demo_path):
    window = open_window(qtbot, demo_path, "sq")
    desk = scan(qtbot, window, 118)
    record = last_check_in_at("Sporteli 1", desk.day)
    dialog = UndoDialog(record, record.participant, "Dita I në orën 08:50", window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert still_english(dialog, LANGUAGE_NAMES) == []
    assert dialog.reason.itemText(0) == "Skanuar ose zgjedhur gabimisht"


def test_the_language_menu_switches_the_open_window_and_keeps_the_desk_answer(qtbot, demo_path):
    # GIVEN the window in English, every page opened once, a check-in answered on the desk, a name half typed
    window = open_window(qtbot, demo_path, "en")
    for _key, _page in every_page(qtbot, window):
        pass
    scan(qtbot, window, 118)
    desk = window.show_page("desk")
    desk.scan_field.setText("kerl")
    assert desk.result_panel.headline.text().endswith("Checked in")
    # WHEN Shqip is chosen in the Language menu
    shqip = next(action for action in window.language_menu.actions() if action.text() == "Shqip")
    shqip.trigger()
    # THEN at once, without a restart, the desk says the same answer in Albanian, with what was typed
    desk = window.pages["desk"]
    assert desk.result_panel.headline.text().endswith("U regjistrua")
    assert "Ђорђе Петровић" in desk.result_panel.text() and "Dita I · 08:50" in desk.result_panel.text()
    assert desk.scan_field.text() == "kerl"
    assert window.menuBar().actions()[0].text() == "&Skedari"
    assert [action.text() for action in window.language_menu.actions() if action.isChecked()] == ["Shqip"]
    # AND every page, built again when shown, speaks Albanian
    for key, _page in every_page(qtbot, window):
        assert still_english(window, LANGUAGE_NAMES) == [], f"the {key} page after the switch"
    # AND the choice is remembered for the next start, and the core speaks it too
    assert appconfig.value_of(LANGUAGE) == "sq"
    assert i18n.current_language() == "sq"
    # WHEN English is chosen again, the desk's answer is English again
    next(action for action in window.language_menu.actions() if action.text() == "English").trigger()
    assert window.show_page("desk").result_panel.headline.text().endswith("Checked in")


def test_the_first_start_follows_the_system_language(qtbot, demo_path, monkeypatch):
    from ui import language

    monkeypatch.setattr(language, "system_languages", lambda: ["sq-Latn-AL", "sq", "en"])
    create_application()
    assert i18n.current_language() == "sq"
    assert QApplication.translate("MainWindow", "&File") == "&Skedari"
    # AND --lang overrides it for one run, without changing what is remembered
    create_application(language="en")
    assert QApplication.translate("MainWindow", "&File") == "&File"
    assert appconfig.value_of(LANGUAGE) is None


def test_pictures_of_the_albanian_window_for_the_readme(qtbot, demo_path, artifacts):
    """The desk, the chair's page during the coffee break, and the break on the stage display, in Albanian."""
    from tests.agenda.helpers import at

    window = open_window(qtbot, demo_path, "sq")
    clock = window.context.clock
    clock.set(at("09:00"))
    desk = scan(qtbot, window, 101)
    assert desk.result_panel.headline.text().endswith("U regjistrua")
    pictures = {"desk-albanian.png": window.grab()}
    page = window.show_page("agenda")
    page.act(page.chair.start)
    for hhmm in ("09:30", "10:00", "10:30", "11:02"):
        clock.set(at(hhmm))
        page.live.tick()
        page.act(page.chair.next_item if hhmm != "11:02" else page.chair.end)
    clock.set(at("11:04"))
    page.live.tick()
    qtbot.wait(50)  # laid out again after the break began
    assert clipped(window) == []
    assert still_english(window, LANGUAGE_NAMES) == []
    pictures["agenda-albanian.png"] = window.grab()
    page.display_button.setChecked(True)
    qtbot.waitExposed(page.display)
    page.display.resize(1280, 720)
    qtbot.wait(20)
    shown = page.display.view.screen_shown
    assert shown.headline == ("Coffee break", "Pushim kafeje") and shown.lines == (
        "We resume at 11:15", "Rifillojmë në orën 11:15")
    pictures["break-albanian.png"] = page.display.view.grab()
    for name, picture in pictures.items():
        assert picture.save(str(artifacts / name))
        if os.environ.get("BELVEDERE_UPDATE_DOCS"):
            shutil.copy(artifacts / name, DOCS / name)
