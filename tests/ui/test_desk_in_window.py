"""The desk inside the whole main window, as volunteers and organisers use it on the day.

Each test drives the real window offscreen (every page a real widget over a real event
file) for a defect seen at a desk that the desk page's own tests could not see.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QWheelEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QRadioButton, QWidget

from models.badges.layouts import LAYOUTS
from models.badges.reading import payload_for, read_badge
from models.checkin.entities import CheckIn
from models.checkin.service import check_in
from models.event import desk_lock
from models.event.file import close_event_database, open_event_database
from models.ground.clock import UTC, FakeClock
from models.ground.entities import current_event
from models.ground.settings import BADGE_PRINTER
from models.participants.entities import Participant
from tests.badge_pdfs import decode_badges
from tests.ui.pages import open_window
from ui.badges import printer as printing
from ui.desk.answer import Tone
from ui.desk.dialogs import IdentityDialog

MORNING_OF_DAY_ONE = datetime(2011, 6, 9, 6, 50, tzinfo=UTC)  # 08:50 in Durrës


def badge(number: int, window) -> str:
    return payload_for(Participant.get(Participant.number == number), window.context.current_event)


def scan_into(qtbot, widget, payload: str) -> None:
    """What a USB scanner does: the code's characters and Enter into whatever has the focus."""
    qtbot.keyClicks(widget, payload)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def valid_check_ins() -> list[CheckIn]:
    return list(CheckIn.select().where(CheckIn.voided_at.is_null()))


class Happenings(QObject):
    """What happened, in order: the answer painted, the window told of a change."""

    def __init__(self, panel, context):
        super().__init__()
        self.seen: list[str] = []
        panel.installEventFilter(self)
        context.data_changed.connect(lambda topic: self.seen.append(f"told {topic}"))

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and "painted" not in self.seen:
            self.seen.append("painted")
        return False


# --- 1. the answer first ---------------------------------------------------------------------------


def test_the_answer_is_painted_before_the_window_hears_of_the_check_in(qtbot, demo_path):
    # GIVEN the window as an organiser leaves it: every page opened once, then the desk
    window = open_window(qtbot, demo_path, FakeClock(MORNING_OF_DAY_ONE), every_page=True)
    desk = window.pages["desk"]
    happenings = Happenings(desk.result_panel, window.context)
    # WHEN a badge is scanned
    scan_into(qtbot, desk.scan_field, badge(118, window))
    qtbot.waitUntil(lambda: "told checkins" in happenings.seen)
    # THEN the answer was on screen before any page was told of the check-in
    assert happenings.seen[:2] == ["painted", "told checkins"]


def test_a_hidden_page_does_no_reload_work_until_it_is_shown(qtbot, demo_path):
    window = open_window(qtbot, demo_path, FakeClock(MORNING_OF_DAY_ONE), every_page=True)
    desk, participants = window.pages["desk"], window.pages["participants"]
    reloads = []
    reload = participants.model.reload
    participants.model.reload = lambda: (reloads.append(len(reloads)), reload())
    # WHEN three badges are scanned at the desk
    for number in (118, 119, 101):
        scan_into(qtbot, desk.scan_field, badge(number, window))
    qtbot.wait(50)  # what the check-ins set off has run
    # THEN the hidden Participants page has not reloaded its list
    assert reloads == [] and len(valid_check_ins()) == 3
    # AND shown, it reloads once and shows the arrivals
    window.show_page("participants")
    qtbot.waitUntil(participants.isVisible)
    assert reloads == [0]
    model = participants.model
    arrived = model.index(model.row_of(Participant.get(Participant.number == 118).id), model.columnCount() - 1)
    assert model.data(arrived) == "I"


# --- helpers for the questions the window asks ----------------------------------------------------


