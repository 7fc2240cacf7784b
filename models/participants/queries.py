"""Reading participants for lists and tables."""
from __future__ import annotations

from peewee import JOIN

from models.event.entities import Event
from models.participants.entities import Delegation, Participant, Role


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
