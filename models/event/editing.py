"""Editing the event itself: title, venue, dates, time zone, working languages.

Days follow the dates: moving the first day moves every day and its agenda by the same
number of days (agenda times are venue wall-clock times, so 09:00 stays 09:00); a longer
event gets new empty days at the end; a shorter one loses its last days only if nothing
is planned or recorded on them. Once check-ins or the chair's actions are recorded, the
dates and the time zone are fixed: those records are instants of the real event.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from models.agenda.entities import AgendaAction, AgendaItem
from models.checkin.entities import CheckIn
from models.ground import audit, commits
from models.ground.audit import UNNAMED, Actor
from models.ground.clock import SYSTEM_CLOCK, Clock, venue_zone
from models.ground.days import day_name, default_label, event_days
from models.ground.db import write_transaction
from models.ground.entities import Day, Event
from models.ground.errors import BelvedereError
from models.ground.i18n import counted, current_language, translate
from models.participants.entities import Participant

MAX_DAYS = 31
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")


class EventEditError(BelvedereError):
    pass


@dataclass
class EventDetails:
    title: str
    start_date: date
    end_date: date
    timezone: str
    languages: list[str] = field(default_factory=lambda: ["en"])
    subtitle: str = ""
    venue: str = ""
    city: str = ""
    country: str = ""
    notes: str = ""


def details_of(event: Event) -> EventDetails:
    return EventDetails(title=event.title, start_date=event.start_date, end_date=event.end_date,
                        timezone=event.timezone, languages=event.language_list, subtitle=event.subtitle,
                        venue=event.venue, city=event.city, country=event.country, notes=event.notes)


def parse_languages(text: str) -> list[str]:
    """'en, sq' → ['en', 'sq']."""
    return [code.strip().lower() for code in re.split(r"[,;\s]+", text) if code.strip()]


def problems_with_event(details: EventDetails) -> list[str]:
    problems = []
    if not details.title.strip():
        problems.append(translate("event", "The event needs a title."))
    if details.end_date < details.start_date:
        problems.append(translate("event", "The last day is before the first day."))
    elif (details.end_date - details.start_date).days >= MAX_DAYS:
        problems.append(translate("event", "An event of more than {max_days} days is not supported. Check the dates.")
                        .format(max_days=MAX_DAYS))
    try:
        venue_zone(details.timezone)
    except BelvedereError as error:
        problems.append(str(error))
    if not details.languages:
        problems.append(translate("event", "Give at least one working language, like en."))
    bad = [code for code in details.languages if not LANGUAGE_CODE.match(code)]
    if bad:
        problems.append(translate("event", "'{value}' is not a language code like en or sq.").format(value=bad[0]))
    return problems


def has_records(event: Event) -> bool:
    """Whether check-ins or chair actions exist: then the event's dates and zone are part of history."""
    days = Day.select(Day.id).where(Day.event == event)
    return (CheckIn.select().where(CheckIn.day.in_(days)).exists()
            or AgendaAction.select().where(AgendaAction.day.in_(days)).exists())


def _check_removed_days(removed: list[Day]) -> None:
    for day in removed:
        label = day_name(day)
        items = AgendaItem.select().where(AgendaItem.day == day).count()
        if items:
            raise EventEditError(counted.tr("{label} has %n agenda items. Remove them first, or keep "
                                            "the last day.", "", items).format(label=label))
        number = str(day.number)
        days = Participant.days_expected
        expected = Participant.select().where(
            (Participant.event == day.event_id)
            & ((days == number) | days.startswith(number + ",") | days.endswith("," + number)
               | days.contains("," + number + ","))).count()
        if expected:
            raise EventEditError(counted.tr("%n participants are expected on {label}. Change their "
                                            "days first.", "", expected).format(label=label))


