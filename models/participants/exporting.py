"""Exporting participants as CSV, XLSX or JSON (by the file's extension).

The participant columns carry the names the import recognises, so an exported list can be
edited in Excel and imported again: the people are updated, not duplicated.
"""
from __future__ import annotations

from pathlib import Path

from models.ground.entities import Event
from models.participants.entities import Participant
from models.participants.queries import participants_in_order
from models.participants.spreadsheet import write_table

PARTICIPANT_COLUMNS = (
    ("number", "Number"), ("given_name", "Given name"), ("family_name", "Family name"),
    ("organisation", "Organisation"), ("delegation", "Delegation"), ("role", "Role"), ("email", "E-mail"),
    ("phone", "Phone"), ("funded", "Funded"), ("language", "Language"), ("days", "Days"),
    ("badge_version", "Badge version"), ("notes", "Notes"),
)


def personal_data_warning(path: Path, contents: str) -> str:
    return f"{path.name} holds personal data ({contents}): keep it safe and delete it when it is no longer needed."


def participant_row(participant: Participant) -> list:
    return [
        participant.number, participant.given_name, participant.family_name, participant.organisation,
        participant.delegation_name, participant.role_name, participant.email, participant.phone,
        "yes" if participant.funded else "no", participant.language,
        ", ".join(str(n) for n in sorted(participant.expected_day_numbers or [])), participant.badge_version,
        participant.notes,
    ]


def export_participants(event: Event, path: str | Path) -> int:
    """Write every participant; returns how many."""
    rows = [participant_row(p) for p in participants_in_order(event)]
    write_table(path, [label for _key, label in PARTICIPANT_COLUMNS], rows,
                keys=[key for key, _label in PARTICIPANT_COLUMNS], title="Participants")
    return len(rows)
