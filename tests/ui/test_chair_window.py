"""The chair's page in the whole main window, at a laptop's 1280×800, driven by keys and clicks:
breaks that no stray key ends, "Resume at…", the welcome screen on a late morning, blackout."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea

from models.agenda.stage import BLACKOUT_SCREEN, ITEM_SCREEN
from models.agenda.state import PENDING, RUNNING, UNTIL
from models.ground.clock import FakeClock
from tests.agenda.helpers import at
from tests.ui.dialogs import when_shown
from tests.ui.pages import open_window_on_page
from tests.ui.test_agenda_page import Chairing
from ui.agenda.breaks import ResumeAtDialog

MIN = timedelta(minutes=1)


class Podium(Chairing):
    """The chair's laptop: the main window on the agenda page, and a clock the test moves."""

    def __init__(self, qtbot, demo_path, clock_at: str):
        clock = FakeClock(at(clock_at))
        self.window, page = open_window_on_page(qtbot, demo_path, "agenda", clock)
        super().__init__(page, clock)
        self.qtbot = qtbot

    def key(self, key):
        """A key on the page; after a dialog closed, the window is active again (the offscreen platform
        has no window manager to give activation back)."""
        if not self.window.isActiveWindow():
            self.window.activateWindow()
            self.qtbot.waitUntil(self.window.isActiveWindow)
        QTest.keyClick(self.page.table, key)

    def click(self, button):
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def morning_ends_at(self, hhmm: str):
        """The opening started at 9:00 and every talk ended early, the last at `hhmm`: the coffee break runs."""
        self.at("09:00")
        self.page.act(self.page.chair.start)
        self.at(hhmm)
        while not self.state.current.item.is_break:
            self.page.act(self.page.chair.next_item)
        return self.state.current

    def shoot(self, artifacts, name: str) -> None:
        assert self.window.grab().save(str(artifacts / f"chair-{name}.png"))
        assert self.page.miniature.grab().save(str(artifacts / f"chair-{name}-miniature.png"))

    def scrolls(self) -> list:
        return [bar for area in self.page.findChildren(QScrollArea)
                for bar in (area.verticalScrollBar(), area.horizontalScrollBar()) if bar.isVisible()]


@pytest.fixture
def podium(qtbot, demo_path):
    return Podium(qtbot, demo_path, "08:40")


def answer_the_question(chosen: str, asked: list[str]):
    """Answer the next message box with the button named `chosen`, or with a key ("Return", "Space")."""
    def act(box: QMessageBox) -> None:
        asked.append(f"{box.text()}\n{box.informativeText()}")
        if chosen in ("Return", "Space"):
            QTest.keyClick(box, Qt.Key.Key_Return if chosen == "Return" else Qt.Key.Key_Space)
            if box.isVisible():  # a key that does not answer must not leave the test waiting
                box.reject()
            return
        button = next(button for button in box.buttons() if button.text() == chosen)
        button.click()
    when_shown(QMessageBox, act)


def test_space_during_a_break_ends_nothing_and_ending_it_early_asks_with_keep_as_the_answer(podium, artifacts):
    # GIVEN the morning ended at 10:40, so the coffee break runs to its 11:15 resume time
    page = podium.page
    coffee = podium.morning_ends_at("10:40")
    assert coffee.projected_end == at("11:15")
    podium.at("10:42")
    before = podium.logged()
    # WHEN the chair presses Space at the podium
    podium.key(Qt.Key.Key_Space)
    # THEN the break goes on, nothing is logged, and the page says what ends a break
    assert podium.state.current.item.is_break and podium.state.current.status == RUNNING
    assert podium.logged() == before
    assert "Space does not end a break" in page.error_label.text()
    assert not page.start_button.isEnabled()
    podium.shoot(artifacts, "break-space")
    assert not podium.scrolls(), "the chair's page scrolls at 1280×800 during a break"
    # WHEN End is clicked and the question is answered by a stray Enter, or by Space, or N is pressed and Enter
    asked: list[str] = []
    for key in ("Return", "Space"):
        answer_the_question(key, asked)
        podium.click(page.end_button)
    answer_the_question("Return", asked)
    podium.key(Qt.Key.Key_N)
    # THEN the break still runs: a stray key keeps it
    assert len(asked) == 3 and podium.logged() == before
    assert "runs until 11:15 (33 min left)" in asked[0] and "then waits for Start" in asked[0]
    assert "starts now" in asked[2]
    # WHEN the chair chooses "End the break now" from the break's own button
    answer_the_question("End the break now", asked)
    podium.click(page.breaks.end_button)
    # THEN the break ended at 10:42 and the session after it waits for Start
    assert podium.logged() == before + ["end"]
    assert podium.state.current.item.title == "Interventions/discussion by participants"
    assert podium.state.current.status == PENDING and page.miniature.screen_shown.kind == ITEM_SCREEN
    assert not page.breaks.end_button.isVisible() and page.minus_button.isVisible()
    podium.key(Qt.Key.Key_Space)
    assert podium.state.current.status == RUNNING


