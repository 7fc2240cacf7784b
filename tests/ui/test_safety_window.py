"""Nothing lost, nothing leaked, seen from the window: a damaged file at start, a read-only file at the desk and on
the podium, removing personal data from the File menu, and export names that say they hold personal data."""
from __future__ import annotations

import logging
import os

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from models.agenda.entities import AgendaAction
from models.checkin.entities import CheckIn
from models.event import backups
from models.event.file import close_event_database, open_event_database
from models.ground.clock import FakeClock
from models.ground.db import database
from models.participants.entities import Participant
from tests.agenda.helpers import at
from tests.ui.test_desk_page import assert_answer, badge, make_desk, scan, valid_check_ins
from ui.agenda.page import AgendaPage
from ui.app import create_application, open_main_window, run_gui
from ui.context import AppContext
from ui.desk.answer import Tone
from ui.desk.dialogs import UndoDialog, WalkInDialog
from ui.main_window import MainWindow
from ui.safety import BackupScheduler, personal_data_question


def read_only(on: bool = True) -> None:
    """What SQLite does with an event file on a write-protected stick (root can write through file permissions)."""
    database.execute_sql(f"PRAGMA query_only = {int(on)}")


# --- a damaged file at start -------------------------------------------------------------


@pytest.fixture
def gui_start(monkeypatch):
    """run_gui as the desktop starts it, answering Yes to the backup it offers; the window is noted, then closed."""
    asked, shown = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *args: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *args: asked.append(text))
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level

    def note_window_then_quit(tries: int = 100) -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows or not tries:
            shown.extend(window.windowTitle() for window in windows)
            QCoreApplication.quit()
        else:
            QTimer.singleShot(50, lambda: note_window_then_quit(tries - 1))

    def start(target) -> int:
        create_application()
        QTimer.singleShot(0, note_window_then_quit)
        return run_gui(str(target))

    yield start, asked, shown
    qInstallMessageHandler(None)
    for handler in root.handlers[len(handlers):]:
        handler.close()
    root.handlers[:], root.level = handlers, level


@pytest.mark.parametrize("keep", [0, 10, 0.5], ids=["emptied", "cut in its header", "cut in half"])
def test_a_truncated_event_file_opens_after_restoring_the_latest_good_backup(demo_event, demo_path, gui_start, keep):
    # GIVEN a check-in, a backup of it, and then the event file cut short by a power cut during a copy
    start, asked, shown = gui_start
    CheckIn.create(participant=Participant.get(Participant.number == 118), day=1, at=at("08:50"), desk="Desk 1")
    good = backups.make_backup(demo_path)
    close_event_database()
    with open(demo_path, "r+b") as handle:
        handle.truncate(int(demo_path.stat().st_size * keep) if isinstance(keep, float) else keep)
    for suffix in ("-wal", "-shm"):
        (demo_path.parent / (demo_path.name + suffix)).unlink(missing_ok=True)
    # WHEN Belvedere starts on it and the organiser accepts the backup it offers
    assert start(demo_path) == 0
    # THEN the window opened on the restored event, with the check-in, and the damaged file was kept aside
    assert len(asked) == 1 and good.name in asked[0] and "Restore it from a backup" in asked[0]
    assert shown and "Regional workshop" in shown[0]
    assert backups.is_sound(demo_path)
    open_event_database(demo_path)
    assert [c.participant.number for c in CheckIn.select()] == [118]
    assert list(demo_path.parent.glob("demo.before-restore-*.belvedere"))


def test_a_truncated_file_without_any_backup_says_so_and_does_not_start(demo_path, gui_start):
    start, asked, shown = gui_start
    demo_path.write_bytes(b"")
    assert start(demo_path) == 1
    assert "No backup of it was found" in asked[0] and not shown


def test_a_damaged_file_chosen_with_open_is_offered_its_latest_backup(qtbot, demo_path, tmp_path, monkeypatch):
    # GIVEN the window on one event, and a second event file with a backup that was then cut in half
    other = tmp_path / "other.belvedere"
    other.write_bytes(demo_path.read_bytes())
    good = backups.make_backup(other)
    with open(other, "r+b") as handle:
        handle.truncate(other.stat().st_size // 2)
    create_application()
    window = open_main_window(str(demo_path))
    qtbot.addWidget(window)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *rest: asked.append(text) or QMessageBox.StandardButton.Yes)
    # WHEN the organiser opens it and accepts the backup offered
    window.open_target(str(other))
    # THEN the restored event is open
    assert len(asked) == 1 and good.name in asked[0]
    assert window.context.target == str(other) and backups.is_sound(other)


def test_the_scheduled_backup_is_made_off_the_gui_thread_and_says_where(qtbot, demo_path):
    # GIVEN the window's backups, for the demo open at the desk
    create_application()
    context = AppContext(str(demo_path))
    context.open(str(demo_path))
    scheduler = BackupScheduler(context)
    # WHEN the five minutes are up
    with qtbot.waitSignal(scheduler.done, timeout=10_000) as made:
        scheduler.back_up_soon()
    # THEN a sound copy was made where the event's backups are kept, and opening another event need not wait for it
    assert [str(path) for path in backups.backups_of(demo_path)] == made.args
    assert backups.is_sound(backups.backups_of(demo_path)[0]) and context.work_in_progress() == []


