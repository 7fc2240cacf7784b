"""The Event page: details with dates the days follow, delegations, roles, and the agenda editor per day."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from models.agenda.entities import AgendaItem
from models.agenda.plan import day_items
from models.ground.days import event_days
from models.ground.entities import Event
from models.participants.entities import Delegation, Role
from models.participants.mappings import COLUMN, DELEGATION, ROLE, remember, remembered_words
from tests.ui.pages import open_page
from ui.app import create_application, open_main_window
from ui.event.agenda_editor import ItemDialog
from ui.event.groups import DelegationDialog, RoleDialog
from ui.event.page import EventPage
from ui.event.words import WordDialog


@pytest.fixture
def page(qtbot, demo_path):
    widget = open_page(qtbot, demo_path, EventPage)
    qtbot.waitExposed(widget)
    return widget


def test_the_event_page_follows_participants_in_the_navigation(qtbot, demo_path):
    create_application()
    window = open_main_window(str(demo_path))
    qtbot.addWidget(window)
    assert window.page_keys[:3] == ["desk", "participants", "event"]
    assert window.navigation.item(2).text() == "Event"


def test_moving_the_dates_moves_the_days_and_adds_a_day(page, qtbot, artifacts):
    form = page.details
    form.title_edit.setText("Regional workshop (rescheduled)")
    form.first_day.setDate(QDate(2011, 6, 16))
    form.last_day.setDate(QDate(2011, 6, 18))
    form.save()
    assert form.message.text() == "Saved."
    assert [day.date.isoformat() for day in event_days(Event.get())] == ["2011-06-16", "2011-06-17", "2011-06-18"]
    assert page.days.count() == 3 and page.days.tabText(2) == "Day III — 18.06.2011"
    assert Event.get().title == "Regional workshop (rescheduled)"
    page.grab().save(str(artifacts / "event-page-saved.png"))


def test_a_refused_change_says_why_and_keeps_the_event(page):
    form = page.details
    form.zone.setCurrentText("Europe/Durres")
    form.save()
    assert "not a known time zone" in form.message.text()
    assert Event.get().timezone == "Europe/Tirane"
    form.show_event()
    assert form.zone.currentText() == "Europe/Tirane"


def test_delegations_and_roles_are_edited_in_their_tabs(page, qtbot, monkeypatch):
    dialog = DelegationDialog(page.current_event, None, page)
    qtbot.addWidget(dialog)
    dialog.code.setText("AL")
    dialog.name.setText("Albania again")
    dialog.try_save()
    assert "already used" in dialog.error.text()
    dialog.code.setText("SI")
    dialog.name.setText("Slovenia")
    dialog.try_save()
    page.delegations.refresh()
    assert page.delegations.table.item(8, 1).text() == "Slovenia"
    role = RoleDialog(page.current_event, Role.get(Role.key == "prosecutor"), page)
    qtbot.addWidget(role)
    role.places.setValue(2)
    role.colour = "#4a148c"
    role.try_save()
    page.roles.refresh()
    assert Role.get(Role.key == "prosecutor").funded_quota == 2
    assert page.roles.table.item(1, 0).text() == "#4a148c"
    page.delegations.table.selectRow(0)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: warnings.append(args[2]))
    page.delegations.remove()
    assert "Albania has 6 participants" in warnings[0]
    assert Delegation.select().count() == 9


def test_the_agenda_editor_adds_moves_removes_and_warns(page, qtbot, monkeypatch, artifacts):
    page.tabs.setCurrentIndex(3)
    editor = page.days.widget(0)
    # WHEN a talk is added to the opening session, running past its end
    session = AgendaItem.get(AgendaItem.title == "Opening session")
    dialog = ItemDialog(editor.day, parent_item=session, parent=editor)
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == "talk" and dialog.start.time() == QTime(9, 30)
    dialog.title_edit.setText("Welcome by the host")
    dialog.start.setTime(QTime(9, 25))
    dialog.end.setTime(QTime(9, 40))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    editor.refresh(dialog.saved.id)
    # THEN the editor warns about it in amber, naming the times
    texts = [editor.warnings.item(i).text() for i in range(editor.warnings.count())]
    assert any("“Welcome by the host” (09:25–09:40) is outside its session" in text for text in texts)
    assert any("overlaps “Opening statements” (09:00–09:30)" in text for text in texts)
    page.grab().save(str(artifacts / "event-agenda-warnings.png"))
    # AND a refused item cannot be saved from the form
    bad = ItemDialog(editor.day, parent=editor)
    qtbot.addWidget(bad)
    bad.title_edit.setText("Backwards")
    bad.start.setTime(QTime(10, 0))
    bad.end.setTime(QTime(10, 0))
    bad.kind.setCurrentIndex(bad.kind.findData("break"))
    bad.minimum.setValue(20)
    assert not bad.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert "shortest length" in bad.problems.text()
    # WHEN the new talk is moved up and then removed
    editor.refresh(dialog.saved.id)
    editor.move(-1)
    talks = [i.title for i in day_items(editor.day) if i.parent_id == session.id]
    assert talks == ["Welcome by the host", "Opening statements"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    editor.remove()
    assert [i.title for i in day_items(editor.day) if i.parent_id == session.id] == ["Opening statements"]


def test_the_event_is_exported_and_imported_into_a_new_file(page, qtbot, monkeypatch, tmp_path):
    exported = tmp_path / "workshop.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(exported), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    page.details.export()
    assert json.loads(exported.read_text(encoding="utf-8"))["event"]["code"] == 2011
    target = tmp_path / "on the chair's laptop.belvedere"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exported), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    opened = []
    page.context.event_opened.connect(lambda: opened.append(page.context.target))
    page.details.import_event()
    assert opened == [str(target)] and target.exists()
    assert Event.get().code == 2011


def test_the_words_remembered_from_the_sheets_are_listed_changed_added_and_forgotten(page, qtbot, artifacts):
    # GIVEN words an import remembered
    event = page.current_event
    remember(event, ROLE, "Prosecution office", "prosecutor")
    remember(event, DELEGATION, "Shqipëria e Mesme", "AL")
    remember(event, COLUMN, "Participant", "full_name")
    remember(event, ROLE, "Observer", None)
    page.on_data_changed("participants")  # as after an import
    words = page.words
    page.tabs.setCurrentWidget(words)
    # THEN the Event page lists each with what it means
    rows = [tuple(words.table.item(row, column).text() for column in range(3)) for row in range(words.table.rowCount())]
    assert rows == [("Role", "Observer", "— left empty —"), ("Role", "Prosecution office", "Prosecutor"),
                    ("Delegation", "Shqipëria e Mesme", "Albania"),
                    ("Column", "Participant", "Full name (given and family)")]
    page.grab().save(str(artifacts / "event-page-words.png"))
    # WHEN the organiser gives the observers a role after all
    dialog = WordDialog(event, words.words[0], page)
    qtbot.addWidget(dialog)
    assert not dialog.kind.isEnabled() and dialog.meaning.currentText() == "— leave empty —"
    dialog.meaning.setCurrentIndex(dialog.meaning.findText("Guest"))
    dialog.try_save()
    # AND adds a word by hand, and forgets one
    added = WordDialog(event, None, page)
    qtbot.addWidget(added)
    added.kind.setCurrentIndex(added.kind.findData(DELEGATION))
    added.written.setText("Srbsko")
    added.meaning.setCurrentIndex(added.meaning.findText("Serbia"))
    added.try_save()
    words.refresh()
    words.table.selectRow(next(row for row, word in enumerate(words.words) if word.written == "Participant"))
    words.remove()
    # THEN the event remembers exactly that
    assert {(w.kind, w.written, w.key) for w in remembered_words(event)} == {
        (ROLE, "Observer", "guest"), (ROLE, "Prosecution office", "prosecutor"),
        (DELEGATION, "Shqipëria e Mesme", "AL"), (DELEGATION, "Srbsko", "RS")}
