"""The window's language: Qt's translators for it, and the switch the Language menu makes while it runs.

The choice is made once for the window and the core (models.ground.i18n): `--lang` for one run, else the
language chosen in the Language menu (remembered on this laptop), else the system's.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from models.ground import appconfig, i18n
from models.ground.resources import resource_path
from models.ground.settings import LANGUAGE

# Qt's own catalogue for a language, where Qt ships one (it has none for Albanian: ui/qt_words.py
# translates the words Qt's standard buttons and boxes say).
QT_CATALOGUE = "qtbase"
LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
           "sq": QLocale(QLocale.Language.Albanian, QLocale.Country.Albania)}

_installed: list[QTranslator] = []


def system_languages() -> list[str]:
    return QLocale.system().uiLanguages()


def chosen_language(asked: str | None = None) -> str:
    """The language of this run: --lang, else the one chosen in the Language menu, else the system's."""
    return i18n.language_of_this_run(asked, appconfig.value_of(LANGUAGE), system_languages())


def apply_language(language: str) -> None:
    """Speak `language` in the window and in the core from now on (widgets built later use it)."""
    app = QCoreApplication.instance()
    i18n.use_language(language)
    language = i18n.current_language()
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(LOCALES[language])
    for folder, name in ((resource_path("translations"), f"{i18n.CATALOGUE_NAME}_{language}"),
                         (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                          f"{QT_CATALOGUE}_{language}")):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)


def remember_language(language: str) -> None:
    """The Language menu's choice, kept for the next start of the window and for the commands."""
    appconfig.put(LANGUAGE, language)
