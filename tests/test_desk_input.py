"""Telling a scanner from a typist, and a badge held before the camera from one shown again."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.badges.payload import PAYLOAD_DIGITS
from models.checkin.desk_input import (
    SCANNER_KEY_GAP_SECONDS,
    ScannerBurst,
    SightingFilter,
    is_code_character,
    is_scan,
)

payloads = st.text(alphabet="0123456789", min_size=PAYLOAD_DIGITS, max_size=PAYLOAD_DIGITS)
names = st.text(alphabet="abcdefghijklmnopqrstuvwxyzëçšđčćžığşабвгдђежзијклљмнњ -", min_size=1, max_size=40)


@given(payloads, st.floats(min_value=0, max_value=60))
def test_a_payload_is_a_scan_however_slowly_it_was_typed(payload, seconds):
    assert is_scan(payload, seconds)


@given(payloads)
def test_a_payload_typed_on_an_azerty_layout_is_a_scan(payload):
    azerty = payload.translate(str.maketrans("1234567890", "&é\"'(-è_çà"))
    assert is_scan(azerty, 0.02)


@given(names, st.floats(min_value=0.1, max_value=2.0))
def test_a_name_typed_at_a_persons_pace_is_a_search(name, seconds_per_character):
    assert not is_scan(name, len(name.strip()) * seconds_per_character)


@given(st.text(alphabet="0123456789", min_size=1, max_size=5), st.floats(min_value=0, max_value=60))
def test_a_participant_number_is_a_search_even_typed_fast(number, seconds):
    assert not is_scan(number, seconds)


def test_a_foreign_code_arriving_at_scanner_speed_is_a_scan():
    assert is_scan("https://example.org/ticket/42", 0.05)
    assert not is_scan("https://example.org/ticket/42", 4.0)


@given(st.lists(st.floats(min_value=0.01, max_value=2.9), min_size=1, max_size=200))
def test_a_badge_held_up_with_frames_never_3_seconds_apart_is_let_through_once(gaps):
    sightings = SightingFilter(gone_seconds=3.0)
    now = 100.0
    answers = [sightings.is_new("badge", now)]
    for gap in gaps:
        now += gap
        answers.append(sightings.is_new("badge", now))
    assert answers == [True] + [False] * len(gaps)


def test_a_badge_shown_again_after_a_pause_and_another_badge_are_new():
    sightings = SightingFilter(gone_seconds=3.0)
    assert sightings.is_new("a", 0.0) and not sightings.is_new("a", 1.0)
    assert sightings.is_new("b", 1.5)
    assert sightings.is_new("a", 4.5)


def fed(burst: ScannerBurst, text: str, gaps: list[float]) -> tuple[list[object], float]:
    """Feed `text` key by key with those gaps, as the window's filter does; (keys let go meanwhile, time of Enter)."""
    let_go, now = [], 0.0
    for character, gap in zip(text, gaps):
        now += gap
        if not burst.continues(now):
            let_go.extend(burst.release())
        burst.hold(character, now, character)
    return let_go, now + gaps[-1]


scanner_gaps = st.floats(min_value=0, max_value=SCANNER_KEY_GAP_SECONDS * 0.9)
typing_gaps = st.floats(min_value=SCANNER_KEY_GAP_SECONDS * 1.1, max_value=2.0)


@given(payloads, st.lists(scanner_gaps, min_size=PAYLOAD_DIGITS, max_size=PAYLOAD_DIGITS))
def test_a_scanners_burst_of_digits_and_enter_is_a_scan_with_nothing_let_go(payload, gaps):
    burst = ScannerBurst()
    let_go, enter = fed(burst, payload, gaps)
    assert let_go == [] and burst.ends_in_scan(enter) and burst.text() == payload


@given(st.text(alphabet="0123456789", min_size=1, max_size=30), st.lists(typing_gaps, min_size=30, max_size=30))
def test_digits_typed_at_a_persons_pace_are_never_a_scan_and_all_go_on_in_order(digits, gaps):
    burst = ScannerBurst()
    let_go, enter = fed(burst, digits, gaps)
    assert not burst.ends_in_scan(enter)
    assert "".join(let_go + burst.release()) == digits


def test_a_short_quick_number_is_not_a_scan():
    burst = ScannerBurst()
    _let_go, enter = fed(burst, "4711", [0.01] * 4)
    assert not burst.ends_in_scan(enter)


def test_code_characters_are_digits_of_any_script_and_the_azerty_digit_row():
    assert all(is_code_character(character) for character in "0123456789٣５&é\"'(-è_çà")
    assert not any(is_code_character(character) for character in "aZëŠж .\t") and not is_code_character("12")