def _move_days(days: list[Day], shift: timedelta) -> None:
    """Move days and their agenda by whole days, in an order that never puts two days on one date."""
    for day in sorted(days, key=lambda d: d.date, reverse=shift > timedelta(0)):
        Day.update(date=day.date + shift).where(Day.id == day.id).execute()
        for item in AgendaItem.select().where(AgendaItem.day == day):
            AgendaItem.update(planned_start=item.planned_start + shift, planned_end=item.planned_end + shift) \
                .where(AgendaItem.id == item.id).execute()


def update_event(event: Event, details: EventDetails, actor: Actor = UNNAMED, clock: Clock = SYSTEM_CLOCK) -> list[str]:
    """Save the event's details, keeping days and agenda consistent; returns the fields that changed."""
    problems = problems_with_event(details)
    if problems:
        raise EventEditError(" ".join(problems))
    values = {"title": details.title.strip(), "subtitle": details.subtitle.strip(), "venue": details.venue.strip(),
              "city": details.city.strip(), "country": details.country.strip(), "start_date": details.start_date,
              "end_date": details.end_date, "timezone": details.timezone.strip(),
              "languages": ",".join(details.languages), "notes": details.notes}
    changed = [key for key, value in values.items() if getattr(event, key) != value]
    if not changed:
        return []
    with write_transaction():
        if {"start_date", "end_date", "timezone"} & set(changed) and has_records(event):
            moved = event.start_date != details.start_date or event.timezone != values["timezone"]
            days = event_days(event)
            shortened = len(days) > (details.end_date - details.start_date).days + 1
            if moved or shortened:
                raise EventEditError(
                    translate("event", "Check-ins or the chair's actions are already recorded: the dates and the time "
                                       "zone can no longer move. You can still add days at the end.")
                )
        _apply_dates(event, details.start_date, details.end_date)
        Event.update(**{key: values[key] for key in changed}).where(Event.id == event.id).execute()
        audit.record("event changed", "event", actor, clock, fields=changed)
    for key in changed:
        setattr(event, key, values[key])
    return changed


def _apply_dates(event: Event, start: date, end: date) -> None:
    days = event_days(event)
    count = (end - start).days + 1
    removed = [day for day in days if day.number > count]
    _check_removed_days(removed)
    for day in removed:
        day.delete_instance()
    kept = [day for day in days if day.number <= count]
    if kept and kept[0].date != start:
        _move_days(kept, start - kept[0].date)
    for number in range(len(kept) + 1, count + 1):
        Day.create(event=event, number=number, date=start + timedelta(days=number - 1), label=default_label(number))


def move_event_to_today(event: Event, day: Day, today: date, actor: Actor = UNNAMED,
                        clock: Clock = SYSTEM_CLOCK) -> timedelta:
    """The event moved: every day moves by the same number of days so that `day` falls on `today`, its agenda
    at the same clock times. Refused once check-ins or the chair's actions are recorded. Audited and
    journalled, so a day rebuilt from the journal into the copy prepared before lands on the same dates."""
    shift = today - day.date
    if not shift:
        raise EventEditError(translate("event", "{day} is already today, {date}.")
                             .format(day=day_name(day, current_language()), date=f"{today:%d.%m.%Y}"))
    moved_from = event.start_date
    details = details_of(event)
    update_event(event, replace(details, start_date=details.start_date + shift, end_date=details.end_date + shift),
                 actor, clock)
    commits.announce(event, [moved_entry(moved_from, event.start_date, clock)])
    return shift


def moved_entry(moved_from: date, moved_to: date, clock: Clock) -> dict:
    """The move as the journal keeps it."""
    return {"type": "event_moved", "from": moved_from.isoformat(), "to": moved_to.isoformat(),
            "at": commits.instant_text(clock.now())}


def replay_move(event: Event, entry: dict) -> bool:
    """Apply a journalled move to the copy prepared before it; False when the copy has moved already."""
    moved_from, moved_to = date.fromisoformat(entry["from"]), date.fromisoformat(entry["to"])
    if event.start_date != moved_from:
        return False
    shift = moved_to - moved_from
    details = details_of(event)
    update_event(event, replace(details, start_date=moved_to, end_date=details.end_date + shift))
    return True