def test_once_the_break_s_time_is_up_space_starts_the_next_session_without_a_question(podium):
    podium.morning_ends_at("10:40")
    podium.at("11:15", seconds=2)
    assert podium.page.miniature.screen_shown.headline == ("Starting now", "Fillojmë tani")
    assert podium.page.start_button.isEnabled()
    podium.key(Qt.Key.Key_Space)
    assert podium.state.current.item.title == "Interventions/discussion by participants"
    assert podium.state.current.status == RUNNING


def test_a_break_started_early_gets_its_planned_length_in_one_click(podium, artifacts):
    # GIVEN the coffee break started at 10:40 and would last 35 minutes, to 11:15
    page = podium.page
    podium.morning_ends_at("10:40")
    podium.at("10:41")
    # THEN the page offers its planned 15 minutes, resuming at 10:55
    assert page.breaks.planned_button.isVisible() and page.breaks.planned_button.text() == "15 min → 10:55"
    podium.shoot(artifacts, "break-started-early")
    # WHEN the chair clicks it THEN the break ends at 10:55, on the page, the display and in the log
    podium.click(page.breaks.planned_button)
    assert podium.state.current.projected_end == at("10:55")
    assert page.miniature.screen_shown.lines == ("We resume at 10:55", "Rifillojmë në orën 10:55")
    assert podium.logged()[-1] == UNTIL and page.breaks.planned_button.isHidden()
    podium.shoot(artifacts, "break-planned-length")


def test_resume_at_sets_a_new_resume_time_in_one_step_from_the_keyboard(podium, artifacts):
    # GIVEN lunch started at 12:40 and keeps its 14:30 resume time
    page = podium.page
    podium.morning_ends_at("10:40")
    podium.at("11:16")
    podium.page.act(page.chair.start)  # once the coffee break's time is up: the next session
    podium.at("12:40")
    page.act(page.chair.end)
    lunch = podium.state.current
    assert lunch.item.kind == "lunch" and lunch.projected_end == at("14:30")
    podium.at("12:41")
    before = podium.logged()

    # WHEN the chair presses R and the dialog is answered by Enter alone
    opened_on: list[str] = []
    def just_enter(dialog: ResumeAtDialog) -> None:
        opened_on.append(dialog.time_edit.time().toString("HH:mm"))
        QTest.keyClick(dialog.time_edit, Qt.Key.Key_Return)
    when_shown(ResumeAtDialog, just_enter)
    podium.key(Qt.Key.Key_R)
    # THEN nothing changes: the dialog opens on the current resume time
    assert opened_on == ["14:30"] and podium.logged() == before

    # WHEN the chair types 13:45 and presses Enter
    def type_a_time(dialog: ResumeAtDialog) -> None:
        QTest.keyClicks(dialog.time_edit, "1345")  # the hour is selected when it opens
        named.append(dialog.ok_button.text())
        dialog.grab().save(str(artifacts / "chair-resume-at.png"))
        QTest.keyClick(dialog.time_edit, Qt.Key.Key_Return)
    named: list[str] = []
    when_shown(ResumeAtDialog, type_a_time)
    podium.key(Qt.Key.Key_R)
    # THEN lunch ends at 13:45, and the rest of the day follows
    assert named == ["Resume at 13:45"] and podium.logged() == before + [UNTIL]
    assert podium.state.current.projected_end == at("13:45")
    assert podium.page.miniature.screen_shown.lines == ("We resume at 13:45", "Rifillojmë në orën 13:45")
    assert podium.state.next.projected_start == at("13:45")


