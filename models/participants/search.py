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
from dataclasses import dataclass

from models.event.entities import Event
from models.participants.entities import Participant
from models.participants.folding import fold
from models.participants.queries import participants_in_order

# What a typed word matched, best first: a whole word before the start of one, and
# within each, family name before given name before number before organisation.
FAMILY, GIVEN, NUMBER, ORGANISATION = range(4)
PREFIX_PENALTY = ORGANISATION + 1
SUBSTRING_SCORE = ORGANISATION + PREFIX_PENALTY + 1  # below every match at a word start
SUBSTRING_MINIMUM = 3  # shorter pieces inside words match almost everyone

NUMBER_TYPED, FAMILY_TYPED, FULL_NAME_TYPED, WORDS_MATCHED = range(4)

DEFAULT_LIMIT = 50


@dataclass(frozen=True)
class Entry:
    participant: Participant
    number: str
    given: str
    family: str
    text: str  # every folded field, for matching inside words


class SearchIndex:
    """The folded participants of one event, ready for a query per keystroke."""

    def __init__(self, participants: list[Participant]):
        folded: dict[str, str] = {}  # organisations and first names repeat; fold each once

        def cached_fold(text: str) -> str:
            if text not in folded:
                folded[text] = fold(text)
            return folded[text]

        alphabetical = sorted(
            participants, key=lambda p: (cached_fold(p.family_name), cached_fold(p.given_name), p.number)
        )
        self.entries: list[Entry] = []
        words: list[tuple[str, int, int]] = []
        for position, participant in enumerate(alphabetical):
            given, family = cached_fold(participant.given_name), cached_fold(participant.family_name)
            organisation = cached_fold(participant.organisation)
            number = str(participant.number)
            self.entries.append(Entry(participant, number, given, family,
                                      f"{number} {given} {family} {organisation}"))
            for kind, field in ((FAMILY, family), (GIVEN, given), (NUMBER, number), (ORGANISATION, organisation)):
                words.extend((word, position, kind) for word in field.split())
        words.sort()
        self.words = [word for word, _, _ in words]
        self.owners = [(position, kind) for _, position, kind in words]

    @classmethod
    def for_event(cls, event: Event) -> SearchIndex:
        return cls(participants_in_order(event))

    def __len__(self) -> int:
        return len(self.entries)

    def search(self, query: str, limit: int = DEFAULT_LIMIT) -> list[Participant]:
        """The participants matching every word of the query, best first."""
        folded_query = fold(query)
        tokens = folded_query.split()
        if not tokens:
            return []
        scores: dict[int, int] | None = None
        for token in sorted(set(tokens), key=len, reverse=True):  # the longest word narrows most
            matched = self._token_scores(token, scores)
            if scores is None:
                scores = matched
            else:
                scores = {position: scores[position] + score for position, score in matched.items()}
            if not scores:
                return []
        ranked = sorted((self._rank(position, folded_query), score, position) for position, score in scores.items())
        return [self.entries[position].participant for _, _, position in ranked[:limit]]

    def _token_scores(self, token: str, within: dict[int, int] | None) -> dict[int, int]:
        """Entry position -> how well the token matched it (lower is better)."""
        scores: dict[int, int] = {}
        start = bisect_left(self.words, token)
        for index in range(start, len(self.words)):
            word = self.words[index]
            if not word.startswith(token):
                break
            position, kind = self.owners[index]
            if within is not None and position not in within:
                continue
            score = kind + (0 if word == token else PREFIX_PENALTY)
            if score < scores.get(position, SUBSTRING_SCORE + 1):
                scores[position] = score
        if len(token) >= SUBSTRING_MINIMUM:
            candidates = range(len(self.entries)) if within is None else within
            for position in candidates:
                if position not in scores and token in self.entries[position].text:
                    scores[position] = SUBSTRING_SCORE
        return scores

    def _rank(self, position: int, folded_query: str) -> int:
        entry = self.entries[position]
        if folded_query == entry.number:
            return NUMBER_TYPED
        if folded_query == entry.family:
            return FAMILY_TYPED
        if folded_query in (f"{entry.given} {entry.family}", f"{entry.family} {entry.given}"):
            return FULL_NAME_TYPED
        return WORDS_MATCHED


def search_participants(event: Event, query: str, limit: int = DEFAULT_LIMIT) -> list[Participant]:
    """One search without keeping an index (the command line); the desk keeps a SearchIndex."""
    return SearchIndex.for_event(event).search(query, limit)
