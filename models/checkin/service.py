"""What happens when someone arrives: check in by badge or by person, undo, walk-ins.

The desk, the camera and the command line all call `check_in` and show the
`CheckInResult` it returns. A result is only returned after the check-in is durably
committed (or, for "already", after the database refused a second one), so a green
answer is never given for a check-in that a power cut could take back.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from models.badges.reading import BadgeReading, BadgeStatus, read_badge
from models.checkin.entities import CheckIn
from models.ground import audit, commits
from models.ground.clock import SYSTEM_CLOCK, Clock, utc_to_local, venue_today, venue_zone
from models.ground.days import event_days
from models.ground.db import database_errors_explained, write_transaction
from models.ground.entities import Day, Event
from models.ground.errors import BelvedereError, ConstraintError, EventFileError
from models.ground.i18n import QT_TRANSLATE_NOOP, translate
from models.ground.names import stored_name
from models.participants.entities import Participant
from models.participants.entries import registration_entry
from models.participants.registration import PersonDetails, register_participant

log = logging.getLogger(__name__)  # participants by number only, never by name

class Outcome(str, Enum):
    CHECKED_IN = "checked-in"
    ALREADY = "already"  # a valid check-in exists for that day; `check_in` is the earlier one
    REFUSED = "refused"  # the badge is not accepted; `badge_status` says why
    NOT_EXPECTED = "not-expected"  # known, but not on the list for that day
    NOT_SAVED = "not-saved"  # the event file could not be written; `problem` says what to do


@dataclass(frozen=True)
class CheckInResult:
    outcome: Outcome
    day: Day
    participant: Participant | None = None
    check_in: CheckIn | None = None
    badge_status: BadgeStatus | None = None
    replaced_at: datetime | None = None
    problem: str = ""
    journal_problem: str = ""  # saved, but the journal on the second medium could not be written
    practice: bool = False  # a practice answer: nothing was recorded (models.checkin.practice)

    @property
    def checked_in(self) -> bool:
        return self.outcome is Outcome.CHECKED_IN


REFUSAL_REASONS = {
    BadgeStatus.OTHER_EVENT: QT_TRANSLATE_NOOP(
        "checkin", "This badge is for another event. Check that this event's file is open."),
    BadgeStatus.REPLACED: QT_TRANSLATE_NOOP(
        "checkin", "This badge was replaced by a newer one. Ask for the new badge, or search the name."),
    BadgeStatus.UNKNOWN_PARTICIPANT: QT_TRANSLATE_NOOP(
        "checkin", "This badge belongs to no one registered here. Search the person by name."),
    BadgeStatus.FORGED: QT_TRANSLATE_NOOP(
        "checkin", "This badge's code is not genuine. Ask for an identity document and call the organiser."),
    BadgeStatus.NOT_BELVEDERE: QT_TRANSLATE_NOOP(
        "checkin", "This is not a badge of this event. Scan the QR code on the badge, or search the name."),
}
NOT_EXPECTED_REASON = QT_TRANSLATE_NOOP(
    "checkin", "Not on the list for this day. Ask the organiser; check in anyway if they agree.")


def refusal_reason(result: CheckInResult) -> str:
    """The reason for a red answer, in plain words with what to do."""
    if result.outcome is Outcome.NOT_EXPECTED:
        return translate("checkin", NOT_EXPECTED_REASON)
    if result.outcome is Outcome.NOT_SAVED:
        return result.problem
    reason = REFUSAL_REASONS.get(result.badge_status)
    return translate("checkin", reason) if reason else ""


# --- which day -------------------------------------------------------------


def day_on(event: Event, on: date) -> Day | None:
    return Day.get_or_none((Day.event == event) & (Day.date == on))


def today(event: Event, clock: Clock = SYSTEM_CLOCK) -> Day:
    """The event day it is now at the venue; refused with the days to choose from on any other date."""
    on = venue_today(clock, venue_zone(event.timezone))
    day = day_on(event, on)
    if day is None:
        numbers = ", ".join(str(d.number) for d in event_days(event)) or "none"
        raise BelvedereError(translate("checkin", "Today ({on:%d.%m.%Y} at the venue) is not a day of this event. "
                                                  "Choose the day (the event's days are: {numbers}).")
                             .format(on=on, numbers=numbers))
    return day


# --- checking in -------------------------------------------------------------


@dataclass(frozen=True)
class Admission:
    """Whom a badge or the search names, and how, once they may be checked in on the day."""

    participant: Participant
    badge_version: int | None
    method: str
    expected: bool


def admit(event: Event, scanned: str | Participant, day: Day, method: str | None, anyway: bool,
          earlier_check_in=None) -> Admission | CheckInResult:
    """Read the badge (or take the person found) and decide whether they may be checked in on the day: an
    Admission, or the answer itself (refused, or not expected — already in, if they were let in before).

    `earlier_check_in(participant, day)` finds a valid check-in (by default the event file's)."""
    if isinstance(scanned, Participant):
        participant, badge_version, method = scanned, None, method or "search"
    else:
        reading = read_badge(scanned, event)
        if not reading.is_valid:
            return refused(reading, day)
        participant, badge_version, method = reading.participant, reading.version, method or "scan"
    expected = participant.is_expected_on(day.number)
    if not (expected or anyway):
        earlier = (earlier_check_in or valid_check_in)(participant, day)  # let in anyway before: same as any repeat
        return CheckInResult(Outcome.ALREADY if earlier else Outcome.NOT_EXPECTED, day, participant, earlier)
    return Admission(participant, badge_version, method, expected)


def check_in(event: Event, scanned: str | Participant, *, day: Day | None = None, desk: str = "",
             operator: str = "", method: str | None = None, anyway: bool = False,
             clock: Clock = SYSTEM_CLOCK) -> CheckInResult:
    """Check in the person a badge payload (as typed by a scanner) or a participant names.

    The day defaults to today at the venue. `anyway` checks in someone not expected
    that day (the organiser agreed). Never raises for a database failure: that is a
    NOT_SAVED result, so the desk shows red instead of a false green.
    """
    day = day or today(event, clock)
    desk, operator = stored_name(desk), stored_name(operator)
    participant = None
    try:
        with database_errors_explained():  # reading the badge too: a file gone is "not saved", not a crash
            admitted = admit(event, scanned, day, method, anyway)
            if isinstance(admitted, CheckInResult):
                return admitted
            participant = admitted.participant
            with write_transaction():
                record = CheckIn.create(participant=participant, day=day, at=clock.now(), desk=desk,
                                        operator=operator, method=admitted.method, badge_version=admitted.badge_version)
                if not admitted.expected:
                    audit.record("checked in although not expected", f"participant:{participant.number}",
                                 audit.at_desk(operator), clock, day=day.number, desk=desk)
    except ConstraintError:  # the one valid check-in per person and day is already there
        return already(participant, day)
    except EventFileError as problem:
        return not_saved(problem, day, participant)
    return checked_in(event, day, participant, record)


def checked_in(event: Event, day: Day, participant: Participant, record: CheckIn,
               registered: list[dict] = ()) -> CheckInResult:
    log.info("checked in: participant %s, day %s, desk %r, by %s", participant.number, day.number, record.desk,
             record.method)
    problem = commits.announce(event, [*registered, checkin_entry(record)])
    return CheckInResult(Outcome.CHECKED_IN, day, participant, record, journal_problem=problem)


def refused(reading: BadgeReading, day: Day) -> CheckInResult:
    log.info("badge refused (%s): participant %s, day %s", reading.status.value,
             reading.participant.number if reading.participant else "unknown", day.number)
    return CheckInResult(Outcome.REFUSED, day, reading.participant, badge_status=reading.status,
                         replaced_at=reading.replaced_at)


def already(participant: Participant, day: Day) -> CheckInResult:
    return CheckInResult(Outcome.ALREADY, day, participant, valid_check_in(participant, day))


def not_saved(problem: EventFileError, day: Day, participant: Participant | None) -> CheckInResult:
    log.warning("check-in not saved: participant %s, day %s: %s (%s)",
                participant.number if participant else "walk-in", day.number, problem, problem.__cause__)
    return CheckInResult(Outcome.NOT_SAVED, day, participant, problem=str(problem))


def walk_in(event: Event, details: PersonDetails, day: Day, *, desk: str = "", operator: str = "",
            clock: Clock = SYSTEM_CLOCK) -> CheckInResult:
    """Register someone who was not on the list and check them in, in one transaction.

    Details that cannot be saved raise RegistrationError before anything is written.
    """
    desk, operator = stored_name(desk), stored_name(operator)
    try:
        with write_transaction():
            participant = register_participant(event, details, actor=audit.at_desk(operator), clock=clock)
            record = CheckIn.create(participant=participant, day=day, at=clock.now(), desk=desk,
                                    operator=operator, method="walk-in")
    except EventFileError as problem:
        return not_saved(problem, day, None)
    return checked_in(event, day, participant, record, [registration_entry(participant)])


# --- reading and undoing -----------------------------------------------------


def valid_check_in(participant: Participant, day: Day) -> CheckIn | None:
    return CheckIn.get_or_none(
        (CheckIn.participant == participant) & (CheckIn.day == day) & CheckIn.voided_at.is_null()
    )


def last_check_in_at(desk: str, day: Day) -> CheckIn | None:
    """The desk's most recent check-in of the day that still stands (what Undo takes back), with its person and day."""
    return (CheckIn.select(CheckIn, Participant, Day).join(Participant).switch(CheckIn).join(Day)
            .where((CheckIn.desk == desk) & (CheckIn.day == day) & CheckIn.voided_at.is_null())
            .order_by(CheckIn.at.desc(), CheckIn.id.desc())
            .first())


def undo_reason(reason: str) -> str:
    """The reason for an undo, required: the audit log says why a check-in was taken back."""
    reason = reason.strip()
    if not reason:
        raise BelvedereError(translate("checkin", "Give a reason for undoing the check-in."))
    return reason


def void_check_in(record: CheckIn, reason: str, operator: str = "", clock: Clock = SYSTEM_CLOCK) -> CheckIn:
    """Take a check-in back (it stays in the file, voided, and the audit log says why)."""
    reason, operator = undo_reason(reason), stored_name(operator)
    with write_transaction():
        updated = (CheckIn.update(voided_at=clock.now(), void_reason=reason, voided_by=operator)
                   .where((CheckIn.id == record.id) & CheckIn.voided_at.is_null())
                   .execute())
        if not updated:
            raise BelvedereError(translate("checkin", "This check-in was already undone."))
        participant = Participant.get_by_id(record.participant_id)
        audit.record("check-in voided", f"participant:{participant.number}", audit.at_desk(operator), clock,
                     day=record.day.number, desk=record.desk, reason=reason)
    voided = CheckIn.get_by_id(record.id)
    log.info("check-in undone: participant %s, day %s", participant.number, record.day.number)
    commits.announce(participant.event, [void_entry(voided)])
    return voided


def checkin_entry(checkin: CheckIn) -> dict:
    """A committed check-in as the journal keeps it (the participant by number only)."""
    return {
        "type": "checkin", "number": checkin.participant.number, "day": checkin.day.number,
        "at": commits.instant_text(checkin.at), "desk": checkin.desk, "operator": checkin.operator,
        "method": checkin.method, "badge_version": checkin.badge_version,
    }


def void_entry(checkin: CheckIn) -> dict:
    return {"type": "void", "number": checkin.participant.number, "day": checkin.day.number,
            "at": commits.instant_text(checkin.at), "voided_at": commits.instant_text(checkin.voided_at),
            "reason": checkin.void_reason, "by": checkin.voided_by}


def local_time(event: Event, instant: datetime) -> datetime:
    """An instant as the venue's wall-clock time, for answers like 'at 08:47'."""
    return utc_to_local(instant, venue_zone(event.timezone))
