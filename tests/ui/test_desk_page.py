"""The desk page driven like a volunteer would: a scanner typing into the field, names typed, Enter, Ctrl+Z.

Each answer is checked by its words and by the colour actually painted, and a
screenshot of every state is kept in tests/artifacts/ for people to look at.
"""
from __future__ import annotations

import time
from datetime import datetime

import pypdfium2 as pdfium
import pytest
import qrcode
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from models.badges import pdf as badges_pdf
from models.badges.payload import encode
from models.badges.reading import payload_for
from models.checkin.entities import CheckIn
from models.event.file import open_event_database
from models.ground.clock import UTC, FakeClock
from models.ground.db import database
from models.ground.entities import current_event
from models.ground.settings import DESK_NAME, DESK_OPERATOR
from models.participants.entities import Delegation, Participant
from models.participants.registration import PersonDetails, register_participant
from ui.app import create_application
from ui.context import AppContext
from ui.desk import page as desk_module
from ui.desk.answer import Tone
from ui.desk.dialogs import IdentityDialog, UndoDialog, WalkInDialog
from ui.desk.page import DeskPage
from ui.multimedia import multimedia
from ui.style import NEUTRAL_GREY, OK_GREEN, REFUSED_RED, WARN_AMBER

MORNING_OF_DAY_ONE = datetime(2011, 6, 9, 6, 50, tzinfo=UTC)  # 08:50 in Durrës
COLOURS = {Tone.OK: OK_GREEN, Tone.WARN: WARN_AMBER, Tone.REFUSED: REFUSED_RED, Tone.NEUTRAL: NEUTRAL_GREY}


def make_desk(qtbot, demo_path, clock=None, identity=("Desk 1", "Ana")) -> DeskPage:
    create_application()
    context = AppContext(str(demo_path), clock=clock or FakeClock(MORNING_OF_DAY_ONE))
    context.open(str(demo_path))
    if identity:
        context.settings.put(DESK_NAME, identity[0])
        context.settings.put(DESK_OPERATOR, identity[1])
    page = DeskPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 720)
    with qtbot.waitExposed(page):
        page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


@pytest.fixture
def desk(qtbot, demo_path) -> DeskPage:
    return make_desk(qtbot, demo_path)


def person(number: int) -> Participant:
    return Participant.get(Participant.number == number)


def badge(number: int, page: DeskPage) -> str:
    return payload_for(person(number), page.current_event)


def scan(qtbot, page: DeskPage, payload: str) -> None:
    """What a USB scanner does: the code's characters and Enter, as fast as the keyboard queue allows."""
    qtbot.keyClicks(page.scan_field, payload)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)


def type_like_a_person(qtbot, page: DeskPage, text: str) -> None:
    """Typing at a person's pace, in any script (keyClicks cannot send Cyrillic or ë)."""
    for character in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, page.scan_field, Qt.Key.Key_unknown, character,
                           Qt.KeyboardModifier.NoModifier)
        qtbot.wait(40)
    qtbot.waitUntil(lambda: not page.search_timer.isActive())


