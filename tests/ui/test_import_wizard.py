"""The import wizard driven as the organiser drives it: the file, the columns, the sheet's words, the check,
Import and its summary; a file corrected meanwhile is read again."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QFileDialog, QWizard

from models.ground.settings import IMPORT_FOLDER
from models.participants.entities import Delegation, Participant
from models.participants.exporting import export_participants
from models.participants.mappings import remembered_words
from models.participants.matching import Sureness
from tests.participants.sheets import write_csv
from ui.app import create_application
from ui.context import window_settings
from ui.participants.import_wizard import ImportWizard, start_folder

ALBANIA = [
    ["Nr.", "Emri", "Mbiemri", "Shteti", "Funksioni", "E-mail"],
    ["1", "Arben", "Hoxha", "Shqipëri", "High tech crime unit", "a.hoxha@example.al"],
    ["2", "Mimoza", "Leka", "Shqipëria", "Prokuror", ""],
    ["3", "Ilir", "Dervishi", "Shqipëri", "Observer", ""],
]


@pytest.fixture
def wizard(qtbot, demo_event):
    create_application()
    widget = ImportWizard(demo_event, window_settings())
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_text(widget, text: str) -> None:
    """Type as a keyboard does, letter by letter (keyClicks gives up on many letters of the region)."""
    widget.setFocus()
    for character in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, character, Qt.KeyboardModifier.NoModifier)


def choose_file(wizard, path) -> None:
    wizard.file_page.path.clear()
    type_text(wizard.file_page.path, str(path))
    wizard.next()


def wait_for_check(qtbot, wizard) -> None:
    page = wizard.check_page
    qtbot.waitUntil(lambda: not page.working and wizard.plan is not None, timeout=10_000)


def press_import(qtbot, wizard) -> None:
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=5_000)


def value_row(wizard, written: str) -> int:
    return next(row for row, value in enumerate(wizard.values_page.values) if value.written == written)


def test_a_windows_1250_sheet_is_read_checked_and_imported(qtbot, wizard, tmp_path, artifacts):
    # GIVEN the Croatian delegation's Excel CSV, in a folder named in Croatian: Windows-1250, semicolons, local
    # column names and words, and a delegation the event does not have
    folder = tmp_path / "Delegacije — Hrvatska i Slovenija"
    folder.mkdir()
    path = write_csv(folder / "hrvatska.csv", [
        ["Rb.", "Ime", "Prezime", "Država", "Funkcija", "E-pošta"],
        ["1", "Tomislav", "Kovačić", "Hrvatska", "officer", "t.kovacic@example.hr"],
        ["2", "Ivana", "Šarić", "Hrvatska", "Tužitelj", ""],
        ["3", "Janez", "Novak", "Slovenija", "Gost", ""],
    ], "cp1250", ";")
    # WHEN the organiser types its path
    choose_file(wizard, path)
    columns = wizard.columns_page
    # THEN the guesses are shown with how sure they are, and the names read right
    assert columns.encoding.currentText() == "Windows-1250 (Central European Latin) (detected)"
    assert columns.delimiter.currentText() == "semicolon (detected)"
    assert wizard.mapping == [None, "given_name", "family_name", "delegation", "role", "email"]
    assert columns.columns.item(4, 3).text() == "known synonym"
    assert columns.preview.item(1, 2).text() == "Šarić"
    wizard.grab().save(str(artifacts / "import-wizard-columns.png"))
    # AND a wrong encoding shows wrong letters, which the organiser can see and undo
    columns.encoding.setCurrentIndex(columns.encoding.findData("cp1251"))
    columns.read_again()
    assert columns.preview.item(1, 2).text() != "Šarić"
    columns.encoding.setCurrentIndex(columns.encoding.findData("cp1250"))
    columns.read_again()
    assert columns.preview.item(1, 2).text() == "Šarić"
    # WHEN they go on to the sheet's words
    wizard.next()
    values = wizard.values_page
    assert wizard.currentPage() is values
    shown = {values.table.item(row, 1).text(): (values.table.cellWidget(row, 3).currentText(),
                                                  values.table.item(row, 4).text())
             for row in range(values.table.rowCount())}
    assert shown == {"officer": ("High-tech crime unit officer", "exact"), "Tužitelj": ("Prosecutor", "known synonym"),
                     "Gost": ("Guest", "known synonym"), "Hrvatska": ("Croatia", "known synonym"),
                     "Slovenija": ("— choose —", "no match")}
    # AND create the delegation the event lacks
    combo: QComboBox = values.table.cellWidget(value_row(wizard, "Slovenija"), 3)
    combo.setCurrentIndex(combo.findText("New delegation “Slovenija”"))
    wizard.grab().save(str(artifacts / "import-wizard-words.png"))
    wizard.next()
    wait_for_check(qtbot, wizard)
    check = wizard.check_page
    # THEN the check is ready, and says whom it updates
    assert check.isComplete(), [str(p) for p in wizard.plan.problems]
    assert "2 new, 1 to update, 0 already up to date" in check.summary.text()
    assert check.changes.item(0).text() == "Row 2: 110 Tomislav Kovačić — E-mail"  # he had no e-mail yet
    wizard.grab().save(str(artifacts / "import-wizard-ready.png"))
    # WHEN Import is pressed
    press_import(qtbot, wizard)
    # THEN the people and the delegation are in the event, and a summary is there to copy
    assert Participant.select().count() == 47
    assert Participant.get(Participant.family_name == "Šarić").role.key == "prosecutor"
    assert Participant.get(Participant.family_name == "Novak").delegation.name == "Slovenija"
    summary = wizard.done_page.text.toPlainText()
    assert summary.startswith("Imported hrvatska.csv: 2 new, 1 updated, 0 unchanged.\nNew delegations: Slovenija")
    assert "  Role: Tužitelj → Prosecutor (known synonym)" in summary
    assert "  Delegation: Slovenija → New delegation “Slovenija”" in summary
    wizard.grab().save(str(artifacts / "import-wizard-done.png"))
    QTest.keyClick(wizard.done_page.copy_button, Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == summary
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    # AND the next file dialog opens in the folder this list came from
    assert window_settings().value_of(IMPORT_FOLDER) == str(folder)


def test_similar_words_wait_for_the_organiser_and_what_they_decide_is_remembered(qtbot, wizard, demo_event,
                                                                                 tmp_path, artifacts):
    path = write_csv(tmp_path / "shqiperi.csv", ALBANIA, "cp1250", ";")
    choose_file(wizard, path)
    wizard.next()
    values = wizard.values_page
    similar = value_row(wizard, "High tech crime unit")
    assert values.table.cellWidget(similar, 3).currentText() == "High-tech crime unit officer"
    assert values.table.item(similar, 4).text() == "similar — tick to accept"
    assert values.table.item(value_row(wizard, "Observer"), 4).text() == "no match"
    wizard.grab().save(str(artifacts / "import-wizard-similar.png"))
    # WHEN the organiser goes on without deciding
    wizard.next()
    wait_for_check(qtbot, wizard)
    # THEN nothing can be imported, and the check says what to decide
    problems = [wizard.check_page.problems.item(i).text() for i in range(wizard.check_page.problems.count())]
    assert problems == [
        "Row 2: the role 'High tech crime unit' looks like High-tech crime unit officer (similar, not sure). Accept "
        "the suggestion, choose the role it is, or correct the sheet.",
        "Row 4: the role 'Observer' is not one of the event's (High-tech crime unit officer, Prosecutor, Service "
        "provider, Expert, Council of Europe, Guest, Staff). Choose the role it is, create it, leave it empty, or "
        "correct the sheet."]
    assert not wizard.check_page.isComplete()
    # WHEN they go back, accept the suggestion and leave the observer without a role
    wizard.back()
    values.table.item(similar, 4).setCheckState(Qt.CheckState.Checked)
    combo = values.table.cellWidget(value_row(wizard, "Observer"), 3)
    combo.setCurrentIndex(combo.findText("— leave empty —"))
    assert values.table.item(value_row(wizard, "High tech crime unit"), 4).text() == "chosen"
    wizard.next()
    wait_for_check(qtbot, wizard)
    press_import(qtbot, wizard)
    # THEN the import is done as decided, and the decisions are remembered
    assert Participant.get(Participant.family_name == "Hoxha").role.key == "officer"
    assert Participant.get(Participant.given_name == "Ilir").role_id is None
    assert {(w.written, w.key) for w in remembered_words(demo_event)} == {("High tech crime unit", "officer"),
                                                                         ("Observer", None)}
    assert "  Role: Observer → nothing (left empty)" in wizard.done_page.text.toPlainText()


def test_going_back_and_forward_reads_a_corrected_file_again(qtbot, wizard, tmp_path):
    # GIVEN a sheet with a wrong e-mail, a stray total line and a whole name in one cell
    rows = [["First name", "Last name", "Role", "Email"],
            ["Nora", "Krasniqi", "officer", "nora@"],
            ["", "Total: 2", "", ""],
            ["Besnik Leka", "", "officer", ""]]
    path = write_csv(tmp_path / "kosovo.csv", rows)
    choose_file(wizard, path)
    wizard.next()
    wizard.next()
    wait_for_check(qtbot, wizard)
    check = wizard.check_page
    # THEN every row was checked: the e-mail and the stray line stop it, the name in one cell is flagged
    assert [check.problems.item(i).text() for i in range(check.problems.count())] == [
        "Row 2: 'nora@' is not an e-mail address.",
        "Row 3: it has neither a given name nor a role (only 'Total: 2'). If it is a participant, fill in the row; "
        "if not, delete it."]
    assert check.warnings.item(0).text().startswith("Row 4: the whole name 'Besnik Leka' is in the given-name cell")
    # WHEN the organiser corrects the file, then goes Back and Next
    write_csv(path, [rows[0], ["Nora", "Krasniqi", "officer", "nora@example.org"], ["Besnik", "Leka", "officer", ""]])
    wizard.back()
    wizard.next()
    wait_for_check(qtbot, wizard)
    # THEN the corrected file is what is checked
    assert check.isComplete() and check.problems.count() == 0 and check.warnings.count() == 0
    assert check.note.text() == "The file changed since the last check: it was read and checked again."
    # AND a change made while on the check page is read with F5
    write_csv(path, [rows[0], ["Nora", "Krasniqi", "officer", "nora@"]])
    QTest.keyClick(check, Qt.Key.Key_F5)
    wait_for_check(qtbot, wizard)
    assert not check.isComplete() and check.problems.item(0).text() == "Row 2: 'nora@' is not an e-mail address."


def test_possible_namesakes_are_asked_about_before_they_are_imported_as_two_people(qtbot, wizard, tmp_path,
                                                                                    artifacts):
    path = write_csv(tmp_path / "kosova.csv", [["Emri", "Mbiemri", "Shteti", "E-mail"],
                                               ["Arben", "Krasniqi", "Kosova", "arben.krasniqi@example.org"],
                                               ["Arben", "Krasniqi", "Kosova", "a.krasniqi@example.org"]])
    choose_file(wizard, path)
    wizard.next()
    wizard.next()
    wait_for_check(qtbot, wizard)
    check = wizard.check_page
    assert not check.isComplete() and check.problems.count() == 0
    assert check.namesakes_title.text() == "Possible namesakes — import as separate people?"
    assert check.namesakes.item(0).text() == "Row 3: Arben Krasniqi (Kosovo*) has the name of row 2, but another e-mail"
    wizard.grab().save(str(artifacts / "import-wizard-namesakes.png"))
    check.separate_people.setChecked(True)
    wait_for_check(qtbot, wizard)
    assert check.isComplete()
    press_import(qtbot, wizard)
    assert Participant.select().where(Participant.given_name == "Arben").count() == 2
    assert "Namesakes imported as separate people:\n  Row 3: Arben Krasniqi" in wizard.done_page.text.toPlainText()


def test_the_file_dialog_starts_in_the_last_import_folder_or_the_documents(qtbot, wizard, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda parent, title, folder, filters: (asked.append(folder), ("", ""))[1])
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    # GIVEN a laptop that never imported a list: the dialog opens in the documents folder
    wizard.file_page.browse_button.click()
    assert asked == [documents]
    # GIVEN a list imported before from a delegation's folder: the dialog opens there
    wizard.settings.put(IMPORT_FOLDER, str(tmp_path))
    wizard.file_page.browse_button.click()
    assert asked[-1] == str(tmp_path)
    # AND a folder that is gone (a USB stick taken out) falls back to the documents
    wizard.settings.put(IMPORT_FOLDER, str(tmp_path / "gone"))
    assert start_folder(wizard.settings) == documents


def test_changing_a_column_mapping_changes_what_is_imported(qtbot, wizard, tmp_path):
    path = write_csv(tmp_path / "names.csv", [["Participant", "Institution"], ["Ana Marija Horvat", "MUP"]])
    choose_file(wizard, path)
    combo = wizard.columns_page.columns.cellWidget(0, 2)
    assert wizard.columns[0].sureness is Sureness.SIMILAR  # a suggestion to check, not taken as it is
    combo.setCurrentIndex(combo.findData("full_name"))
    assert wizard.mapping == ["full_name", "organisation"]
    assert wizard.columns_page.columns.item(0, 3).text() == "chosen"
    wizard.next()
    assert wizard.currentPage() is wizard.check_page  # no role or delegation column: no words to decide
    wait_for_check(qtbot, wizard)
    press_import(qtbot, wizard)
    person = Participant.get(Participant.family_name == "Horvat")
    assert (person.given_name, person.organisation) == ("Ana Marija", "MUP")


def test_a_broken_file_is_refused_on_the_first_page(qtbot, wizard, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    choose_file(wizard, path)
    assert wizard.currentPage() is wizard.file_page
    assert "is empty" in wizard.file_page.error.text()


def test_a_participant_list_exported_as_json_reads_without_encoding_or_sheet_choices(qtbot, wizard, demo_event,
                                                                                    tmp_path, artifacts):
    path = tmp_path / "participants.json"
    export_participants(demo_event, path)
    choose_file(wizard, path)
    columns = wizard.columns_page
    assert columns.shape.text() == "A JSON list of 45 participants."
    assert not any(columns.read_as.isRowVisible(row) for row in (columns.encoding, columns.delimiter, columns.sheet))
    assert wizard.mapping[:3] == ["number", "given_name", "family_name"]
    wizard.grab().save(str(artifacts / "import-wizard-json.png"))
    wizard.next()
    wizard.next()
    wait_for_check(qtbot, wizard)
    assert "0 new, 0 to update, 45 already up to date" in wizard.check_page.summary.text()
    assert Delegation.select().count() == 8
