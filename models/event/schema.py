"""The schema: its version in the file, creation, and upgrades from every earlier release.

A new file gets the current schema directly. An older file is copied aside, then
upgraded step by step inside one transaction; a file from a newer Belvedere is refused.
Steps are additive (new columns, tables, indexes) so no table is rebuilt under
foreign keys.
"""
from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path

import peewee
from playhouse.migrate import SchemaMigrator, migrate

from models.agenda.entities import AgendaAction, AgendaItem, Rehearsal, RehearsalAction
from models.checkin.entities import CheckIn
from models.event.backups import STAMP, copy_database
from models.ground.audit import AuditEntry
from models.ground.db import BaseModel, database, read_only_uri, sqlite_path
from models.ground.entities import Day, Event, Logo, Setting, Signatory
from models.ground.errors import BelvedereError, EventFileError
from models.ground.i18n import translate
from models.participants.entities import Delegation, Participant, Role, ValueMapping
from models.participants.roles import certificate_by_default


class SchemaVersion(BaseModel):
    version = peewee.IntegerField()


ALL_MODELS = [
    SchemaVersion, Event, Day, Setting, Delegation, Role, Participant,
    CheckIn, AgendaItem, AgendaAction, AuditEntry, ValueMapping, Logo, Signatory, Rehearsal, RehearsalAction,
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


def _v3_value_mappings(_migrator: SchemaMigrator) -> None:
    """Release 3 remembers what the words of the delegations' sheets mean (a new table)."""
    database.create_tables([ValueMapping])


def _has_column(field: peewee.Field) -> bool:
    """Whether the file has the column already (a file from a test build that numbered its steps otherwise)."""
    table = field.model._meta.table_name
    return field.column_name in {column.name for column in database.get_columns(table)}


def _add_column_with_default(field: peewee.Field) -> None:
    """A NOT NULL column with its default, added in place: playhouse would rebuild the table for the
    NOT NULL, and dropping the old table under foreign keys deletes the rows that refer to it."""
    default = field.default
    literal = ("TRUE" if default else "FALSE") if isinstance(default, bool) else "'" + default.replace("'", "''") + "'"
    column_type = database.obj._field_types[field.field_type]
    size = f"({field.max_length})" if isinstance(field, peewee.CharField) else ""
    database.execute_sql(f'ALTER TABLE "{field.model._meta.table_name}" ADD COLUMN "{field.column_name}" '
                         f"{column_type}{size} NOT NULL DEFAULT {literal}")


def _v4_printing(migrator: SchemaMigrator) -> None:
    """Release 4 prints like a professional: a shorter name on a badge, the event's title in each working
    language, logos and signatories, where and when certificates are signed, and which roles get one."""
    for field in (Participant.badge_name, Event.titles, Event.certificate_place, Role.certificate):
        if not _has_column(field):
            _add_column_with_default(field)
    if not _has_column(Event.certificate_date):
        migrate(migrator.add_column("event", "certificate_date", Event.certificate_date))
    database.create_tables([Logo, Signatory])
    for role in Role.select(Role.id, Role.key, Role.name):
        if not certificate_by_default(role.key, role.name):
            Role.update(certificate=False).where(Role.id == role.id).execute()


def _v5_chair_clock(migrator: SchemaMigrator) -> None:
    """Release 5 stores, with each chair action, the laptop clock's and the monotonic clock's readings."""
    for name in ("wall", "monotonic"):
        field = getattr(AgendaAction, name)
        if not _has_column(field):
            migrate(migrator.add_column("agenda_action", name, field))
    if not _has_column(AgendaAction.boot):
        _add_column_with_default(AgendaAction.boot)


def _v6_rehearsals(_migrator: SchemaMigrator) -> None:
    """Release 6 keeps rehearsals of a day, and what the chair did in them, apart from the run log (new tables)."""
    database.create_tables([Rehearsal, RehearsalAction])


def _v7_duplicate_check_ins(migrator: SchemaMigrator) -> None:
    """Release 7 keeps a check-in made at a desk that was offline while another checked the person in, as a
    duplicate of the valid one."""
    if not _has_column(CheckIn.duplicate_of):
        migrate(migrator.add_column("check_in", "duplicate_of_id", CheckIn.duplicate_of))


# version reached -> step from the version before it
MIGRATIONS: dict[int, Callable[[SchemaMigrator], None]] = {
    2: _v2_badge_printing,
    3: _v3_value_mappings,
    4: _v4_printing,
    5: _v5_chair_clock,
    6: _v6_rehearsals,
    7: _v7_duplicate_check_ins,
}
CURRENT_VERSION = 7


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


def content_digest(connection) -> str:
    """A fingerprint of every row of every table (a DB-API connection): equal for two files that hold the same."""
    digest = hashlib.sha256()
    tables = [name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    for table in tables:
        digest.update(table.encode())
        for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
            digest.update(repr(row).encode())
    return digest.hexdigest()


def _digest_of_file(path: Path) -> str | None:
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
            return content_digest(connection)
    except sqlite3.Error:
        return None


def backup_beside(path: Path, version: int) -> Path:
    """A consistent copy of the file before it is upgraded (WAL content included).

    An upgrade that failed left the file as it was, so the copy made before it is kept and no further
    full copy is written on the next attempt (unless the file changed meanwhile).
    """
    earlier = sorted(path.parent.glob(f"{path.stem}.before-upgrade-v{version}-*{path.suffix}"))
    if earlier and _digest_of_file(earlier[-1]) == content_digest(database.connection()):
        return earlier[-1]
    target = path.with_name(f"{path.stem}.before-upgrade-v{version}-{datetime.now():{STAMP}}{path.suffix}")
    return copy_database(path, target)


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


def ensure_current(create: bool, read_only: bool = False) -> None:
    """Create, upgrade or accept the bound database's schema; refuse a newer or foreign one."""
    version = stored_version()
    if read_only and version is not None and version < CURRENT_VERSION:
        raise EventFileError(translate("event", "This event file was written by an earlier Belvedere and must be "
                                                "upgraded before it is used, which cannot be done where it is (it is "
                                                "read-only). Copy it to a writable place and open the copy."))
    if version is None:
        if database.get_tables() and not create or read_only:
            raise EventFileError(translate("event", "This file is not a Belvedere event file. Open a .belvedere file."))
        create_schema()
        return
    if version > CURRENT_VERSION:
        raise EventFileError(
            translate("event", "This event file was written by a newer Belvedere (schema {version}; this one reads up "
                               "to {current_version}). Update Belvedere to open it; the file was not changed.")
            .format(version=version, current_version=CURRENT_VERSION)
        )
    if version < CURRENT_VERSION:
        try:
            upgrade(version)
        except (OSError, peewee.DatabaseError, BelvedereError) as error:
            raise EventFileError(
                translate("event", "The event file could not be upgraded ({error}). It was left as it was; a copy was "
                                   "kept beside it.").format(error=error)
            ) from error


def copy_to(target: Path) -> None:
    """Save a consistent copy of the open SQLite event file (online backup)."""
    path = sqlite_path()
    if path is None:
        raise EventFileError(translate("event", "Only an event file can be copied; a database server has its own "
                                                "backups."))
    copy_database(path, target)
