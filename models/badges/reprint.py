"""Replacing a lost badge: a new badge version, so the old badge is refused at the desk as replaced."""
from __future__ import annotations

from models.badges.payload import VERSION_DIGITS
from models.ground import audit, commits
from models.ground.audit import UNNAMED, Actor
from models.ground.clock import SYSTEM_CLOCK, Clock
from models.ground.db import write_transaction
from models.ground.errors import BelvedereError
from models.ground.i18n import translate
from models.participants.entities import Participant
from models.participants.entries import BADGE_REPLACED, participant_entry

LAST_VERSION = 10**VERSION_DIGITS - 1


class ReprintError(BelvedereError):
    pass


def reprint_badge(participant: Participant, actor: Actor = UNNAMED, clock: Clock = SYSTEM_CLOCK) -> Participant:
    """Bump the participant's badge version (audited, in one transaction) and return them as now stored.

    Print the returned participant's badge: it carries the new version.
    """
    now = clock.now()
    with write_transaction():
        current = Participant.get_or_none(Participant.id == participant.id)
        if current is None:
            raise ReprintError(translate("badges", "Participant {number} is no longer registered; nothing was changed.")
                               .format(number=participant.number))
        if current.badge_version >= LAST_VERSION:
            raise ReprintError(
                translate("badges", "Participant {number} already had {last_version} badges, the most a badge code can "
                                    "carry. Register the person again under a new number; nothing was changed.")
                .format(number=current.number, last_version=LAST_VERSION)
            )
        new_version = current.badge_version + 1
        Participant.update(badge_version=new_version, badge_replaced_at=now, updated_at=now).where(
            Participant.id == current.id
        ).execute()
        audit.record("badge replaced", f"participant:{current.number}", actor, clock,
                     previous_version=current.badge_version, version=new_version)
    replaced = Participant.get_by_id(current.id)
    commits.announce(replaced.event, [participant_entry(replaced, BADGE_REPLACED,
                                                        ("badge_version", "badge_replaced_at", "updated_at"))])
    return replaced
