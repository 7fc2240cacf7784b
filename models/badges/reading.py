"""What a scanned badge means for this event: one answer, with its reason."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from models.badges.payload import encode, is_authentic, parse
from models.ground.entities import Event
from models.participants.entities import Participant


class BadgeStatus(str, Enum):
    VALID = "valid"
    OTHER_EVENT = "other-event"
    REPLACED = "replaced"
    UNKNOWN_PARTICIPANT = "unknown-participant"
    FORGED = "forged"
    NOT_BELVEDERE = "not-belvedere"


@dataclass(frozen=True)
class BadgeReading:
    status: BadgeStatus
    participant: Participant | None = None
    version: int | None = None
    event_code: int | None = None
    replaced_at: datetime | None = None  # for a replaced badge: when the newer one was issued

    @property
    def is_valid(self) -> bool:
        return self.status is BadgeStatus.VALID


def payload_for(participant: Participant, event: Event) -> str:
    """The digits printed in the participant's current badge."""
    return encode(event.code, event.secret, participant.number, participant.badge_version)


def read_badge(text: str, event: Event) -> BadgeReading:
    payload = parse(text)
    if payload is None:
        return BadgeReading(BadgeStatus.NOT_BELVEDERE)
    if payload.event_code != event.code:
        return BadgeReading(BadgeStatus.OTHER_EVENT, event_code=payload.event_code)
    if not is_authentic(payload, event.secret):
        return BadgeReading(BadgeStatus.FORGED)
    participant = Participant.get_or_none((Participant.event == event) & (Participant.number == payload.number))
    if participant is None:
        return BadgeReading(BadgeStatus.UNKNOWN_PARTICIPANT, version=payload.version)
    if payload.version < participant.badge_version:
        return BadgeReading(BadgeStatus.REPLACED, participant, payload.version, replaced_at=participant.badge_replaced_at)
    return BadgeReading(BadgeStatus.VALID, participant, payload.version)
