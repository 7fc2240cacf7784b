"""Exporting every check-in (voided ones marked) as CSV or XLSX, times in the venue's zone."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from peewee import JOIN

from models.checkin.entities import CheckIn
from models.ground.clock import utc_to_local, venue_zone
from models.ground.entities import Day, Event
from models.participants.entities import Delegation, Participant
from models.participants.spreadsheet import write_table

CHECKIN_COLUMNS = (
    ("day", "Day"), ("date", "Date"), ("time", "Time"), ("number", "Number"), ("given_name", "Given name"),
    ("family_name", "Family name"), ("delegation", "Delegation"), ("desk", "Desk"), ("method", "Method"),
    ("badge_version", "Badge version"), ("voided_at", "Voided at"), ("void_reason", "Void reason"),
)


def wall_clock(instant, zone) -> datetime:
    """The venue's date and time to the second, as a spreadsheet cell (typed in XLSX, ISO text in CSV)."""
    return utc_to_local(instant, zone).replace(tzinfo=None, microsecond=0)


def checkin_rows(event: Event) -> list[list]:
    zone = venue_zone(event.timezone)
    query = (CheckIn.select(CheckIn, Day, Participant, Delegation)
             .join(Day).switch(CheckIn).join(Participant)
             .join(Delegation, join_type=JOIN.LEFT_OUTER, on=(Participant.delegation == Delegation.id))
             .where(Day.event == event).order_by(Day.number, CheckIn.at))
    rows = []
    for check_in in query:
        person = check_in.participant
        rows.append([
            check_in.day.number, check_in.day.date, wall_clock(check_in.at, zone).time(), person.number,
            person.given_name, person.family_name, person.delegation_name,
            check_in.desk, check_in.method, check_in.badge_version,
            wall_clock(check_in.voided_at, zone) if check_in.voided_at else "", check_in.void_reason,
        ])
    return rows


def export_checkins(event: Event, path: str | Path) -> int:
    """Write every check-in (voided ones marked), times in the venue's zone; returns how many."""
    rows = checkin_rows(event)
    write_table(path, [label for _key, label in CHECKIN_COLUMNS], rows,
                keys=[key for key, _label in CHECKIN_COLUMNS], title="Check-ins", seconds=True)
    return len(rows)