def test_a_scheduled_backup_that_fails_says_why(qtbot, demo_path, tmp_path):
    # GIVEN an event file that has gone from the stick it was on
    create_application()
    context = AppContext(str(tmp_path / "gone.belvedere"))
    scheduler = BackupScheduler(context)
    # WHEN the backup is due, THEN the window is told why it failed
    with qtbot.waitSignal(scheduler.failed, timeout=10_000) as failure:
        scheduler.back_up_soon()
    assert "The backup to" in failure.args[0] and "Check the disk, then try again." in failure.args[0]


# --- a read-only event file ----------------------------------------------------------------


def test_a_walk_in_and_an_undo_on_a_read_only_file_say_nothing_was_saved(qtbot, demo_path, monkeypatch, artifacts):
    desk = make_desk(qtbot, demo_path)
    scan(qtbot, desk, badge(101, desk))
    read_only()

    def fill_and_accept(dialog: WalkInDialog) -> int:
        dialog.given_name.setText("Vesna")
        dialog.family_name.setText("Đukanović")
        return 1

    monkeypatch.setattr(WalkInDialog, "exec", fill_and_accept)
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_F2)
    assert_answer(desk, Tone.REFUSED, "Not saved", "read-only")
    desk.grab().save(str(artifacts / "desk-walk-in-not-saved.png"))
    warnings = []
    monkeypatch.setattr(UndoDialog, "exec", lambda dialog: dialog.reason.setCurrentText("Wrong person") or 1)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: warnings.append((title, text)))
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert warnings and warnings[0][0] == "The check-in was not undone" and "read-only" in warnings[0][1]
    read_only(False)
    assert Participant.select().count() == 45 and [c.participant.number for c in valid_check_ins()] == [101]


def test_the_chairs_controls_on_a_read_only_file_say_so_on_the_page(qtbot, demo_path, artifacts):
    # GIVEN the chair's page on an event file that cannot be written
    create_application()
    context = AppContext(str(demo_path), clock=FakeClock(at("09:00")))
    context.open(str(demo_path))
    page = AgendaPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    read_only()
    # WHEN the chair starts the day, and changes a setting
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    # THEN the page says plainly that nothing was saved, and what to do (pytest-qt fails on any exception in a slot)
    assert "read-only" in page.error_label.text() and "Copy it to a writable place" in page.error_label.text()
    page.grab().save(str(artifacts / "agenda-read-only.png"))
    page.error_label.clear()
    page.seats_spin.setValue(page.seats_spin.value() + 1)
    assert "read-only" in page.error_label.text()
    read_only(False)
    assert AgendaAction.select().count() == 0


# --- removing personal data, and exports --------------------------------------------------


def file_action(window: MainWindow, text: str):
    return next(action for action in window.file_menu.actions() if action.text() == text)


@pytest.mark.parametrize("choice", ["Remove personal data", "Cancel"])
def test_remove_personal_data_from_the_file_menu_after_confirmation(qtbot, demo_path, monkeypatch, artifacts, choice):
    # GIVEN the window on the demo, with automatic backups holding the names
    create_application()
    window = open_main_window(str(demo_path))
    qtbot.addWidget(window)
    window.show_page("participants")
    backups.make_backup(demo_path)
    questions, told = [], []

    def answer(box: QMessageBox) -> int:
        questions.append(box.informativeText())
        next(button for button in box.buttons() if button.text() == choice).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *args: told.append(text))
    # WHEN the organiser chooses File → Remove personal data… and answers
    file_action(window, "Remove &personal data…").trigger()
    # THEN the question said what goes and what stays, and only Remove removed
    assert "45 participants" in questions[0] and "timing report" in questions[0] and "cannot be undone" in questions[0]
    djordje = Participant.get(Participant.number == 118)
    if choice == "Cancel":
        assert djordje.family_name == "Петровић" and len(backups.backups_of(demo_path)) == 1 and not told
        return
    assert djordje.full_name == "Participant 118" and backups.backups_of(demo_path) == []
    assert "45 participants" in told[0] and "1 backups" in told[0]
    model = window.page("participants").model
    assert "Петровић" not in str([model.data(model.index(row, column)) for row in range(model.rowCount())
                                   for column in range(model.columnCount())])


def test_the_personal_data_question_can_be_read_and_cancel_is_the_default(qtbot, demo_event, artifacts):
    create_application()
    window = open_main_window()
    qtbot.addWidget(window)
    box, remove = personal_data_question(window, 45)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    box.grab().save(str(artifacts / "remove-personal-data.png"))
    assert box.defaultButton() is not remove and box.defaultButton().text() == "Cancel"


def test_exports_with_personal_data_suggest_a_name_that_says_so(qtbot, demo_path, monkeypatch):
    create_application()
    window = open_main_window(str(demo_path))
    qtbot.addWidget(window)
    suggested = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, caption, name, *args: suggested.append(os.path.basename(name)) or ("", ""))
    window.page("participants").export()
    window.page("event").details.export()
    assert suggested == ["participants-personal-data.xlsx",
                         "regional-workshop-on-cooperation-between-the-lea-and-isp-personal-data.json"]
