"""The funded quota: funded participants per delegation and role, against the places each role has.

In the reference workshop each project area has three funded places: two high-tech crime
unit officers and one prosecutor. A delegation is under when places are unused and over
when more people are funded than the role allows (a funded person in a role without
funded places is always over).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import Enum

from models.ground.entities import Event
from models.participants.delegations import event_delegations
from models.participants.entities import Delegation, Participant, Role
from models.participants.roles import event_roles


class QuotaStatus(str, Enum):
    UNDER = "under"
    MET = "met"
    OVER = "over"


def status_of(funded: int, places: int) -> QuotaStatus:
    if funded > places:
        return QuotaStatus.OVER
    return QuotaStatus.MET if funded == places else QuotaStatus.UNDER


@dataclass(frozen=True)
class QuotaCell:
    funded: int
    places: int

    @property
    def status(self) -> QuotaStatus:
        return status_of(self.funded, self.places)


@dataclass(frozen=True)
class QuotaRow:
    delegation: Delegation | None  # None: funded people with no delegation
    cells: list[QuotaCell]  # one per quota role, in QuotaTable.roles order
    other_funded: int  # funded in roles without funded places (always over)

    @property
    def total(self) -> QuotaCell:
        return QuotaCell(sum(cell.funded for cell in self.cells) + self.other_funded,
                         sum(cell.places for cell in self.cells))

    @property
    def status(self) -> QuotaStatus:
        if self.other_funded or any(cell.status is QuotaStatus.OVER for cell in self.cells):
            return QuotaStatus.OVER
        return QuotaStatus.MET if all(cell.status is QuotaStatus.MET for cell in self.cells) else QuotaStatus.UNDER


@dataclass(frozen=True)
class QuotaTable:
    roles: list[Role]  # the roles with funded places
    rows: list[QuotaRow]


def quota_table(event: Event) -> QuotaTable:
    """One row per delegation (and one for funded people without a delegation, if any)."""
    roles = [role for role in event_roles(event) if role.funded_quota > 0]
    quota_role_ids = {role.id for role in roles}
    funded = Counter(
        (delegation_id, role_id)
        for delegation_id, role_id in Participant.select(Participant.delegation, Participant.role)
        .where((Participant.event == event) & (Participant.funded == True)).tuples()  # noqa: E712
    )

    def row(delegation: Delegation | None, places: bool) -> QuotaRow:
        delegation_id = delegation.id if delegation else None
        cells = [QuotaCell(funded[(delegation_id, role.id)], role.funded_quota if places else 0) for role in roles]
        other = sum(count for (d, r), count in funded.items() if d == delegation_id and r not in quota_role_ids)
        return QuotaRow(delegation, cells, other)

    rows = [row(delegation, places=True) for delegation in event_delegations(event)]
    if any(delegation_id is None for delegation_id, _ in funded):
        rows.append(row(None, places=False))
    return QuotaTable(roles, rows)


def beyond_quota(participants: list[Participant]) -> set[int]:
    """The numbers of funded people past their delegation's places for their role: in each delegation and
    role the first registered (lowest numbers) fill the places, the others are beyond. Funded people
    without a delegation, or in a role without funded places, are always beyond."""
    groups: dict[tuple[int | None, int | None], list[Participant]] = {}
    for participant in participants:
        if participant.funded:
            groups.setdefault((participant.delegation_id, participant.role_id), []).append(participant)
    beyond = set()
    for (delegation_id, _role_id), people in groups.items():
        places = people[0].role.funded_quota if people[0].role_id and delegation_id is not None else 0
        beyond |= {person.number for person in sorted(people, key=lambda p: p.number)[places:]}
    return beyond
