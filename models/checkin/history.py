"""A participant's check-ins: the days they arrived, and their history at the desk."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from models.checkin.entities import CheckIn
from models.ground.audit import AuditEntry
from models.ground.entities import Day, Event
from models.participants.entities import Participant


def checked_in_days(event: Event) -> dict[int, set[int]]:
    """For each participant id, the numbers of the days with a valid check-in."""
    days: dict[int, set[int]] = defaultdict(set)
    query = (CheckIn.select(CheckIn.participant, Day.number).join(Day)
             .where((Day.event == event) & CheckIn.voided_at.is_null()).tuples())
    for participant_id, number in query:
        days[participant_id].add(number)
    return days


@dataclass(frozen=True)
class History:
    check_ins: list[CheckIn]  # every check-in, voided ones too, newest first, with their day
    audit: list[AuditEntry]  # every audit entry about the person, newest first


def participant_history(participant: Participant) -> History:
    check_ins = list(CheckIn.select(CheckIn, Day).join(Day).where(CheckIn.participant == participant)
                     .order_by(CheckIn.at.desc()))
    entries = list(AuditEntry.select().where(AuditEntry.subject == f"participant:{participant.number}")
                   .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()))
    return History(check_ins, entries)
