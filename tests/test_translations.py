"""The catalogue holds every sentence the code says, translated, and its compiled form is current.

When a test here fails after a change to the code, run `uv run python -m resources.translations.update`,
translate what it lists (Qt Linguist, or the .ts in a text editor), run it again and commit the catalogues.
"""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from models.ground import i18n
from resources.translations import update
from resources.translations.checks import messages, placeholder_problems, unfinished
from tests.cli import run

TO_FIX = f"Run `{update.COMMAND}`, translate what it lists, run it again, and commit resources/translations/."


def keys(ts) -> set[tuple[str, str]]:
    return {(context, source) for context, source, _translation in messages(ts)}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, object]:
    """Each catalogue as lupdate makes it from the code now, starting from the committed one."""
    folder = tmp_path_factory.mktemp("catalogues")
    made = {}
    for language in update.CATALOGUES:
        copy = folder / update.catalogue(language).name
        shutil.copy(update.catalogue(language), copy)
        update.run_lupdate(copy, language)
        made[language] = copy
    return made


@pytest.mark.parametrize("language", sorted(update.CATALOGUES))
def test_every_sentence_of_the_code_is_in_the_catalogue(extracted, language):
    missing = sorted(keys(extracted[language]) - keys(update.catalogue(language)))
    vanished = sorted(keys(update.catalogue(language)) - keys(extracted[language]))
    assert not missing, f"{len(missing)} sentence(s) not in {update.catalogue(language).name}: {missing[:10]}. {TO_FIX}"
    assert not vanished, f"{update.catalogue(language).name} holds sentences the code no longer says: " \
                         f"{vanished[:10]}. {TO_FIX}"


@pytest.mark.parametrize("language", sorted(update.CATALOGUES))
def test_every_sentence_is_translated_with_its_placeholders(language):
    left = unfinished(update.catalogue(language))
    assert not left, f"{len(left)} sentence(s) unfinished in {update.catalogue(language).name}: {left[:10]}. {TO_FIX}"
    assert placeholder_problems(update.catalogue(language)) == []


@pytest.mark.parametrize("language", sorted(update.CATALOGUES))
def test_the_compiled_catalogue_is_the_committed_one_compiled_now(tmp_path, language):
    fresh = tmp_path / update.compiled(language).name
    update.run_lrelease(update.catalogue(language), fresh)
    assert fresh.read_bytes() == update.compiled(language).read_bytes(), \
        f"{update.compiled(language).name} is older than {update.catalogue(language).name}. {TO_FIX}"


def test_the_albanian_catalogue_has_the_plural_forms_of_every_counted_sentence():
    counted = [(source, translation) for _context, source, translation in messages(update.catalogue("sq"))
               if "%n" in source]
    assert len(counted) >= 10
    assert all(len(list(translation.iter("numerusform"))) == 2 for _source, translation in counted)


def test_the_core_speaks_the_language_chosen_without_qt():
    # GIVEN the core alone (models/ imports no Qt: tests/test_architecture.py)
    i18n.use_language("sq")
    # THEN a sentence, a deferred one and a counted one come out in Albanian, placeholders kept
    assert i18n.translate("checkin", "Give a reason for undoing the check-in.") == \
        "Jepni një arsye për anulimin e regjistrimit."
    from models.checkin.service import NOT_EXPECTED_REASON
    assert i18n.translate("checkin", NOT_EXPECTED_REASON).startswith("Nuk është në listë")
    sentence = "%n participants have the role {name}. Give them another role first."
    assert i18n.counted.tr(sentence, "", 1).format(name="Prosecutor").startswith("1 pjesëmarrës ka rolin Prosecutor")
    assert i18n.counted.tr(sentence, "", 3).format(name="Prosecutor").startswith("3 pjesëmarrës kanë rolin")
    # AND in English the counted sentence has its singular, and anything unknown stays as written
    i18n.use_language("en")
    assert i18n.counted.tr(sentence, "", 1).format(name="Prosecutor").startswith("1 participant has the role")
    assert i18n.translate("checkin", "A sentence no catalogue knows") == "A sentence no catalogue knows"


@pytest.mark.parametrize("asked, remembered, system, spoken", [
    ("sq", "en", ["en-GB"], "sq"),  # --lang wins for this run
    (None, "sq", ["en-GB"], "sq"),  # then the Language menu's choice
    (None, None, ["sq-Latn-AL", "en"], "sq"),  # then the system's
    (None, None, ["de_DE.UTF-8", "sq_AL"], "sq"),  # its first language Belvedere speaks
    (None, None, ["de-DE", "fr"], "en"),  # else English
    (None, "xx", ["C.UTF-8"], "en"),
])
def test_the_language_of_a_run(asked, remembered, system, spoken):
    assert i18n.language_of_this_run(asked, remembered, system) == spoken


def test_commands_speak_the_language_of_the_run(demo_path, monkeypatch, capsys):
    code, out, _err = run(capsys, "--lang", "sq", "--db", str(demo_path), "scan", "123", "--day", "1")
    assert code == 4 and "Refuzuar" in out and "Refused" not in out
    # WHEN the system speaks Albanian and nothing was chosen, a command speaks it too
    monkeypatch.setenv("LANGUAGE", "sq_AL")
    code, out, _err = run(capsys, "--db", str(demo_path), "find", "kerluku", "--day", "1")
    assert code == 0 and "Gjendja më Dita I" in out and "pa ardhur" in out
    # AND --lang en overrides it for one run
    code, out, _err = run(capsys, "--lang", "en", "--db", str(demo_path), "find", "kerluku", "--day", "1")
    assert "Status on Day I" in out


def test_a_command_line_run_shows_the_albanian_sentence_of_an_error(demo_path):
    done = subprocess.run([sys.executable, "main.py", "--lang", "sq", "--db", str(demo_path), "agenda", "--day", "9"],
                          capture_output=True, text=True, cwd=update.ROOT)
    assert done.returncode == 1
    assert "Eventi nuk ka ditën 9 (ditët e tij janë: 1, 2)." in done.stderr


# The same English said differently on purpose, by context: a button ends an item ("Mbyll"), a kind of
# item is the day's end ("Fund"); a counter's caption and a filter name their day after a dash.
SAID_DIFFERENTLY = {"End", "arrived on %1", "Arrived on %1", "Not arrived on %1", "Not expected on %1"}


def test_a_sentence_said_in_several_places_is_translated_once():
    """As OpenLP's shared strings: "Cancel", "Delegation" or "Name" read the same wherever they are shown."""
    said: dict[str, set[str]] = {}
    for _context, source, translation in messages(update.catalogue("sq")):
        if translation is not None and source not in SAID_DIFFERENTLY:
            said.setdefault(source, set()).add("|".join(form.text or "" for form in translation.iter("numerusform"))
                                               or translation.text or "")
    assert {source: forms for source, forms in said.items() if len(forms) > 1} == {}
