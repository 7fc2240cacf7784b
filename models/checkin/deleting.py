"""Deleting a participant: a person who has checked in is never deleted by accident.

The caller must say it knows about the check-ins; they go with the person, audited.
"""
from __future__ import annotations

from models.checkin.entities import CheckIn
from models.ground import audit, commits
from models.ground.audit import UNNAMED, Actor
from models.ground.clock import SYSTEM_CLOCK, Clock
from models.ground.db import write_transaction
from models.participants.editing import EditError
from models.participants.entities import Participant
from models.participants.entries import removal_entry


class HasCheckIns(EditError):
    """Deleting would also delete check-ins; ask the user, then delete with `with_check_ins=True`."""

    def __init__(self, participant: Participant, count: int):
        self.count = count
        super().__init__(
            f"Participant {participant.number} has {count} check-in(s). Deleting removes them from the "
            "attendance too. Delete anyway only if this person was registered by mistake."
        )


def delete_participant(participant: Participant, actor: Actor = UNNAMED, with_check_ins: bool = False,
                       clock: Clock = SYSTEM_CLOCK) -> None:
    """Delete a participant; refuses (HasCheckIns) when they have check-ins unless told it is meant."""
    with write_transaction():
        count = CheckIn.select().where(CheckIn.participant == participant).count()
        if count and not with_check_ins:
            raise HasCheckIns(participant, count)
        number = participant.number
        CheckIn.delete().where(CheckIn.participant == participant).execute()
        Participant.delete().where(Participant.id == participant.id).execute()
        entry = audit.record("participant deleted", f"participant:{number}", actor, clock, check_ins=count)
    commits.announce(participant.event, [removal_entry(number, entry.at)])
