"""The chair's page driven like a chair would: buttons, keys, messages, recoveries, the chime."""
from __future__ import annotations

import wave
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from models.agenda.entities import AgendaAction
from models.agenda.plan import load_day_plan
from models.agenda.runlog import Chair
from models.agenda.stage import ITEM_SCREEN, WELCOME_SCREEN
from models.agenda.state import PAUSED, PENDING, RUNNING, ChairAction, agenda_state
from models.checkin.entities import CheckIn
from models.ground.clock import FakeClock
from models.ground.days import day_by_number
from models.ground.resources import resource_path
from models.ground.settings import CHIME
from models.participants.entities import Participant
from tests.agenda.helpers import at, open_chair_page
from tests.statements import sql_statements, verbs
from ui.agenda.page import AgendaPage
from ui.agenda.table_model import (
    ACTUAL_COLUMN,
    CURRENT_BACKGROUND,
    ITEM_COLUMN,
    LATE_INK,
    PLANNED_COLUMN,
    PROJECTED_COLUMN,
    AgendaTableModel,
)

MIN = timedelta(minutes=1)


@pytest.fixture
def chair(qtbot, demo_path):
    page, clock = open_chair_page(qtbot, demo_path)
    qtbot.waitExposed(page)
    return Chairing(page, clock)


class Chairing:
    def __init__(self, page: AgendaPage, clock: FakeClock):
        self.page = page
        self.clock = clock

    def at(self, hhmm: str, seconds: float = 0):
        self.clock.set(at(hhmm, seconds=seconds))
        self.page.live.tick()
        return self.page.live.state

    @property
    def state(self):
        return self.page.live.state

    def key(self, key):
        QTest.keyClick(self.page.table, key)

    def logged(self) -> list[str]:
        return [row.action for row in AgendaAction.select().order_by(AgendaAction.id)]


def test_the_table_model_shows_planned_actual_and_projected_times(demo_event):
    # GIVEN day I with the opening started 7 minutes late (no widget at all)
    plan = load_day_plan(day_by_number(demo_event, 1))
    opening = plan.units[0]
    state = agenda_state(plan, [ChairAction("start", at("09:07"), opening.id)], at("09:10"))
    model = AgendaTableModel(state)
    # THEN every item of the day is a row, with its times
    assert model.rowCount() == len(plan.items) == 18 and model.columnCount() == 4
    row = {model.data(model.index(r, ITEM_COLUMN)).strip(): r for r in range(model.rowCount())}
    opening_row = row["Opening statements"]
    assert model.data(model.index(opening_row, PLANNED_COLUMN)) == "09:00–09:30"
    assert model.data(model.index(opening_row, ACTUAL_COLUMN)) == "09:07–"
    assert model.data(model.index(opening_row, PROJECTED_COLUMN)) == "09:07"
    second_talk = row["The Guidelines for LEA/ISP cooperation in the investigation of cybercrime of 2008"]
    assert model.data(model.index(second_talk, PROJECTED_COLUMN)) == "10:07"
    session_two = row["Session 2: LEA/ISP cooperation: guidelines and good practices"]
    assert model.data(model.index(session_two, PROJECTED_COLUMN)) == "09:37"
    assert model.data(model.index(row["End of day 1"], PROJECTED_COLUMN)) == "17:30"
    # the current row stands out, the late projection is coloured
    assert model.current_row() == opening_row
    assert model.data(model.index(opening_row, ITEM_COLUMN), Qt.ItemDataRole.BackgroundRole) == CURRENT_BACKGROUND
    assert model.data(model.index(second_talk, PROJECTED_COLUMN), Qt.ItemDataRole.ForegroundRole) == LATE_INK  # 7 min
    assert model.data(model.index(second_talk, PLANNED_COLUMN), Qt.ItemDataRole.ForegroundRole) is None
    assert "Projected: 10:07–10:37" in model.data(model.index(second_talk, ITEM_COLUMN), Qt.ItemDataRole.ToolTipRole)


