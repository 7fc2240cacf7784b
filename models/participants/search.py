"""Finding a participant by what the desk types: any part of a name, the organisation or the number.

Matching is case-, accent- and script-insensitive (every text goes through `fold`), so
`kerluku`, `KËRLUKU`, `djordje`, `Đorđe` and `Ђорђе` find the same people. Each word
typed must match: the start of a word of the name, organisation or number, or (from
three letters on) any part of them. Results come best first:

1. the participant number typed exactly,
2. the family name typed exactly,
3. the whole name typed exactly (given and family, in either order),
4. then by how well each typed word matched (a whole word before the start of a word
   before any part; family name before given name before number before organisation),

and, within a rank, in alphabetical order of family and given name.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from typing import NamedTuple

from models.ground.db import database
from models.ground.entities import Event
from models.participants.entities import Participant
from models.participants.folding import fold
from models.participants.queries import participants_by_id

# What a typed word matched, best first: a whole word before the start of one, and
# within each, family name before given name before number before organisation.
FAMILY, GIVEN, NUMBER, ORGANISATION = KINDS = range(4)
PREFIX_PENALTY = ORGANISATION + 1
SUBSTRING_SCORE = ORGANISATION + PREFIX_PENALTY + 1  # below every match at a word start
SUBSTRING_MINIMUM = 3  # shorter pieces inside words match almost everyone

NUMBER_TYPED, FAMILY_TYPED, FULL_NAME_TYPED, WORDS_MATCHED = range(4)

DEFAULT_LIMIT = 50


class Hit(NamedTuple):
    """A participant as a result list shows them, without loading the whole record."""

    participant_id: int
    number: int
    name: str  # as written
    organisation: str
    delegation_id: int | None


class Entry(NamedTuple):
    hit: Hit
    number: str
    given: str
    family: str
    text: str  # every folded field, for matching inside words
    fields: tuple[tuple[int, tuple[str, ...]], ...]  # (kind, its words)


class SearchIndex:
    """The folded participants of one event, ready for a query per keystroke.

    Each field's words are kept sorted (family names, given names, numbers and
    organisations apart), so the people whose words start with what was typed are
    found by bisection, best kind of match first; the first keystrokes, which match
    thousands, stop as soon as the list is full.
    """

    def __init__(self, hits: list[tuple[Hit, str, str]]):
        """From (hit, given name, family name) as written."""
        folded: dict[str, str] = {}  # organisations and first names repeat; fold each once

        def cached_fold(text: str) -> str:
            if text not in folded:
                folded[text] = fold(text)
            return folded[text]

        alphabetical = sorted(
            ((hit, cached_fold(given), cached_fold(family), cached_fold(hit.organisation))
             for hit, given, family in hits),
            key=lambda row: (row[2], row[1], row[0].number),
        )
        names = Counter((given, family) for _hit, given, family, _organisation in alphabetical)
        self.namesake_ids = frozenset(hit.participant_id for hit, given, family, _organisation in alphabetical
                                      if names[(given, family)] > 1)
        self.entries: list[Entry] = []
        owners: list[dict[str, list[int]]] = [{} for _ in KINDS]
        for position, (hit, given, family, organisation) in enumerate(alphabetical):
            number = str(hit.number)
            fields = tuple((kind, tuple(field.split())) for kind, field in
                           zip(KINDS, (family, given, number, organisation)))
            self.entries.append(Entry(hit, number, given, family, f"{number} {given} {family} {organisation}",
                                      fields))
            for kind, words in fields:
                for word in set(words):
                    owners[kind].setdefault(word, []).append(position)
        self.words = [sorted(by_word) for by_word in owners]
        self.positions = [[by_word[word] for word in words] for by_word, words in zip(owners, self.words)]

    @classmethod
    def for_event(cls, event: Event) -> SearchIndex:
        return cls(index_rows(event))

    @classmethod
    def of_people(cls, people) -> SearchIndex:
        """From rows already loaded (id, number, given_name, family_name, organisation, delegation_id)."""
        return cls([(Hit(p.id, p.number, f"{p.given_name} {p.family_name}".strip(), p.organisation,
                         p.delegation_id), p.given_name, p.family_name) for p in people])

    def shares_name(self, participant_id: int) -> bool:
        """Whether someone else of the event has the same folded name: then the organisation and number
        tell them apart."""
        return participant_id in self.namesake_ids

    def matching_ids(self, query: str) -> set[int]:
        """Everyone the query finds, unranked: for lists that keep their own order."""
        return {hit.participant_id for hit in self.hits(query, limit=len(self.entries))}

    def search(self, query: str, limit: int = DEFAULT_LIMIT) -> list[Participant]:
        """The participants matching every word of the query, best first, with delegation and role."""
        return participants_by_id([hit.participant_id for hit in self.hits(query, limit)])

    def hits(self, query: str, limit: int = DEFAULT_LIMIT) -> list[Hit]:
        """Those matching every word of the query, best first: fast enough for every keystroke."""
        folded_query = fold(query)
        tokens = sorted(set(folded_query.split()), key=len, reverse=True)  # the longest word narrows most
        if not tokens:
            return []
        if len(tokens) == 1:
            positions = self._one_word(tokens[0], limit)
        else:
            positions = self._several_words(tokens, folded_query, limit)
        return [self.entries[position].hit for position in positions]

    # --- one word: the match levels in order, stopping when the list is full ------------

    def _one_word(self, token: str, limit: int) -> list[int]:
        found: list[int] = []
        seen: set[int] = set()

        def take(level) -> bool:
            new = sorted(set(level) - seen)
            found.extend(new)
            seen.update(new)
            return len(found) >= limit

        exact_family = self._matching(FAMILY, token, exact=True)
        levels = [
            lambda: self._matching(NUMBER, token, exact=True),
            lambda: [position for position in exact_family if self.entries[position].family == token],
            lambda: exact_family,
            *[lambda kind=kind: self._matching(kind, token, exact=True) for kind in (GIVEN, ORGANISATION)],
            *[lambda kind=kind: self._matching(kind, token, exact=False) for kind in KINDS],
        ]
        if len(token) >= SUBSTRING_MINIMUM:
            levels.append(lambda: [position for position, entry in enumerate(self.entries)
                                   if position not in seen and token in entry.text])
        for level in levels:
            if take(level()):
                break
        return found[:limit]

    def _matching(self, kind: int, token: str, exact: bool) -> list[int]:
        """Positions of the entries with a word of the kind equal to the token (exact) or starting with it."""
        words, positions = self.words[kind], self.positions[kind]
        index = bisect_left(words, token)
        if exact:
            return positions[index] if index < len(words) and words[index] == token else []
        if index < len(words) and words[index] == token:
            index += 1
        end = bisect_left(words, token + "\x7f", index)  # folded words are ASCII: past every continuation
        return [position for found in positions[index:end] for position in found]

    # --- several words: every one must match; ranked by the sum of how well ---------------

    def _several_words(self, tokens: list[str], folded_query: str, limit: int) -> list[int]:
        first, rest = tokens[0], tokens[1:]
        scores: dict[int, int] = {}
        for exact in (True, False):
            for kind in KINDS:
                score = kind + (0 if exact else PREFIX_PENALTY)
                for position in self._matching(kind, first, exact):
                    scores.setdefault(position, score)
        if len(first) >= SUBSTRING_MINIMUM:
            for position, entry in enumerate(self.entries):
                if position not in scores and first in entry.text:
                    scores[position] = SUBSTRING_SCORE
        for token in rest:
            scores = {position: score + extra for position, score in scores.items()
                      if (extra := word_score(self.entries[position], token)) is not None}
        ranked = sorted((self._rank(position, folded_query), score, position) for position, score in scores.items())
        return [position for _, _, position in ranked[:limit]]

    def _rank(self, position: int, folded_query: str) -> int:
        entry = self.entries[position]
        if folded_query == entry.number:
            return NUMBER_TYPED
        if folded_query == entry.family:
            return FAMILY_TYPED
        if folded_query in (f"{entry.given} {entry.family}", f"{entry.family} {entry.given}"):
            return FULL_NAME_TYPED
        return WORDS_MATCHED


def word_score(entry: Entry, token: str) -> int | None:
    """How well one typed word matches the entry (lower is better), or None if it does not."""
    best = None
    for kind, words in entry.fields:
        for word in words:
            if word == token:
                return kind if best is None or kind < best else best
            if word.startswith(token) and (best is None or kind + PREFIX_PENALTY < best):
                best = kind + PREFIX_PENALTY
    if best is None and len(token) >= SUBSTRING_MINIMUM and token in entry.text:
        best = SUBSTRING_SCORE
    return best


def search_participants(event: Event, query: str, limit: int = DEFAULT_LIMIT) -> list[Participant]:
    """One search without keeping an index (the command line); the desk keeps a SearchIndex."""
    return SearchIndex.for_event(event).search(query, limit)


def index_rows(event: Event) -> list[tuple[Hit, str, str]]:
    """What the index is built from, read straight from the cursor (the fast part: do it where the
    connection lives, and give the building to a worker thread)."""
    query = (Participant
             .select(Participant.id, Participant.number, Participant.given_name, Participant.family_name,
                     Participant.organisation, Participant.delegation)
             .where(Participant.event == event))
    return [(Hit(id_, number, f"{given} {family}".strip(), organisation, delegation_id), given, family)
            for id_, number, given, family, organisation, delegation_id in database.execute(query).fetchall()]
