"""The schema: its version in the file, creation, and upgrades from every earlier release.

A new file gets the current schema directly. An older file is copied aside, then
upgraded step by step inside one transaction; a file from a newer Belvedere is refused.
Steps are additive (new columns, tables, indexes) so no table is rebuilt under
foreign keys.
"""
from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import peewee
from playhouse.migrate import SchemaMigrator, migrate

from models.agenda.entities import AgendaAction, AgendaItem
from models.checkin.entities import CheckIn
from models.ground.audit import AuditEntry
from models.ground.db import BaseModel, database, sqlite_path
from models.ground.entities import Day, Event, Setting
from models.ground.errors import EventFileError
from models.participants.entities import Delegation, Participant, Role


class SchemaVersion(BaseModel):
    version = peewee.IntegerField()


ALL_MODELS = [
    SchemaVersion, Event, Day, Setting, Delegation, Role, Participant,
    CheckIn, AgendaItem, AgendaAction, AuditEntry,
]

# The rule that matters most at the desk, as a constraint: one valid check-in per person and day.
ONE_VALID_CHECKIN_INDEX = (
    "CREATE UNIQUE INDEX IF NOT EXISTS check_in_one_valid_per_day "
    "ON check_in (participant_id, day_id) WHERE voided_at IS NULL"
)


def _v2_badge_printing(migrator: SchemaMigrator) -> None:
    """Release 2 records which badge version was printed, and when."""
    migrate(
        migrator.add_column("participant", "badge_printed_version", Participant.badge_printed_version),
        migrator.add_column("participant", "badge_printed_at", Participant.badge_printed_at),
    )


def _v3_duplicate_check_ins(migrator: SchemaMigrator) -> None:
    """Release 3 keeps a check-in made offline at one desk while another checked the person in, as a duplicate."""
    migrate(migrator.add_column("check_in", "duplicate_of_id", CheckIn.duplicate_of))


# version reached -> step from the version before it
MIGRATIONS: dict[int, Callable[[SchemaMigrator], None]] = {
    2: _v2_badge_printing,
    3: _v3_duplicate_check_ins,
}
CURRENT_VERSION = 3


def stored_version() -> int | None:
    """The file's schema version, or None for a file with no Belvedere tables."""
    if not database.table_exists(SchemaVersion._meta.table_name):
        return None
    row = SchemaVersion.select().order_by(SchemaVersion.version.desc()).first()
    return row.version if row else None


def holds_event() -> bool:
    return stored_version() is not None and database.table_exists("event") and Event.select().exists()


def remove_all() -> None:
    """Every Belvedere table dropped (a server database the demo is written over with --force)."""
    database.drop_tables(ALL_MODELS, cascade=True)


def create_schema() -> None:
    with database.atomic():
        database.create_tables(ALL_MODELS)
        database.execute_sql(ONE_VALID_CHECKIN_INDEX)
        SchemaVersion.delete().execute()
        SchemaVersion.create(version=CURRENT_VERSION)


def backup_beside(path: Path, version: int) -> Path:
    """A consistent copy of the file before it is upgraded (WAL content included)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-v{version}-{stamp}{path.suffix}")
    source = sqlite3.connect(str(path))
    try:
        copy = sqlite3.connect(str(target))
        with copy:
            source.backup(copy)
        copy.close()
    finally:
        source.close()
    return target


def upgrade(from_version: int) -> Path | None:
    """Bring the bound database up to CURRENT_VERSION; returns the backup written, if any."""
    backup = None
    path = sqlite_path()
    if path is not None:
        backup = backup_beside(path, from_version)
    migrator = SchemaMigrator.from_database(database.obj)
    with database.atomic():
        for version in range(from_version + 1, CURRENT_VERSION + 1):
            MIGRATIONS[version](migrator)
        database.execute_sql(ONE_VALID_CHECKIN_INDEX)
        SchemaVersion.delete().execute()
        SchemaVersion.create(version=CURRENT_VERSION)
    return backup


def ensure_current(create: bool) -> None:
    """Create, upgrade or accept the bound database's schema; refuse a newer or foreign one."""
    version = stored_version()
    if version is None:
        if database.get_tables() and not create:
            raise EventFileError("This file is not a Belvedere event file. Open a .belvedere file.")
        create_schema()
        return
    if version > CURRENT_VERSION:
        raise EventFileError(
            f"This event file was written by a newer Belvedere (schema {version}; this one reads up to "
            f"{CURRENT_VERSION}). Update Belvedere to open it; the file was not changed."
        )
    if version < CURRENT_VERSION:
        try:
            upgrade(version)
        except (OSError, peewee.DatabaseError) as error:
            raise EventFileError(
                f"The event file could not be upgraded ({error}). It was left as it was; "
                "a copy was kept beside it."
            ) from error


def copy_to(target: Path) -> None:
    """Save a consistent copy of the open SQLite event file (online backup)."""
    path = sqlite_path()
    if path is None:
        raise EventFileError("Only an event file can be copied; a database server has its own backups.")
    source = sqlite3.connect(str(path))
    try:
        tmp = target.with_name(target.name + ".part")
        copy = sqlite3.connect(str(tmp))
        with copy:
            source.backup(copy)
        copy.close()
        shutil.move(str(tmp), str(target))
    finally:
        source.close()
