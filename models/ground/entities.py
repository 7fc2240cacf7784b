"""The event itself, its days, and what it prints under its own name: logos and signatories."""
from __future__ import annotations

import json

import peewee

from models.ground.db import BaseModel
from models.ground.errors import EventFileError
from models.ground.i18n import translate
from models.ground.settings import EVENT, Declared, kept_in


class Event(BaseModel):
    """One event per file. The secret signs badges; the code prefixes every badge payload."""

    title = peewee.CharField()
    subtitle = peewee.CharField(default="")
    venue = peewee.CharField(default="")
    city = peewee.CharField(default="")
    country = peewee.CharField(default="")
    start_date = peewee.DateField()
    end_date = peewee.DateField()
    timezone = peewee.CharField(default="UTC")
    languages = peewee.CharField(default="en")  # comma-separated ISO 639-1 codes, working languages in order
    code = peewee.IntegerField()  # 4 digits, first digit non-zero: the payload's prefix
    secret = peewee.CharField()  # hex, 32 bytes: the badges' HMAC key
    notes = peewee.TextField(default="")
    titles = peewee.TextField(default="{}")  # schema 3: JSON, language code -> the title in that language
    certificate_place = peewee.CharField(default="")  # schema 3: where certificates are signed (default: city)
    certificate_date = peewee.DateField(null=True)  # schema 3: their date (default: the last day)

    class Meta:
        constraints = [peewee.Check("code BETWEEN 1000 AND 9999"), peewee.Check("end_date >= start_date")]

    @property
    def language_list(self) -> list[str]:
        return [code.strip() for code in self.languages.split(",") if code.strip()]

    @property
    def title_translations(self) -> dict[str, str]:
        """The title in working languages other than the first (the first is `title`)."""
        try:
            stored = json.loads(self.titles or "{}")
        except ValueError:
            return {}
        return {str(code): str(text) for code, text in stored.items() if str(text).strip()} \
            if isinstance(stored, dict) else {}

    def title_in(self, language: str) -> str:
        return self.title_translations.get(language) or self.title


class Day(BaseModel):
    event = peewee.ForeignKeyField(Event, backref="days", on_delete="CASCADE")
    number = peewee.IntegerField()
    date = peewee.DateField()
    label = peewee.CharField(default="")

    class Meta:
        indexes = ((("event", "number"), True), (("event", "date"), True))
        constraints = [peewee.Check("number >= 1")]


class Setting(BaseModel):
    """Event-wide preferences that travel with the file (not the laptop's own settings)."""

    key = peewee.CharField(primary_key=True)
    value = peewee.TextField()

    @classmethod
    def store(cls, key: str, value: str) -> None:
        """Insert or overwrite one row (an upsert SQLite and PostgreSQL both understand), whatever its key."""
        cls.insert(key=key, value=value).on_conflict(conflict_target=[cls.key], update={cls.value: value}).execute()

    @classmethod
    def value_of(cls, setting: Declared):
        """A setting of the event, as declared in settings.py."""
        row = cls.get_or_none(cls.key == kept_in(setting, EVENT).key)
        return setting.parsed(row.value if row else None)

    @classmethod
    def put(cls, setting: Declared, value) -> None:
        """Keep a setting of the event (in the caller's transaction)."""
        cls.store(kept_in(setting, EVENT).key, str(value))


def current_event() -> Event:
    event = Event.select().order_by(Event.id).first()
    if event is None:
        raise EventFileError(translate("ground", "This event file holds no event yet. Import an event or create the "
                                                 "demo."))
    return event


class Logo(BaseModel):
    """Schema 3: a logo printed on badges, sign-in sheets and certificates (PNG; at most three, in order)."""

    event = peewee.ForeignKeyField(Event, backref="logos", on_delete="CASCADE")
    position = peewee.IntegerField(default=0)
    name = peewee.CharField(default="")  # the file it came from, for people choosing
    png = peewee.BlobField()


class Signatory(BaseModel):
    """Schema 3: who signs the certificates (one or two), with their title (one line per language)."""

    event = peewee.ForeignKeyField(Event, backref="signatories", on_delete="CASCADE")
    position = peewee.IntegerField(default=0)
    name = peewee.CharField()
    title = peewee.TextField(default="")
