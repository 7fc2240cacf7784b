"""Matching the words of the delegations' sheets to the event's roles, delegations and columns."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.participants.columns import guess_columns, match_header
from models.participants.folding import fold
from models.participants.mappings import DELEGATION, ROLE
from models.participants.matching import SURE, Matcher, Sureness, Target
from models.participants.sheet_values import EventWords

EXACT, FOLDED, SYNONYM, SIMILAR, NONE = (Sureness.EXACT, Sureness.FOLDED, Sureness.SYNONYM, Sureness.SIMILAR,
                                         Sureness.NONE)


@pytest.mark.parametrize("written, key, sureness", [
    ("Albania", "AL", EXACT), ("AL", "AL", EXACT), ("albania", "AL", FOLDED),
    ("Shqipëri", "AL", SYNONYM), ("Shqipëria", "AL", SYNONYM), ("SHQIPERIA", "AL", SYNONYM),
    ("Srbija", "RS", SYNONYM), ("Србија", "RS", SYNONYM), ("Serbia", "RS", EXACT),
    ("Hrvatska", "HR", SYNONYM), ("Crna Gora", "ME", SYNONYM), ("Црна Гора", "ME", SYNONYM),
    ("BiH", "BA", SYNONYM), ("Bosna i Hercegovina", "BA", SYNONYM), ("Босна и Херцеговина", "BA", SYNONYM),
    ("Türkiye", "TR", SYNONYM), ("Turkey", "TR", EXACT),
    ("North Macedonia", "MK", SYNONYM), ("Македонија", "MK", SYNONYM), ("Maqedonia e Veriut", "MK", SYNONYM),
    ("the former Yugoslav Republic of Macedonia", "MK", FOLDED),  # the demo writes it in quotes
    ("Kosova", "XK", SYNONYM), ("Kosovo*", "XK", EXACT), ("Kosovo", "XK", FOLDED),
    ("Albanai", "AL", SIMILAR), ("Montenegor", "ME", SIMILAR),
    ("Slovenija", None, NONE), ("Narnia", None, NONE), ("Austria", None, NONE),
])
def test_countries_are_known_in_the_region_s_languages_and_scripts(demo_event, written, key, sureness):
    match = EventWords(demo_event).automatic(DELEGATION, written)
    assert (match.key, match.sureness) == (key, sureness)


@pytest.mark.parametrize("written, key, sureness", [
    ("High-tech crime unit officer", "officer", EXACT), ("officer", "officer", EXACT),
    ("high-tech crime unit officer", "officer", FOLDED),
    ("HTCU", "officer", SYNONYM), ("Police", "officer", SYNONYM), ("Policija", "officer", SYNONYM),
    ("Полиција", "officer", SYNONYM),
    ("High tech crime unit", "officer", SIMILAR),
    ("Prosecutor", "prosecutor", EXACT), ("Prosecution", "prosecutor", SYNONYM),
    ("Prokuror", "prosecutor", SYNONYM), ("Тужилац", "prosecutor", SYNONYM), ("Tužilac", "prosecutor", SYNONYM),
    ("Prosecuter", "prosecutor", SIMILAR),
    ("ISP", "isp", FOLDED), ("Internet service provider", "isp", SYNONYM),
    ("Ekspert", "expert", SYNONYM), ("CoE", "coe", FOLDED), ("Gost", "guest", SYNONYM),
    ("Observer", None, NONE), ("Officer of the day", None, NONE), ("Interpreter", None, NONE),
])
def test_role_words_are_known_and_an_observer_is_no_officer(demo_event, written, key, sureness):
    match = EventWords(demo_event).automatic(ROLE, written)
    assert (match.key, match.sureness) == (key, sureness)


@pytest.mark.parametrize("header, field, sureness", [
    ("Role", "role", EXACT), ("Function", "role", SYNONYM), ("Funkcija", "role", SYNONYM),
    ("Funksioni", "role", SYNONYM), ("Position", "role", SYNONYM), ("Функција", "role", SYNONYM),
    ("FUNKSIONI", "role", SYNONYM),
    ("Shteti", "delegation", SYNONYM), ("Država", "delegation", SYNONYM), ("Country", "delegation", SYNONYM),
    ("Ülke", "delegation", SYNONYM), ("Delegation", "delegation", EXACT),
    ("FIRST NAME (as in passport)", "given_name", Sureness.CONTAINED),
    ("Functon", "role", SIMILAR), ("Emaill", "email", SIMILAR),
    ("Nr.", None, NONE), ("Signature", None, NONE),
])
def test_column_names_are_matched_the_same_way(header, field, sureness):
    guess = guess_columns(["Mbiemri", header])[1]
    assert (guess.field, guess.sureness) == (field, sureness)


def test_a_word_claimed_by_two_targets_goes_to_the_first_and_remembered_words_come_after_the_own_names():
    matcher = Matcher([Target("a", ("Alpha",), ("Common",)), Target("b", ("Beta",), ("Common",))],
                      remembered={"alpha": "b", "gamma": "b", "delta": None})
    assert matcher.match("Common").key == "a"
    assert matcher.match("ALPHA").key == "a"  # the event's own name wins over an old choice
    assert (matcher.match("Gamma").key, matcher.match("Gamma").sureness) == ("b", Sureness.REMEMBERED)
    assert (matcher.match("delta").key, matcher.match("delta").sure) == (None, True)  # left empty on purpose


# --- properties ----------------------------------------------------------------------------------

LATIN_TO_CYRILLIC = str.maketrans({"a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "z": "з",
                                   "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о",
                                   "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "f": "ф", "h": "х",
                                   "c": "ц"})
ACCENTS = str.maketrans({"a": "á", "c": "č", "e": "ë", "s": "š", "z": "ž", "i": "í", "o": "ö", "u": "ü", "g": "ğ"})
EVENT_NAMES = ["High-tech crime unit officer", "Prosecutor", "Service provider", "Expert", "Council of Europe",
               "Guest", "Staff", "Albania", "Serbia", "Croatia", "Montenegro", "Turkey", "Kosovo*"]
THINGS = Matcher([Target(name.lower(), (name,)) for name in EVENT_NAMES]
                 + [Target("prokuror", ("Prokuror",), ("Тужилац", "Tužilac"))])


def variants(name: str) -> list[str]:
    """The same name as people write it: upper case, lower case, with accents, in Cyrillic, with spaces."""
    lower = name.lower()
    return [name.upper(), lower, lower.translate(ACCENTS), lower.translate(LATIN_TO_CYRILLIC), f"  {name} ",
            name.replace("-", " ")]


@settings(max_examples=200)
@given(name=st.sampled_from(EVENT_NAMES + ["Prokuror"]), pick=st.integers(0, 5))
def test_folding_and_script_never_change_the_result_of_an_exact_match(name, pick):
    exact = THINGS.match(name)
    assert exact.sureness is Sureness.EXACT
    variant = variants(name)[pick]
    if fold(variant) == fold(name):  # a transliteration that folds back to the same letters
        found = THINGS.match(variant)
        assert found.key == exact.key and found.sure


WORDS = st.text(st.characters(whitelist_categories=("Ll", "Lu")), min_size=1, max_size=16) | st.text(
    "abcdefghijklmnopqrstuvwxyzëçšđčćžабвгдежзијклмнопрстуфхцчш -", min_size=1, max_size=24)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(word=WORDS)
def test_an_unrelated_word_never_matches_with_high_confidence(word):
    known = {fold(name) for name in EVENT_NAMES} | {fold(w) for w in ("Prokuror", "Тужилац", "Tužilac")}
    match = THINGS.match(word)
    if fold(word) not in known:
        assert not match.sure
        assert match.sureness in (Sureness.SIMILAR, Sureness.NONE)


@settings(max_examples=200)
@given(word=WORDS)
def test_a_word_matches_what_its_folded_form_matches(word):
    sure = THINGS.sure_match(word)
    if sure.sureness in SURE:
        assert THINGS.match(fold(word)).key == sure.key


def test_column_names_under_a_title_are_found_without_similarity():
    assert match_header("Funksioni", similar=False).key == "role"
    assert match_header("Functon", similar=False).key is None
