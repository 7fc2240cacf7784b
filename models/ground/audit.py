"""The audit log: who changed what, when. Never personal data beyond the participant's number."""
from __future__ import annotations

import json

import peewee

from models.ground.clock import SYSTEM_CLOCK, Clock
from models.ground.db import BaseModel, UTCDateTimeField


class AuditEntry(BaseModel):
    at = UTCDateTimeField(index=True)
    actor = peewee.CharField(default="")
    action = peewee.CharField()
    subject = peewee.CharField(default="", index=True)  # e.g. "participant:17"
    detail = peewee.TextField(default="{}")  # JSON

    @property
    def details(self) -> dict:
        return json.loads(self.detail or "{}")


def record(action: str, subject: str = "", actor: str = "", clock: Clock = SYSTEM_CLOCK, **detail) -> AuditEntry:
    """Append an audit entry; call inside the transaction of the change it describes."""
    return AuditEntry.create(
        at=clock.now(), actor=actor, action=action, subject=subject, detail=json.dumps(detail, ensure_ascii=False)
    )
