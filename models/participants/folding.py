"""Folding names for search and matching: case-, accent- and script-insensitive.

`Ђорђе Петровић`, `Đorđe Petrović`, `Djordje Petrovic` and `DORDE PETROVIC` all fold
to `dorde petrovic`: Cyrillic is transliterated the Serbian/Macedonian way, accents
are dropped, and the digraphs people type for one letter (dj for đ) are folded too.
"""
from __future__ import annotations

import re
import unicodedata

CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "dj", "ѓ": "gj", "е": "e", "ё": "e", "є": "e",
    "ж": "z", "з": "z", "ѕ": "dz", "и": "i", "і": "i", "ї": "i", "й": "j", "ј": "j", "к": "k", "л": "l",
    "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "c",
    "ќ": "kj", "у": "u", "ў": "u", "ф": "f", "х": "h", "ц": "c", "ч": "c", "џ": "dz", "ш": "s", "щ": "sc",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja",
}
# Letters that do not decompose into a base letter plus an accent.
SPECIAL_LATIN = {"đ": "dj", "ı": "i", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"}
# Spellings typed for one letter, folded to one form on both sides of a comparison.
DIGRAPHS = (("dj", "d"), ("dzh", "dz"), ("gj", "g"), ("kj", "k"), ("zh", "z"), ("sh", "s"), ("ch", "c"))

LETTERS = str.maketrans({**CYRILLIC_TO_LATIN, **SPECIAL_LATIN})
# The combining-mark blocks NFKD splits accents into; İ's dot (U+0307) is among them.
COMBINING_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
SEPARATORS = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case ASCII words separated by single spaces.

    Called for every name when the search index is built, so the common path is a
    few C-level string operations; only text still outside ASCII is normalised.
    """
    mapped = text.lower().translate(LETTERS)  # İ lowers to i + combining dot, dropped with the accents
    if not mapped.isascii():
        mapped = COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", mapped))
        if not mapped.isascii():  # rarer marks outside the usual blocks
            mapped = "".join(ch for ch in mapped if not unicodedata.combining(ch))
    folded = " ".join(SEPARATORS.sub(" ", mapped).split())
    for typed, letter in DIGRAPHS:
        folded = folded.replace(typed, letter)
    return folded