def painted_colour(page: DeskPage) -> str:
    """The colour the answer panel really shows, read from its picture (a corner, clear of text)."""
    picture = page.result_panel.grab().toImage()
    return picture.pixelColor(picture.width() - 12, picture.height() // 2).name()


def assert_answer(page: DeskPage, tone: Tone, *words: str) -> None:
    assert page.result_panel.tone is tone, page.result_panel.text()
    assert painted_colour(page) == QColor(COLOURS[tone]).name()
    for word in words:
        assert word in page.result_panel.text(), (word, page.result_panel.text())
    assert page.scan_field.hasFocus() and page.scan_field.text() == ""


def valid_check_ins() -> list[CheckIn]:
    return list(CheckIn.select().where(CheckIn.voided_at.is_null()))


# --- every outcome, scanned --------------------------------------------------------


def test_a_valid_badge_answers_green_with_name_delegation_role_and_day(qtbot, desk, artifacts):
    desk.grab().save(str(artifacts / "desk-ready.png"))
    scan(qtbot, desk, badge(118, desk))
    assert_answer(desk, Tone.OK, "Checked in", "Ђорђе Петровић", "Serbia · High-tech crime unit officer",
                  "Day I · 08:50")
    assert desk.sounds.last_played is Tone.OK
    record = valid_check_ins()[0]
    assert (record.participant.number, record.desk, record.operator, record.method) == (118, "Desk 1", "Ana", "scan")
    desk.grab().save(str(artifacts / "desk-checked-in.png"))


def test_a_second_scan_answers_amber_with_the_time_and_desk(qtbot, desk, artifacts):
    scan(qtbot, desk, badge(101, desk))
    desk.context.clock.advance(minutes=7)
    scan(qtbot, desk, badge(101, desk))
    assert_answer(desk, Tone.WARN, "Already checked in", "Elton Kerluku", "Since 08:50 at this desk")
    assert desk.sounds.last_played is Tone.WARN and len(valid_check_ins()) == 1
    desk.grab().save(str(artifacts / "desk-already.png"))


def forged(payload: str) -> str:
    return payload[:-1] + str((int(payload[-1]) + 1) % 10)


@pytest.mark.parametrize("name, make_code, words", [
    ("forged", lambda page: forged(badge(101, page)), ["Badge refused", "not genuine"]),
    ("other-event", lambda page: encode(4321, page.current_event.secret, 101, 1), ["another event"]),
    ("unknown", lambda page: encode(page.current_event.code, page.current_event.secret, 999, 1),
     ["no one registered"]),
    ("not-a-badge", lambda page: "https://example.org/ticket/42", ["not a badge of this event"]),
])
def test_a_refused_badge_answers_red_with_the_reason(qtbot, desk, artifacts, name, make_code, words):
    scan(qtbot, desk, make_code(desk))
    assert_answer(desk, Tone.REFUSED, *words)
    assert desk.sounds.last_played is Tone.REFUSED and valid_check_ins() == []
    desk.grab().save(str(artifacts / f"desk-refused-{name}.png"))


def test_a_replaced_badge_answers_red_naming_the_person(qtbot, desk):
    old_badge = badge(103, desk)
    Participant.update(badge_version=2, badge_replaced_at=MORNING_OF_DAY_ONE).where(Participant.number == 103).execute()
    scan(qtbot, desk, old_badge)
    assert_answer(desk, Tone.REFUSED, "Badge refused", "Blerina Çaushi", "replaced by a newer one", "09.06. 08:50")


def test_not_expected_answers_red_and_can_be_checked_in_anyway(qtbot, desk, artifacts):
    # GIVEN the desk working on day 2, and Uwe Rasmussen expected on day 1 only
    desk.day_choice.setCurrentIndex(1)
    scan(qtbot, desk, badge(136, desk))
    assert_answer(desk, Tone.REFUSED, "Not expected on Day II", "Uwe Rasmussen", "Ask the organiser")
    anyway = desk.result_panel.offer_buttons[desk_module.Offer.CHECK_IN_ANYWAY]
    assert anyway.isVisible()
    desk.grab().save(str(artifacts / "desk-not-expected.png"))
    # WHEN the organiser agrees and the volunteer clicks "Check in anyway"
    qtbot.mouseClick(anyway, Qt.MouseButton.LeftButton)
    # THEN he is checked in for day 2, and the field still has the focus
    assert_answer(desk, Tone.OK, "Checked in", "Uwe Rasmussen", "Day II")
    assert valid_check_ins()[0].method == "manual"


def test_check_in_anyway_has_a_key_and_works_only_when_offered(qtbot, desk):
    desk.day_choice.setCurrentIndex(1)
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_F4)  # nothing offered yet
    assert valid_check_ins() == []
    scan(qtbot, desk, badge(142, desk))  # Sophie Lambert, day 1 only
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_F4)
    assert_answer(desk, Tone.OK, "Sophie Lambert", "Day II")


def test_a_file_that_cannot_be_written_answers_red_not_saved(qtbot, desk, artifacts):
    database.execute_sql("PRAGMA query_only = 1")  # as a write-protected USB stick does
    scan(qtbot, desk, badge(101, desk))
    assert_answer(desk, Tone.REFUSED, "Not saved", "Elton Kerluku", "read-only", "nothing was saved")
    desk.grab().save(str(artifacts / "desk-not-saved.png"))
    database.execute_sql("PRAGMA query_only = 0")
    assert valid_check_ins() == []


