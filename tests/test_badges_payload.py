"""Badge payloads: digits only, signed per event, read back through any scanner and keyboard."""
from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from models.badges.payload import (
    PAYLOAD_DIGITS,
    Payload,
    compute_tag,
    encode,
    is_authentic,
    normalise,
    parse,
    signed_digits,
)
from models.badges.qr import QUIET_ZONE_MODULES, qr_symbol
from models.badges.reading import BadgeStatus, payload_for, read_badge
from models.badges.reprint import reprint_badge
from models.ground.audit import ORGANISER, Actor
from models.ground.clock import UTC, FakeClock
from models.ground.entities import Event
from models.participants.entities import Participant

SECRET = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"
OTHER_SECRET = "ff" * 32


def djordje() -> Participant:
    return Participant.get(Participant.number == 118)


# --- the payload itself ------------------------------------------------------

def test_a_payload_is_24_digits_with_event_number_version_and_a_tag_of_at_least_40_bits():
    payload = encode(2011, SECRET, 118, 3)
    assert len(payload) == PAYLOAD_DIGITS == 24 and payload.isdigit()
    assert payload.startswith("2011" "00118" "03")
    assert 10 ** (24 - 11) >= 2**40  # the 13 tag digits carry more than 40 bits
    assert parse(payload) == Payload(2011, 118, 3, payload[11:])


@given(code=st.integers(1000, 9999), number=st.integers(1, 99999), version=st.integers(1, 99))
def test_every_payload_parses_back_to_its_fields_and_verifies_under_its_secret_only(code, number, version):
    payload = parse(encode(code, SECRET, number, version))
    assert (payload.event_code, payload.number, payload.version) == (code, number, version)
    assert is_authentic(payload, SECRET)
    assert not is_authentic(payload, OTHER_SECRET)


@pytest.mark.parametrize("code, number, version", [(999, 1, 1), (10000, 1, 1), (2011, 0, 1), (2011, 100000, 1),
                                                   (2011, 1, 0), (2011, 1, 100)])
def test_out_of_range_fields_are_refused_when_encoding(code, number, version):
    with pytest.raises(ValueError):
        encode(code, SECRET, number, version)


def test_the_payload_fits_a_version_1_numeric_qr_code_at_error_correction_q():
    symbol = qr_symbol(encode(2011, SECRET, 99999, 99))
    assert symbol.size == 21  # version 1
    assert QUIET_ZONE_MODULES == 4


# --- what scanners and keyboards send ------------------------------------------

PAYLOAD = encode(2011, SECRET, 118, 1)
AZERTY = PAYLOAD.translate(str.maketrans("1234567890", "&é\"'(-è_çà"))


@pytest.mark.parametrize("sent", [
    PAYLOAD, f"  {PAYLOAD}\n", f"{PAYLOAD}\r\n", f"{PAYLOAD}\t", f"]Q1{PAYLOAD}", f"\x02{PAYLOAD}\x03",
    f"[{PAYLOAD}]", f"*{PAYLOAD}#", AZERTY, PAYLOAD.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
])
def test_scanner_noise_around_the_digits_is_dropped(sent):
    assert normalise(sent) == PAYLOAD


@pytest.mark.parametrize("sent", ["", "   ", "hello", "Ђорђе", "2011-00118-01", "https://example.org/123",
                                  PAYLOAD[:-1], PAYLOAD + "0", "y" + PAYLOAD])
def test_text_that_is_not_exactly_a_payload_is_not_a_belvedere_code(sent):
    assert parse(sent) is None


# --- reading a badge at the desk ------------------------------------------------

def test_the_current_badge_reads_valid_with_its_participant_and_version(demo_event):
    reading = read_badge(payload_for(djordje(), demo_event) + "\n", demo_event)
    assert reading.status is BadgeStatus.VALID and reading.is_valid
    assert reading.participant.number == 118 and reading.version == 1


def test_every_single_changed_digit_is_refused(demo_event):
    # GIVEN a valid badge
    payload = payload_for(djordje(), demo_event)
    # WHEN any one digit is changed to any other digit
    for position in range(len(payload)):
        for digit in "0123456789":
            if digit == payload[position]:
                continue
            changed = payload[:position] + digit + payload[position + 1:]
            # THEN the badge is refused
            assert not read_badge(changed, demo_event).is_valid, (position, digit)


def test_a_badge_of_another_event_is_refused_as_such(demo_event):
    other = encode(4321, SECRET, 118, 1)
    reading = read_badge(other, demo_event)
    assert reading.status is BadgeStatus.OTHER_EVENT and reading.event_code == 4321


def test_a_badge_signed_with_another_secret_is_refused_as_forged(demo_event):
    forged = encode(demo_event.code, OTHER_SECRET, 118, 1)
    assert read_badge(forged, demo_event).status is BadgeStatus.FORGED


def test_a_genuine_badge_of_a_number_nobody_has_is_unknown(demo_event):
    reading = read_badge(encode(demo_event.code, demo_event.secret, 999, 1), demo_event)
    assert reading.status is BadgeStatus.UNKNOWN_PARTICIPANT and reading.participant is None


def test_a_replaced_badge_is_refused_as_replaced_and_says_when(demo_event):
    # GIVEN Đorđe's first badge, then a reprint at 08:52 venue time (06:52 UTC)
    old = payload_for(djordje(), demo_event)
    reprinted_at = datetime(2011, 6, 9, 6, 52, tzinfo=UTC)
    reprint_badge(djordje(), actor=Actor(ORGANISER, "mira"), clock=FakeClock(reprinted_at))
    # WHEN the old badge is scanned
    reading = read_badge(old, demo_event)
    # THEN it is refused as replaced, naming the person, the old version and when it was replaced
    assert reading.status is BadgeStatus.REPLACED
    assert reading.participant.number == 118 and reading.version == 1
    assert reading.replaced_at == reprinted_at
    # AND the new badge is valid
    assert read_badge(payload_for(djordje(), demo_event), demo_event).status is BadgeStatus.VALID


def test_the_payload_is_signed_over_exactly_its_first_eleven_digits():
    digits = signed_digits(2011, 118, 1)
    assert encode(2011, SECRET, 118, 1) == digits + compute_tag(SECRET, digits)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=60) | st.from_regex(r"\A\s*[0-9]{20,28}\s*\Z"))
@example(text="2011" + "0" * 20)
@example(text="\u0663" * 24)
def test_no_random_string_crashes_the_reader_or_verifies(demo_event, text):
    reading = read_badge(text, demo_event)
    assert reading.status is not BadgeStatus.VALID
    assert isinstance(reading.status, BadgeStatus)


@settings(max_examples=200)
@given(text=st.text())
def test_normalise_gives_digits_or_nothing(text):
    result = normalise(text)
    assert result == "" or (result.isascii() and result.isdigit())


def test_event_code_and_secret_come_from_the_event(demo_event):
    event = Event.get_by_id(demo_event.id)
    assert event.code == 2011 and len(bytes.fromhex(event.secret)) == 32
