"""Badge payloads: digits only, signed, readable through any keyboard layout.

A payload is 24 digits: event code (4), participant number (5), badge version (2)
and a tag (13 digits, about 43 bits) cut from HMAC-SHA256 of the first 11 digits
under the event's secret. Digits keep the QR code in numeric mode (version 1, error
correction Q) and survive USB scanners that type key positions: on a Cyrillic or
QWERTZ layout the digit row still gives digits; on AZERTY it gives the unshifted
symbols, which are mapped back here.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from dataclasses import dataclass

from models.participants.entities import LAST_PARTICIPANT_NUMBER

EVENT_CODE_DIGITS = 4
NUMBER_DIGITS = 5
VERSION_DIGITS = 2
TAG_DIGITS = 13
PAYLOAD_DIGITS = EVENT_CODE_DIGITS + NUMBER_DIGITS + VERSION_DIGITS + TAG_DIGITS
TAG_MODULUS = 10**TAG_DIGITS

# The digit row typed unshifted on a French or Belgian AZERTY layout.
AZERTY_DIGIT_ROW = str.maketrans({"&": "1", "é": "2", '"': "3", "'": "4", "(": "5", "-": "6", "§": "6",
                                  "è": "7", "_": "8", "!": "8", "ç": "9", "à": "0"})
# A symbology identifier some scanners send first, e.g. "]Q1" for QR codes.
AIM_PREFIX = re.compile(r"^\][A-Za-z][0-9]")


@dataclass(frozen=True)
class Payload:
    event_code: int
    number: int
    version: int
    tag: str

    @property
    def signed_digits(self) -> str:
        return signed_digits(self.event_code, self.number, self.version)


def signed_digits(event_code: int, number: int, version: int) -> str:
    return f"{event_code:0{EVENT_CODE_DIGITS}d}{number:0{NUMBER_DIGITS}d}{version:0{VERSION_DIGITS}d}"


def compute_tag(secret: str, digits: str) -> str:
    mac = hmac.new(bytes.fromhex(secret), digits.encode("ascii"), hashlib.sha256).digest()
    return f"{int.from_bytes(mac[:8], 'big') % TAG_MODULUS:0{TAG_DIGITS}d}"


def encode(event_code: int, secret: str, number: int, version: int) -> str:
    if not (1000 <= event_code <= 9999 and 1 <= number <= LAST_PARTICIPANT_NUMBER and 1 <= version <= 99):
        raise ValueError("event code, participant number or badge version out of range")
    digits = signed_digits(event_code, number, version)
    return digits + compute_tag(secret, digits)


def normalise(text: str) -> str:
    """What the scanner or keyboard sent, reduced to the digits it meant (or '' if it is no payload).

    Surrounding whitespace, a trailing Enter or Tab, control characters, a symbology
    prefix and punctuation around the code are dropped; AZERTY's digit row and any
    Unicode digits (full-width, Arabic-Indic) become ASCII digits.
    """
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C").strip()
    text = AIM_PREFIX.sub("", text)
    text = text.translate(AZERTY_DIGIT_ROW)
    text = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in text)
    core = re.sub(r"^[^0-9A-Za-z\u00C0-\uFFFF]+|[^0-9A-Za-z\u00C0-\uFFFF]+$", "", text)
    core = core.replace(" ", "")
    return core if core.isascii() and core.isdigit() else ""


def parse(text: str) -> Payload | None:
    """The payload's fields, or None when the text is not a Belvedere code at all."""
    digits = normalise(text)
    if len(digits) != PAYLOAD_DIGITS:
        return None
    event_code = int(digits[:4])
    number = int(digits[4:9])
    version = int(digits[9:11])
    if event_code < 1000 or number < 1 or version < 1:
        return None
    return Payload(event_code=event_code, number=number, version=version, tag=digits[11:])


def is_authentic(payload: Payload, secret: str) -> bool:
    return hmac.compare_digest(compute_tag(secret, payload.signed_digits), payload.tag)