def test_a_journal_that_is_not_on_a_second_medium_shows_its_warning_beside_the_green(qtbot, demo_path, tmp_path,
                                                                                     artifacts):
    # GIVEN a journal folder an earlier Belvedere accepted on the event file's own disk
    from models.event import journal
    from models.ground import appconfig
    from models.ground.settings import JOURNAL_FOLDER

    folder = tmp_path / "journal"
    folder.mkdir()
    appconfig.put(JOURNAL_FOLDER, str(folder))
    journal.forget_cached_folder()
    page = make_desk(qtbot, demo_path)
    # WHEN a badge is scanned
    scan(qtbot, page, badge(118, page))
    # THEN the check-in is green, and says beside it that the journal is not written, and why
    assert_answer(page, Tone.OK, "Checked in", "Ђорђе Петровић", "The journal is not written",
                  "same disk as the event file")
    assert list(folder.iterdir()) == []
    page.grab().save(str(artifacts / "desk-journal-not-written.png"))


# --- the keyboard-wedge scanner ------------------------------------------------------


def test_two_scans_queued_back_to_back_are_two_scans_nothing_split_or_doubled(qtbot, desk):
    # GIVEN two badges whose keys (24 digits + Enter each) all arrive before the desk reacts
    keys = badge(101, desk) + "\r" + badge(102, desk) + "\r"
    for character in keys:
        key = Qt.Key.Key_Return if character == "\r" else Qt.Key(ord(character))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.postEvent(desk.scan_field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, character))
    # WHEN the desk processes them
    qtbot.waitUntil(lambda: len(valid_check_ins()) == 2)
    QApplication.processEvents()
    # THEN both are checked in, the answer shows the second, and nothing is left in the field
    assert sorted(c.participant.number for c in valid_check_ins()) == [101, 102]
    assert_answer(desk, Tone.OK, "Ardit Mërkuri")
    assert desk.results.rowCount() == 0


def test_a_scanner_typing_24_digits_and_enter_within_50_ms_is_one_scan_without_a_search(qtbot, desk):
    searches = []
    desk.search_timer.timeout.connect(lambda: searches.append(desk.scan_field.text()))
    started = time.perf_counter()
    qtbot.keyClicks(desk.scan_field, badge(120, desk), delay=2)  # 2 ms a key, as USB scanners do
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)
    assert time.perf_counter() - started < 0.2  # the test's own overhead included
    assert_answer(desk, Tone.OK, "Снежана Ђурић")
    qtbot.wait(2 * desk_module.SEARCH_DELAY_MS)
    assert searches == [] and not desk.table.isVisible() and len(valid_check_ins()) == 1


def test_a_scan_with_a_tab_suffix_is_one_scan_and_keeps_the_focus(qtbot, desk):
    qtbot.keyClicks(desk.scan_field, badge(127, desk))
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Tab)
    assert_answer(desk, Tone.OK, "Mehmet Yılmaz")


# --- search ---------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["djordje", "Ђорђе", "dorde petrovic"])
def test_typing_a_name_in_any_script_lists_the_person_and_enter_checks_in(qtbot, desk, artifacts, typed):
    type_like_a_person(qtbot, desk, typed)
    assert desk.table.isVisible() and desk.results.hit_at(0).number == 118
    desk.grab().save(str(artifacts / "desk-search.png"))
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)
    assert_answer(desk, Tone.OK, "Ђорђе Петровић")
    assert valid_check_ins()[0].method == "search"
    assert not desk.table.isVisible()


def test_arrow_keys_choose_another_match_and_the_list_shows_who_is_in(qtbot, desk):
    scan(qtbot, desk, badge(107, desk))
    type_like_a_person(qtbot, desk, "kovač")
    assert [desk.results.hit_at(row).number for row in range(2)] == [107, 110]
    assert desk.results.data(desk.results.index(0, 3)) == "✔ 08:50"
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Down)
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)
    assert_answer(desk, Tone.OK, "Tomislav Kovačić")


def test_double_click_checks_in_and_gives_the_focus_back(qtbot, desk):
    type_like_a_person(qtbot, desk, "yilmaz")
    rect = desk.table.visualRect(desk.results.index(0, 1))
    # a real double-click starts with a press: QAbstractItemView needs it before the double-click event
    qtbot.mouseClick(desk.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(desk.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert_answer(desk, Tone.OK, "Mehmet Yılmaz")


def test_enter_right_after_typing_checks_in_only_an_unambiguous_match(qtbot, desk):
    # a number typed fast and Enter: one match, checked in
    qtbot.keyClicks(desk.scan_field, "118")
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)
    assert_answer(desk, Tone.OK, "Ђорђе Петровић")
    # a name matching several: the list is shown, the text kept, nobody checked in
    qtbot.keyClicks(desk.scan_field, "kov")
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)
    assert desk.scan_field.text() == "kov" and desk.results.rowCount() == 4 and len(valid_check_ins()) == 1


