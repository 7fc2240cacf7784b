"""The desk in practice: training volunteers on the real participant list, recording nothing.

A desk calls one of two desks with the same methods: `RecordingDesk`, the event file's check-ins as
on the day, or `PracticeDesk`, whose scans, searches, walk-ins and undos answer exactly as on the day
(the badges and the list are read, real check-ins count as "already") but are kept in memory only:
nothing reaches the event's check-ins, counts, audit log, journal or reports. A desk opened on a date
that is not a day of the event opens in practice; leaving practice is the desk's explicit choice.
"""
from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date

from models.checkin.counts import (
    NO_DELEGATION,
    NO_ROLE,
    DayCounts,
    DayStatus,
    GroupCount,
    Presence,
    day_counts,
    day_statuses,
)
from models.checkin.entities import CheckIn
from models.checkin.service import (
    CheckInResult,
    Outcome,
    admit,
    check_in,
    last_check_in_at,
    not_saved,
    undo_reason,
    valid_check_in,
    void_check_in,
    walk_in,
)
from models.ground.clock import SYSTEM_CLOCK, Clock, venue_today, venue_zone
from models.ground.days import event_days
from models.ground.db import database_errors_explained
from models.ground.entities import Day, Event
from models.ground.errors import BelvedereError, EventFileError
from models.ground.i18n import translate
from models.participants.entities import Participant
from models.participants.registration import PersonDetails, next_participant_number, unsaved_participant

log = logging.getLogger(__name__)

def opens_in_practice(event: Event, clock: Clock = SYSTEM_CLOCK) -> bool:
    """A desk opened on a date that is not a day of the event practises: nothing it does is recorded by mistake."""
    today: date = venue_today(clock, venue_zone(event.timezone))
    return all(day.date != today for day in event_days(event))


class RecordingDesk:
    """The desk as on the day: every check-in, walk-in and undo recorded in the event file."""

    practice = False

    def __init__(self, event: Event):
        self.event = event

    def check_in(self, scanned: str | Participant, **how) -> CheckInResult:
        return check_in(self.event, scanned, **how)

    def walk_in(self, details: PersonDetails, day: Day, **how) -> CheckInResult:
        return walk_in(self.event, details, day, **how)

    def last_check_in_at(self, desk: str, day: Day) -> CheckIn | None:
        return last_check_in_at(desk, day)

    def void(self, record: CheckIn, reason: str, operator: str = "", clock: Clock = SYSTEM_CLOCK) -> CheckIn:
        return void_check_in(record, reason, operator, clock)

    def counts(self, day: Day) -> DayCounts:
        return day_counts(day)

    def statuses(self, day: Day, participant_ids: list[int]) -> dict[int, DayStatus]:
        return day_statuses(day, participant_ids)


def _counted(groups: list[GroupCount], people: list[Participant], key, name, field: str) -> list[GroupCount]:
    """The groups with one more arrived (or expected) for each person, in the group `key(person)` names."""
    groups = list(groups)
    for person in people:
        index = next((i for i, group in enumerate(groups) if group.key == key(person)), None)
        if index is None:
            groups.append(GroupCount(key(person), name(person), 0, 0))
            index = len(groups) - 1
        groups[index] = replace(groups[index], **{field: getattr(groups[index], field) + 1})
    return groups


def _delegation_key(person: Participant) -> str:
    return person.delegation.code if person.delegation_id else ""


def _delegation_name(person: Participant) -> str:
    return person.delegation_name or NO_DELEGATION


def _role_key(person: Participant) -> str:
    return person.role.key if person.role_id else ""


def _role_name(person: Participant) -> str:
    return person.role_name or NO_ROLE


