"""What reaches the desk: a keyboard-wedge scan or a typed search, and badges seen by a camera.

A USB scanner "types" the payload and Enter within a few tens of milliseconds; people
type a character every hundred milliseconds or more. The one field of the desk takes
both, so the speed of the typing, as well as the text, tells a scan from a search.
A scanner also types into whatever else has the focus (another page's table or field):
`ScannerBurst` tells its burst apart there, key by key, so that it reaches the desk.
"""
from __future__ import annotations

from models.badges.payload import NUMBER_DIGITS, normalise

SCANNER_SECONDS_PER_CHARACTER = 0.03  # slower than any scanner, far faster than any typist
SCANNER_MINIMUM_CHARACTERS = 8  # fewer could be a fast typist's short word
SCANNER_KEY_GAP_SECONDS = 0.05  # the longest pause inside one scan; people leave more between two keys


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


def is_code_character(character: str) -> bool:
    """A key a scanner types for a badge: a digit of any script, or the digit row on an AZERTY layout."""
    return len(character) == 1 and normalise(character) != ""


class ScannerBurst:
    """The keys held back while they may be a scanner's: code characters, each soon after the one before.

    Fed key by key with the time it came. A key held too long ago (a pause no scanner
    makes) means the held keys were typed by someone and go on to where they were typed;
    so does any other key. Enter after enough held characters, none slower than a
    scanner, is a scan. `key` is whatever the caller needs to send a held key on.
    """

    def __init__(self, gap_seconds: float = SCANNER_KEY_GAP_SECONDS):
        self.gap_seconds = gap_seconds
        self.held: list[tuple[str, object]] = []
        self.last_at = 0.0

    def continues(self, at: float) -> bool:
        """Whether a key at `at` belongs to the held burst (else the burst is over: let it go first)."""
        return bool(self.held) and at - self.last_at <= self.gap_seconds

    def hold(self, character: str, at: float, key: object = None) -> None:
        self.held.append((character, key))
        self.last_at = at

    def ends_in_scan(self, at: float) -> bool:
        """Whether Enter at `at` ends a scan."""
        return self.continues(at) and len(self.held) >= SCANNER_MINIMUM_CHARACTERS

    def text(self) -> str:
        return "".join(character for character, _key in self.held)

    def release(self) -> list[object]:
        """The held keys, oldest first, and the burst is empty again."""
        keys = [key for _character, key in self.held]
        self.held = []
        return keys
