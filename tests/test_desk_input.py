"""Telling a scanner from a typist, and a badge held before the camera from one shown again."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.badges.payload import PAYLOAD_DIGITS
from models.checkin.desk_input import SightingFilter, is_scan

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
