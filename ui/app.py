"""Starting the window: the application, its fonts and language, and the event file to open."""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from models.event.demo import create_demo
from models.ground import appconfig
from models.ground.addresses import shown
from models.ground.errors import BelvedereError, DamagedEventFileError
from models.ground.logs import configure_logging, hard_crashes_recorded, keep_missing_streams_in_log
from models.ground.resources import resource_path
from ui.context import AppContext, keep_qt_settings_home
from ui.crashes import CrashReporter
from ui.language import apply_language, chosen_language
from ui.main_window import MainWindow
from ui.safety import offer_latest_backup
from ui.servers import with_password
from ui.style import apply_style


def create_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The application, speaking `language` (--lang), else the language chosen before, else the system's."""
    keep_qt_settings_home()
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Belvedere")
    app.setOrganizationName("Belvedere")
    app.setWindowIcon(QIcon(str(resource_path("icons", "belvedere.png"))))
    apply_style(app)
    apply_language(chosen_language(language))
    return app


def startup_target(db: str | None) -> str:
    """--db, else the last event file, else the demo (created on first run)."""
    if db:
        return db
    target = appconfig.default_event_target()
    if target == str(appconfig.demo_file()) and not Path(target).exists():
        create_demo(target)
    return target


def open_main_window(db: str | None = None) -> MainWindow:
    target = startup_target(db)
    context = AppContext(target)
    if not with_password(None, target, lambda: context.open(target)):  # a server whose password is not kept
        raise BelvedereError(QCoreApplication.translate("Startup", "No password was given for {target}. Start Belvedere "
                                                                   "again to type it, or open an event file.")
                             .format(target=shown(target)))
    window = MainWindow(context)
    window.show()
    return window


QT_LOG_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
                 QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
                 QtMsgType.QtFatalMsg: logging.CRITICAL}


def log_qt_message(kind, _context, message: str) -> None:
    """Qt's own messages go to the log (a windowed bundle has no console)."""
    logging.getLogger("qt").log(QT_LOG_LEVELS.get(kind, logging.INFO), message)


def run_gui(db: str | None = None, language: str | None = None) -> int:
    # Qt Multimedia lists every optional codec library it does not find; that is not news for the log.
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false")
    configure_logging()
    keep_missing_streams_in_log()  # the windowed bundle has no stderr: what is printed there goes to the log
    qInstallMessageHandler(log_qt_message)
    app = create_application(language=language)
    crashes = CrashReporter(app)
    crashes.install()
    try:
        with hard_crashes_recorded():
            return run_window(app, db)
    finally:
        crashes.uninstall()
        # Qt still speaks while it unloads its plugins, after Python has let go of the handler.
        qInstallMessageHandler(None)


def run_window(app: QApplication, db: str | None) -> int:
    try:
        try:
            window = open_main_window(db)
        except DamagedEventFileError as error:
            if not offer_latest_backup(None, startup_target(db), str(error)):
                return 1
            window = open_main_window(db)
    except BelvedereError as error:
        QMessageBox.critical(None, app.translate("Startup", "Belvedere cannot open the event"), str(error))
        return 1
    window.raise_()
    logging.getLogger("belvedere").info("ready: main window shown")
    quit_after = os.environ.get("BELVEDERE_QUIT_AFTER_MS")  # for the bundle's smoke test
    if quit_after:
        QTimer.singleShot(int(quit_after), window.close)
    return app.exec()
