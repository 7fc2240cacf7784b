"""Writing the spreadsheets the delegations send, for the import tests and the benchmark."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from models.ground.audit import AuditEntry
from models.participants.entities import Participant

# Names in every script of the region: (given, family, delegation code).
REGION_PEOPLE = [
    ("Elton", "Kerluku", "AL"),
    ("Blerina", "Çaushi", "AL"),
    ("Gëzim", "Mërkuri", "AL"),
    ("Adnan", "Hadžić", "BA"),
    ("Željko", "Šimić", "HR"),
    ("Đorđe", "Petrović", "RS"),
    ("Ђорђе", "Јовановић", "RS"),
    ("Љупчо", "Трајковски", "MK"),
    ("Ѓорѓи", "Ќосевски", "MK"),
    ("Ayşe", "Güneş", "TR"),
    ("İsmail", "Yılmaz", "TR"),
    ("Doğan", "Öztürk", "TR"),
    ("Milica", "Vučinić", "ME"),
    ("Arbër", "Gashi", "XK"),
]


def encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
        return True
    except UnicodeEncodeError:
        return False


def people_for(encoding: str) -> list[tuple[str, str, str]]:
    """The people whose names the encoding can hold."""
    return [person for person in REGION_PEOPLE if encodable(person[0] + person[1], encoding)]


def csv_bytes(rows: list[list[str]], encoding: str, delimiter: str) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    path.write_bytes(csv_bytes(rows, encoding, delimiter))
    return path


def counts() -> tuple[int, int]:
    """Participants and audit entries: what a refused import must leave as it was."""
    return Participant.select().count(), AuditEntry.select().count()
