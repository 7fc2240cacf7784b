"""Who was expected and who attended, day by day: the facts every report is built from.

A person attended a day when they hold a valid check-in for it (not voided).
Times are given in venue-local wall-clock time, as people read them on the reports.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from models.checkin.entities import CheckIn
from models.ground.clock import utc_to_local, venue_zone
from models.ground.days import day_by_number, event_days
from models.ground.entities import Day, Event
from models.participants.entities import Participant
from models.participants.folding import fold
from models.participants.queries import participants_in_order

NO_ROLE = "No role"  # what people without a role are grouped as


@dataclass(frozen=True)
class Group:
    """A delegation, or everyone without one."""

    title: str
    participants: list[Participant]


@dataclass
class AttendanceRecord:
    event: Event
    days: list[Day]
    participants: list[Participant]
    arrivals: dict[tuple[int, int], datetime] = field(default_factory=dict)  # (participant id, day id) -> local

    def checked_in_at(self, participant: Participant, day: Day) -> datetime | None:
        return self.arrivals.get((participant.id, day.id))

    def attended(self, participant: Participant, day: Day) -> bool:
        return (participant.id, day.id) in self.arrivals

    def days_attended(self, participant: Participant) -> list[Day]:
        return [day for day in self.days if self.attended(participant, day)]

    def expected(self, participant: Participant, day: Day) -> bool:
        return participant.is_expected_on(day.number)

    def on_day(self, day: Day) -> list[Participant]:
        """Everyone expected on the day, and anyone who came without being expected."""
        return [p for p in self.participants if self.expected(p, day) or self.attended(p, day)]

    def attendees(self) -> list[Participant]:
        """Everyone who attended at least one of the days."""
        return [p for p in self.participants if self.days_attended(p)]

    def arrival_times(self, day: Day) -> list[datetime]:
        return sorted(at for (_, day_id), at in self.arrivals.items() if day_id == day.id)


def family_name_order(participant: Participant) -> tuple[str, str, int]:
    return fold(participant.family_name), fold(participant.given_name), participant.number


def others_title(participants: list[Participant]) -> str:
    """The group of people without a delegation, named by the roles found in it."""
    roles = []
    for participant in sorted(participants, key=lambda p: (p.role.position if p.role else 1_000_000)):
        name = participant.role_name or NO_ROLE
        if name not in roles:
            roles.append(name)
    return "Other participants" + (f" ({', '.join(roles)})" if roles else "")


def by_delegation(participants: list[Participant]) -> list[Group]:
    """Delegations in the event's order, people by family name; those without a delegation last."""
    delegations: dict[int, list[Participant]] = {}
    others: list[Participant] = []
    for participant in participants:
        if participant.delegation_id is None:
            others.append(participant)
        else:
            delegations.setdefault(participant.delegation_id, []).append(participant)
    groups = [
        Group(members[0].delegation.name, sorted(members, key=family_name_order))
        for members in sorted(delegations.values(), key=lambda m: (m[0].delegation.position, m[0].delegation.name))
    ]
    if others:
        groups.append(Group(others_title(others), sorted(others, key=family_name_order)))
    return groups


def chosen_days(event: Event, day_number: int | None = None) -> list[Day]:
    """The one day asked for (a clear error if it does not exist), or every day of the event."""
    return [day_by_number(event, day_number)] if day_number else event_days(event)


def valid_check_ins(event: Event, days: list[Day]) -> list[tuple[int, int, datetime]]:
    """(participant id, day id, venue-local time) of every valid check-in on the days, earliest first."""
    if not days:
        return []
    zone = venue_zone(event.timezone)
    rows = (CheckIn.select(CheckIn.participant, CheckIn.day, CheckIn.at)
            .where(CheckIn.day.in_([day.id for day in days]) & CheckIn.voided_at.is_null())
            .order_by(CheckIn.at))
    return [(row.participant_id, row.day_id, utc_to_local(row.at, zone)) for row in rows]


def arrival_times_by_day(event: Event, days: list[Day]) -> list[list[datetime]]:
    """Each day's arrival times (venue-local), without loading the participants: for the live chart."""
    by_day: dict[int, list[datetime]] = {day.id: [] for day in days}
    for _, day_id, at in valid_check_ins(event, days):
        by_day[day_id].append(at)
    return [by_day[day.id] for day in days]


def load_record(event: Event, day_number: int | None = None) -> AttendanceRecord:
    days = chosen_days(event, day_number)
    record = AttendanceRecord(event=event, days=days, participants=participants_in_order(event))
    for participant_id, day_id, at in valid_check_ins(event, days):
        record.arrivals.setdefault((participant_id, day_id), at)
    return record
