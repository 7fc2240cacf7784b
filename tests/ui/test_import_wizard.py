"""The import wizard: file, how it was read (with overrides), the check in the background, then all or nothing."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from models.participants.entities import Delegation, Participant
from models.participants.exporting import export_participants
from tests.participants.sheets import write_csv
from ui.app import create_application
from ui.participants.import_wizard import ImportWizard


@pytest.fixture
def wizard(qtbot, demo_event):
    create_application()
    widget = ImportWizard(demo_event)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def wait_for_check(qtbot, wizard) -> None:
    page = wizard.check_page
    qtbot.waitUntil(lambda: not page.working and wizard.plan is not None, timeout=10_000)


def test_a_windows_1250_sheet_is_read_checked_and_imported(qtbot, wizard, tmp_path, artifacts):
    # GIVEN the Croatian delegation's Excel CSV: Windows-1250, semicolons, local column names, a new delegation
    path = write_csv(tmp_path / "hrvatska.csv", [
        ["Rb.", "Ime", "Prezime", "Država", "Uloga", "E-pošta"],
        ["1", "Tomislav", "Kovačić", "Hrvatska", "officer", "t.kovacic@example.hr"],
        ["2", "Ivana", "Šarić", "Hrvatska", "prosecutor", ""],
        ["3", "Janez", "Novak", "Slovenija", "guest", ""],
    ], "cp1250", ";")
    # WHEN the organiser picks the file
    wizard.file_page.path.setText(str(path))
    wizard.next()
    columns = wizard.columns_page
    # THEN the guesses are shown and the names read right
    assert columns.encoding.currentText() == "Windows-1250 (Central European Latin) (detected)"
    assert columns.delimiter.currentText() == "semicolon (detected)"
    assert wizard.mapping == [None, "given_name", "family_name", "delegation", "role", "email"]
    assert columns.preview.item(1, 2).text() == "Šarić"
    wizard.grab().save(str(artifacts / "import-wizard-columns.png"))
    # AND a wrong encoding shows wrong letters, which the organiser can see and undo
    columns.encoding.setCurrentIndex(columns.encoding.findData("cp1251"))
    columns.read_again()
    assert columns.preview.item(1, 2).text() != "Šarić"
    columns.encoding.setCurrentIndex(columns.encoding.findData("cp1250"))
    columns.read_again()
    assert columns.preview.item(1, 2).text() == "Šarić"
    # WHEN the check runs
    wizard.next()
    wait_for_check(qtbot, wizard)
    check = wizard.check_page
    # THEN the unknown delegation blocks the import until the organiser lets it be created
    assert "1 problem(s)" in check.summary.text() and not check.isComplete()
    assert check.problems.item(0).text().startswith("Row 4: the delegation 'Slovenija'")
    assert not check.create_delegations.isHidden()
    wizard.grab().save(str(artifacts / "import-wizard-problems.png"))
    check.create_delegations.setChecked(True)
    wait_for_check(qtbot, wizard)
    assert check.isComplete()
    assert "2 new, 1 to update, 0 already up to date" in check.summary.text()
    assert check.changes.item(0).text() == "Row 2: 110 Tomislav Kovačić — E-mail"  # he had no e-mail yet
    wizard.grab().save(str(artifacts / "import-wizard-ready.png"))
    # WHEN Import is pressed
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    # THEN the people and the delegation are in the event
    assert Participant.select().count() == 47
    assert Participant.get(Participant.family_name == "Šarić").delegation.code == "HR"
    assert Delegation.get(Delegation.name == "Slovenija")


def test_a_broken_file_is_refused_on_the_first_page(qtbot, wizard, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    wizard.file_page.path.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "is empty" in wizard.file_page.error.text()


def test_changing_a_column_mapping_changes_what_is_imported(qtbot, wizard, tmp_path):
    path = write_csv(tmp_path / "names.csv", [["Participant", "Institution"], ["Ana Marija Horvat", "MUP"]])
    wizard.file_page.path.setText(str(path))
    wizard.next()
    combo = wizard.columns_page.columns.cellWidget(0, 2)
    assert combo.currentData() is None  # "Participant" alone is not recognised
    combo.setCurrentIndex(combo.findData("full_name"))
    assert wizard.mapping == ["full_name", "organisation"]
    wizard.next()
    wait_for_check(qtbot, wizard)
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    person = Participant.get(Participant.family_name == "Horvat")
    assert (person.given_name, person.organisation) == ("Ana Marija", "MUP")


def test_a_participant_list_exported_as_json_reads_without_encoding_or_sheet_choices(qtbot, wizard, demo_event,
                                                                                    tmp_path, artifacts):
    path = tmp_path / "participants.json"
    export_participants(demo_event, path)
    wizard.file_page.path.setText(str(path))
    wizard.next()
    columns = wizard.columns_page
    assert columns.shape.text() == "A JSON list of 45 participants."
    assert not any(columns.read_as.isRowVisible(row) for row in (columns.encoding, columns.delimiter, columns.sheet))
    assert wizard.mapping[:3] == ["number", "given_name", "family_name"]
    wizard.grab().save(str(artifacts / "import-wizard-json.png"))
    wizard.next()
    wait_for_check(qtbot, wizard)
    assert "0 new, 0 to update, 45 already up to date" in wizard.check_page.summary.text()
