"""Delegations (the project areas): adding, renaming, moving and removing them.

What sheets call them ("Shqipëria", "Hrvatska", "Србија", "Türkiye") is matched in `sheet_values`.
"""
from __future__ import annotations

import re

from peewee import fn

from models.ground import audit
from models.ground.audit import UNNAMED, Actor
from models.ground.clock import SYSTEM_CLOCK, Clock
from models.ground.db import write_transaction
from models.ground.entities import Event
from models.ground.errors import BelvedereError
from models.ground.i18n import counted, translate
from models.participants.entities import Delegation, Participant
from models.participants.folding import fold
from models.participants.vocabulary import COUNTRY_NAMES

CODE = re.compile(r"^[A-Z0-9]{1,8}$")


class DelegationError(BelvedereError):
    pass


def event_delegations(event: Event) -> list[Delegation]:
    return list(Delegation.select().where(Delegation.event == event).order_by(Delegation.position, Delegation.id))


def delegation_called(event: Event, text: str) -> Delegation | None:
    """The event's delegation with this code or name, in any case and with or without accents; else None."""
    wanted = fold(text)
    return next((d for d in event_delegations(event) if wanted in (fold(d.code), fold(d.name))), None)


def suggested_code(name: str, taken: set[str]) -> str:
    """A short code for a new delegation: the known ISO code of the country, else its initials."""
    for code, names in COUNTRY_NAMES.items():
        if fold(name) in {fold(n) for n in names} and code not in taken:
            return code
    words = fold(name).upper().split()
    base = ("".join(word[0] for word in words) if len(words) > 1 else "".join(words)[:3]) or "D"
    base = base[:6]
    code, counter = base, 2
    while code in taken:
        code, counter = f"{base}{counter}", counter + 1
    return code


def problems_with_delegation(event: Event, code: str, name: str, exclude: Delegation | None = None) -> list[str]:
    problems = []
    if not CODE.match(code):
        problems.append(translate("participants", "The code is 1 to 8 capital letters or digits, like AL."))
    if not name.strip():
        problems.append(translate("participants", "A delegation needs a name."))
    others = Delegation.select().where(Delegation.event == event)
    if exclude is not None:
        others = others.where(Delegation.id != exclude.id)
    if others.where(Delegation.code == code).exists():
        problems.append(translate("participants", "The code {code} is already used by another delegation.").format(code=code))
    if others.where(fn.LOWER(Delegation.name) == name.strip().lower()).exists():
        problems.append(translate("participants", "There is already a delegation named {strip}.").format(strip=name.strip()))
    return problems


def add_delegation(event: Event, code: str, name: str, note: str = "", actor: Actor = UNNAMED,
                   clock: Clock = SYSTEM_CLOCK) -> Delegation:
    code = code.strip().upper()
    problems = problems_with_delegation(event, code, name)
    if problems:
        raise DelegationError(" ".join(problems))
    with write_transaction():
        position = (Delegation.select(fn.MAX(Delegation.position)).where(Delegation.event == event).scalar() or 0) + 1
        delegation = Delegation.create(event=event, code=code, name=name.strip(), note=note.strip(), position=position)
        audit.record("delegation added", f"delegation:{code}", actor, clock)
    return delegation


def update_delegation(delegation: Delegation, code: str, name: str, note: str, actor: Actor = UNNAMED,
                      clock: Clock = SYSTEM_CLOCK) -> Delegation:
    code = code.strip().upper()
    problems = problems_with_delegation(delegation.event, code, name, exclude=delegation)
    if problems:
        raise DelegationError(" ".join(problems))
    with write_transaction():
        previous = delegation.code
        delegation.code, delegation.name, delegation.note = code, name.strip(), note.strip()
        delegation.save()
        audit.record("delegation changed", f"delegation:{code}", actor, clock, previous_code=previous)
    return delegation


def remove_delegation(delegation: Delegation, actor: Actor = UNNAMED, clock: Clock = SYSTEM_CLOCK) -> None:
    """Remove a delegation nobody belongs to; a delegation with participants stays (move them first)."""
    with write_transaction():
        members = Participant.select().where(Participant.delegation == delegation).count()
        if members:
            raise DelegationError(
                counted.tr("{name} has %n participants. Move them to another delegation or "
                           "delete them first.", "", members).format(name=delegation.name)
            )
        code = delegation.code
        delegation.delete_instance()
        audit.record("delegation removed", f"delegation:{code}", actor, clock)


def move_delegation(delegation: Delegation, step: int, actor: Actor = UNNAMED, clock: Clock = SYSTEM_CLOCK) -> None:
    """Move a delegation up (-1) or down (+1) in the lists and reports."""
    with write_transaction():
        ordered = event_delegations(delegation.event)
        index = next(i for i, d in enumerate(ordered) if d.id == delegation.id)
        target = index + step
        if not 0 <= target < len(ordered):
            return
        ordered[index], ordered[target] = ordered[target], ordered[index]
        for position, item in enumerate(ordered):
            Delegation.update(position=position).where(Delegation.id == item.id).execute()
        audit.record("delegations reordered", f"delegation:{delegation.code}", actor, clock)
