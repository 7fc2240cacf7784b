"""The role and delegation words of a sheet: each distinct word matched once, shown, and settled.

"High tech crime unit" on forty rows is one word to decide, not forty problems. Each word
gets what it maps to and how sure that is (see `matching`); the organiser's choice for
this import comes first, then the event's own names, its remembered words, the known
synonyms, and a similar name as a suggestion. A word is settled when it maps surely, was
chosen, is to be created, or is a suggestion accepted; an unsettled word stops the import.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from models.ground.entities import Event
from models.participants.delegations import event_delegations
from models.participants.entities import Delegation, Role
from models.participants.mappings import DELEGATION, ROLE, Choice, remembered, word_of
from models.participants.matching import SURE, Match, Matcher, Sureness, with_vocabulary
from models.participants.roles import event_roles
from models.participants.vocabulary import COUNTRY_NAMES, ROLE_WORDS

VALUE_KINDS = (ROLE, DELEGATION)
COUNTRY_GROUPS = [[code, *names] for code, names in COUNTRY_NAMES.items()]


@dataclass
class SheetValue:
    kind: str  # ROLE or DELEGATION
    written: str  # as the sheet first wrote it
    word: str  # folded: how the rows are grouped
    rows: list[int] = field(default_factory=list)
    key: str | None = None  # the role key or delegation code it maps to
    meaning: str = ""  # that role's or delegation's name
    sureness: Sureness = Sureness.NONE
    create: bool = False  # a new role or delegation named `written`
    accepted: bool = False  # a similar match taken as suggested

    @property
    def settled(self) -> bool:
        return self.sureness in SURE or self.create or self.accepted

    @property
    def left_empty(self) -> bool:
        return self.settled and self.key is None and not self.create


class EventWords:
    """The event's roles and delegations, matchable by what sheets write for them."""

    def __init__(self, event: Event):
        self.roles: dict[str, Role] = {role.key: role for role in event_roles(event)}
        self.delegations: dict[str, Delegation] = {d.code: d for d in event_delegations(event)}
        self.matchers = {
            ROLE: Matcher([with_vocabulary(key, (role.name, key), ROLE_WORDS) for key, role in self.roles.items()],
                          remembered(event, ROLE)),
            DELEGATION: Matcher([with_vocabulary(code, (d.name, code), COUNTRY_GROUPS)
                                 for code, d in self.delegations.items()], remembered(event, DELEGATION)),
        }

    def label(self, kind: str, key: str | None) -> str:
        """The name of the role or delegation the key stands for."""
        things = self.roles if kind == ROLE else self.delegations
        return things[key].name if key in things else ""

    def thing(self, kind: str, key: str | None) -> Role | Delegation | None:
        return (self.roles if kind == ROLE else self.delegations).get(key)

    def automatic(self, kind: str, written: str) -> Match:
        return self.matchers[kind].match(written)

    def find_key(self, kind: str, text: str) -> str | None:
        """The key of the role or delegation a person names (its name, key, code or a synonym), surely."""
        return self.matchers[kind].sure_match(text).key


def settle(value: SheetValue, words: EventWords, choice: Choice | None, accept_similar: bool,
           create_unknown: bool) -> None:
    """Decide what the value maps to: the organiser's choice, else the event's words."""
    if choice is not None:
        value.sureness, value.create = Sureness.CHOSEN, choice.create
        value.key = None if choice.create else choice.key
    else:
        match = words.automatic(value.kind, value.written)
        value.key, value.sureness = match.key, match.sureness
        value.accepted = match.sureness is Sureness.SIMILAR and accept_similar
        value.create = match.sureness is Sureness.NONE and create_unknown
    value.meaning = words.label(value.kind, value.key)


def collect(kind: str, cells: list[tuple[int, str]]) -> dict[str, SheetValue]:
    """The distinct values of a column, by the cell's text: texts that fold alike share one value, which
    holds the rows of them all."""
    by_text: dict[str, SheetValue] = {}
    by_word: dict[str, SheetValue] = {}
    for row, text in cells:
        value = by_text.get(text)
        if value is None:
            written = text.strip()
            if not written:
                continue
            word = word_of(written)
            value = by_text[text] = by_word.setdefault(word, SheetValue(kind, written, word))
        value.rows.append(row)
    return by_text


def distinct(values: dict[str, SheetValue]) -> list[SheetValue]:
    """The values of a column once each (texts that fold alike share one)."""
    return list({id(value): value for value in values.values()}.values())


def unsettled_problem(value: SheetValue, words: EventWords) -> str:
    """What to do about a word that is not settled, as one sentence."""
    thing = "role" if value.kind == ROLE else "delegation"
    if value.sureness is Sureness.SIMILAR:
        return (f"the {thing} '{value.written}' looks like {value.meaning} (similar, not sure). "
                f"Accept the suggestion, choose the {thing} it is, or correct the sheet.")
    known = ", ".join(thing.name for thing in (words.roles if value.kind == ROLE else words.delegations).values())
    return (f"the {thing} '{value.written}' is not one of the event's ({known or 'none yet'}). Choose the {thing} it "
            f"is, create it, leave it empty, or correct the sheet.")


def describe(value: SheetValue) -> str:
    """'Prosecution → Prosecutor (known synonym)', as the command line prints a value's mapping."""
    if value.create:
        meaning, how = f"new {value.kind} '{value.written}'", "to be created"
    elif value.key is None:
        meaning, how = "nothing", "left empty" if value.settled else "no match"
    else:
        meaning = value.meaning
        how = value.sureness.value + (", accepted" if value.accepted else "")
    return f"{value.written} → {meaning} ({how})"
