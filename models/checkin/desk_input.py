"""What reaches the desk: a keyboard-wedge scan or a typed search, and badges seen by a camera.

A USB scanner "types" the payload and Enter within a few tens of milliseconds; people
type a character every hundred milliseconds or more. The one field of the desk takes
both, so the speed of the typing, as well as the text, tells a scan from a search.
"""
from __future__ import annotations

from models.badges.payload import NUMBER_DIGITS, normalise

SCANNER_SECONDS_PER_CHARACTER = 0.03  # slower than any scanner, far faster than any typist
SCANNER_MINIMUM_CHARACTERS = 8  # fewer could be a fast typist's short word


def is_scan(text: str, typing_seconds: float) -> bool:
    """Whether the field's text, typed over `typing_seconds`, is a scan rather than a search.

    More digits than a participant number has are always a badge; anything else typed
    at scanner speed is a scanned code too (perhaps a foreign QR code: the answer then
    says it is not a badge of this event, instead of searching for it).
    """
    text = text.strip()
    if len(normalise(text)) > NUMBER_DIGITS:
        return True
    return (len(text) >= SCANNER_MINIMUM_CHARACTERS
            and typing_seconds <= len(text) * SCANNER_SECONDS_PER_CHARACTER)


class SightingFilter:
    """Lets a badge through once while it stays in front of the camera.

    A code counts as new when it has not been seen for `gone_seconds`; every frame it is
    seen in keeps it fresh, so a badge held up for a minute checks in once, and shown
    again after a pause is answered again ("already checked in").
    """

    def __init__(self, gone_seconds: float = 3.0):
        self.gone_seconds = gone_seconds
        self.last_seen: dict[str, float] = {}

    def is_new(self, code: str, now: float) -> bool:
        previous = self.last_seen.get(code)
        self.last_seen[code] = now
        return previous is None or now - previous > self.gone_seconds
