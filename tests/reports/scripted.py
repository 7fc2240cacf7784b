"""A scripted run of the demo workshop: check-ins at the desk and the chair's actions.

Check-ins are written through the data model with UTC instants, as the desk writes
them; the chair's run log through the chair's own controls, on a fake clock. The
constants below are what the tests check the reports against, computed from the
script itself, never from the reports.
"""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from models.agenda.runlog import Chair
from models.checkin.entities import CheckIn
from models.ground.clock import FakeClock, local_to_utc, venue_zone
from models.ground.db import write_transaction
from models.ground.entities import Day, Event
from models.participants.entities import Participant

DAY_ONE, DAY_TWO = date(2011, 6, 9), date(2011, 6, 10)

ABSENT = {1: {125, 131}, 2: {104, 113, 119, 131}}  # expected on the day, never came (131 on neither day)
VOIDED_ONLY = {1: {117}}  # checked in by mistake, voided, never checked in again
VOIDED_THEN_VALID = {1: {120: (time(8, 31), time(8, 47))}}  # the first check-in voided, the second valid
FIXED = {1: {136: time(10, 20), 142: time(11, 10)}, 2: {142: time(9, 5), 125: time(8, 50)}}
NOT_EXPECTED_BUT_CAME = {2: {142}}  # Sophie Lambert was registered for day 1 only


def local(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock)


def arrivals(event: Event) -> dict[int, dict[int, datetime]]:
    """Day number -> participant number -> venue-local arrival time of the valid check-in."""
    rng = random.Random(2011)
    result: dict[int, dict[int, datetime]] = {}
    for number, day_date in ((1, DAY_ONE), (2, DAY_TWO)):
        times = {}
        for participant in Participant.select().where(Participant.event == event).order_by(Participant.number):
            p = participant.number
            if p in ABSENT.get(number, set()) or p in VOIDED_ONLY.get(number, set()):
                continue
            if p in FIXED.get(number, {}):
                times[p] = local(day_date, FIXED[number][p])
            elif p in VOIDED_THEN_VALID.get(number, {}):
                times[p] = local(day_date, VOIDED_THEN_VALID[number][p][1])
            elif participant.is_expected_on(number):
                minutes = rng.triangular(8 * 60 + 15, 9 * 60 + 5, 8 * 60 + 47)
                times[p] = local(day_date, time(0)) + timedelta(minutes=minutes, seconds=rng.randrange(60))
        result[number] = times
    return result


def script_check_ins(event: Event) -> dict[int, dict[int, datetime]]:
    zone = venue_zone(event.timezone)
    people = {p.number: p for p in Participant.select().where(Participant.event == event)}
    days = {d.number: d for d in Day.select().where(Day.event == event)}
    expected_arrivals = arrivals(event)
    with write_transaction():
        for number, day in days.items():
            for p, when in expected_arrivals[number].items():
                CheckIn.create(participant=people[p], day=day, at=local_to_utc(when, zone), desk="Desk 1",
                               method="scan", badge_version=1)
            for p, (first, _) in VOIDED_THEN_VALID.get(number, {}).items():
                at = local_to_utc(local(day.date, first), zone)
                CheckIn.create(participant=people[p], day=day, at=at, desk="Desk 2", method="search",
                               voided_at=at + timedelta(minutes=1), void_reason="wrong person")
            for p in VOIDED_ONLY.get(number, set()):
                at = local_to_utc(local(day.date, time(8, 40)), zone)
                CheckIn.create(participant=people[p], day=day, at=at, desk="Desk 2", method="search",
                               voided_at=at + timedelta(minutes=2), void_reason="checked in the wrong person")
    return expected_arrivals


# Day I as the chair ran it, through the chair's own controls: (venue time, control, message text)
DAY_ONE_RUN = [
    (time(9, 6), "start", ""),  # the opening statements, six minutes late
    (time(9, 32), "show_message", "5 minutes"),
    (time(9, 33), "hide_message", ""),
    (time(9, 41), "next_item", ""),  # the introduction
    (time(10, 12), "next_item", ""),  # the 2008 guidelines
    (time(10, 44), "next_item", ""),  # good practices
    (time(11, 12), "show_message", "Please wrap up"),
    (time(11, 20), "hide_message", ""),
    (time(11, 20), "next_item", ""),  # the coffee break starts by itself
    (time(11, 33), "start", ""),  # the break ends: session 3
    (time(13, 5), "next_item", ""),  # lunch
    (time(14, 32), "start", ""),  # session 4
    (time(16, 4), "next_item", ""),  # coffee
    (time(16, 17), "start", ""),  # session 5, first talk
    (time(16, 44), "next_item", ""),
    (time(17, 36), "show_message", "5 minutes"),
    (time(17, 41), "end", ""),  # the last talk ends: the day is over
]
DAY_ONE_MESSAGES = [(clock, text) for clock, control, text in DAY_ONE_RUN if control == "show_message"]
DAY_ONE_CLOSED_AT = time(17, 41)


def script_chair_actions(event: Event) -> None:
    """Run day I as the chair did, pressing the chair's controls at the scripted venue times."""
    zone = venue_zone(event.timezone)
    day = Day.get((Day.event == event) & (Day.number == 1))
    clock = FakeClock()
    chair = Chair(day, clock)
    for at, control, text in DAY_ONE_RUN:
        clock.set(local_to_utc(local(day.date, at), zone))
        getattr(chair, control)(*([text] if text else []))
