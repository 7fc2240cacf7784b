"""Who has arrived: counts per day, by delegation and role, and who is still missing."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from peewee import fn

from models.checkin.entities import CheckIn
from models.ground.entities import Day
from models.participants.entities import Participant
from models.participants.queries import delegations_in_order, roles_in_order


@dataclass(frozen=True)
class DayCount:
    arrived: int
    expected: int


def expected_on(day: Day):
    """A query of the participants expected on the day (empty days_expected means every day)."""
    number = str(day.number)
    days = Participant.days_expected
    return Participant.select().where(
        (Participant.event == day.event_id)
        & ((days == "") | (days == number) | days.startswith(number + ",") | days.endswith("," + number)
           | days.contains("," + number + ","))
    )


def day_count(day: Day) -> DayCount:
    arrived = CheckIn.select().where((CheckIn.day == day) & CheckIn.voided_at.is_null()).count()
    return DayCount(arrived=arrived, expected=expected_on(day).count())


@dataclass(frozen=True)
class GroupCount:
    """Arrivals in one delegation or role; `key` is its code or key, '' for people with none."""

    key: str
    name: str
    arrived: int
    expected: int


@dataclass(frozen=True)
class DayCounts:
    arrived: int
    expected: int
    by_delegation: list[GroupCount]
    by_role: list[GroupCount]


def arrived_on(day: Day):
    """A query of the day's valid check-ins, joined to their participants."""
    return CheckIn.select().join(Participant).where((CheckIn.day == day) & CheckIn.voided_at.is_null())


def _grouped(query, field) -> dict[int | None, int]:
    return {group: count for group, count in query.select(field, fn.COUNT(Participant.id)).group_by(field).tuples()}


def _groups(groups: list[tuple[int | None, str, str]], field, arrived_query, expected_query) -> list[GroupCount]:
    """Counts for each (id, key, name) group that has anyone expected or arrived."""
    arrived = _grouped(arrived_query, field)
    expected = _grouped(expected_query, field)
    return [GroupCount(key, name, arrived.get(id_, 0), expected.get(id_, 0))
            for id_, key, name in groups if arrived.get(id_) or expected.get(id_)]


NO_DELEGATION, NO_ROLE = "No delegation", "No role"  # the groups of people in none


def day_counts(day: Day) -> DayCounts:
    """Arrived and expected on the day, in total, by delegation and by role (in the event's order)."""
    event = day.event
    arrived, expected = arrived_on(day), expected_on(day)
    delegations = [(d.id, d.code, d.name) for d in delegations_in_order(event)]
    roles = [(r.id, r.key, r.name) for r in roles_in_order(event)]
    return DayCounts(
        arrived=arrived.count(),
        expected=expected.count(),
        by_delegation=_groups(delegations + [(None, "", NO_DELEGATION)], Participant.delegation, arrived, expected),
        by_role=_groups(roles + [(None, "", NO_ROLE)], Participant.role, arrived, expected),
    )


class Presence(str, Enum):
    ARRIVED = "arrived"
    NOT_YET = "not-yet"
    NOT_EXPECTED = "not-expected"


@dataclass(frozen=True)
class DayStatus:
    presence: Presence
    at: datetime | None = None  # when they were checked in
    desk: str = ""


def day_statuses(day: Day, participant_ids: list[int]) -> dict[int, DayStatus]:
    """Participant id -> arrived (when, where), not yet, or not expected on the day; for a list on screen."""
    arrivals = (CheckIn.select(CheckIn.participant, CheckIn.at, CheckIn.desk)
                .where((CheckIn.day == day) & CheckIn.voided_at.is_null() & CheckIn.participant.in_(participant_ids))
                .tuples())
    expected = {id_ for (id_,) in expected_on(day).select(Participant.id)
                .where(Participant.id.in_(participant_ids)).tuples()}
    statuses = {id_: DayStatus(Presence.NOT_YET if id_ in expected else Presence.NOT_EXPECTED)
                for id_ in participant_ids}
    statuses.update({id_: DayStatus(Presence.ARRIVED, at, desk) for id_, at, desk in arrivals})
    return statuses
