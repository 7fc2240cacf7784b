"""Who has arrived: counts per day."""
from __future__ import annotations

from dataclasses import dataclass

from models.checkin.entities import CheckIn
from models.event.entities import Day
from models.participants.entities import Participant


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
