"""Participants as the journal keeps them: who was registered or changed, column by column, so that a
rebuild from the journal puts the same values back.

A registration (a walk-in at the desk, a person added on the Participants page) and an edit carry the
person's details: the journal must be able to bring a walk-in back, so it holds personal data and is
written private (0600). A replaced or printed badge carries only the badge's columns.
"""
from __future__ import annotations

from datetime import datetime

from models.ground.commits import instant_text, parse_instant
from models.ground.i18n import translate
from models.participants.entities import Delegation, Participant, Role

DETAILS = ("given_name", "family_name", "badge_name", "organisation", "delegation", "role", "email", "phone",
           "funded", "language", "days_expected", "notes")
INSTANTS = ("created_at", "updated_at", "badge_replaced_at", "badge_printed_at")
TEXTS = ("given_name", "family_name", "badge_name", "organisation", "email", "phone", "language", "days_expected",
         "notes")
NUMBERS = ("badge_version", "badge_printed_version")
COLUMNS = DETAILS + NUMBERS + INSTANTS

REGISTERED, UPDATED, BADGE_REPLACED, BADGES_PRINTED, REMOVED = (
    "registered", "updated", "badge replaced", "badge printed", "removed")
CHANGES = (REGISTERED, UPDATED, BADGE_REPLACED, BADGES_PRINTED, REMOVED)


def _column(participant: Participant, name: str):
    if name == "delegation":
        return participant.delegation.code if participant.delegation_id else None
    if name == "role":
        return participant.role.key if participant.role_id else None
    value = getattr(participant, name)
    return instant_text(value) if isinstance(value, datetime) else value


def participant_entry(participant: Participant, change: str, columns: tuple[str, ...] | list[str]) -> dict:
    """One committed change to a participant: its number, what happened, when, and the columns it set."""
    return {"type": "participant", "change": change, "number": participant.number,
            "at": instant_text(participant.updated_at if change != BADGES_PRINTED else participant.badge_printed_at),
            "columns": {name: _column(participant, name) for name in columns}}


def registration_entry(participant: Participant) -> dict:
    return participant_entry(participant, REGISTERED, COLUMNS)


def update_entry(participant: Participant, fields: list[str]) -> dict:
    return participant_entry(participant, UPDATED, [*fields, "updated_at"])


def removal_entry(number: int, at: datetime) -> dict:
    return {"type": "participant", "change": REMOVED, "number": number, "at": instant_text(at), "columns": {}}


class EntryError(ValueError):
    """A journal entry whose columns this Belvedere cannot take; the message says which."""


def column_values(columns: dict, delegations: dict[str, Delegation], roles: dict[str, Role]) -> dict:
    """The entry's columns as values for the participant table (delegation and role found by code and key)."""
    values = {}
    for name, value in columns.items():
        if name not in COLUMNS:
            raise EntryError(translate("participants", "it sets '{name}', which is not a participant's column")
                             .format(name=name))
        if name in ("delegation", "role"):
            found = (delegations if name == "delegation" else roles).get(value) if value is not None else None
            if value is not None and found is None:
                raise EntryError(translate("participants", "its {name} '{value}' is not in this event file")
                                 .format(name=name, value=value))
            values[name] = found
        elif name in INSTANTS:
            values[name] = parse_instant(value) if value is not None else None
        elif _fits(name, value):
            values[name] = value
        else:
            raise EntryError(translate("participants", "its '{name}' is {value!r}").format(name=name, value=str(value)[:40]))
    return values


def _fits(name: str, value) -> bool:
    if name in TEXTS:
        return isinstance(value, str)
    if name in NUMBERS:
        return value is None or isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, bool)  # funded
