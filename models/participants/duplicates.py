"""When two records are the same person: the same e-mail, or the same folded name in the same delegation.

"Đorđe Petrović" and "Djordje Petrovic" of the same delegation are one person; the same
name in two delegations is two people. Two records with the same name in one delegation
whose e-mail, phone or number differ may be namesakes: two officers called Arben Krasniqi
in one police service are two people. Used to warn when adding or editing someone, and by
the import to recognise the people a re-imported sheet updates.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from models.ground.entities import Event
from models.participants.entities import Participant
from models.participants.folding import fold

NOT_DIGITS = re.compile(r"\D")


def name_key(given_name: str, family_name: str) -> str:
    return fold(f"{given_name} {family_name}")


def email_key(email: str) -> str:
    return email.strip().lower()


def phone_key(phone: str) -> str:
    return NOT_DIGITS.sub("", phone)


@dataclass(frozen=True)
class Identity:
    """What tells two people of the same name apart, each value as compared (empty: not known)."""

    number: int | None
    email: str
    phone: str

    @classmethod
    def of(cls, participant: Participant) -> Identity:
        return cls(participant.number, email_key(participant.email), phone_key(participant.phone))

    def differences(self, other: Identity) -> list[str]:
        """The values both know and that differ: 'number', 'e-mail', 'phone'."""
        pairs = (("number", self.number, other.number), ("e-mail", self.email, other.email),
                 ("phone", self.phone, other.phone))
        return [name for name, mine, theirs in pairs if mine and theirs and mine != theirs]


@dataclass
class PeopleIndex:
    """Participants by number, e-mail and folded name (with and without delegation)."""

    by_number: dict[int, Participant] = field(default_factory=dict)
    by_email: dict[str, list[Participant]] = field(default_factory=lambda: defaultdict(list))
    by_name_in_delegation: dict[tuple[str, int | None], list[Participant]] = field(
        default_factory=lambda: defaultdict(list))
    by_name: dict[str, list[Participant]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def of(cls, participants: list[Participant]) -> PeopleIndex:
        index = cls()
        for participant in participants:
            index.by_number[participant.number] = participant
            if participant.email.strip():
                index.by_email[email_key(participant.email)].append(participant)
            key = name_key(participant.given_name, participant.family_name)
            index.by_name_in_delegation[(key, participant.delegation_id)].append(participant)
            index.by_name[key].append(participant)
        return index


@dataclass(frozen=True)
class Duplicate:
    participant: Participant
    reason: str  # "email" or "name"


def duplicates_of(event: Event, given_name: str, family_name: str, email: str, delegation_id: int | None,
                  exclude: Participant | None = None) -> list[Duplicate]:
    """Existing participants that look like the same person (for a warning before saving)."""
    query = Participant.select().where(Participant.event == event)
    if exclude is not None:
        query = query.where(Participant.id != exclude.id)
    found: dict[int, Duplicate] = {}
    key = name_key(given_name, family_name)
    wanted_email = email_key(email)
    for participant in query:
        if wanted_email and email_key(participant.email) == wanted_email:
            found.setdefault(participant.id, Duplicate(participant, "email"))
        elif (key and participant.delegation_id == delegation_id
              and name_key(participant.given_name, participant.family_name) == key):
            found.setdefault(participant.id, Duplicate(participant, "name"))
    return list(found.values())