class PracticeDesk(RecordingDesk):
    """The desk in practice: answers as on the day against the real list; what it does stays in memory."""

    practice = True

    def __init__(self, event: Event):
        super().__init__(event)
        self.check_ins: list[CheckIn] = []  # never saved
        self.walk_ins: list[Participant] = []  # never saved: numbers after the event's highest

    def practised(self, participant: Participant, day: Day) -> CheckIn | None:
        return next((record for record in reversed(self.check_ins) if record.voided_at is None
                     and record.day.id == day.id and record.participant.number == participant.number), None)

    def earlier(self, participant: Participant, day: Day) -> CheckIn | None:
        """A valid check-in in practice, or one really recorded: either makes a repeat "already"."""
        practised = self.practised(participant, day)
        return practised or (valid_check_in(participant, day) if participant.id is not None else None)

    def check_in(self, scanned: str | Participant, *, day: Day, desk: str = "", operator: str = "",
                 method: str | None = None, anyway: bool = False, clock: Clock = SYSTEM_CLOCK) -> CheckInResult:
        try:
            with database_errors_explained():  # the badge and the list are read from the file
                admitted = admit(self.event, scanned, day, method, anyway, self.earlier)
                if isinstance(admitted, CheckInResult):
                    return replace(admitted, practice=True)
                earlier = self.earlier(admitted.participant, day)
        except EventFileError as problem:
            return replace(not_saved(problem, day, None), practice=True)
        if earlier is not None:
            return CheckInResult(Outcome.ALREADY, day, admitted.participant, earlier, practice=True)
        return self._practise(admitted.participant, day, desk, operator, admitted.method, admitted.badge_version,
                              clock)

    def _practise(self, participant: Participant, day: Day, desk: str, operator: str, method: str,
                  badge_version: int | None, clock: Clock) -> CheckInResult:
        record = CheckIn(participant=participant, day=day, at=clock.now(), desk=desk, operator=operator,
                         method=method, badge_version=badge_version)
        self.check_ins.append(record)
        log.info("practice check-in (not recorded): participant %s, day %s", participant.number, day.number)
        return CheckInResult(Outcome.CHECKED_IN, day, participant, record, practice=True)

    def walk_in(self, details: PersonDetails, day: Day, *, desk: str = "", operator: str = "",
                clock: Clock = SYSTEM_CLOCK) -> CheckInResult:
        """Details are checked as on the day (a RegistrationError before anything); nobody is registered."""
        number = max([next_participant_number(self.event)] + [person.number + 1 for person in self.walk_ins])
        participant = unsaved_participant(self.event, details, number, clock)
        self.walk_ins.append(participant)
        return self._practise(participant, day, desk, operator, "walk-in", None, clock)

    def last_check_in_at(self, desk: str, day: Day) -> CheckIn | None:
        """The desk's last practice check-in of the day that still stands: real ones are never undone here."""
        return next((record for record in reversed(self.check_ins)
                     if record.desk == desk and record.day.id == day.id and record.voided_at is None), None)

    def void(self, record: CheckIn, reason: str, operator: str = "", clock: Clock = SYSTEM_CLOCK) -> CheckIn:
        reason = undo_reason(reason)
        if record not in self.check_ins:
            raise BelvedereError(translate("checkin", "Only a practice check-in is undone in practice."))
        if record.voided_at is not None:
            raise BelvedereError(translate("checkin", "This check-in was already undone."))
        record.voided_at, record.void_reason, record.voided_by = clock.now(), reason, operator
        return record

    def arrivals(self, day: Day) -> list[Participant]:
        return [record.participant for record in self.check_ins if record.day.id == day.id and record.voided_at is None]

    def counts(self, day: Day) -> DayCounts:
        """The day's counts with the practice arrivals (and walk-ins expected) added, as the desk would see them."""
        counts, arrived = day_counts(day), self.arrivals(day)
        registered = [person for person in self.walk_ins if person.is_expected_on(day.number)]
        by_delegation = _counted(_counted(counts.by_delegation, arrived, _delegation_key, _delegation_name, "arrived"),
                                 registered, _delegation_key, _delegation_name, "expected")
        by_role = _counted(_counted(counts.by_role, arrived, _role_key, _role_name, "arrived"),
                           registered, _role_key, _role_name, "expected")
        return DayCounts(counts.arrived + len(arrived), counts.expected + len(registered), by_delegation, by_role)

    def statuses(self, day: Day, participant_ids: list[int]) -> dict[int, DayStatus]:
        statuses = day_statuses(day, participant_ids)
        for record in self.check_ins:
            if record.day.id == day.id and record.voided_at is None and record.participant.id in statuses:
                statuses[record.participant.id] = DayStatus(Presence.ARRIVED, record.at, record.desk)
        return statuses
