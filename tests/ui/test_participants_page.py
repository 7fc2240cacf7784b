"""The participants page driven like the organiser does: search in any script, filter, add, edit, delete, quota."""
from __future__ import annotations

import getpass
from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from models.badges.reading import BadgeStatus, payload_for, read_badge
from models.checkin.entities import CheckIn
from models.ground.clock import UTC
from models.ground.entities import Day
from models.participants.entities import Participant
from models.participants.folding import fold
from models.participants.quota import QuotaStatus
from tests.ui.pages import open_page
from ui.participants.page import ParticipantsPage
from ui.participants.person_dialog import ParticipantDialog
from ui.participants.quota_view import STATUS_COLOURS, tint
from ui.participants.table_model import PARTICIPANT_ROLE, ParticipantTableModel


def type_text(widget, text: str) -> None:
    """Type any script: qtbot.keyClicks aborts on many non-ASCII characters."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def page(qtbot, demo_path):
    widget = open_page(qtbot, demo_path, ParticipantsPage)
    qtbot.waitExposed(widget)
    return widget


def shown_numbers(page) -> list[int]:
    return [page.proxy.data(page.proxy.index(row, 0), PARTICIPANT_ROLE).number for row in range(page.proxy.rowCount())]


def test_the_table_model_works_without_a_window(demo_event):
    model = ParticipantTableModel(demo_event)
    assert model.rowCount() == 45 and model.columnCount() == 9
    assert model.data(model.index(0, 2)) == "Kerluku"
    assert model.data(model.index(17, 1)) == "Ђорђе"
    assert model.data(model.index(0, 7)) == "I, II"


def test_searching_finds_people_in_any_script_as_typed(page, qtbot, artifacts):
    # WHEN the organiser types the Latin spelling of a Cyrillic name
    qtbot.keyClicks(page.search, "djordje")
    # THEN the person is found
    assert shown_numbers(page) == [118]
    # AND typing in Cyrillic finds the Latin-written person as well
    page.search.clear()
    type_text(page.search, "Ђурђица")
    assert shown_numbers(page) == [111]
    page.search.clear()
    qtbot.keyClicks(page.search, "kerluku")
    assert shown_numbers(page) == [101]
    assert "Showing 1." in page.summary.text()
    page.grab().save(str(artifacts / "participants-search.png"))


def test_filters_by_delegation_role_and_arrival(page, qtbot):
    page.delegation_filter.setCurrentIndex(page.delegation_filter.findText("Albania"))
    assert shown_numbers(page) == [101, 102, 103, 104, 105, 143]
    page.role_filter.setCurrentIndex(page.role_filter.findText("Prosecutor"))
    assert shown_numbers(page) == [103]
    page.delegation_filter.setCurrentIndex(0)
    page.role_filter.setCurrentIndex(0)
    CheckIn.create(participant=Participant.get(Participant.number == 120), day=Day.get(Day.number == 1),
                   at=datetime(2011, 6, 9, 6, 55, tzinfo=UTC))
    page.context.notify("checkins")
    page.status_filter.setCurrentIndex(page.status_filter.findText("Arrived on Day I"))
    assert shown_numbers(page) == [120]
    page.status_filter.setCurrentIndex(page.status_filter.findText("Not arrived on Day I"))
    assert len(shown_numbers(page)) == 44


def test_sorting_by_family_name_ignores_accents_and_script(page):
    page.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.AscendingOrder)
    names = [page.proxy.data(page.proxy.index(row, 2)) for row in range(page.proxy.rowCount())]
    assert names.index("Çaushi") < names.index("Dervishi")  # Ç sorts with C
    assert names.index("Šimunović") < names.index("Стојановски") < names.index("Трајковски")  # Cyrillic among Latin
    # AND a click on the header does it, keeping the order when the list reloads
    header = page.table.horizontalHeader()
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(2) + 10, 5))
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    page.context.notify("participants")
    names = [page.proxy.data(page.proxy.index(row, 2)) for row in range(page.proxy.rowCount())]
    assert names[0] == "Yılmaz"
    assert [fold(name) for name in names] == sorted((fold(name) for name in names), reverse=True)


def test_selecting_a_person_shows_their_check_ins_and_changes(page, qtbot):
    CheckIn.create(participant=Participant.get(Participant.number == 101), day=Day.get(Day.number == 1),
                   at=datetime(2011, 6, 9, 6, 52, tzinfo=UTC), desk="Desk 1")
    page.context.notify("checkins")
    page.select_participant(Participant.get(Participant.number == 101).id)
    assert page.panel.name.text().startswith("Elton Kerluku")
    assert page.panel.check_ins.item(0).text().startswith("Day I  09.06.2011 08:52")  # venue time, UTC+2
    assert page.edit_button.isEnabled()


def test_the_details_panel_shows_every_line_about_a_person_and_no_button_covers_them(page, qtbot, artifacts):
    # GIVEN the person with the longest organisation and e-mail, checked in at a desk with a long name
    person = max(Participant.select(), key=lambda p: len(p.organisation + p.email))
    CheckIn.create(participant=person, day=Day.get(Day.number == 1), at=datetime(2011, 6, 9, 6, 52, tzinfo=UTC),
                   desk="Desk 1 — main entrance, by the lifts")
    page.context.notify("checkins")
    # WHEN the organiser selects them on a laptop's page
    page.resize(1056, 560)
    page.select_participant(person.id)
    qtbot.wait(20)
    panel = page.panel
    # THEN every line of their facts is shown whole, the e-mail too, below the buttons rather than under them
    facts = panel.facts
    assert person.email in facts.text()
    assert facts.height() >= facts.heightForWidth(facts.width())
    text_area = facts.geometry().united(panel.name.geometry())
    for button in (panel.edit_button, panel.delete_button, panel.reprint_button):
        assert not button.geometry().intersects(facts.geometry())
        assert button.geometry().top() < facts.geometry().top()
    assert panel.rect().contains(text_area)
    # AND the check-ins wrap to the list's width rather than hide behind a sideways scroll bar
    assert not panel.check_ins.horizontalScrollBar().isVisible()
    entry = panel.check_ins.visualItemRect(panel.check_ins.item(0))
    assert entry.right() <= panel.check_ins.viewport().width() and entry.height() > panel.check_ins.fontMetrics().height()
    page.grab().save(str(artifacts / "participants-details.png"))


def test_adding_a_participant_with_the_form(page, qtbot, monkeypatch):
    dialog = ParticipantDialog(page.current_event, None, page)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled() and "A name is needed" in dialog.problems.text()
    type_text(dialog.given_name, "Ёлена")
    type_text(dialog.family_name, "Ђукановић")
    dialog.delegation.setCurrentIndex(dialog.delegation.findText("Montenegro (ME)"))
    qtbot.keyClicks(dialog.email, "jelena@")
    assert not save.isEnabled() and "not an e-mail address" in dialog.problems.text()
    qtbot.keyClicks(dialog.email, "example.me")
    assert save.isEnabled()
    save.click()
    assert dialog.saved is not None and dialog.saved.number == 146
    assert Participant.get(Participant.number == 146).family_name == "Ђукановић"


def test_a_likely_duplicate_is_asked_about_before_saving(page, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args[2])
                        or QMessageBox.StandardButton.Cancel)
    dialog = ParticipantDialog(page.current_event, None, page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.given_name, "Djordje")
    qtbot.keyClicks(dialog.family_name, "Petrovic")
    dialog.delegation.setCurrentIndex(dialog.delegation.findText("Serbia (RS)"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "118 Ђорђе Петровић — same name and delegation" in asked[0]
    assert dialog.saved is None and Participant.select().count() == 45


def test_editing_saves_and_the_table_follows(page, qtbot):
    person = Participant.get(Participant.number == 102)
    dialog = ParticipantDialog(page.current_event, person, page)
    qtbot.addWidget(dialog)
    dialog.organisation.setText("Sector against Cybercrime")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    page.context.notify("participants")
    assert Participant.get(Participant.number == 102).organisation == "Sector against Cybercrime"
    row = page.model.row_of(person.id)
    assert page.model.data(page.model.index(row, 5)) == "Sector against Cybercrime"


def test_deleting_someone_who_checked_in_needs_a_second_yes(page, qtbot, monkeypatch):
    person = Participant.get(Participant.number == 104)
    CheckIn.create(participant=person, day=Day.get(Day.number == 1), at=datetime(2011, 6, 9, 7, 0, tzinfo=UTC))
    page.context.notify("checkins")
    page.select_participant(person.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]) or next(answers))
    page.delete_person()
    assert "has already checked in (1 check-in)" in warnings[0]
    # the first answer (Cancel) keeps the person, the check-in and the row
    assert Participant.get(Participant.number == 104).id == person.id and 104 in shown_numbers(page)
    assert CheckIn.select().where(CheckIn.participant == person).count() == 1
    page.delete_person()
    assert Participant.get_or_none(Participant.number == 104) is None
    assert 104 not in shown_numbers(page)


def test_the_quota_tab_highlights_over_and_under(page, qtbot, artifacts):
    Participant.update(funded=True).where(Participant.number.in_([104, 105])).execute()
    Participant.update(funded=False).where(Participant.number == 108).execute()
    page.context.notify("participants")
    page.tabs.setCurrentIndex(1)
    model = page.quota.model
    albania, bosnia = 0, 1
    status_column = model.columnCount() - 1
    assert model.data(model.index(albania, status_column)) == "over"
    assert model.data(model.index(bosnia, 2)) == "0 / 1"
    background = model.data(model.index(bosnia, 2), Qt.ItemDataRole.BackgroundRole).color()
    assert background == tint(STATUS_COLOURS[QuotaStatus.UNDER])
    page.grab().save(str(artifacts / "participants-quota-over-under.png"))


def test_the_reprint_button_issues_a_new_badge_and_the_old_one_is_refused(page, qtbot):
    # GIVEN Elton's badge as printed, and Elton chosen in the list
    elton = Participant.get(Participant.number == 101)
    old_badge = payload_for(elton, page.current_event)
    page.select_participant(elton.id)
    assert page.reprint_button.isVisible() and page.reprint_button.isEnabled()
    # WHEN the organiser reprints his badge
    qtbot.mouseClick(page.reprint_button, Qt.MouseButton.LeftButton)
    # THEN he has badge version 2, and the desk refuses the old badge as replaced
    assert Participant.get_by_id(elton.id).badge_version == elton.badge_version + 1
    assert read_badge(old_badge, page.current_event).status is BadgeStatus.REPLACED
    # AND his history says so, and who did it: the organiser, by this computer's account
    history = [page.panel.history.item(row).text() for row in range(page.panel.history.count())]
    assert any("badge replaced" in line and line.endswith(f"organiser: {getpass.getuser()}") for line in history), history