class Answerer(QObject):
    """Answers each modal question the window opens, in turn, with the next of `answers` (a function of it);
    once they are used up, any further question is put aside, so that a test never waits for a click."""

    def __init__(self, answers):
        super().__init__()
        self.answers = list(answers)
        self.asked: list[str] = []  # the titles of the questions, in order
        self.current = None
        self.timer = QTimer(self)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.look)
        self.timer.start()

    def look(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog is self.current or not dialog.isVisible():
            return
        self.current = dialog
        self.asked.append(dialog.windowTitle())
        if self.answers:
            self.answers.pop(0)(dialog)
        else:
            dialog.reject()  # a question the test did not expect is put aside (and listed in `asked`)
        if not dialog.isVisible():
            self.current = None  # answered: the next question may come in the same wrapper

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def answering():
    """`answering(answers…)` queues answers for the window's next questions (one answerer a test, so that the
    questions are answered in the order they come); it stops when the test ends."""
    answerer: list[Answerer] = []

    def queue(*answers) -> Answerer:
        if not answerer:
            answerer.append(Answerer(()))
        answerer[0].answers.extend(answers)
        return answerer[0]

    yield queue
    for each in answerer:
        each.stop()


def button_named(dialog, start: str) -> QPushButton:
    return next(button for button in dialog.findChildren(QPushButton)
                if button.text().replace("&", "").startswith(start) and button.isVisible())


def choose_day(label: str, confirm: str = "Work on"):
    """Choose the day whose line starts with `label`, then the confirming button."""
    def answer(dialog) -> None:
        QTest.keyClick(dialog, Qt.Key.Key_Return)  # a stray Enter (the next badge's) confirms nothing
        assert dialog.isVisible()
        next(choice for choice in dialog.findChildren(QRadioButton) if choice.text().startswith(label)).click()
        QTest.keyClick(dialog, Qt.Key.Key_Return)
        assert dialog.isVisible()
        button_named(dialog, confirm).click()
    return answer


def cancel(dialog) -> None:
    dialog.reject()


def name_the_desk(desk_name: str, operator: str):
    def answer(dialog) -> None:
        dialog.desk.setText(desk_name)
        dialog.operator.setText(operator)
        dialog.accept()
    return answer


def back_to(qtbot, window) -> None:
    """After a question closes, the window is active again (offscreen has no window manager to do it)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def answer_text(window) -> str:
    return window.pages["desk"].result_panel.text()


# --- 2. the day is deliberate ----------------------------------------------------------------------


def test_no_mouse_wheel_anywhere_on_the_desk_changes_the_day(qtbot, demo_path):
    window = open_window(qtbot, demo_path, FakeClock(MORNING_OF_DAY_ONE))
    desk = window.pages["desk"]
    # WHEN the wheel turns a notch over every part of the desk
    for widget in [desk, *desk.findChildren(QWidget)]:
        if widget.isVisible():
            centre = QPointF(widget.rect().center())
            for notch in (-120, 120, -120):
                QApplication.sendEvent(widget, QWheelEvent(
                    centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(), QPoint(0, notch),
                    Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False))
    desk.scan_field.setFocus()
    # THEN the next check-in is still for today, Day I
    scan_into(qtbot, desk.scan_field, badge(118, window))
    assert [check_in.day.number for check_in in valid_check_ins()] == [1]
    assert "Day I · 08:50" in answer_text(window) and "not today" not in answer_text(window).lower()


def test_changing_the_day_is_deliberate_and_shown_on_every_answer_then(qtbot, demo_path, answering, artifacts):
    window = open_window(qtbot, demo_path, FakeClock(MORNING_OF_DAY_ONE))
    desk = window.pages["desk"]
    # WHEN the organiser chooses Day II on the morning of Day I (a stray Enter in the question does nothing)
    questions = answering(choose_day("Day II"))
    button_named(desk, "Change day").click()
    assert questions.asked == ["Which day does this desk work on?"]
    # THEN each answer says, on itself, that it is not today's day, and the desk does not ask again
    for number in (118, 119):
        scan_into(qtbot, desk.scan_field, badge(number, window))
        assert "Checked in" in answer_text(window)
        assert "Not today: these check-ins are for Day II · Friday 10 June 2011" in answer_text(window)
    assert questions.asked == ["Which day does this desk work on?"]
    assert [check_in.day.number for check_in in valid_check_ins()] == [2, 2]
    qtbot.wait(20)
    window.grab().save(str(artifacts / "desk-not-today.png"))


def test_a_first_start_after_the_event_records_nothing_until_the_organiser_names_the_day(qtbot, demo_path, answering):
    # GIVEN a laptop started the morning after the workshop: the desk practises (on the last day)
    window = open_window(qtbot, demo_path, FakeClock(datetime(2011, 6, 11, 7, 0, tzinfo=UTC)))
    desk = window.pages["desk"]
    assert desk.recorder.practice and desk.day.number == 2
    # WHEN a badge is scanned
    scan_into(qtbot, desk.scan_field, badge(118, window))
    # THEN it answers as on the day, and nothing is recorded
    assert "PRACTICE" in answer_text(window) and valid_check_ins() == []
    # WHEN the organiser leaves practice, in a question that names Day II
    said: list[str] = []

    def leave(box) -> None:
        said.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    questions = answering(leave)
    desk.practice_band.leave_button.click()
    assert questions.asked == ["Leave practice"] and "recorded for Day II" in said[0] and not desk.recorder.practice
    # THEN check-ins go to Day II, said on each answer, with no other question
    scan_into(qtbot, desk.scan_field, badge(118, window))
    scan_into(qtbot, desk.scan_field, badge(119, window))
    assert len(questions.asked) == 1
    assert [check_in.day.number for check_in in valid_check_ins()] == [2, 2]
    assert "Not today" in answer_text(window)


def test_a_desk_without_a_name_is_asked_before_its_first_check_in(qtbot, demo_path, answering):
    # GIVEN a new laptop whose volunteer put the desk's name question aside
    window = open_window(qtbot, demo_path, FakeClock(MORNING_OF_DAY_ONE), identity=None)
    desk = window.pages["desk"]
    qtbot.waitUntil(lambda: desk.findChild(IdentityDialog) is not None)
    desk.findChild(IdentityDialog).reject()
    qtbot.waitUntil(lambda: desk.findChild(IdentityDialog) is None)
    desk.scan_field.setFocus()
    questions = answering(cancel, name_the_desk("Lobby left", "Entela"))
    # WHEN a badge is scanned: the name is asked, and without it nothing is recorded
    scan_into(qtbot, desk.scan_field, badge(118, window))
    assert questions.asked == ["Who is at this desk?"] and valid_check_ins() == []
    assert "Not checked in" in answer_text(window)
    # AND with it, the check-in carries the desk's name
    scan_into(qtbot, desk.scan_field, badge(118, window))
    assert [(check_in.desk, check_in.operator) for check_in in valid_check_ins()] == [("Lobby left", "Entela")]


# --- 3. keys do what the place means -------------------------------------------------------------------


def type_like_a_person(qtbot, widget, text: str) -> None:
    for character in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, character,
                           Qt.KeyboardModifier.NoModifier)
        qtbot.wait(70)


def test_ctrl_z_while_typing_a_name_undoes_the_typing_not_a_check_in(qtbot, demo_path, answering):
    window = open_window(qtbot, demo_path, FakeClock(MORNING_OF_DAY_ONE))
    desk = window.pages["desk"]
    scan_into(qtbot, desk.scan_field, badge(101, window))
    questions = answering(cancel)
    type_like_a_person(qtbot, desk.scan_field, "petrov")
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(30)
    assert questions.asked == [] and desk.scan_field.text() != "petrov"
    assert [check_in.participant.number for check_in in valid_check_ins()] == [101]


def test_the_check_in_undo_names_the_person_says_how_old_it_is_and_enter_cannot_confirm_it(qtbot, demo_path, answering):
    # GIVEN Desk 1 checked in Elton Kerluku at 08:10, before Belvedere was restarted
    open_event_database(demo_path)
    check_in(current_event(), Participant.get(Participant.number == 101), desk="Desk 1",
             clock=FakeClock(MORNING_OF_DAY_ONE - timedelta(minutes=40)))
    close_event_database()
    window = open_window(qtbot, demo_path, FakeClock(MORNING_OF_DAY_ONE))
    desk = window.pages["desk"]
    scan_into(qtbot, desk.scan_field, badge(102, window))
    seen = []

    def press_enter_then_choose(dialog) -> None:
        seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible()))
        for _ in range(2):  # the next badge's Enter, and another
            QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.reason_text() == ""  # nothing chosen for the volunteer
        dialog.reason.setCurrentText("Wrong person")
        button_named(dialog, "Undo the check-in").click()

    def look_and_cancel(dialog) -> None:
        seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible()))
        dialog.reject()

    questions = answering(press_enter_then_choose, look_and_cancel)
    # WHEN the volunteer presses Ctrl+Z in the empty field
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # THEN the question names Ardit Mërkuri, and only a reason and a click undo his check-in
    assert "102 Ardit Mërkuri" in seen[0] and "just now" in seen[0]
    assert [check_in.participant.number for check_in in valid_check_ins()] == [101]
    assert "Check-in undone" in answer_text(window)
    # AND the check-in from before the restart is offered saying how old it is
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "101 Elton Kerluku" in seen[1] and "40 min ago" in seen[1] and "before Belvedere was started" in seen[1]
    assert len(questions.asked) == 2 and len(valid_check_ins()) == 1


def test_a_badge_scanned_on_the_participants_page_is_a_check_in_not_an_edit(qtbot, demo_path, answering):
    # GIVEN the organiser on the Participants page, a row selected in the table
    window = open_window(qtbot, demo_path, FakeClock(MORNING_OF_DAY_ONE))
    participants = window.show_page("participants")
    qtbot.waitUntil(participants.isVisible)
    participants.table.setFocus()
    participants.table.selectRow(3)
    questions = answering(cancel)
    # WHEN a badge is scanned into the table
    scan_into(qtbot, participants.table, badge(118, window))
    qtbot.wait(30)
    # THEN no edit opens: the desk is shown with the check-in
    assert questions.asked == []
    assert window.stack.currentWidget() is window.pages["desk"]
    assert [check_in.participant.number for check_in in valid_check_ins()] == [118]
    assert "Checked in" in answer_text(window) and "Ђорђе Петровић" in answer_text(window)
    # AND a number typed by a person into the page's search still lands there
    window.show_page("participants")
    qtbot.waitUntil(participants.isVisible)
    participants.search.setFocus()
    type_like_a_person(qtbot, participants.search, "118")
    qtbot.wait(80)
    assert participants.search.text() == "118" and window.stack.currentWidget() is participants


def test_check_in_anyway_asks_for_the_organisers_pin_and_then_counts_the_person_as_expected(qtbot, demo_path, answering):
    # GIVEN the event locked to the desk with the organiser's PIN, and the desk on Day II
    open_event_database(demo_path)
    desk_lock.lock(current_event(), "471108", "471108")
    close_event_database()
    window = open_window(qtbot, demo_path, FakeClock(MORNING_OF_DAY_ONE + timedelta(days=1)))
    try:
        checked_in_anyway_with_the_pin(qtbot, window, answering)
    finally:
        desk_lock.unlock(window.context.current_event, "471108")  # the organiser is back: the window may close


def checked_in_anyway_with_the_pin(qtbot, window, answering) -> None:
    desk = window.pages["desk"]
    qtbot.waitUntil(lambda: "0 / 42" in desk.counters.text())
    scan_into(qtbot, desk.scan_field, badge(136, window))  # Uwe Rasmussen, expected on Day I only
    assert "Not expected on Day II" in answer_text(window)

    def give_pin(pin: str):
        def answer(dialog) -> None:
            dialog.setTextValue(pin)
            dialog.accept()
        return answer

    questions = answering(give_pin("123987"), give_pin("471108"))
    # WHEN the volunteer presses F4 and a wrong PIN is given: nothing is recorded
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_F4)
    assert len(questions.asked) == 1 and valid_check_ins() == []
    assert "Not checked in: That is not the organiser's PIN" in answer_text(window)
    # AND with the organiser's PIN he is checked in, counted as expected and arrived
    back_to(qtbot, window)
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_F4)
    assert len(questions.asked) == 2 and [c.participant.number for c in valid_check_ins()] == [136]
    assert "Checked in" in answer_text(window)
    qtbot.waitUntil(lambda: "1 / 43" in desk.counters.text())


def test_without_the_desk_lock_the_organiser_at_the_laptop_checks_in_anyway_without_a_pin(
        qtbot, demo_path, answering):
    window = open_window(qtbot, demo_path, FakeClock(MORNING_OF_DAY_ONE + timedelta(days=1)))
    desk = window.pages["desk"]
    questions = answering()
    scan_into(qtbot, desk.scan_field, badge(136, window))
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_F4)
    assert questions.asked == [] and [c.participant.number for c in valid_check_ins()] == [136]


def test_while_a_new_search_is_shown_the_last_answer_does_not_stand_beside_it(qtbot, demo_path, artifacts):
    window = open_window(qtbot, demo_path, FakeClock(MORNING_OF_DAY_ONE))
    desk = window.pages["desk"]
    scan_into(qtbot, desk.scan_field, badge(118, window))
    assert "Ђорђе Петровић" in answer_text(window)
    # WHEN the volunteer types the next person's name
    type_like_a_person(qtbot, desk.scan_field, "kerluku")
    qtbot.waitUntil(lambda: desk.table.isVisible())
    # THEN the answer no longer shows Ђорђе Петровић in green beside a list of others
    assert desk.result_panel.tone is not Tone.OK and "Ђорђе Петровић" not in answer_text(window)
    window.grab().save(str(artifacts / "desk-searching.png"))
    # AND Enter checks in the one chosen, answered as usual
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)
    assert "Checked in" in answer_text(window) and "Elton Kerluku" in answer_text(window)
    # AND Escape on a search leaves the ready answer, not a stale one
    type_like_a_person(qtbot, desk.scan_field, "yilm")
    qtbot.waitUntil(lambda: desk.table.isVisible())
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Escape)
    assert "Ready" in answer_text(window)


# --- 4. printing prints ---------------------------------------------------------------------------------


@pytest.fixture
def badge_printer(tmp_path, monkeypatch):
    """A laptop with one printer, "Badge printer", which (offscreen) writes what it is sent to a PDF file."""
    sent = tmp_path / "sent-to-the-printer.pdf"

    def named_printer(name: str) -> QPrinter:
        assert name == "Badge printer"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(sent))
        return printer

    monkeypatch.setattr(printing, "printer_names", lambda: ["Badge printer"])
    monkeypatch.setattr(printing, "named_printer", named_printer)
    return sent


def register_walk_in(qtbot, window, answering, given: str, family: str) -> Participant:
    def fill(dialog) -> None:
        dialog.given_name.setText(given)
        dialog.family_name.setText(family)
        dialog.accept()

    answering(fill)
    qtbot.keyClick(window.pages["desk"].scan_field, Qt.Key.Key_F2)
    assert "Registered as number" in answer_text(window)
    back_to(qtbot, window)
    return Participant.get((Participant.given_name == given) & (Participant.family_name == family))


def test_f5_sends_the_walk_ins_badge_to_the_desks_printer_and_counts_it(qtbot, demo_path, answering, badge_printer):
    # GIVEN the desk's printer, chosen once on this laptop
    window = open_window(qtbot, demo_path, FakeClock(MORNING_OF_DAY_ONE))
    window.context.settings.put(BADGE_PRINTER, "Badge printer")
    walk_in = register_walk_in(qtbot, window, answering, "Vesna", "Đukanović")
    # WHEN the volunteer presses F5
    qtbot.keyClick(window.pages["desk"].scan_field, Qt.Key.Key_F5)
    # THEN the printer got one card with the walk-in's code, and the badge counts as printed
    codes = decode_badges(badge_printer, LAYOUTS["single"])
    assert [read_badge(code.text, window.context.current_event).participant.number for code in codes] == [
        walk_in.number]
    assert "Badge sent to the printer Badge printer" in answer_text(window)
    assert Participant.get_by_id(walk_in.id).badge_printed_version == 1


def test_the_printer_is_asked_for_once_and_remembered(qtbot, demo_path, answering, badge_printer, monkeypatch):
    window = open_window(qtbot, demo_path, FakeClock(MORNING_OF_DAY_ONE))
    asked = []

    def choose_the_badge_printer(dialog) -> int:
        asked.append(dialog)
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_the_badge_printer)
    # the name chosen in the dialog (offscreen Qt forgets names of printers it has no system for)
    monkeypatch.setattr(QPrinter, "printerName", lambda printer: "Badge printer")
    walk_in = register_walk_in(qtbot, window, answering, "Ilir", "Hoxha")
    qtbot.keyClick(window.pages["desk"].scan_field, Qt.Key.Key_F5)
    back_to(qtbot, window)
    qtbot.keyClick(window.pages["desk"].scan_field, Qt.Key.Key_F5)
    assert len(asked) == 1 and window.context.settings.value_of(BADGE_PRINTER) == "Badge printer"
    assert Participant.get_by_id(walk_in.id).badge_printed_version == 1


def test_without_a_printer_f5_saves_a_pdf_said_to_be_one_and_counted_only_when_confirmed(
        qtbot, demo_path, answering, monkeypatch, opened_files):
    # GIVEN a laptop with no printer at all
    monkeypatch.setattr(printing, "printer_names", lambda: [])
    opened = opened_files
    window = open_window(qtbot, demo_path, FakeClock(MORNING_OF_DAY_ONE))
    walk_in = register_walk_in(qtbot, window, answering, "Teuta", "Krasniqi")
    # WHEN F5 is pressed: the badge is a PDF, named as such, and asked about (Enter means "not yet")
    answering(lambda box: QTest.keyClick(box, Qt.Key.Key_Return))
    qtbot.keyClick(window.pages["desk"].scan_field, Qt.Key.Key_F5)
    assert "Saved as PDF, not printed" in answer_text(window)
    assert opened and opened[0].endswith(f"badge-{walk_in.number}.pdf")
    codes = decode_badges(Path(opened[0]), LAYOUTS["single"])
    assert [read_badge(code.text, window.context.current_event).participant.number for code in codes] == [
        walk_in.number]
    assert Participant.get_by_id(walk_in.id).badge_printed_version is None
    # AND only the organiser's "It is printed" counts it
    answering(lambda box: button_named(box, "It is printed").click())
    back_to(qtbot, window)
    qtbot.keyClick(window.pages["desk"].scan_field, Qt.Key.Key_F5)
    assert Participant.get_by_id(walk_in.id).badge_printed_version == 1
    assert "printed from it" in answer_text(window)


def test_the_badges_page_prints_to_the_same_remembered_printer_and_a_pdf_from_its_dialog_is_not_counted(
        qtbot, demo_path, badge_printer, monkeypatch, tmp_path):
    window = open_window(qtbot, demo_path, FakeClock(MORNING_OF_DAY_ONE))
    window.context.settings.put(BADGE_PRINTER, "Badge printer")  # chosen at the desk
    badges = window.show_page("badges")
    qtbot.waitUntil(badges.isVisible)
    badges.layout_choice.setCurrentIndex(list(LAYOUTS).index("single"))
    badges.select_numbers({101, 118})
    offered = []

    def print_to(file_name: str):
        def choose(dialog) -> int:
            offered.append(dialog.printer().outputFileName())
            if file_name:  # the dialog's "print to file"
                dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
                dialog.printer().setOutputFileName(file_name)
            return QPrintDialog.DialogCode.Accepted
        return choose

    # WHEN the organiser prints with the printer the dialog proposes
    monkeypatch.setattr(QPrintDialog, "exec", print_to(""))
    monkeypatch.setattr(QPrinter, "printerName", lambda printer: "Badge printer")
    qtbot.mouseClick(badges.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: badges.job is None, timeout=10_000)
    # THEN the badges went to it and count as printed
    assert sorted(read_badge(code.text, window.context.current_event).participant.number
                  for code in decode_badges(badge_printer, LAYOUTS["single"])) == [101, 118]
    assert "Sent 2 badges on 2 pages to Badge printer" in badges.result.text()
    assert Participant.get(Participant.number == 118).badge_printed_version == 1
    # WHEN another time the dialog's "print to file" is chosen
    to_file = tmp_path / "to-file.pdf"
    monkeypatch.setattr(QPrintDialog, "exec", print_to(str(to_file)))
    badges.select_numbers({124})
    qtbot.mouseClick(badges.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: badges.job is None, timeout=10_000)
    # THEN it is named a PDF, and not counted until the organiser says it was printed
    assert to_file.exists() and f"as PDF: {to_file}" in badges.result.text()
    assert Participant.get(Participant.number == 124).badge_printed_version is None
    qtbot.mouseClick(badges.printed_button, Qt.MouseButton.LeftButton)
    assert Participant.get(Participant.number == 124).badge_printed_version == 1


def test_the_badge_printer_is_chosen_by_name_from_the_desk_menu(qtbot, demo_path, answering, badge_printer):
    window = open_window(qtbot, demo_path, FakeClock(MORNING_OF_DAY_ONE))
    menu_action = next(action for action in window.findChildren(QAction) if action.text() == "Badge &printer…")
    questions = answering(lambda dialog: (dialog.setTextValue("Badge printer"), dialog.accept()))
    menu_action.trigger()
    assert questions.asked == ["Badge printer"]
    assert window.context.settings.value_of(BADGE_PRINTER) == "Badge printer"
