"""The planned agenda, the chair's append-only run log, and rehearsals kept apart from it."""
from __future__ import annotations

import peewee

from models.ground.db import BaseModel, UTCDateTimeField
from models.ground.entities import Day

KINDS = ("registration", "session", "talk", "break", "lunch", "end", "other")
BREAK_KINDS = ("break", "lunch")
DEFAULT_MINIMUM_MINUTES = {"break": 10, "lunch": 45}  # how short the chair may shrink a break

# A break either keeps its planned resume time (absorbing delay down to its minimum
# length) or keeps its planned length (passing the delay on).
RESUME_POLICIES = ("fixed_resume", "fixed_length")


class AgendaItem(BaseModel):
    day = peewee.ForeignKeyField(Day, backref="items", on_delete="CASCADE")
    parent = peewee.ForeignKeyField("self", null=True, backref="children", on_delete="CASCADE")
    position = peewee.IntegerField()  # order within the day, parents before their children
    kind = peewee.CharField()
    number = peewee.CharField(default="")  # the session number as printed, e.g. "2"
    title = peewee.TextField()
    description = peewee.TextField(default="")
    chair = peewee.CharField(default="")
    speakers = peewee.TextField(default="")  # one per line, as written in the programme
    planned_start = peewee.DateTimeField()  # venue-local wall-clock time, naive
    planned_end = peewee.DateTimeField()  # venue-local; equal to start for a point in time (end of day)
    warning_minutes = peewee.IntegerField(default=5)
    resume_policy = peewee.CharField(default="fixed_resume")
    minimum_minutes = peewee.IntegerField(null=True)  # a break's shortest length when it absorbs delay

    class Meta:
        indexes = ((("day", "position"), True),)
        constraints = [
            peewee.Check("planned_end >= planned_start"),
            peewee.Check("kind IN ('registration','session','talk','break','lunch','end','other')"),
            peewee.Check("resume_policy IN ('fixed_resume','fixed_length')"),
            peewee.Check("warning_minutes >= 0"),
        ]

    @property
    def speaker_list(self) -> list[str]:
        return [line.strip() for line in self.speakers.splitlines() if line.strip()]

    @property
    def planned_minutes(self) -> int:
        return int((self.planned_end - self.planned_start).total_seconds() // 60)


class AgendaAction(BaseModel):
    """One chair action. Rows are only ever appended: the agenda state is computed from them."""

    day = peewee.ForeignKeyField(Day, backref="actions", on_delete="CASCADE")
    item = peewee.ForeignKeyField(AgendaItem, null=True, backref="actions", on_delete="CASCADE")
    action = peewee.CharField()
    at = UTCDateTimeField(index=True)  # the agenda's time: real seconds since the boot's first anchor
    seconds = peewee.IntegerField(null=True)
    text = peewee.TextField(default="")
    actor = peewee.CharField(default="")
    wall = UTCDateTimeField(null=True)  # schema 5: what the laptop's clock said
    monotonic = peewee.DoubleField(null=True)  # schema 5: the monotonic clock's seconds, on `boot`
    boot = peewee.CharField(default="")  # schema 5


class Rehearsal(BaseModel):
    """A day laid on another date to be rehearsed: every wall-clock time moved by `offset_minutes`."""

    day = peewee.ForeignKeyField(Day, unique=True, backref="rehearsals", on_delete="CASCADE")
    laid_on = peewee.DateField()  # the venue date it is rehearsed on
    offset_minutes = peewee.IntegerField()
    layout = peewee.CharField()  # "same_times" or "from_now"
    laid_at = UTCDateTimeField()


class RehearsalAction(AgendaAction):
    """What the chair did in a rehearsal: rows like the run log's, in a table of their own, so nothing
    that reads the run log (the timing report, the journal, the day the page opens on) ever sees them."""
