"""Reading participants for lists and tables."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from peewee import JOIN, fn

from models.audit import AuditEntry
from models.checkin.entities import CheckIn
from models.event.entities import Day, Event
from models.participants.entities import Delegation, Participant, Role, expected_days


def participants_in_order(event: Event) -> list[Participant]:
    """Every participant with delegation and role loaded, by number."""
    query = (
        Participant.select(Participant, Delegation, Role)
        .join(Delegation, join_type=JOIN.LEFT_OUTER, on=(Participant.delegation == Delegation.id))
        .switch(Participant)
        .join(Role, join_type=JOIN.LEFT_OUTER, on=(Participant.role == Role.id))
        .where(Participant.event == event)
        .order_by(Participant.number)
    )
    return list(query)


class ParticipantRow(NamedTuple):
    """A participant as the list shows them: plain values, quick to read for ten thousand people."""

    id: int
    number: int
    given_name: str
    family_name: str
    organisation: str
    email: str
    funded: bool
    days_expected: str
    delegation_id: int | None
    delegation_name: str | None
    delegation_position: int | None
    role_id: int | None
    role_name: str | None
    role_colour: str | None
    role_position: int | None

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()

    @property
    def expected_day_numbers(self) -> set[int] | None:
        return expected_days(self.days_expected)


def participant_rows(event: Event) -> list[ParticipantRow]:
    """Every participant by number, as plain rows (no model objects: the list reads 10,000 in a blink)."""
    query = (
        Participant.select(
            Participant.id, Participant.number, Participant.given_name, Participant.family_name,
            Participant.organisation, Participant.email, Participant.funded, Participant.days_expected,
            Participant.delegation, Delegation.name, Delegation.position, Participant.role, Role.name, Role.colour,
            Role.position)
        .join(Delegation, join_type=JOIN.LEFT_OUTER, on=(Participant.delegation == Delegation.id))
        .switch(Participant)
        .join(Role, join_type=JOIN.LEFT_OUTER, on=(Participant.role == Role.id))
        .where(Participant.event == event)
        .order_by(Participant.number)
        .tuples()
    )
    return [ParticipantRow(*values) for values in query]


def people_per_delegation(event: Event) -> dict[int | None, int]:
    query = (Participant.select(Participant.delegation, fn.COUNT(Participant.id)).where(Participant.event == event)
             .group_by(Participant.delegation).tuples())
    return dict(query)


def people_per_role(event: Event) -> dict[int | None, int]:
    query = (Participant.select(Participant.role, fn.COUNT(Participant.id)).where(Participant.event == event)
             .group_by(Participant.role).tuples())
    return dict(query)


def checked_in_days(event: Event) -> dict[int, set[int]]:
    """For each participant id, the numbers of the days with a valid check-in."""
    days: dict[int, set[int]] = defaultdict(set)
    query = (CheckIn.select(CheckIn.participant, Day.number).join(Day)
             .where((Day.event == event) & CheckIn.voided_at.is_null()).tuples())
    for participant_id, number in query:
        days[participant_id].add(number)
    return days


@dataclass(frozen=True)
class History:
    check_ins: list[CheckIn]  # every check-in, voided ones too, newest first, with their day
    audit: list[AuditEntry]  # every audit entry about the person, newest first


def participant_history(participant: Participant) -> History:
    check_ins = list(CheckIn.select(CheckIn, Day).join(Day).where(CheckIn.participant == participant)
                     .order_by(CheckIn.at.desc()))
    entries = list(AuditEntry.select().where(AuditEntry.subject == f"participant:{participant.number}")
                   .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()))
    return History(check_ins, entries)


def delegations_in_order(event: Event) -> list[Delegation]:
    return list(Delegation.select().where(Delegation.event == event).order_by(Delegation.position))


def roles_in_order(event: Event) -> list[Role]:
    return list(Role.select().where(Role.event == event).order_by(Role.position))


def participants_by_id(ids: list[int]) -> list[Participant]:
    """The participants with these ids, delegation and role loaded, in the order of the ids."""
    if not ids:
        return []
    query = (
        Participant.select(Participant, Delegation, Role)
        .join(Delegation, join_type=JOIN.LEFT_OUTER, on=(Participant.delegation == Delegation.id))
        .switch(Participant)
        .join(Role, join_type=JOIN.LEFT_OUTER, on=(Participant.role == Role.id))
        .where(Participant.id.in_(ids))
    )
    found = {participant.id: participant for participant in query}
    return [found[id_] for id_ in ids if id_ in found]
