"""The language Belvedere speaks to the person at the keyboard, and the core's sentences in it.

One catalogue serves the window and the core: `resources/translations/belvedere_sq.ts`, Qt Linguist's
source format, which lupdate fills from ui/, models/ and commands/ alike
(`uv run python -m resources.translations.update`). The window loads its compiled `.qm` through Qt; the
core, which has no Qt, reads the finished translations of the same `.ts` here. So the core marks its
sentences with the names lupdate knows: `translate(context, text)` where a sentence is said, and
`QT_TRANSLATE_NOOP(context, text)` where it is written down to be said later (then `translate` it where
it is shown, with the same context). Plurals are Qt's: `translate(context, "%n people", None, count)`.

One language choice governs both: `use_language` (the window calls it when its Language menu switches).
What is printed for the room (badges, sheets, certificates, the stage display) follows the event's
working languages instead: see models/reports/wording.py and models/agenda/phrases.py.
"""
from __future__ import annotations

import locale
import os
import threading
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable

from models.ground.resources import resource_path

REFERENCE_LANGUAGE = "en"  # the source text is English
LANGUAGES = {"en": "English", "sq": "Shqip"}  # each language named in itself, as the Language menu lists it
CATALOGUE_NAME = "belvedere"

Key = tuple[str, str, str]  # context, source text, disambiguation

_language = REFERENCE_LANGUAGE
_catalogues: dict[str, dict[Key, list[str]]] = {}
_loading = threading.Lock()


def catalogue_path(language: str, suffix: str = ".ts"):
    return resource_path("translations", f"{CATALOGUE_NAME}_{language}{suffix}")


def read_catalogue(path) -> dict[Key, list[str]]:
    """The finished translations of a Qt Linguist file: for each message, its form (or plural forms)."""
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}  # a missing or broken catalogue leaves the English source text
    found: dict[Key, list[str]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            if all(forms):
                found[(name, message.findtext("source") or "", message.findtext("comment") or "")] = forms
    return found


def catalogue(language: str) -> dict[Key, list[str]]:
    with _loading:  # background jobs raise sentences too
        if language not in _catalogues:
            _catalogues[language] = read_catalogue(catalogue_path(language))
        return _catalogues[language]


def plural_form(n: int) -> int:
    """Which form English and Albanian use for n things: the first for exactly one, the second otherwise."""
    return 0 if n == 1 else 1


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the language of this run (as QCoreApplication.translate does for the window)."""
    if _language == REFERENCE_LANGUAGE and n < 0:
        return text  # the source is English: only its plurals need the catalogue
    forms = catalogue(_language).get((context, text, disambiguation or ""))
    if forms is None and n >= 0 and _language != REFERENCE_LANGUAGE:
        forms = catalogue(REFERENCE_LANGUAGE).get((context, text, disambiguation or ""))
    said = text if forms is None else forms[min(plural_form(n), len(forms) - 1)] if n >= 0 else forms[0]
    return said.replace("%n", str(n)) if n >= 0 else said


class Context:
    """A context whose sentences carry a count: `counted.tr("%n participants", "", count)`.

    lupdate reads `name.tr(text, comment, n)` as a plural of the context `name` whatever the count's
    expression is, while it keeps `translate(context, text, None, n)` as a plural only for a literal
    count; so the core says its counted sentences through the `counted` context below."""

    def __init__(self, name: str):
        self.name = name

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return translate(self.name, text, disambiguation or None, n)


counted = Context("counted")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a sentence to be translated where it is shown (with the same context); returns it unchanged."""
    return text


def use_language(language: str) -> None:
    """Speak `language` from now on (the window and the commands call this once they have chosen)."""
    global _language
    _language = language if language in LANGUAGES else REFERENCE_LANGUAGE


def current_language() -> str:
    return _language


def known_language(tag: str | None) -> str | None:
    """'sq' for 'sq', 'sq_AL.UTF-8' or 'sq-Latn-AL'; None for a language Belvedere does not speak."""
    if not tag:
        return None
    primary = tag.replace("-", "_").split("_")[0].split(".")[0].lower()
    return primary if primary in LANGUAGES else None


def first_known(preferred: Iterable[str]) -> str | None:
    return next((known for known in map(known_language, preferred) if known), None)


def environment_languages() -> list[str]:
    """The languages this process's environment prefers, most preferred first (POSIX variables, then the locale)."""
    preferred = [tag for tag in os.environ.get("LANGUAGE", "").split(":") if tag]
    preferred += [os.environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(name)]
    try:
        preferred.append(locale.getlocale()[0] or "")
    except ValueError:
        pass
    return preferred


def language_of_this_run(asked: str | None, remembered: str | None, system_preferred: Iterable[str]) -> str:
    """--lang for this run, else the language chosen in the window, else the system's, else English."""
    return known_language(asked) or known_language(remembered) or first_known(system_preferred) or REFERENCE_LANGUAGE
