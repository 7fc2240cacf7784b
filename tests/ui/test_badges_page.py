"""The badges page driven like an organiser would: choose, preview, save or print off the GUI thread, replace."""
from __future__ import annotations

import sys
import time
from datetime import datetime

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from models.badges.layouts import LAYOUTS
from models.badges.printing import Selection
from models.badges.reading import BadgeStatus, payload_for, read_badge
from models.ground.clock import UTC, FakeClock
from models.participants.entities import Participant
from models.participants.search import SearchIndex
from tests.badge_pdfs import decode_badges
from ui.app import create_application
from ui.badges import page as badges_page
from ui.badges.page import BadgesPage
from ui.context import AppContext

CLOCK_START = datetime(2011, 6, 8, 16, 0, tzinfo=UTC)


@pytest.fixture
def page(qtbot, demo_path):
    create_application()
    context = AppContext(str(demo_path), clock=FakeClock(CLOCK_START))
    context.open(str(demo_path))
    widget = BadgesPage(context)
    widget.resize(1080, 760)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.update_preview()
    return widget


def decoded_preview(page) -> list[str]:
    """The payloads of the codes in the preview image, as a phone camera would read the screen."""
    pixmap = page.preview.pixmap()
    assert not pixmap.isNull()
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    picture = Image.frombytes("L", (image.width(), image.height()), bytes(image.constBits()), "raw", "L",
                              image.bytesPerLine())
    enlarged = picture.resize((picture.width * 2, picture.height * 2))
    return sorted(code.text for code in zxingcpp.read_barcodes(enlarged))


def radio_text(page, selection: Selection) -> str:
    return page.who_buttons[selection].text()


def select_rows(page, *numbers: int) -> None:
    page.select_numbers(set(numbers))


def wait_for_job(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.job is None, timeout=10_000)


def test_the_page_offers_every_layout_counts_each_choice_and_previews_the_first_page(page, artifacts):
    # THEN every layout can be chosen and the choices show their counts
    assert [page.layout_choice.itemData(i) for i in range(page.layout_choice.count())] == list(LAYOUTS)
    assert radio_text(page, Selection.ALL) == "Everyone (45)"
    assert radio_text(page, Selection.NOT_PRINTED) == "Not printed yet (45)"
    assert radio_text(page, Selection.CHANGED) == "Changed since printed (0)"
    # AND the preview shows the first four badges with codes that decode to those participants
    event = page.badge_event
    expected = sorted(payload_for(Participant.get(Participant.number == n), event) for n in (101, 102, 103, 104))
    assert decoded_preview(page) == expected
    page.grab().save(str(artifacts / "badges-page.png"))


def test_choosing_the_card_layout_and_selected_rows_changes_the_preview(page, qtbot, artifacts):
    # WHEN the organiser picks cards and selects two people in the list
    page.layout_choice.setCurrentIndex(list(LAYOUTS).index("card"))
    select_rows(page, 118, 124)
    page.update_preview()
    # THEN the choice switches to the selection and the preview shows those two cards
    assert page.who_buttons[Selection.CHOSEN].isChecked()
    assert radio_text(page, Selection.CHOSEN) == "Selected in the list (2)"
    assert [p.number for p in page.chosen()] == [118, 124]
    assert len(decoded_preview(page)) == 2
    page.grab().save(str(artifacts / "badges-page-cards-selected.png"))


def test_typing_a_name_in_latin_finds_the_cyrillic_participant(page, qtbot):
    qtbot.keyClicks(page.search, "djordje")
    assert page.filter.rowCount() == 1
    assert page.filter.index(0, 1).data() == "Ђорђе Петровић"


def shown_numbers(page) -> set[int]:
    return {int(page.filter.index(row, 0).data()) for row in range(page.filter.rowCount())}


@pytest.mark.parametrize("query", ["djordje", "er", "ku", "kerluku elton", "10", "1", "Ministry", "police", "ана",
                                   "Albania", "ME", ""])
def test_the_list_finds_exactly_the_people_the_desk_s_search_finds(page, qtbot, query):
    # GIVEN the desk's search over the same event
    index = SearchIndex.for_event(page.badge_event)
    everyone = {participant.number for participant in page.everyone}
    # WHEN the organiser types into the badges page's search
    page.search.setText(query)
    # THEN the list shows exactly the people the desk finds (everyone while nothing is typed)
    found = {hit.number for hit in index.hits(query, limit=len(everyone))} if query else everyone
    assert shown_numbers(page) == found


def test_saving_a_pdf_runs_off_the_gui_thread_records_printing_and_offers_to_open_it(page, qtbot, tmp_path,
                                                                                    monkeypatch, opened_files):
    target = tmp_path / "badges"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF (*.pdf)"))
    opened = opened_files
    # WHEN the organiser saves everyone's badges
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert page.progress.isVisible() or page.job is None
    wait_for_job(qtbot, page)
    # THEN the PDF holds 45 decodable badges, the printing is recorded, and it can be opened
    pdf = tmp_path / "badges.pdf"
    assert len(decode_badges(pdf, LAYOUTS["a6"])) == 45
    assert "Saved 45 badges on 12 pages" in page.result.text()
    assert Participant.get(Participant.number == 118).badge_printed_at == CLOCK_START
    assert radio_text(page, Selection.NOT_PRINTED) == "Not printed yet (0)"
    assert not page.progress.isVisible() and page.pdf_button.isEnabled()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(pdf)]