def test_no_match_says_what_to_do(qtbot, desk):
    type_like_a_person(qtbot, desk, "zzyzx")
    assert "No one matches" in desk.search_hint.text() and "walk-in" in desk.search_hint.text()
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)
    assert desk.scan_field.text() == "zzyzx" and valid_check_ins() == []
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Escape)
    assert desk.scan_field.text() == "" and not desk.table.isVisible()


# --- counters, walk-ins, undo ------------------------------------------------------------


def test_counters_show_arrived_of_expected_today_by_delegation(qtbot, desk):
    assert "0 / 45" in desk.counters.text()
    for number in (118, 119, 101):
        scan(qtbot, desk, badge(number, desk))
    qtbot.waitUntil(lambda: "3 / 45" in desk.counters.text())
    assert "RS 2/5" in desk.counters.text() and "AL 1/6" in desk.counters.text()


def test_a_walk_in_is_registered_checked_in_and_counted_in_one_step(qtbot, desk, monkeypatch, artifacts):
    def fill_and_accept(dialog: WalkInDialog) -> int:
        dialog.given_name.setText("Vesna")
        dialog.family_name.setText("Đukanović")
        dialog.organisation.setText("Vrhovno državno tužilaštvo")
        dialog.delegation.setCurrentIndex(dialog.delegation.findText("Montenegro"))
        dialog.role.setCurrentIndex(dialog.role.findText("Prosecutor"))
        return 1

    monkeypatch.setattr(WalkInDialog, "exec", fill_and_accept)
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_F2)
    assert_answer(desk, Tone.OK, "Checked in", "Vesna Đukanović", "Montenegro · Prosecutor", "Registered as number 146")
    print_badge = desk.result_panel.offer_buttons[desk_module.Offer.PRINT_BADGE]
    assert print_badge.isVisible() and print_badge.isEnabled()
    qtbot.waitUntil(lambda: "1 / 46" in desk.counters.text())
    desk.grab().save(str(artifacts / "desk-walk-in.png"))
    # and the new person is found by the search at once
    type_like_a_person(qtbot, desk, "dukanovic")
    assert desk.results.hit_at(0).number == 146


def test_a_walk_in_without_a_name_stays_in_the_dialog_with_the_problem(qtbot, desk):
    dialog = WalkInDialog(desk.current_event, desk)
    dialog.accept()
    assert "name" in dialog.problem.text() and dialog.result() == 0


def test_ctrl_z_undoes_the_desks_last_check_in_after_confirmation(qtbot, desk, monkeypatch, artifacts):
    scan(qtbot, desk, badge(101, desk))
    scan(qtbot, desk, badge(102, desk))
    asked = []

    def confirm(dialog: UndoDialog) -> int:
        asked.append(dialog.question.text())
        dialog.reason.setCurrentText("Wrong person")
        return 1

    monkeypatch.setattr(UndoDialog, "exec", confirm)
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "102 Ardit Mërkuri" in asked[0] and "Day I at 08:50" in asked[0]
    assert_answer(desk, Tone.NEUTRAL, "Check-in undone", "Ardit Mërkuri", "Wrong person")
    assert [c.participant.number for c in valid_check_ins()] == [101]
    qtbot.waitUntil(lambda: "1 / 45" in desk.counters.text())
    desk.grab().save(str(artifacts / "desk-undone.png"))


def test_undo_cancelled_changes_nothing(qtbot, desk, monkeypatch):
    scan(qtbot, desk, badge(101, desk))
    monkeypatch.setattr(UndoDialog, "exec", lambda dialog: 0)
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(valid_check_ins()) == 1 and desk.result_panel.tone is Tone.OK


# --- the desk's name and operator, the day ------------------------------------------------


def test_desk_name_and_operator_are_asked_once_and_remembered(qtbot, demo_path):
    page = make_desk(qtbot, demo_path, identity=None)
    qtbot.waitUntil(lambda: page.findChild(IdentityDialog) is not None)
    dialog = page.findChild(IdentityDialog)
    dialog.desk.setText("Lobby left")
    dialog.operator.setText("Entela")
    dialog.accept()
    assert "Lobby left" in page.identity.text()
    again = DeskPage(page.context)
    qtbot.addWidget(again)
    with qtbot.waitExposed(again):
        again.show()
    assert again.findChild(IdentityDialog) is None and "Entela" in again.identity.text()
    scan(qtbot, again, badge(101, again))
    assert valid_check_ins()[0].desk == "Lobby left"


