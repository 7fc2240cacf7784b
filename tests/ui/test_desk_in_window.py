"""The desk inside the whole main window, as volunteers and organisers use it on the day.

Each test drives the real window offscreen (every page a real widget over a real event
file) for a defect seen at a desk that the desk page's own tests could not see.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QRadioButton, QWidget

from models.badges.reading import payload_for
from models.checkin.entities import CheckIn
from models.ground.clock import UTC, FakeClock
from models.participants.entities import Participant
from tests.ui.pages import open_window
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


class DialogAnswerer(QObject):
    """Answers each modal question the window opens, in turn, with the next of `answers` (a function of it)."""

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


def test_changing_the_day_is_deliberate_and_shown_on_every_answer_then(qtbot, demo_path, artifacts):
    window = open_window(qtbot, demo_path, FakeClock(MORNING_OF_DAY_ONE))
    desk = window.pages["desk"]
    # WHEN the organiser chooses Day II on the morning of Day I (a stray Enter in the question does nothing)
    questions = DialogAnswerer([choose_day("Day II")])
    button_named(desk, "Change day").click()
    assert questions.asked == ["Which day does this desk work on?"]
    # THEN each answer says, on itself, that it is not today's day, and the desk does not ask again
    for number in (118, 119):
        scan_into(qtbot, desk.scan_field, badge(number, window))
        assert "Checked in" in answer_text(window)
        assert "Not today: these check-ins are for Day II, Friday 10.06.2011" in answer_text(window)
    assert questions.asked == ["Which day does this desk work on?"]
    assert [check_in.day.number for check_in in valid_check_ins()] == [2, 2]
    qtbot.wait(20)
    window.grab().save(str(artifacts / "desk-not-today.png"))


def test_a_first_start_after_the_event_asks_for_the_day_before_the_first_check_in(qtbot, demo_path):
    # GIVEN a laptop started the morning after the workshop
    window = open_window(qtbot, demo_path, FakeClock(datetime(2011, 6, 11, 7, 0, tzinfo=UTC)))
    desk = window.pages["desk"]
    questions = DialogAnswerer([cancel, choose_day("Day II")])
    # WHEN a badge is scanned and the question is put aside
    scan_into(qtbot, desk.scan_field, badge(118, window))
    # THEN nothing is recorded, and the desk says why
    assert questions.asked == ["Which day does this desk work on?"] and valid_check_ins() == []
    assert "Not checked in" in answer_text(window) and "Choose the day" in answer_text(window)
    # AND once Day II is chosen, check-ins go there, said on the answer, asked only once
    scan_into(qtbot, desk.scan_field, badge(118, window))
    scan_into(qtbot, desk.scan_field, badge(119, window))
    assert len(questions.asked) == 2
    assert [check_in.day.number for check_in in valid_check_ins()] == [2, 2]
    assert "Not today" in answer_text(window)


def test_a_desk_without_a_name_is_asked_before_its_first_check_in(qtbot, demo_path):
    # GIVEN a new laptop whose volunteer put the desk's name question aside
    window = open_window(qtbot, demo_path, FakeClock(MORNING_OF_DAY_ONE), identity=None)
    desk = window.pages["desk"]
    qtbot.waitUntil(lambda: desk.findChild(IdentityDialog) is not None)
    desk.findChild(IdentityDialog).reject()
    qtbot.waitUntil(lambda: desk.findChild(IdentityDialog) is None)
    desk.scan_field.setFocus()
    questions = DialogAnswerer([cancel, name_the_desk("Lobby left", "Entela")])
    # WHEN a badge is scanned: the name is asked, and without it nothing is recorded
    scan_into(qtbot, desk.scan_field, badge(118, window))
    assert questions.asked == ["Who is at this desk?"] and valid_check_ins() == []
    assert "Not checked in" in answer_text(window)
    # AND with it, the check-in carries the desk's name
    scan_into(qtbot, desk.scan_field, badge(118, window))
    assert [(check_in.desk, check_in.operator) for check_in in valid_check_ins()] == [("Lobby left", "Entela")]
