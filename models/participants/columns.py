"""What each column of a sheet holds, from its name: matched like any other word of the sheet.

A column name is matched to a field exactly, after folding, by the organiser's earlier
choice in this event, by the known names in the region's languages, by a known name with
more words around it ("FIRST NAME (as in passport)"), or as similar ("Functon") — a
suggestion the organiser confirms.
"""
from __future__ import annotations

from dataclasses import dataclass

from models.participants.folding import fold
from models.participants.matching import NO_MATCH, Match, Matcher, Sureness, Target
from models.participants.vocabulary import AMBIGUOUS_NAME_HEADERS, HEADER_NAMES

# The fields a column can fill, in the order the mapping step lists them.
FIELDS = ("number", "given_name", "family_name", "full_name", "organisation", "delegation", "role", "email",
          "phone", "funded", "language", "days", "notes")
FIELD_LABELS = {
    "number": "Number", "given_name": "Given name", "family_name": "Family name", "full_name": "Full name",
    "organisation": "Organisation", "delegation": "Delegation", "role": "Role", "email": "E-mail",
    "phone": "Phone", "funded": "Funded", "language": "Language", "days": "Days", "notes": "Notes",
}
NAME = "name"  # "Name" alone: the given name beside a surname column, else the whole name
NAME_FIELDS = {"given_name", "family_name", "full_name"}
SHORTEST_CONTAINED = 4  # shorter names must be the whole header ("Ad", "Tel") to count


@dataclass(frozen=True)
class ColumnGuess:
    header: str
    field: str | None  # None: not imported
    sureness: Sureness


def header_matcher(remembered: dict[str, str | None] | None = None) -> Matcher:
    targets = [Target(key, (FIELD_LABELS[key], key), tuple(HEADER_NAMES[key])) for key in FIELDS]
    targets.append(Target(NAME, (AMBIGUOUS_NAME_HEADERS[0],), tuple(AMBIGUOUS_NAME_HEADERS[1:])))
    return Matcher(targets, remembered)


KNOWN_HEADERS = header_matcher()


def match_header(header: str, matcher: Matcher = KNOWN_HEADERS, similar: bool = True) -> Match:
    """The field a column name means (or NAME), and how sure that is."""
    found = matcher.sure_match(header)
    if found.sureness is not Sureness.NONE:
        return found
    folded = fold(header)
    contained = _longest_contained(folded, matcher)
    if contained:
        return Match(contained, Sureness.CONTAINED)
    return matcher.similar(folded) if similar else NO_MATCH


def _longest_contained(folded: str, matcher: Matcher) -> str | None:
    padded = f" {folded} "
    best, best_length = None, 0
    for word, key in matcher.words():
        if key != NAME and len(word) >= SHORTEST_CONTAINED and len(word) > best_length and f" {word} " in padded:
            best, best_length = key, len(word)
    return best


def guess_columns(headers: list[str], remembered: dict[str, str | None] | None = None) -> list[ColumnGuess]:
    """One guess per column; each field is taken by its first column only."""
    matcher = header_matcher(remembered) if remembered else KNOWN_HEADERS
    matches = [match_header(header, matcher) for header in headers]
    has_family = any(match.key == "family_name" for match in matches)
    guesses: list[ColumnGuess] = []
    taken: set[str] = set()
    for header, match in zip(headers, matches):
        key = ("given_name" if has_family else "full_name") if match.key == NAME else match.key
        if key in taken:
            key, match = None, NO_MATCH
        elif key:
            taken.add(key)
        guesses.append(ColumnGuess(header, key, match.sureness))
    return guesses


def recognised_headers(cells: list[str]) -> int:
    """How many cells are surely column names: finds the header row under a title."""
    return sum(1 for cell in cells if match_header(cell, similar=False).key)
