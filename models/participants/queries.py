"""Reading participants for lists and tables."""
from __future__ import annotations

from typing import NamedTuple

from peewee import JOIN, fn

from models.ground.entities import Event
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


def delegations_in_order(event: Event) -> list[Delegation]:
    return list(Delegation.select().where(Delegation.event == event).order_by(Delegation.position))


def roles_in_order(event: Event) -> list[Role]:
    return list(Role.select().where(Role.event == event).order_by(Role.position))


def participant_by_id(participant_id: int) -> Participant | None:
    """The participant with this id, delegation and role loaded; None when deleted meanwhile."""
    found = participants_by_id([participant_id])
    return found[0] if found else None


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
