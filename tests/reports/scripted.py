"""A scripted run of the demo workshop: check-ins at the desk and the chair's actions.

Everything is written through the data model with UTC instants, as the desk and the
chair's display would write it. The constants below are what the tests check the
reports against, computed from the script itself, never from the reports.
"""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from models.agenda.entities import AgendaAction, AgendaItem
from models.checkin.entities import CheckIn
from models.clock import local_to_utc, venue_zone
from models.db import write_transaction
from models.event.entities import Day, Event
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


# Day I as the chair ran it: (item title, start, end or None when the chair moved straight on)
DAY_ONE_RUN = [
    ("Registration of participants", time(8, 45), time(9, 2)),
    ("Opening statements", time(9, 6), time(9, 41)),
    ("Introduction to the workshop and overview of the need for co-operation between LEA and ISP",
     time(9, 41), time(10, 12)),
    ("The Guidelines for LEA/ISP cooperation in the investigation of cybercrime of 2008", time(10, 12), None),
    ("Good practices of LEA/ISP cooperation (including memoranda of understanding and criminal compliance "
     "programmes)", time(10, 44), time(11, 20)),
    ("Coffee break", time(11, 20), time(11, 33)),
    ("Interventions/discussion by participants", time(11, 33), time(13, 5)),
    ("Lunch break", time(13, 5), time(14, 32)),
    ("Overview of the domestic procedural law and presentation of responsibilities, authorities and limitations "
     "set by this legislation", time(14, 32), time(16, 4)),
    ("Coffee break", time(16, 4), time(16, 17)),
    ("Good practices of procedures for legally binding requests", time(16, 17), time(16, 44)),
    ("Current procedures for legally binding requests in project areas (interventions/discussion by participants)",
     time(16, 44), time(17, 41)),
]
DAY_ONE_MESSAGES = [
    ("Opening statements", time(9, 32), "5 minutes"),
    ("Good practices of LEA/ISP cooperation (including memoranda of understanding and criminal compliance "
     "programmes)", time(11, 12), "Please wrap up"),
    ("Current procedures for legally binding requests in project areas (interventions/discussion by participants)",
     time(17, 36), "5 minutes"),
]
DAY_ONE_CLOSED_AT = time(17, 41)  # the chair marks the end of the day


def script_chair_actions(event: Event) -> None:
    zone = venue_zone(event.timezone)
    day = Day.get((Day.event == event) & (Day.number == 1))
    items = list(AgendaItem.select().where(AgendaItem.day == day).order_by(AgendaItem.position))
    leaves = [item for item in items if item.kind != "session" and item.kind != "end"]
    queue = list(leaves)

    def at(clock: time) -> datetime:
        return local_to_utc(local(day.date, clock), zone)

    with write_transaction():
        for title, start, end in DAY_ONE_RUN:
            item = next(candidate for candidate in queue if candidate.title.startswith(title[:40]))
            queue.remove(item)
            AgendaAction.create(day=day, item=item, action="start", at=at(start), actor="chair")
            if end:
                AgendaAction.create(day=day, item=item, action="end", at=at(end), actor="chair")
        for title, clock, text in DAY_ONE_MESSAGES:
            item = next(candidate for candidate in leaves if candidate.title.startswith(title[:40]))
            AgendaAction.create(day=day, item=item, action="message", at=at(clock), text=text, actor="chair")
        closing = next(item for item in items if item.kind == "end")
        AgendaAction.create(day=day, item=closing, action="start", at=at(DAY_ONE_CLOSED_AT), actor="chair")
