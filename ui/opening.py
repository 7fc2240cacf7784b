"""Opening a file Belvedere wrote (a badge, a report, its folder) in the laptop's own program.

Where no program opens it, the organiser is told where the file is, so it can be printed from a USB
stick or another laptop: a button that does nothing at 8:45 is worse than a sentence.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeDatabase, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def open_in_its_program(parent: QWidget, path: Path) -> bool:
    """Open `path` as the laptop would on a double-click; False, after saying where it is, if nothing can."""
    if has_a_program_for(path) and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    say_where_it_is(parent, path)
    return False


def has_a_program_for(path: Path) -> bool:
    """On a Linux desktop, whether one is set to open this kind of file (Qt hands it over and cannot tell).

    Elsewhere, or without xdg-utils, Qt's own answer is the one there is.
    """
    if not sys.platform.startswith("linux") or path.is_dir() or shutil.which("xdg-mime") is None:
        return True
    kind = QMimeDatabase().mimeTypeForFile(str(path)).name()
    try:
        answer = subprocess.run(["xdg-mime", "query", "default", kind], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        return True
    return bool(answer.stdout.strip())


def say_where_it_is(parent: QWidget, path: Path) -> None:
    title = QCoreApplication.translate("Opening", "No program opens this file")
    text = QCoreApplication.translate("Opening", "No program on this laptop opens this kind of file. It is saved here:")
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    box.setInformativeText(str(path))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    copy = box.addButton(QCoreApplication.translate("Opening", "&Copy the path"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is copy:
        QGuiApplication.clipboard().setText(str(path))