def test_outside_the_event_days_the_desk_says_it_is_not_today(qtbot, demo_path):
    page = make_desk(qtbot, demo_path, clock=FakeClock(datetime(2011, 6, 1, 9, 0, tzinfo=UTC)))
    assert page.day.number == 1 and "not today" in page.not_today.text()


# --- sound and camera ---------------------------------------------------------------------


@pytest.mark.skipif(multimedia() is None, reason="Qt Multimedia cannot load here (libpulse0 missing)")
def test_the_three_sounds_are_loaded_from_the_bundled_files(desk):
    assert desk.sounds.available
    assert {effect.source().fileName() for effect in desk.sounds.effects.values()} == {
        "desk-ok.wav", "desk-warn.wav", "desk-refused.wav"}


@pytest.mark.skipif(desk_module.default_camera() is not None, reason="this machine has a camera")
def test_without_a_camera_there_is_no_camera_toggle(desk):
    assert not desk.camera_toggle.isVisibleTo(desk)


def badge_frame(payload: str, width: int = 640, height: int = 480) -> QImage:
    """A camera picture: a printed badge's QR code held somewhere in a grey scene."""
    code = qrcode.QRCode(border=4, error_correction=qrcode.constants.ERROR_CORRECT_Q)
    code.add_data(payload, optimize=0)
    matrix = code.get_matrix()
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#8d8a84"))
    painter = QPainter(image)
    module = 6
    left, top = 220, 120
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            painter.fillRect(left + x * module, top + y * module, module, module,
                             QColor("#111111") if dark else QColor("#f4f1ea"))
    painter.end()
    return image


def show_frames(qtbot, page: DeskPage, frame: QImage, seconds: float) -> None:
    """Frames from the camera, ten a second, as long as the badge is held up."""
    for _ in range(int(seconds * 10)):
        page.on_camera_frame(frame)
        qtbot.wait(100)
    qtbot.waitUntil(lambda: not page.frame_scanner.busy)


def test_a_badge_held_before_the_camera_checks_in_once(qtbot, desk, artifacts):
    # GIVEN Gülşah's badge held in front of the camera for two seconds
    show_frames(qtbot, desk, badge_frame(badge(131, desk)), seconds=2)
    # THEN one check-in, by camera, answered green
    assert [(c.participant.number, c.method) for c in valid_check_ins()] == [(131, "camera")]
    assert_answer(desk, Tone.OK, "Gülşah Işık")
    desk.grab().save(str(artifacts / "desk-camera.png"))
    # WHEN another badge follows, it checks in too
    show_frames(qtbot, desk, badge_frame(badge(130, desk)), seconds=0.5)
    assert sorted(c.participant.number for c in valid_check_ins()) == [130, 131]
    # AND the first badge shown again after a pause is answered again: already
    desk.frame_scanner.sightings.gone_seconds = 0.0
    show_frames(qtbot, desk, badge_frame(badge(131, desk)), seconds=0.3)
    assert_answer(desk, Tone.WARN, "Already checked in", "Gülşah Işık")


def test_a_picture_without_a_badge_changes_nothing(qtbot, desk):
    blank = QImage(640, 480, QImage.Format.Format_RGB32)
    blank.fill(QColor("#8d8a84"))
    show_frames(qtbot, desk, blank, seconds=0.3)
    assert valid_check_ins() == [] and desk.result_panel.tone is Tone.NEUTRAL


def test_a_printed_badge_seen_by_the_camera_checks_in(qtbot, desk, tmp_path):
    # GIVEN Снежана's badge as printed, photographed at 150 dpi
    path = tmp_path / "badge.pdf"
    badges_pdf.render_badges(path, [person(120)], layout="single")
    picture = pdfium.PdfDocument(str(path))[0].render(scale=150 / 72).to_pil().convert("RGB")
    frame = QImage(picture.tobytes(), picture.width, picture.height, picture.width * 3,
                   QImage.Format.Format_RGB888).copy()
    # WHEN it is held in front of the camera
    show_frames(qtbot, desk, frame, seconds=1)
    # THEN she is checked in once
    assert [c.participant.number for c in valid_check_ins()] == [120]
    assert_answer(desk, Tone.OK, "Снежана Ђурић")