def test_buttons_start_pause_add_and_end(chair, qtbot):
    page = chair.page
    assert chair.state.current.status == PENDING and page.start_button.text() == "Start"
    chair.at("09:00")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert chair.state.current.status == RUNNING and page.start_button.text() == "Pause"
    qtbot.mouseClick(page.plus5_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.minus_button, Qt.MouseButton.LeftButton)
    assert chair.state.current.added == 4 * MIN
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert chair.state.current.status == PAUSED and page.start_button.text() == "Resume"
    assert page.miniature.screen_shown.headline == ("Paused", "Në pauzë")
    qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    assert chair.state.current.item.title.startswith("Introduction to the workshop")
    assert chair.logged() == ["start", "add", "add", "pause", "end"]


def test_a_jump_of_the_laptops_clock_is_shown_to_the_chair_and_gives_the_item_no_time(chair, qtbot, artifacts):
    # GIVEN the opening running for ten minutes
    page = chair.page
    chair.at("09:00")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    chair.at("09:10")
    left = chair.state.current.remaining
    assert page.clock_warning.isHidden()
    # WHEN someone sets the laptop's clock back ten minutes
    chair.clock.jump(minutes=-10)
    page.live.tick()
    # THEN the item keeps the time it had left, and the chair is told the clock moved
    assert chair.state.current.remaining == left
    assert page.clock_warning.isVisible()
    assert "The laptop's clock is 10 min behind the agenda's time" in page.clock_warning.text()
    page.grab().save(str(artifacts / "agenda-clock-jump.png"))


def test_keys_run_the_day_from_the_page(chair):
    page = chair.page
    page.table.setFocus()
    chair.at("09:00")
    chair.key(Qt.Key.Key_Space)
    assert chair.state.current.status == RUNNING
    chair.key(Qt.Key.Key_Plus)
    chair.key(Qt.Key.Key_Plus)
    chair.key(Qt.Key.Key_Minus)
    assert chair.state.current.added == MIN
    # "+" typed as Shift+= and both signs on the keypad
    QTest.keyClick(page.table, Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(page.table, Qt.Key.Key_Plus, Qt.KeyboardModifier.KeypadModifier)
    QTest.keyClick(page.table, Qt.Key.Key_Minus, Qt.KeyboardModifier.KeypadModifier)
    assert chair.state.current.added == 2 * MIN
    chair.at("09:31")
    chair.key(Qt.Key.Key_N)
    assert chair.state.current.item.title.startswith("Introduction") and chair.state.current.status == RUNNING
    chair.key(Qt.Key.Key_B)
    assert chair.state.blackout and page.blackout_button.isChecked()
    chair.key(Qt.Key.Key_B)
    assert not chair.state.blackout
    chair.key(Qt.Key.Key_M)
    assert page.message_text.hasFocus()


def test_the_chair_moves_on_to_a_later_item_by_key_or_double_click_after_seeing_what_is_skipped(
        chair, monkeypatch):
    page = chair.page
    page.table.setFocus()
    chair.at("09:00")
    chair.key(Qt.Key.Key_Space)
    chair.at("09:20")
    offered, asked = [], []

    def choose(_parent, _title, _label, labels, _current, _editable):
        offered.extend(labels)
        return next(label for label in labels if "Good practices of LEA/ISP" in label), True

    def confirm(_parent, _title, text):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    monkeypatch.setattr(QMessageBox, "question", confirm)
    # J: the later items, with their planned times
    chair.key(Qt.Key.Key_J)
    assert offered[0].startswith("09:30  Introduction to the workshop") and len(offered) == len(chair.state.runs) - 1
    assert "“Opening statements” ends now." in asked[0] and "Skipped:" in asked[0]
    assert "· Introduction to the workshop" in asked[0] and "· The Guidelines for LEA/ISP" in asked[0]
    assert chair.state.current.item.title.startswith("Good practices of LEA/ISP")
    assert chair.state.current.status == RUNNING and chair.logged() == ["start", "start"]
    # a double-click on the row of the item after the coffee break
    chair.at("10:50")
    row = next(row for row in range(page.model.rowCount())
               if page.model.item_at(row).title.startswith("Interventions/discussion"))
    page.table.doubleClicked.emit(page.model.index(row, 0))
    assert "· Coffee break" in asked[1]
    assert chair.state.current.item.title.startswith("Interventions/discussion")
    # a double-click on an item that is over does nothing
    page.table.doubleClicked.emit(page.model.index(0, 0))
    assert len(asked) == 2


def test_keys_never_fire_while_the_chair_types_a_message(chair, qtbot):
    # GIVEN an item running and the chair typing in the message field
    page = chair.page
    chair.at("09:00")
    chair.key(Qt.Key.Key_Space)
    before = chair.logged()
    page.message_text.setFocus()
    # WHEN the text contains every shortcut key, and letters no keyboard layout agrees on
    qtbot.keyClicks(page.message_text, "Mbaroni n+1 - b ")
    for character in "ëçš":
        QTest.sendKeyEvent(QTest.KeyAction.Click, page.message_text, Qt.Key.Key_unknown, character,
                           Qt.KeyboardModifier.NoModifier)
    # THEN nothing was logged and every character is in the field
    assert chair.logged() == before
    assert page.message_text.text() == "Mbaroni n+1 - b ëçš"
    # WHEN Enter is pressed THEN the message is shown, the field empties and the keys work again
    QTest.keyClick(page.message_text, Qt.Key.Key_Return)
    assert chair.state.message.text == "Mbaroni n+1 - b ëçš"
    assert page.miniature.screen_shown.message == ("Mbaroni n+1 - b ëçš",)
    assert page.message_text.text() == "" and page.table.hasFocus()
    chair.key(Qt.Key.Key_M)
    assert chair.state.message is None


def test_quick_messages_in_the_working_languages(chair, qtbot):
    page = chair.page
    chair.at("09:00")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.findChild(type(page.start_button), "message-wrap_up"), Qt.MouseButton.LeftButton)
    assert page.miniature.screen_shown.message == ("Please wrap up", "Ju lutemi, përmbyllni")
    qtbot.mouseClick(page.hide_message_button, Qt.MouseButton.LeftButton)
    assert page.miniature.screen_shown.message == ()