def test_r_outside_a_break_says_what_it_is_for_and_typing_r_in_a_message_is_only_a_letter(podium, qtbot):
    page = podium.page
    podium.at("09:00")
    podium.key(Qt.Key.Key_Space)
    podium.key(Qt.Key.Key_R)
    assert "No break is under way" in page.error_label.text()
    page.message_text.setFocus()
    qtbot.keyClicks(page.message_text, "r n")
    assert page.message_text.text() == "r n" and podium.logged() == ["start"]


def test_the_welcome_screen_gives_the_projected_opening_when_the_morning_runs_late(qtbot, demo_path, artifacts):
    # GIVEN the chair's laptop at 10:50 on day I, nothing started (the opening was planned at 9:00)
    podium = Podium(qtbot, demo_path, "10:50")
    # THEN the display, as the miniature shows it, gives the opening as the page projects it
    lines = podium.page.miniature.screen_shown.lines
    assert lines[:2] == ("Registration from 8:45 · Opening expected at 10:50",
                         "Regjistrimi nga ora 8:45 · Hapja pritet në orën 10:50")
    assert "Running 110 min late" in podium.page.lateness.text()
    podium.shoot(artifacts, "welcome-late")


def share_of(image: QImage, colour: QColor) -> float:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    wanted = colour.rgb()
    same = sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2) if image.pixel(x, y) == wanted)
    return same / ((image.width() + 1) // 2 * ((image.height() + 1) // 2))


def test_in_blackout_the_miniature_says_so_while_the_display_is_dark(podium, artifacts):
    # GIVEN the opening running, and the display shown
    page = podium.page
    podium.at("09:00")
    podium.key(Qt.Key.Key_Space)
    page.display_button.setChecked(True)
    # WHEN the chair blacks the display out
    podium.key(Qt.Key.Key_B)
    # THEN the room sees black, and the chair's miniature a label that says so, not black
    assert page.display.view.screen_shown.kind == BLACKOUT_SCREEN
    assert share_of(page.display.view.grab().toImage(), QColor("#000000")) == 1.0
    assert page.miniature.blackout_text == "Blackout — the display is dark"
    miniature = page.miniature.grab().toImage()
    assert share_of(miniature, QColor("#000000")) < 0.05
    podium.shoot(artifacts, "blackout")
    # AND B again shows the display
    podium.key(Qt.Key.Key_B)
    assert page.display.view.screen_shown.kind == ITEM_SCREEN


def test_closing_the_display_with_its_close_button_releases_show_display(podium, qtbot):
    # GIVEN the display shown (in a window: this laptop has no other screen)
    page = podium.page
    podium.click(page.display_button)
    display = page.display
    qtbot.waitExposed(display)
    assert page.display_button.isChecked()
    # WHEN the chair closes its window with the ×
    display.close()
    # THEN Show display is released, and one click shows the display again
    assert not display.isVisible() and not page.display_button.isChecked()
    podium.click(page.display_button)
    qtbot.waitExposed(display)
    assert display.isVisible() and page.display_button.isChecked()
    # AND a mouse wheel rolled over the Display chooser or the day chooser on the way changes neither
    for chooser in (page.screen_choice, page.day_choice):
        before = chooser.currentIndex()
        QTest.mouseMove(chooser)
        wheel = QWheelEvent(QPointF(5, 5), QPointF(chooser.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(chooser, wheel)
        assert chooser.currentIndex() == before
    assert podium.page.day.number == 1