@pytest.mark.skipif(multimedia() is None, reason="Qt Multimedia cannot load here (libpulse0 missing)")
def test_with_a_camera_the_toggle_shows_the_picture_and_its_frames_check_in(qtbot, demo_path, monkeypatch,
                                                                            artifacts):
    # GIVEN a laptop with a camera (Qt's null camera device stands in for one; its frames are pushed below)
    device = multimedia().QCameraDevice()
    monkeypatch.setattr(desk_module, "default_camera", lambda: device)
    page = make_desk(qtbot, demo_path)
    assert page.camera_toggle.isVisible()
    # WHEN the volunteer turns the camera on and a badge appears in its video frames
    qtbot.mouseClick(page.camera_toggle, Qt.MouseButton.LeftButton)
    assert page.preview.isVisible() and page.scan_field.hasFocus()
    frame = multimedia().QVideoFrame(badge_frame(badge(139, page)))
    for _ in range(10):
        page.camera.last_frame_at = 0.0  # as if a tenth of a second had passed
        page.camera.sink.setVideoFrame(frame)
        qtbot.wait(50)
    qtbot.waitUntil(lambda: not page.frame_scanner.busy)
    # THEN the picture is shown and the badge's owner is checked in once, by camera
    assert not page.preview.pixmap().isNull()
    assert [(c.participant.number, c.method) for c in valid_check_ins()] == [(139, "camera")]
    assert_answer(page, Tone.OK, "Alexander Seger")
    page.grab().save(str(artifacts / "desk-camera-on.png"))
    # AND turning the camera off hides the picture
    qtbot.mouseClick(page.camera_toggle, Qt.MouseButton.LeftButton)
    assert not page.preview.isVisible()


def test_after_a_walk_in_the_badge_is_offered_and_f5_makes_and_opens_it(qtbot, desk, monkeypatch, opened_files):
    # GIVEN a build with the badge renderer (stood in for here: it writes the file it is asked for)
    rendered, opened = [], opened_files

    def render_badges(path, participants, layout="single", progress=None, cancel=None):
        rendered.append(([p.number for p in participants], layout))
        path.write_bytes(b"%PDF-1.4\n")

    monkeypatch.setattr(badges_pdf, "render_badges", render_badges)
    monkeypatch.setattr(WalkInDialog, "exec", lambda dialog: dialog.given_name.setText("Ilir") or 1)
    # WHEN a walk-in is registered
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_F2)
    assert_answer(desk, Tone.OK, "Ilir", "Registered as number 146")
    assert desk.result_panel.offer_buttons[desk_module.Offer.PRINT_BADGE].isVisible()
    # AND the volunteer presses F5
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_F5)
    # THEN the single badge is made in the data folder and opened for printing
    assert rendered == [([146], "single")]
    assert opened and opened[0].endswith("badge-146.pdf")
    assert desk.scan_field.hasFocus()


def test_namesakes_are_told_apart_by_organisation_and_number_in_the_list_and_the_answer(qtbot, demo_path, artifacts):
    # GIVEN a second Elton Kerluku of Albania, a prosecutor
    open_event_database(demo_path)
    register_participant(current_event(), PersonDetails("Elton", "Kerluku", organisation="Prokuroria e Përgjithshme",
                                                        delegation=Delegation.get(Delegation.code == "AL")))
    desk = make_desk(qtbot, demo_path)
    # WHEN the desk types his name
    type_like_a_person(qtbot, desk, "kerluku")
    # THEN the list shows each with the organisation beside the name, and the number in its column
    rows = [(desk.results.data(desk.results.index(row, 0)), desk.results.data(desk.results.index(row, 1)))
            for row in range(desk.results.rowCount())]
    assert rows == [(101, "Elton Kerluku · General Directorate of State Police, Sector against Cybercrimes"),
                    (146, "Elton Kerluku · Prokuroria e Përgjithshme")]
    desk.grab().save(str(artifacts / "desk-namesakes.png"))
    # AND the answer names the one checked in by number and organisation
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Down)
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)
    assert_answer(desk, Tone.OK, "Elton Kerluku", "No. 146 · Prokuroria e Përgjithshme")
    scan(qtbot, desk, badge(101, desk))
    assert_answer(desk, Tone.OK, "No. 101 · General Directorate of State Police")
    # BUT a name nobody else has stays as it is
    scan(qtbot, desk, badge(118, desk))
    assert "No. 118" not in desk.result_panel.text()
    type_like_a_person(qtbot, desk, "yilmaz")
    assert desk.results.data(desk.results.index(0, 1)) == "Mehmet Yılmaz"
