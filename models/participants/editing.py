"""Changing a participant: checked, audited (numbers and field names only), in one transaction.

The participant number never changes: it is printed in the badge. Deleting one, who may
have checked in, is `models.checkin.deleting`.
"""
from __future__ import annotations

from models.ground import audit, commits
from models.ground.audit import UNNAMED, Actor
from models.ground.clock import SYSTEM_CLOCK, Clock
from models.ground.db import write_transaction
from models.ground.errors import BelvedereError
from models.participants.entities import Participant
from models.participants.entries import update_entry
from models.participants.registration import PersonDetails, problems_with

EDITABLE = ("given_name", "family_name", "organisation", "delegation", "role", "email", "phone", "funded",
            "language", "days_expected", "notes", "badge_name")


class EditError(BelvedereError):
    pass


def details_of(participant: Participant) -> PersonDetails:
    """The editable details of a participant, as the forms and the import use them."""
    return PersonDetails(
        given_name=participant.given_name, family_name=participant.family_name,
        organisation=participant.organisation, delegation=participant.delegation, role=participant.role,
        email=participant.email, phone=participant.phone, funded=participant.funded,
        language=participant.language, days_expected=sorted(participant.expected_day_numbers or []),
        notes=participant.notes, badge_name=participant.badge_name,
    )


def _values(details: PersonDetails) -> dict[str, object]:
    return {
        "given_name": details.given_name.strip(), "family_name": details.family_name.strip(),
        "organisation": details.organisation.strip(), "delegation": details.delegation, "role": details.role,
        "email": details.email.strip(), "phone": details.phone.strip(), "funded": details.funded,
        "language": details.language, "days_expected": ",".join(str(n) for n in sorted(set(details.days_expected))),
        "notes": details.notes, "badge_name": details.badge_name.strip(),
    }


def _differs(participant: Participant, field: str, value) -> bool:
    if field in ("delegation", "role"):
        return getattr(participant, field + "_id") != (value.id if value is not None else None)
    return getattr(participant, field) != value


def update_participant(participant: Participant, details: PersonDetails, actor: Actor = UNNAMED,
                       clock: Clock = SYSTEM_CLOCK) -> list[str]:
    """Save the new details; returns the fields that changed (none: nothing written)."""
    problems = problems_with(details)
    if problems:
        raise EditError(" ".join(problems))
    values = _values(details)
    changed = [field for field in EDITABLE if _differs(participant, field, values[field])]
    if not changed:
        return []
    now = clock.now()
    with write_transaction():
        Participant.update(updated_at=now, **{field: values[field] for field in changed}) \
            .where(Participant.id == participant.id).execute()
        audit.record("participant updated", f"participant:{participant.number}", actor, clock, fields=changed)
    for field in changed:
        setattr(participant, field, values[field])
    participant.updated_at = now
    commits.announce(participant.event, [update_entry(participant, changed)])
    return changed
