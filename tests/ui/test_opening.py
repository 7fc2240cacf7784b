"""Opening what Belvedere wrote: handed to the laptop's program for it, or, where there is none, the
organiser is told where the file is (it used to fail without a word)."""
from __future__ import annotations

import shutil
import sys

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.ui.dialogs import when_shown
from ui import opening

linux_desktop = pytest.mark.skipif(not (sys.platform.startswith("linux") and shutil.which("xdg-mime")),
                                   reason="asks xdg-utils which program opens a kind of file")


@pytest.fixture
def desktop(tmp_path, monkeypatch):
    """A Linux desktop with no program set for any kind of file; `add_viewer()` installs a PDF viewer."""
    for variable, folder in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_DIRS", "dirs"),
                             ("XDG_CONFIG_DIRS", "config-dirs")):
        (tmp_path / folder).mkdir()
        monkeypatch.setenv(variable, str(tmp_path / folder))

    def add_viewer() -> None:
        (tmp_path / "data" / "applications").mkdir()
        (tmp_path / "data" / "applications" / "viewer.desktop").write_text(
            "[Desktop Entry]\nType=Application\nName=Viewer\nExec=viewer %f\nMimeType=application/pdf;\n")
        (tmp_path / "config" / "mimeapps.list").write_text("[Default Applications]\napplication/pdf=viewer.desktop\n")
    return add_viewer


@pytest.fixture
def badge(tmp_path):
    path = tmp_path / "Badges — Durrës" / "badge-118.pdf"
    path.parent.mkdir()
    path.write_bytes(b"%PDF-1.4\n")
    return path


def answer_the_message(choice: str, seen: list[str]) -> None:
    """When the message box comes up, note what it says and press the button named `choice`."""
    def answer(box: QMessageBox) -> None:
        seen.append(box.text() + "\n" + box.informativeText())
        next(button for button in box.buttons() if button.text().replace("&", "") == choice).click()
    when_shown(QMessageBox, answer)


@linux_desktop
def test_without_a_pdf_viewer_the_organiser_is_told_where_the_badge_is_and_can_copy_the_path(
        qtbot, desktop, badge, monkeypatch):
    handed_over = []
    monkeypatch.setattr(opening.QDesktopServices, "openUrl", lambda url: handed_over.append(url) or True)
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = []
    answer_the_message("Copy the path", seen)
    # WHEN the badge is opened on a laptop where no program opens PDFs
    assert opening.open_in_its_program(parent, badge) is False
    # THEN nothing is handed to a program that is not there, the message says where the file is,
    # and the path is on the clipboard to paste into a file manager or a mail
    assert handed_over == []
    assert "No program on this laptop opens this kind of file" in seen[0] and str(badge) in seen[0]
    assert QGuiApplication.clipboard().text() == str(badge)


@linux_desktop
def test_with_a_pdf_viewer_the_badge_is_handed_to_it(qtbot, desktop, badge, monkeypatch):
    desktop()  # a PDF viewer is installed and set for PDFs
    handed_over = []
    monkeypatch.setattr(opening.QDesktopServices, "openUrl", lambda url: handed_over.append(url.toLocalFile()) or True)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert opening.open_in_its_program(parent, badge) is True
    assert handed_over == [str(badge)]


def test_when_qt_finds_no_program_the_organiser_is_told_where_the_report_is(qtbot, badge, monkeypatch):
    monkeypatch.setattr(opening, "has_a_program_for", lambda path: True)
    monkeypatch.setattr(opening.QDesktopServices, "openUrl", lambda url: False)  # no launcher at all
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = []
    answer_the_message("Close", seen)
    assert opening.open_in_its_program(parent, badge) is False
    assert str(badge) in seen[0]
