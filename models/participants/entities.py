"""Delegations (the project areas), roles and participants."""
from __future__ import annotations

import peewee

from models.ground.db import BaseModel, UTCDateTimeField
from models.ground.entities import Event

LAST_PARTICIPANT_NUMBER = 99_999  # participant numbers have five digits in the badge payload


def expected_days(days_expected: str) -> set[int] | None:
    """'1,2' → {1, 2}; '' → None (every day)."""
    numbers = {int(part) for part in days_expected.split(",") if part.strip()}
    return numbers or None


class Delegation(BaseModel):
    event = peewee.ForeignKeyField(Event, backref="delegations", on_delete="CASCADE")
    code = peewee.CharField()  # short and stable, e.g. "AL"
    name = peewee.CharField()
    note = peewee.TextField(default="")
    position = peewee.IntegerField(default=0)

    class Meta:
        indexes = ((("event", "code"), True), (("event", "name"), True))


class Role(BaseModel):
    event = peewee.ForeignKeyField(Event, backref="roles", on_delete="CASCADE")
    key = peewee.CharField()  # stable, e.g. "officer"
    name = peewee.CharField()
    colour = peewee.CharField(default="#607d8b")  # the badge band, #rrggbb
    funded_quota = peewee.IntegerField(default=0)  # funded places per delegation
    position = peewee.IntegerField(default=0)
    certificate = peewee.BooleanField(default=True)  # schema 3: whether this role's attendees get a certificate

    class Meta:
        indexes = ((("event", "key"), True),)
        constraints = [peewee.Check("funded_quota >= 0")]


class Participant(BaseModel):
    event = peewee.ForeignKeyField(Event, backref="participants", on_delete="CASCADE")
    number = peewee.IntegerField(unique=True)
    given_name = peewee.CharField()
    family_name = peewee.CharField(default="")
    badge_name = peewee.CharField(default="")  # schema 3: a shorter name for the badge; empty: the full name
    organisation = peewee.CharField(default="")
    delegation = peewee.ForeignKeyField(Delegation, null=True, backref="participants", on_delete="RESTRICT")
    role = peewee.ForeignKeyField(Role, null=True, backref="participants", on_delete="RESTRICT")
    email = peewee.CharField(default="")
    phone = peewee.CharField(default="")
    funded = peewee.BooleanField(default=False)
    language = peewee.CharField(default="en")
    days_expected = peewee.CharField(default="")  # comma-separated day numbers; empty means every day
    badge_version = peewee.IntegerField(default=1)
    badge_replaced_at = UTCDateTimeField(null=True)  # when the current version replaced the previous one
    badge_printed_version = peewee.IntegerField(null=True)  # schema 2: the version last printed
    badge_printed_at = UTCDateTimeField(null=True)  # schema 2
    notes = peewee.TextField(default="")
    created_at = UTCDateTimeField()
    updated_at = UTCDateTimeField()

    class Meta:
        constraints = [
            peewee.Check(f"number BETWEEN 1 AND {LAST_PARTICIPANT_NUMBER}"),
            peewee.Check("badge_version BETWEEN 1 AND 99"),
        ]

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()

    @property
    def name_on_badge(self) -> str:
        return self.badge_name.strip() or self.full_name

    @property
    def delegation_name(self) -> str:
        """The delegation's name; '' for someone in none."""
        return self.delegation.name if self.delegation_id else ""

    @property
    def role_name(self) -> str:
        """The role's name; '' for someone without one."""
        return self.role.name if self.role_id else ""

    def delegation_and_role(self, separator: str = " · ") -> str:
        """'Albania · Prosecutor': what the person comes as, leaving out what they have not."""
        return separator.join(part for part in (self.delegation_name, self.role_name) if part)

    @property
    def expected_day_numbers(self) -> set[int] | None:
        """The day numbers this person is expected on, or None for every day."""
        return expected_days(self.days_expected)

    def is_expected_on(self, day_number: int) -> bool:
        expected = self.expected_day_numbers
        return expected is None or day_number in expected


class ValueMapping(BaseModel):
    """A word of the delegations' sheets and what it means in this event, remembered from an import (schema 3).

    `word` is folded: "Prokuroria" and "PROKURORIA" are one word. It means a role, a delegation
    or (for a column name) a field; with none of them it was left empty on purpose.
    """

    event = peewee.ForeignKeyField(Event, backref="value_mappings", on_delete="CASCADE")
    kind = peewee.CharField()  # "role", "delegation" or "column"
    word = peewee.CharField()
    written = peewee.CharField()  # as a sheet wrote it, for the lists
    role = peewee.ForeignKeyField(Role, null=True, on_delete="CASCADE")
    delegation = peewee.ForeignKeyField(Delegation, null=True, on_delete="CASCADE")
    field = peewee.CharField(default="")  # a column's field
    updated_at = UTCDateTimeField()

    class Meta:
        indexes = ((("event", "kind", "word"), True),)
