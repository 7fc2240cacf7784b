"""Help ▸ About Belvedere: the version and every component with its version, licence and sources."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

from models.ground.components import components, licences_folder
from models.ground.version import VERSION
from tests.ui.dialogs import when_shown
from ui.about import AboutDialog
from ui.app import create_application, open_main_window


def about_from_the_help_menu(window, qtbot) -> AboutDialog:
    help_menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "&Help")
    about = next(action for action in help_menu.actions() if action.text() == "&About Belvedere")
    shown = []
    when_shown(AboutDialog, lambda dialog: (shown.append(dialog), dialog.reject()))
    about.trigger()
    qtbot.waitUntil(lambda: bool(shown))
    return shown[0]


def test_help_about_shows_the_version_and_every_component_with_its_licence(qtbot, demo_path, artifacts):
    create_application()
    window = open_main_window(str(demo_path))
    qtbot.addWidget(window)
    dialog = about_from_the_help_menu(window, qtbot)
    assert dialog.windowTitle() == "About Belvedere"
    listed = components()
    table = dialog.table
    assert table.rowCount() == len(listed)
    rows = [[table.item(row, column).text() for column in range(4)] for row in range(table.rowCount())]
    assert ["Qt", listed[1].version, "LGPL-3.0-only"] == rows[1][:3]
    assert any(row[0].startswith("FFmpeg") and row[2] == "LGPL-2.1-or-later" for row in rows)
    # AND the chosen component's sources are shown in full, as the column is narrow
    table.setCurrentCell(5, 0)
    assert dialog.sources.text() == f"Sources of {listed[5].name}: {listed[5].source}"
    dialog.grab().save(str(artifacts / "about.png"))


def test_the_dialog_names_the_version_and_the_licences_folder(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"Belvedere {VERSION}" in labels
    assert any(str(licences_folder()) in text for text in labels)
