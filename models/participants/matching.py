"""Matching a word of a sheet to one of the event's things (a role, a delegation, a column's field).

The tiers, surest first:

1. exact: the thing's own name or key, as written;
2. same after folding: equal once case, accents and script are folded ("Србија" is "srbija");
3. remembered: the organiser mapped this word before, in this event;
4. known synonym: a word of the vocabulary for the same thing ("Shqipëri" for Albania, "HTCU");
5. similar: close in spelling ("Prosecuter", "High tech crime unit") — only ever a suggestion,
   which a person confirms; an unrelated word is never more than that.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import Enum

from models.participants.folding import fold

SIMILAR_AT_LEAST = 0.8  # difflib's ratio: "prosecuter"/"prosecutor" 0.9, "observer"/"officer" 0.4
SIMILAR_SHORTEST = 4  # shorter words are too alike by chance ("isp", "iss")


class Sureness(str, Enum):
    EXACT = "exact"
    FOLDED = "same after folding"
    REMEMBERED = "remembered"
    SYNONYM = "known synonym"
    CONTAINED = "contains a known name"  # a column name with more words around it
    SIMILAR = "similar"
    CHOSEN = "chosen"  # by the organiser, for this import
    NONE = "no match"


SURE = frozenset(set(Sureness) - {Sureness.SIMILAR, Sureness.NONE})


@dataclass(frozen=True)
class Match:
    key: str | None  # the thing's key; None: nothing (no match, or left empty on purpose)
    sureness: Sureness

    @property
    def sure(self) -> bool:
        return self.sureness in SURE


NO_MATCH = Match(None, Sureness.NONE)


@dataclass(frozen=True)
class Target:
    """Something a word can mean: its key, its own names (name, key or code), and its synonyms."""

    key: str
    names: tuple[str, ...]
    synonyms: tuple[str, ...] = ()


def with_vocabulary(key: str, names: Iterable[str], groups: Iterable[Iterable[str]]) -> Target:
    """The target with the words of every group that holds one of its own names."""
    names = tuple(name for name in names if name.strip())
    own = {fold(name) for name in names}
    synonyms = tuple(word for group in groups if own & {fold(word) for word in group} for word in group)
    return Target(key, names, synonyms)


class Matcher:
    """Matches words to targets; `remembered` maps folded words to a key, or None (left empty before)."""

    def __init__(self, targets: Iterable[Target], remembered: dict[str, str | None] | None = None):
        self.exact: dict[str, str] = {}
        self.folded: dict[str, str] = {}
        self.synonyms: dict[str, str] = {}
        for target in targets:  # on a clash the earlier target keeps the word
            for name in target.names:
                self.exact.setdefault(name.strip(), target.key)
                self.folded.setdefault(fold(name), target.key)
            for word in target.synonyms:
                self.synonyms.setdefault(fold(word), target.key)
        self.remembered = dict(remembered or {})
        self.similar_to = [(word, key) for word, key in {**self.synonyms, **self.folded}.items()
                           if len(word) >= SIMILAR_SHORTEST]

    def words(self) -> Iterator[tuple[str, str]]:
        """Every known folded word with its key, own names first."""
        yield from self.folded.items()
        yield from self.synonyms.items()

    def sure_match(self, text: str) -> Match:
        """The match of a sure tier, else no match."""
        text = text.strip()
        if not text:
            return NO_MATCH
        if text in self.exact:
            return Match(self.exact[text], Sureness.EXACT)
        folded = fold(text)
        if folded in self.folded:
            return Match(self.folded[folded], Sureness.FOLDED)
        if folded in self.remembered:
            return Match(self.remembered[folded], Sureness.REMEMBERED)
        if folded in self.synonyms:
            return Match(self.synonyms[folded], Sureness.SYNONYM)
        return NO_MATCH

    def match(self, text: str) -> Match:
        """The surest match: a sure tier, else a similar word (a suggestion), else no match."""
        found = self.sure_match(text)
        return found if found.sureness is not Sureness.NONE else self.similar(fold(text))

    def similar(self, folded: str) -> Match:
        if len(folded) < SIMILAR_SHORTEST:
            return NO_MATCH
        best, best_key = SIMILAR_AT_LEAST, None
        comparer = SequenceMatcher(autojunk=False)
        comparer.set_seq2(folded)
        for word, key in self.similar_to:
            comparer.set_seq1(word)
            if comparer.real_quick_ratio() >= best and comparer.quick_ratio() >= best:
                ratio = comparer.ratio()
                if ratio > best or (ratio == best and best_key is None):
                    best, best_key = ratio, key
        return Match(best_key, Sureness.SIMILAR) if best_key is not None else NO_MATCH
