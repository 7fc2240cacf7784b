"""Who needs a badge printed, and the record of which badge version was printed when."""
from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from itertools import groupby

from models.ground import audit, commits
from models.ground.audit import UNNAMED, Actor
from models.ground.clock import SYSTEM_CLOCK, Clock
from models.ground.db import write_transaction
from models.ground.entities import Event
from models.participants.entities import Participant
from models.participants.entries import BADGES_PRINTED, participant_entry
from models.participants.queries import participants_in_order

UPDATE_CHUNK = 500  # ids per statement, well under SQLite's limit on bound variables


class Selection(str, Enum):
    ALL = "all"
    CHOSEN = "chosen"  # the numbers given
    NOT_PRINTED = "not-printed"
    CHANGED = "changed"  # printed, then reprinted as a new version or edited


def never_printed(participant: Participant) -> bool:
    return participant.badge_printed_version is None


def changed_since_printed(participant: Participant) -> bool:
    """The printed badge is out of date: a newer version was issued or the details were edited."""
    if participant.badge_printed_version is None:
        return False
    return (participant.badge_printed_version != participant.badge_version
            or participant.updated_at > participant.badge_printed_at)


def participants_to_print(event: Event, selection: Selection, numbers: Iterable[int] = ()) -> list[Participant]:
    """The participants of a selection, by number, with delegation and role loaded for the badge."""
    return select(participants_in_order(event), selection, numbers)


def select(participants: list[Participant], selection: Selection, numbers: Iterable[int] = ()) -> list[Participant]:
    """Those of the participants (already loaded) that the selection takes, in their order."""
    if selection is Selection.ALL:
        return list(participants)
    if selection is Selection.CHOSEN:
        wanted = set(numbers)
        return [p for p in participants if p.number in wanted]
    test = never_printed if selection is Selection.NOT_PRINTED else changed_since_printed
    return [p for p in participants if test(p)]


def unknown_numbers(event: Event, numbers: Iterable[int]) -> list[int]:
    known = {p.number for p in participants_in_order(event)}
    return sorted(set(numbers) - known)


def record_printed(participants: list[Participant], layout: str, actor: Actor = UNNAMED,
                   clock: Clock = SYSTEM_CLOCK) -> None:
    """Note, in one transaction, that these participants' badges were printed in the version they carry."""
    now = clock.now()
    by_version = sorted(participants, key=lambda p: p.badge_version)
    with write_transaction():
        for version, group in groupby(by_version, key=lambda p: p.badge_version):
            ids = [p.id for p in group]
            for start in range(0, len(ids), UPDATE_CHUNK):
                Participant.update(badge_printed_version=version, badge_printed_at=now).where(
                    Participant.id.in_(ids[start:start + UPDATE_CHUNK])
                ).execute()
        audit.record("badges printed", "", actor, clock, layout=layout,
                     participants=sorted(p.number for p in participants))
    for participant in participants:
        participant.badge_printed_version = participant.badge_version
        participant.badge_printed_at = now
    if participants:
        commits.announce(participants[0].event, [participant_entry(
            participant, BADGES_PRINTED, ("badge_printed_version", "badge_printed_at")) for participant in participants])