def test_a_refused_control_says_why_on_the_page_and_tells_no_one(chair):
    told = []
    chair.page.context.data_changed.connect(told.append)
    with sql_statements() as statements:
        chair.page.act(chair.page.chair.pause)
    assert chair.page.error_label.text() == "Nothing is running to pause."
    assert chair.logged() == []
    # the control read the day in its transaction and rolled back; nothing was read again, nobody told
    assert verbs(statements) == ["BEGIN"] + ["SELECT"] * 5 + ["ROLLBACK"]
    assert told == []


def test_a_chair_press_is_one_transaction_and_the_page_shows_the_state_it_returned(chair):
    # GIVEN the page before the day starts, and the display's miniature showing the welcome screen
    page = chair.page
    chair.at("09:00")
    told = []
    page.context.data_changed.connect(told.append)
    # WHEN the chair presses Start
    with sql_statements() as statements:
        page.act(page.chair.start_or_pause)
    # THEN one transaction read the plan (items, next day and its items, the seats call) and the log,
    # appended one row and committed: 8 statements, where re-reading everything after it took 18
    assert verbs(statements) == ["BEGIN"] + ["SELECT"] * 5 + ["INSERT", "COMMIT"], statements
    # AND the page, its table and the display show the state the control returned, telling no one else
    assert chair.state.current.status == RUNNING and page.start_button.text() == "Pause"
    assert page.model.item_at(page.model.current_row()).title == "Opening statements"
    assert page.miniature.screen_shown.kind == ITEM_SCREEN
    assert told == []
    # AND the page knows its own append: the next look at the log reads nothing more than the log's end
    chair.clock.set(at("09:00", seconds=2))
    with sql_statements() as statements:
        page.live.tick()
    assert verbs(statements) == ["SELECT"] and "MAX" in statements[0]


