"""Registering a person: the one way a participant comes into the event (desk walk-in, form, import)."""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field

import peewee
from peewee import fn

from models.ground import audit, commits
from models.ground.audit import UNNAMED, Actor
from models.ground.clock import SYSTEM_CLOCK, Clock
from models.ground.db import database, write_transaction
from models.ground.entities import Event
from models.ground.errors import BelvedereError
from models.ground.i18n import translate
from models.participants.entities import LAST_PARTICIPANT_NUMBER, Delegation, Participant, Role
from models.participants.entries import registration_entry

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
LANGUAGES = ("en", "sq")


class RegistrationError(BelvedereError):
    pass


@dataclass
class PersonDetails:
    given_name: str
    family_name: str = ""
    organisation: str = ""
    delegation: Delegation | None = None
    role: Role | None = None
    email: str = ""
    phone: str = ""
    funded: bool = False
    language: str = "en"
    days_expected: list[int] = field(default_factory=list)  # empty: every day
    notes: str = ""
    badge_name: str = ""  # a shorter name for the badge; empty: the full name


def problems_with(details: PersonDetails) -> list[str]:
    """Everything wrong with the details, as sentences (empty when they can be saved)."""
    problems = []
    if not details.given_name.strip() and not details.family_name.strip():
        problems.append(translate("participants", "A name is needed."))
    if details.email.strip() and not EMAIL.match(details.email.strip()):
        problems.append(translate("participants", "'{email}' is not an e-mail address.").format(email=details.email))
    if details.language not in LANGUAGES:
        problems.append(translate("participants", "Unknown language '{language}'.").format(language=details.language))
    return problems


def refuse_bad_details(details: PersonDetails) -> None:
    """Raises RegistrationError with every problem of the details, before anything is written."""
    problems = problems_with(details)
    if problems:
        raise RegistrationError(" ".join(problems))


def next_participant_number(event: Event) -> int:
    highest = Participant.select(fn.MAX(Participant.number)).where(Participant.event == event).scalar()
    return (highest or 100) + 1


def _participant_row(event: Event, details: PersonDetails, number: int, now) -> dict:
    return dict(
        event=event, number=number, given_name=details.given_name.strip(),
        family_name=details.family_name.strip(), organisation=details.organisation.strip(),
        delegation=details.delegation, role=details.role, email=details.email.strip(),
        phone=details.phone.strip(), funded=details.funded, language=details.language,
        days_expected=",".join(str(n) for n in sorted(set(details.days_expected))),
        notes=details.notes, badge_name=details.badge_name.strip(), created_at=now, updated_at=now,
    )


def register_participant(event: Event, details: PersonDetails, actor: Actor = UNNAMED, number: int | None = None,
                         clock: Clock = SYSTEM_CLOCK) -> Participant:
    """Create the participant (with the next free number unless one is given), audited, in one transaction
    (or in the caller's, which announces it to the journal once committed)."""
    refuse_bad_details(details)
    now = clock.now()
    with write_transaction():
        if number is None:
            number = next_participant_number(event)
        elif Participant.select().where(Participant.number == number).exists():
            raise RegistrationError(translate("participants", "Number {number} is already taken. Leave it empty to use "
                                                              "the next free one.").format(number=number))
        participant = Participant.create(**_participant_row(event, details, number, now))
        audit.record("participant registered", f"participant:{number}", actor, clock)
    return participant


def add_participant(event: Event, details: PersonDetails, actor: Actor = UNNAMED, number: int | None = None,
                    clock: Clock = SYSTEM_CLOCK) -> Participant:
    """Register one person on their own (the Participants page): committed, then announced to the journal.
    A walk-in is registered and checked in in one transaction by `models.checkin.service.walk_in`."""
    participant = register_participant(event, details, actor, number, clock)
    commits.announce(event, [registration_entry(participant)])
    return participant


def unsaved_participant(event: Event, details: PersonDetails, number: int, clock: Clock = SYSTEM_CLOCK) -> Participant:
    """The participant `register_participant` would create under `number`, not saved (a practice walk-in)."""
    refuse_bad_details(details)
    return Participant(**_participant_row(event, details, number, clock.now()))


def insert_rows(model, rows: list[dict]) -> None:
    """Insert many rows with one prepared statement: the SQL is built once and the database runs it per row.

    (peewee's insert_many builds the SQL text for every row, which costs more than the insert itself.)
    """
    if not rows:
        return
    fields = [field for field in model._meta.sorted_fields
              if field.name in rows[0] or (field.default is not None and not field.primary_key)]
    defaults = {field.name: field.default() if callable(field.default) else field.default for field in fields}
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    placeholders = ", ".join(database.param for _ in fields)
    statement = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({placeholders})'
    with peewee.__exception_wrapper__:  # the driver's errors as peewee's, whichever database it is
        database.cursor().executemany(statement, [
            tuple(field.db_value(row.get(field.name, defaults[field.name])) for field in fields) for row in rows])


def register_participants(event: Event, people: list[tuple[PersonDetails, int | None]], actor: Actor = UNNAMED,
                          clock: Clock = SYSTEM_CLOCK, how: str = "") -> list[int]:
    """Register many people at once (an import), each audited, all in one transaction; returns their numbers.

    A person given a number gets it if it is free; the others get the next free numbers in order.
    """
    for index, (details, _number) in enumerate(people, start=1):
        problems = problems_with(details)
        if problems:
            raise RegistrationError(translate("participants", "Person {index}: {names}")
                                    .format(index=index, names=' '.join(problems)))
    now = clock.now()
    with write_transaction():
        taken = {number for (number,) in Participant.select(Participant.number).tuples()}
        wanted = [number for _details, number in people if number is not None]
        clashes = sorted(taken.intersection(wanted)) or sorted(n for n, times in Counter(wanted).items() if times > 1)
        if clashes:
            raise RegistrationError(translate("participants", "Number {value} is already taken. Leave it empty to use "
                                                              "the next free one.").format(value=clashes[0]))
        taken.update(wanted)
        following = max(taken | {next_participant_number(event) - 1})
        numbers = []
        for _details, number in people:
            if number is None:
                following += 1
                number = following
            numbers.append(number)
        if numbers and max(numbers) > LAST_PARTICIPANT_NUMBER:
            raise RegistrationError(translate("participants", "Participant numbers would pass "
                                                              "{last_participant_number}. Renumber or split the event.")
                                    .format(last_participant_number=LAST_PARTICIPANT_NUMBER))
        rows = [_participant_row(event, details, number, now) for (details, _n), number in zip(people, numbers)]
        detail = json.dumps({"how": how}) if how else "{}"
        entries = [dict(at=now, actor=actor.stored(), action="participant registered", subject=f"participant:{number}",
                        detail=detail) for number in numbers]
        insert_rows(Participant, rows)
        insert_rows(audit.AuditEntry, entries)
    return numbers
