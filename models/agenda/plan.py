"""The planned agenda as the rest of the app reads it.

`load_day_plan` turns a day's rows into plain, immutable data in UTC, so the agenda
state can be computed from it (and tested) without a database.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from models.agenda.entities import BREAK_KINDS, AgendaAction, AgendaItem
from models.ground.clock import local_to_utc, utc_to_local, venue_zone
from models.ground.days import day_name_in_languages, event_days
from models.ground.entities import Day, Event, Setting
from models.ground.settings import SEATS_MINUTES

# Kinds the chair does not run: registration belongs to the welcome screen, "end" marks the day's end.
NOT_RUN_KINDS = ("registration", "end")



def day_to_run(event: Event, today: date) -> Day | None:
    """The day the chair most likely runs: today's, else the last one with anything logged, else the first."""
    days = event_days(event)
    todays = next((day for day in days if day.date == today), None)
    if todays is not None or not days:
        return todays
    logged = (AgendaAction.select(AgendaAction.day).where(AgendaAction.day.in_([day.id for day in days]))
              .order_by(AgendaAction.id.desc()).first())
    return next((day for day in days if logged and day.id == logged.day_id), days[0])


def day_items(day: Day) -> list[AgendaItem]:
    """Every item of the day in programme order, sessions before the items inside them."""
    return list(AgendaItem.select().where(AgendaItem.day == day).order_by(AgendaItem.position))


@dataclass(frozen=True)
class PlannedItem:
    """One agenda item as planned: venue-local times as printed, and the UTC instants they name."""

    id: int
    position: int  # order within the day: how the journal names the item in another copy of the event
    kind: str
    number: str
    title: str
    description: str
    chair: str
    speakers: tuple[str, ...]
    parent_id: int | None
    local_start: datetime
    local_end: datetime
    start: datetime
    end: datetime
    warning: timedelta
    resume_policy: str
    minimum: timedelta

    @property
    def length(self) -> timedelta:
        return self.end - self.start

    @property
    def is_break(self) -> bool:
        return self.kind in BREAK_KINDS


@dataclass(frozen=True)
class NextDay:
    number: int
    date: date
    local_start: datetime


@dataclass(frozen=True)
class DayPlan:
    """A day's programme: every item, and the units the chair runs one after another."""

    day_id: int
    number: int
    date: date
    label: str
    zone: ZoneInfo
    languages: tuple[str, ...]
    event_title: str
    items: tuple[PlannedItem, ...]
    units: tuple[PlannedItem, ...]
    next_day: NextDay | None
    seats_before: timedelta
    rehearsal_of: date | None = None  # a rehearsal: the day's own date (its plan is laid on `date`)

    def item(self, item_id: int | None) -> PlannedItem | None:
        return next((item for item in self.items if item.id == item_id), None)

    def session_of(self, item: PlannedItem) -> PlannedItem | None:
        return self.item(item.parent_id)

    def children_of(self, item: PlannedItem) -> tuple[PlannedItem, ...]:
        return tuple(child for child in self.items if child.parent_id == item.id)

    def first_of_kind(self, kind: str) -> PlannedItem | None:
        return next((item for item in self.items if item.kind == kind), None)

    def local(self, instant: datetime) -> datetime:
        return utc_to_local(instant, self.zone)

    @property
    def planned_end(self) -> datetime | None:
        """When the day is planned to end: its end marker, else the last unit's end."""
        marker = self.first_of_kind("end")
        if marker is not None:
            return marker.start
        return self.units[-1].end if self.units else None


def runnable_units(items: tuple[PlannedItem, ...]) -> tuple[PlannedItem, ...]:
    """The items the chair starts and ends: leaves (a session with talks is only a container)."""
    parents = {item.parent_id for item in items if item.parent_id is not None}
    return tuple(item for item in items if item.id not in parents and item.kind not in NOT_RUN_KINDS)


def planned_item(row: AgendaItem, zone: ZoneInfo) -> PlannedItem:
    minimum = row.minimum_minutes if row.minimum_minutes is not None else 0
    return PlannedItem(
        id=row.id, position=row.position, kind=row.kind, number=row.number, title=row.title, description=row.description,
        chair=row.chair, speakers=tuple(row.speaker_list), parent_id=row.parent_id,
        local_start=row.planned_start, local_end=row.planned_end,
        start=local_to_utc(row.planned_start, zone), end=local_to_utc(row.planned_end, zone),
        warning=timedelta(minutes=row.warning_minutes), resume_policy=row.resume_policy,
        minimum=timedelta(minutes=minimum),
    )


def seats_minutes(event: Event) -> int:
    """How long before a break ends the display asks people to take their seats."""
    return max(0, Setting.value_of(SEATS_MINUTES))


def next_day_of(day: Day) -> NextDay | None:
    following = (Day.select().where((Day.event == day.event_id) & (Day.number > day.number))
                 .order_by(Day.number).first())
    if following is None:
        return None
    first = next((item for item in day_items(following) if item.kind != "end"), None)
    return NextDay(following.number, following.date, first.planned_start) if first else None


def load_day_plan(day: Day) -> DayPlan:
    event = day.event
    zone = venue_zone(event.timezone)
    items = tuple(planned_item(row, zone) for row in day_items(day))
    languages = tuple(event.language_list) or ("en",)
    return DayPlan(
        day_id=day.id, number=day.number, date=day.date, label=day_name_in_languages(day, list(languages)), zone=zone,
        languages=languages, event_title=event.title, items=items,
        units=runnable_units(items), next_day=next_day_of(day),
        seats_before=timedelta(minutes=seats_minutes(event)),
    )
