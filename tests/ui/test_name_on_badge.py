"""A participant's name on the badge: typed in the participant's form, printed on the badge, audited."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from models.badges.design import BadgeContent
from models.ground.audit import AuditEntry
from models.participants.entities import Participant
from tests.ui.pages import open_page
from ui.participants.page import ParticipantsPage
from ui.participants.person_dialog import ParticipantDialog


def test_a_shorter_name_on_the_badge_is_saved_from_the_form_and_printed(qtbot, demo_path, artifacts):
    page = open_page(qtbot, demo_path, ParticipantsPage)
    person = Participant.get(Participant.number == 110)
    dialog = ParticipantDialog(page.current_event, person, page)
    qtbot.addWidget(dialog)
    assert dialog.badge_name.text() == "" and dialog.badge_name.placeholderText() == "the full name"
    for ch in "Tomo Kovačić":  # typed as the organiser types it
        QTest.sendKeyEvent(QTest.KeyAction.Click, dialog.badge_name, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)
    dialog.show()
    dialog.grab().save(str(artifacts / "participant-name-on-badge.png"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    stored = Participant.get(Participant.number == 110)
    assert (stored.full_name, stored.badge_name) == ("Tomislav Kovačić", "Tomo Kovačić")
    assert BadgeContent.of(stored, page.current_event).name == "Tomo Kovačić"
    entry = AuditEntry.select().where(AuditEntry.action == "participant updated").order_by(AuditEntry.id.desc()).get()
    assert entry.details == {"fields": ["badge_name"]}
