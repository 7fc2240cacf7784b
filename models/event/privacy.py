"""After the event: remove personal data, keep anonymous counts and the timing report."""
from __future__ import annotations

import json
from pathlib import Path

from models.checkin.entities import CheckIn
from models.event import backups
from models.ground import audit
from models.ground.audit import UNNAMED, Actor, AuditEntry
from models.ground.clock import SYSTEM_CLOCK, Clock
from models.ground.db import database, is_sqlite, is_url, write_transaction
from models.ground.entities import Event, Signatory
from models.ground.i18n import QT_TRANSLATE_NOOP
from models.participants.entities import Participant

PERSONAL_DATA_MARK = "personal-data"

# What "Remove personal data" does, said the same way by the window and the command line.
WHAT_GOES = QT_TRANSLATE_NOOP(
    "event",
    "the names, organisations, e-mails, phone numbers and notes of the {count} participants (each becomes "
    "“Participant” and their number), the certificates' signatories, the desk volunteers' names, the reasons "
    "typed for undone check-ins, and this event's automatic backups on this laptop"
)
WHAT_STAYS = QT_TRANSLATE_NOOP(
    "event",
    "each participant's number, delegation, role and funding, every check-in (the anonymous attendance counts), "
    "and the agenda with the chair's log (the timing report)"
)
NOT_TOUCHED = QT_TRANSLATE_NOOP(
    "event",
    "Copies made elsewhere (exports, saved copies, the journal on a stick) are not touched: delete them yourself."
)


def personal_data_file_name(stem: str, extension: str) -> str:
    """An export's suggested name says that the file holds personal data: 'participants-personal-data.xlsx'."""
    return f"{stem}-{PERSONAL_DATA_MARK}{extension}"


def remove_personal_data(event: Event, actor: Actor = UNNAMED, clock: Clock = SYSTEM_CLOCK) -> int:
    """Replace every name and contact with the participant's number; returns how many were anonymised.

    Delegation, role, funding and check-ins stay, so attendance counts and the timing
    report still work. The volunteers' names and the free text typed when undoing a
    check-in (which may name someone) go too. Freed pages are wiped (secure_delete +
    VACUUM) so the old text cannot be read back from the file.
    """
    now = clock.now()
    with write_transaction():
        count = (
            Participant.update(
                given_name="Participant",
                family_name=Participant.number.cast("TEXT"),
                organisation="", email="", phone="", notes="", badge_name="", updated_at=now,
            )
            .where(Participant.event == event)
            .execute()
        )
        Signatory.delete().where(Signatory.event == event).execute()
        CheckIn.update(operator="", voided_by="", void_reason="").execute()
        _forget_actors_and_reasons()
        audit.record("personal data removed", f"event:{event.code}", actor, clock, participants=count)
    if is_sqlite():
        database.execute_sql("PRAGMA secure_delete = ON")
        database.execute_sql("VACUUM")
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return count


def _forget_actors_and_reasons() -> None:
    """The audit log keeps what happened and to which number, and in which role (the desk, the
    organiser…), not who did it or the words they typed."""
    for (stored,) in list(AuditEntry.select(AuditEntry.actor).distinct().tuples()):
        kept = Actor.from_stored(stored).without_name().stored()
        AuditEntry.update(actor=kept).where(AuditEntry.actor == stored).execute()
    for entry in AuditEntry.select().where(AuditEntry.detail.contains('"reason"')):
        details = entry.details
        details.pop("reason", None)
        entry.detail = json.dumps(details, ensure_ascii=False)
        entry.save()


def remove_backups(event_file: Path) -> int:
    """Delete the event's automatic backups (they hold the names too); returns how many."""
    found = backups.backups_of(event_file)
    for path in found:
        path.unlink(missing_ok=True)
    return len(found)


def participants_in(event: Event) -> int:
    return Participant.select().where(Participant.event == event).count()


def anonymise_event(event: Event, target: str, actor: Actor = UNNAMED, clock: Clock = SYSTEM_CLOCK) -> tuple[int, int]:
    """"Remove personal data": from the open event file and from its automatic backups.

    Returns (participants anonymised, backups deleted).
    """
    count = remove_personal_data(event, actor, clock)
    return count, 0 if is_url(target) else remove_backups(Path(target))
