"""After the event: remove personal data, keep anonymous counts and the timing report."""
from __future__ import annotations

from models import audit
from models.clock import SYSTEM_CLOCK, Clock
from models.db import database, is_sqlite, write_transaction
from models.event.entities import Event
from models.participants.entities import Participant


def remove_personal_data(event: Event, actor: str = "", clock: Clock = SYSTEM_CLOCK) -> int:
    """Replace every name and contact with the participant's number; returns how many were anonymised.

    Delegation, role, funding and check-ins stay, so attendance counts and the timing
    report still work. Freed pages are wiped (secure_delete + VACUUM) so the old text
    cannot be read back from the file.
    """
    now = clock.now()
    with write_transaction():
        count = (
            Participant.update(
                given_name="Participant",
                family_name=Participant.number.cast("TEXT"),
                organisation="", email="", phone="", notes="", updated_at=now,
            )
            .where(Participant.event == event)
            .execute()
        )
        audit.record("personal data removed", f"event:{event.code}", actor, clock, participants=count)
    if is_sqlite():
        database.execute_sql("PRAGMA secure_delete = ON")
        database.execute_sql("VACUUM")
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return count
