"""The audit log: who changed what, when. Never personal data beyond the participant's number."""
from __future__ import annotations

import getpass
import json
from dataclasses import dataclass

import peewee

from models.ground.clock import SYSTEM_CLOCK, Clock
from models.ground.db import BaseModel, UTCDateTimeField

# The roles a change is made in: the operator at a registration desk, the organiser editing
# the event in the window, the session chair running the day, and the command line.
DESK, ORGANISER, CHAIR, COMMAND_LINE = "desk", "organiser", "chair", "command line"
ROLES = (DESK, ORGANISER, CHAIR, COMMAND_LINE)


@dataclass(frozen=True)
class Actor:
    """Who made a change: the role, and the person's name where one is known (the name the desk's
    operator gave, the organiser's computer account)."""

    role: str
    name: str = ""

    def stored(self) -> str:
        """As the audit log and the run log keep it: "desk: Ana", "organiser: jdoe", "chair", "command line"."""
        return f"{self.role}: {self.name}" if self.role and self.name else self.role or self.name

    @classmethod
    def from_stored(cls, text: str) -> Actor:
        """Read back what `stored` wrote. Files from before roles were kept hold a name alone
        (or a page's name): that reads as a name with no role."""
        role, separator, name = text.partition(": ")
        if separator and role in ROLES:
            return cls(role, name)
        return cls(text) if text in ROLES else cls("", text)

    def without_name(self) -> Actor:
        return Actor(self.role)


UNNAMED = Actor("")  # written by code that names no one (a test, a replay): as before roles were kept
THE_CHAIR = Actor(CHAIR)
THE_COMMAND_LINE = Actor(COMMAND_LINE)


def at_desk(operator: str) -> Actor:
    """The volunteer at a registration desk, by the name given at that desk."""
    return Actor(DESK, operator)


def organiser() -> Actor:
    """The organiser editing the event in the window, by this computer's account."""
    try:
        account = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no account name on this system (getpass's own failures)
        account = ""
    return Actor(ORGANISER, account)


class AuditEntry(BaseModel):
    at = UTCDateTimeField(index=True)
    actor = peewee.CharField(default="")  # Actor.stored()
    action = peewee.CharField()
    subject = peewee.CharField(default="", index=True)  # e.g. "participant:17"
    detail = peewee.TextField(default="{}")  # JSON

    @property
    def details(self) -> dict:
        return json.loads(self.detail or "{}")

    @property
    def by(self) -> Actor:
        return Actor.from_stored(self.actor)


def record(action: str, subject: str = "", actor: Actor = UNNAMED, clock: Clock = SYSTEM_CLOCK,
           **detail) -> AuditEntry:
    """Append an audit entry; call inside the transaction of the change it describes."""
    return AuditEntry.create(
        at=clock.now(), actor=actor.stored(), action=action, subject=subject,
        detail=json.dumps(detail, ensure_ascii=False)
    )
