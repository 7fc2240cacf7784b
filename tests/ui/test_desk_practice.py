"""Practice at the desk, in the whole main window: volunteers trained the evening before, nothing recorded."""
from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from models.badges.reading import payload_for
from models.checkin.counts import day_counts
from models.checkin.entities import CheckIn
from models.event import journal
from models.ground.audit import AuditEntry
from models.ground.clock import FakeClock
from models.participants.entities import Participant
from models.reports.generate import generate_report
from tests.ui.dialogs import when_shown
from tests.ui.pages import open_window
from ui.desk.answer import Tone
from ui.desk.dialogs import UndoDialog, WalkInDialog
from ui.style import PRACTICE_VIOLET

EVENING_BEFORE = datetime(2011, 6, 8, 17, 0, tzinfo=UTC)  # 19:00 in Durrës, the day before the workshop
MORNING_OF_DAY_ONE = datetime(2011, 6, 9, 6, 50, tzinfo=UTC)
PRACTICE = "PRACTICE — nothing is recorded"


def person(number: int) -> Participant:
    return Participant.get(Participant.number == number)


def scan(qtbot, desk, number: int) -> None:
    qtbot.keyClicks(desk.scan_field, payload_for(person(number), desk.current_event))
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)


def type_name(qtbot, desk, text: str) -> None:
    for character in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, desk.scan_field, Qt.Key.Key_unknown, character,
                           Qt.KeyboardModifier.NoModifier)
        qtbot.wait(30)
    qtbot.waitUntil(lambda: not desk.search_timer.isActive())


def the_record(desk, tmp_path, stick, name: str) -> dict:
    report = tmp_path / f"{name}.csv"
    generate_report("attendance", report, clock=FakeClock(EVENING_BEFORE))
    return {"check-ins": CheckIn.select().count(), "participants": Participant.select().count(),
            "counts": [day_counts(day) for day in (desk.day_choice.itemData(i) for i in range(desk.day_choice.count()))],
            "audit": AuditEntry.select().count(), "journal": sorted((p.name, p.read_bytes()) for p in stick.iterdir()),
            "attendance report": report.read_bytes()}


def answer_says(desk, tone: Tone, *words: str) -> None:
    text = desk.result_panel.text()
    assert desk.result_panel.tone is tone, text
    for word in words:
        assert word in text, (word, text)


def test_practice_the_evening_before_answers_as_on_the_day_and_records_nothing(qtbot, demo_path, tmp_path, stick):
    # GIVEN the laptop the evening before the workshop, journalling to a stick: the desk opens in practice
    journal.set_journal_folder(str(stick), demo_path)
    window = open_window(qtbot, demo_path, FakeClock(EVENING_BEFORE))
    desk = window.pages["desk"]
    assert desk.practice_band.isVisible() and PRACTICE in desk.practice_band.label.text()
    assert PRACTICE in desk.result_panel.text()  # even "Ready" carries it
    before = the_record(desk, tmp_path, stick, "before")
    # WHEN a volunteer scans a badge, twice
    scan(qtbot, desk, 118)
    answer_says(desk, Tone.OK, PRACTICE, "Checked in", "Ђорђе Петровић")
    chip = desk.result_panel.practice_band
    picture = chip.grab().toImage()
    assert picture.pixelColor(4, picture.height() // 2).name() == QColor(PRACTICE_VIOLET).name()
    qtbot.waitUntil(lambda: desk.counters.total.text() == "1 / 45")
    scan(qtbot, desk, 118)
    answer_says(desk, Tone.WARN, PRACTICE, "Already checked in", "this desk")
    # AND finds a person by name, sees the list's status, and checks her in with Enter
    type_name(qtbot, desk, "kerluku")
    assert desk.results.hit_at(0).number == 101
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)
    answer_says(desk, Tone.OK, PRACTICE, "Elton Kerluku")
    type_name(qtbot, desk, "kerluku")
    assert desk.results.data(desk.results.index(0, 3)).startswith("✔")
    desk.scan_field.clear()

    # AND registers a walk-in (no badge to print: the number is only a practice one)
    def fill(dialog: WalkInDialog) -> None:
        dialog.given_name.setText("Besa")
        dialog.family_name.setText("Hoxha")
        dialog.accept()
    when_shown(WalkInDialog, fill)
    QTest.keyClick(desk.scan_field, Qt.Key.Key_F2)
    answer_says(desk, Tone.OK, PRACTICE, "Besa Hoxha", "Practice number 146: nobody was registered")
    assert not any(button.isVisible() for button in desk.result_panel.offer_buttons.values())
    qtbot.waitUntil(lambda: desk.counters.total.text() == "3 / 46")

    # AND undoes it with Ctrl+Z
    def confirm(dialog: UndoDialog) -> None:
        dialog.reason.setCurrentText("Wrong person")
        dialog.accept()
    when_shown(UndoDialog, confirm)
    QTest.keyClick(desk.scan_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    answer_says(desk, Tone.NEUTRAL, PRACTICE, "Check-in undone", "Besa Hoxha")
    qtbot.waitUntil(lambda: desk.counters.total.text() == "2 / 46")
    # THEN nothing reached the event file, the journal or the reports, and no other page heard of a check-in
    assert the_record(desk, tmp_path, stick, "after") == before
    # WHEN the organiser leaves practice, the desk says so, and from then on it records
    when_shown(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    desk.practice_band.leave_button.click()
    qtbot.waitUntil(lambda: not desk.practice_band.isVisible())
    answer_says(desk, Tone.NEUTRAL, "Practice is over", "From now on every check-in is recorded for Day I")
    assert PRACTICE not in desk.result_panel.text() and desk.counters.total.text() == "0 / 45"
    scan(qtbot, desk, 118)
    answer_says(desk, Tone.OK, "Checked in")
    assert PRACTICE not in desk.result_panel.text() and CheckIn.select().count() == 1


def test_on_a_day_of_the_event_the_desk_records_and_practice_is_chosen_from_the_desk_menu(qtbot, demo_path):
    window = open_window(qtbot, demo_path, FakeClock(MORNING_OF_DAY_ONE))
    desk = window.pages["desk"]
    assert not desk.practice_band.isVisible() and PRACTICE not in desk.result_panel.text()
    window.practice_action.trigger()
    assert desk.practice_band.isVisible()
    answer_says(desk, Tone.NEUTRAL, PRACTICE, "Practice", "Nothing is recorded")
    scan(qtbot, desk, 101)
    answer_says(desk, Tone.OK, PRACTICE, "Checked in")
    assert CheckIn.select().count() == 0
    # AND leaving it is asked: a "No" keeps the desk in practice
    when_shown(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click())
    desk.practice_band.leave_button.click()
    assert desk.practice_band.isVisible() and desk.recorder.practice
