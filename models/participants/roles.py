"""Roles: what a participant is at the event, the colour of their badge band, the funded places."""
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
from models.participants.entities import Participant, Role
from models.participants.folding import fold

COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
KEY = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")


class RoleError(BelvedereError):
    pass


# People who work at the event rather than attend it; their roles get no certificate unless the organiser says so.
WORKING_ROLE_WORDS = ("staff", "stafi", "interpret", "perkthyes", "prevodil", "преводил", "tercuman", "volunteer",
                      "vullnetar")


def certificate_by_default(key: str, name: str) -> bool:
    words = f"{fold(key)} {fold(name)}"
    return not any(word in words for word in map(fold, WORKING_ROLE_WORDS))


def event_roles(event: Event) -> list[Role]:
    return list(Role.select().where(Role.event == event).order_by(Role.position, Role.id))


def role_called(event: Event, text: str) -> Role | None:
    """The event's role with this key or name, in any case and with or without accents; else None."""
    wanted = fold(text)
    return next((r for r in event_roles(event) if wanted in (fold(r.key), fold(r.name))), None)


def key_for(name: str, taken: set[str]) -> str:
    base = "-".join(fold(name).split())[:24] or "role"
    if not base[0].isalpha():
        base = "role-" + base
    key, counter = base, 2
    while key in taken:
        key, counter = f"{base}-{counter}", counter + 1
    return key


def problems_with_role(event: Event, key: str, name: str, colour: str, funded_quota: int,
                       exclude: Role | None = None) -> list[str]:
    problems = []
    if not KEY.match(key):
        problems.append(translate("participants", "The key is a short lower-case word, like officer."))
    if not name.strip():
        problems.append(translate("participants", "A role needs a name."))
    if not COLOUR.match(colour):
        problems.append(translate("participants", "'{colour}' is not a colour like #1565c0.").format(colour=colour))
    if funded_quota < 0:
        problems.append(translate("participants", "The funded places cannot be negative."))
    others = Role.select().where(Role.event == event)
    if exclude is not None:
        others = others.where(Role.id != exclude.id)
    if others.where(Role.key == key).exists():
        problems.append(translate("participants", "The key {key} is already used by another role.").format(key=key))
    return problems


def add_role(event: Event, name: str, colour: str = "#607d8b", funded_quota: int = 0, key: str = "",
             actor: Actor = UNNAMED, clock: Clock = SYSTEM_CLOCK, certificate: bool | None = None) -> Role:
    key = key.strip() or key_for(name, {role.key for role in event_roles(event)})
    problems = problems_with_role(event, key, name, colour, funded_quota)
    if problems:
        raise RoleError(" ".join(problems))
    with write_transaction():
        position = (Role.select(fn.MAX(Role.position)).where(Role.event == event).scalar() or 0) + 1
        role = Role.create(event=event, key=key, name=name.strip(), colour=colour.lower(),
                           funded_quota=funded_quota, position=position,
                           certificate=certificate_by_default(key, name) if certificate is None else certificate)
        audit.record("role added", f"role:{key}", actor, clock)
    return role


def update_role(role: Role, name: str, colour: str, funded_quota: int, actor: Actor = UNNAMED,
                clock: Clock = SYSTEM_CLOCK, certificate: bool | None = None) -> Role:
    """Rename a role, recolour its badges, change its funded places and whether its people get a certificate
    (the key stays: files refer to it)."""
    problems = problems_with_role(role.event, role.key, name, colour, funded_quota, exclude=role)
    if problems:
        raise RoleError(" ".join(problems))
    with write_transaction():
        values = {"name": name.strip(), "colour": colour.lower(), "funded_quota": funded_quota,
                  "certificate": role.certificate if certificate is None else certificate}
        changed = [field for field, value in values.items() if getattr(role, field) != value]
        for field, value in values.items():
            setattr(role, field, value)
        role.save()
        audit.record("role changed", f"role:{role.key}", actor, clock, fields=changed)
    return role


def remove_role(role: Role, actor: Actor = UNNAMED, clock: Clock = SYSTEM_CLOCK) -> None:
    with write_transaction():
        holders = Participant.select().where(Participant.role == role).count()
        if holders:
            raise RoleError(counted.tr("%n participants have the role {name}. Give them "
                                       "another role first.", "", holders).format(name=role.name))
        key = role.key
        role.delete_instance()
        audit.record("role removed", f"role:{key}", actor, clock)