def test_cancel_stops_the_run_with_no_file_and_nothing_recorded(page, qtbot, tmp_path, monkeypatch):
    real_write = badges_page.write_badge_pdf

    def slow_write(path, participants, layout, progress, cancel, event, heading):
        deadline = time.monotonic() + 5
        while not cancel() and time.monotonic() < deadline:  # the organiser presses Cancel meanwhile
            time.sleep(0.01)
        return real_write(path, participants, layout, progress, cancel, event, heading)

    monkeypatch.setattr(badges_page, "write_badge_pdf", slow_write)
    target = tmp_path / "badges.pdf"
    page.start_pdf(target)
    assert page.cancel_button.isVisible() and not page.pdf_button.isEnabled()
    assert page.context.work_in_progress() == ["the badges"]  # no other event opens meanwhile
    qtbot.keyClick(page.cancel_button, Qt.Key.Key_Escape)
    wait_for_job(qtbot, page)
    assert "Cancelled" in page.result.text() and page.context.work_in_progress() == []
    assert not target.exists()
    assert not Participant.select().where(Participant.badge_printed_version.is_null(False)).exists()


def test_a_pdf_that_cannot_be_written_says_so_in_red(page, qtbot, tmp_path):
    page.start_pdf(tmp_path / "no such folder" / "badges.pdf")
    wait_for_job(qtbot, page)
    assert "does not exist" in page.result.text()
    assert "#b3261e" in page.result.styleSheet()


def test_printing_paints_the_same_badges_on_the_printer(page, qtbot, tmp_path):
    # GIVEN a printer that writes a PDF (the system printers are not there offscreen)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    page.layout_choice.setCurrentIndex(list(LAYOUTS).index("single"))
    select_rows(page, 101, 115, 129)
    # WHEN the badges are printed
    page.start_print(printer)
    wait_for_job(qtbot, page)
    # THEN three card-sized pages carry the three badges, and the printing is recorded
    event = page.badge_event
    codes = decode_badges(target, LAYOUTS["single"])
    assert [read_badge(code.text, event).participant.number for code in codes] == [101, 115, 129]
    assert "Sent 3 badges on 3 pages" in page.result.text()
    assert Participant.get(Participant.number == 115).badge_printed_version == 1


def test_replacing_a_lost_badge_refuses_the_old_one_and_keeps_the_person_selected(page, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    event = page.badge_event
    old = payload_for(Participant.get(Participant.number == 118), event)
    select_rows(page, 118)
    assert page.replace_button.isEnabled()
    qtbot.mouseClick(page.replace_button, Qt.MouseButton.LeftButton)
    assert read_badge(old, event).status is BadgeStatus.REPLACED
    assert [p.number for p in page.chosen()] == [118]
    assert page.chosen()[0].badge_version == 2
    assert "badge version 2" in page.result.text()


def test_a_name_the_font_cannot_print_is_named_before_printing(page, monkeypatch, tmp_path, qtbot):
    Participant.update(given_name="王").where(Participant.number == 136).execute()
    page.context.notify("participants")
    assert page.warning.isVisible() and "136" in page.warning.text()
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.No)
    page.start_pdf(tmp_path / "x.pdf")
    assert asked and "136" in asked[0] and page.job is None and not (tmp_path / "x.pdf").exists()


def test_the_qt_binding_keeps_none_alive_through_void_calls():
    # PySide6 6.12.0 under Python 3.11 dropped a reference to None on every void call; painting a
    # page makes thousands of them, and the process died. This guards the pinned version.
    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(1000):
        point.setX(1.0)
    assert sys.getrefcount(None) >= before - 10


def test_names_too_long_for_the_layout_are_named_before_printing_and_a_name_on_badge_clears_them(page, artifacts):
    # GIVEN a participant whose name cannot be set at a card's smallest type
    from models.ground.db import write_transaction

    with write_transaction():
        Participant.update(given_name="Maximilian-Alexander Konstantin",
                           family_name="Wolfeschlegelsteinhausenbergerdorff-Hadžiahmetović") \
            .where(Participant.number == 106).execute()
    page.reload()
    # WHEN the card layout is chosen
    page.layout_choice.setCurrentIndex(list(LAYOUTS).index("card"))
    # THEN the page names that person before anything is printed
    assert page.small_names.isVisible()
    assert "106 Maximilian-Alexander Konstantin Wolfeschlegelsteinhausenbergerdorff-Hadžiahmetović" \
        in page.small_names.text()
    page.grab().save(str(artifacts / "badges-page-small-names.png"))
    # AND a shorter name on the badge clears the warning
    with write_transaction():
        Participant.update(badge_name="Max Wolfe-Hadžić").where(Participant.number == 106).execute()
    page.reload()
    assert not page.small_names.isVisible()
