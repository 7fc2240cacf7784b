"""With BELVEDERE_HOME set, Qt's own settings (the file dialog's state) stay in it too."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer, QUrl
from PySide6.QtWidgets import QFileDialog

from models.ground import appconfig
from ui.app import create_application


def test_the_file_dialog_remembers_its_folder_inside_belvedere_home(qtbot, isolated_home, tmp_path):
    create_application()
    user_config = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    before = (user_config / "QtProject.conf").stat().st_mtime_ns if (user_config / "QtProject.conf").exists() else None
    # WHEN the organiser opens Qt's own file dialog in a folder and closes it
    folder = tmp_path / "Delegations — Durrës"
    folder.mkdir()
    dialog = QFileDialog(None, "Open", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    QTimer.singleShot(50, dialog.reject)
    dialog.exec()
    del dialog
    # THEN its state is kept in Belvedere's config folder, and ~/.config is left as it was
    qt_settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert Path(qt_settings.fileName()).parent == appconfig.config_dir()
    assert appconfig.config_dir().is_relative_to(isolated_home)
    qt_settings.sync()
    remembered = QUrl.fromLocalFile(str(folder)).toEncoded().data().decode()
    assert remembered in (appconfig.config_dir() / "QtProject.conf").read_text(encoding="utf-8")
    after = (user_config / "QtProject.conf").stat().st_mtime_ns if (user_config / "QtProject.conf").exists() else None
    assert after == before
