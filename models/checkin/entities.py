"""Check-ins: one valid check-in per participant per day, enforced by the database."""
from __future__ import annotations

import peewee

from models.ground.db import BaseModel, UTCDateTimeField
from models.ground.entities import Day
from models.participants.entities import Participant


class CheckIn(BaseModel):
    participant = peewee.ForeignKeyField(Participant, backref="checkins", on_delete="CASCADE")
    day = peewee.ForeignKeyField(Day, backref="checkins", on_delete="CASCADE")
    at = UTCDateTimeField(index=True)
    desk = peewee.CharField(default="")
    operator = peewee.CharField(default="")
    method = peewee.CharField(default="scan")  # scan, camera, search, walk-in, manual or import
    badge_version = peewee.IntegerField(null=True)  # the version scanned, when by badge
    voided_at = UTCDateTimeField(null=True)
    void_reason = peewee.TextField(default="")
    voided_by = peewee.CharField(default="")
    # Set on a check-in made at a desk that was offline while another desk checked the same person in:
    # it is kept (voided, for the organiser to see) beside the valid one, the earlier of the two.
    duplicate_of = peewee.ForeignKeyField("self", null=True, backref="duplicates", on_delete="SET NULL")

    class Meta:
        # The partial unique index (one valid check-in per participant and day) is
        # created by the schema module: peewee cannot declare a WHERE on an index here.
        indexes = ((("day", "at"), False),)