def test_the_page_and_its_display_follow_what_another_program_appends(chair):
    # GIVEN the page showing the opening running
    page = chair.page
    chair.at("09:00")
    page.act(page.chair.start)
    # WHEN another laptop (or the command line) adds five minutes to the log
    Chair(page.day, FakeClock(at("09:00", seconds=10))).add_time(300)
    # THEN within half a second, when the page next looks at the log, the page and the display show it
    assert chair.at("09:00", seconds=0.3).current.added == 0 * MIN
    assert chair.at("09:00", seconds=0.8).current.added == 5 * MIN
    assert page.miniature.screen_shown == page.live.screen


def test_the_page_shows_how_late_the_day_runs_and_offers_recoveries(chair, qtbot):
    page = chair.page
    assert "Not started" in page.lateness.text() and "on time" in page.lateness.text()
    chair.at("09:07")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.lateness.text() == "Running 7 min late · the day ends at 17:30 (planned 17:30)"
    assert page.recovery_box.isHidden()
    # the opening runs until 13:50: lunch cannot absorb it all
    chair.at("13:50")
    assert "the day ends at 20:55" in page.lateness.text()
    assert not page.recovery_box.isHidden()
    buttons = [b for b in page.recovery_box.findChildren(type(page.start_button)) if b.text() == "Apply"]
    assert len(buttons) == 3
    day_end_before = chair.state.projected_day_end
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert len(chair.state.recoveries) == 1
    assert chair.state.projected_day_end < day_end_before
    assert "trim" in chair.logged()


def test_the_chime_sounds_when_a_break_reaches_its_resume_time_unless_switched_off(chair, qtbot):
    # GIVEN the morning run through quickly, so the coffee break started long before 11:00
    page = chair.page
    chair.at("09:00")
    page.act(page.chair.start)
    while not chair.state.current.item.is_break:
        page.act(page.chair.next_item)
    # THEN the chime sounds once, when the break reaches 11:15
    chair.at("11:14", 59)
    assert page.chime.played == 0
    chair.at("11:15", 0.1)
    assert page.chime.played == 1
    chair.at("11:15", 0.5)
    assert page.chime.played == 1
    # switched off, the next break is silent
    page.chime_check.setChecked(False)
    chair.at("11:16")
    page.act(page.chair.start)
    chair.at("13:00")
    page.act(page.chair.end)
    chair.at("14:30", 1)
    assert page.chime.played == 1
    assert page.context.settings.value_of(CHIME) is False


def test_the_welcome_screen_counts_the_desk_s_check_ins_as_they_come(chair):
    page = chair.page
    assert page.miniature.screen_shown.kind == WELCOME_SCREEN
    before = [line for line in page.miniature.screen_shown.lines if "registered" in line]
    assert before[0].startswith("0 of ")
    # WHEN the desk (here, or on another laptop) checks two people in and says so
    for participant in Participant.select().limit(2):
        CheckIn.create(participant=participant, day=page.day, at=at("08:41"))
    page.context.notify("checkins")
    # THEN the welcome screen counts them
    assert any(line.startswith("2 of ") for line in page.miniature.screen_shown.lines)


def test_the_chime_is_a_short_clean_sound():
    with wave.open(str(resource_path("sounds", "chime-break-end.wav"))) as sound:
        assert (sound.getnchannels(), sound.getsampwidth(), sound.getframerate()) == (1, 2, 44100)
        assert 1.5 < sound.getnframes() / sound.getframerate() < 4
        frames = sound.readframes(sound.getnframes())
    samples = memoryview(frames).cast("h")
    assert max(abs(value) for value in samples) < 32767 * 0.8  # headroom: no clipping
    assert abs(samples[0]) < 200 and abs(samples[-1]) < 200  # starts and ends without a click
