"""An event copied row for row between two databases, ids and all: a file shared on a server, a server saved
as an ordinary event file, and the offline copy a desk on a server keeps."""
from __future__ import annotations

import os
from pathlib import Path

import peewee

from models.event import schema
from models.event.file import server_error
from models.ground.addresses import shown
from models.ground.db import connect, database, database_errors_explained, is_server
from models.ground.errors import BelvedereError
from models.ground.files import make_private
from models.ground.i18n import translate
from models.participants.registration import insert_rows


def _rows(model) -> list[dict]:
    return list(model.select().order_by(*model._meta.get_primary_keys()).dicts())


def _self_references(model) -> list[peewee.ForeignKeyField]:
    return [field for field in model._meta.refs if field.rel_model is model]


def read_rows(models=None) -> dict:
    """Every row of `models` (all the event's tables by default) in the bound database."""
    return {model: _rows(model) for model in models or schema.ALL_MODELS}


def write_rows(rows: dict) -> None:
    """The tables of `rows` in the bound database become those rows (call inside a transaction)."""
    models = list(rows)
    for model in reversed(models):
        model.delete().execute()
    for model in models:
        _insert(model, rows[model])
    if is_server():
        _continue_sequences(models, database.obj)


def replace_rows(source: peewee.Database, target: peewee.Database, models=None) -> dict[str, int]:
    """The rows of `models` (all the event's tables by default) in `target` become those in `source`, in one
    transaction of the target. Both have the current schema. Returns the rows copied per table."""
    with database_errors_explained(), database.using(source):  # the same models, on each database in turn
        rows = read_rows(models)
    with database_errors_explained(), database.using(target), target.atomic():
        write_rows(rows)
    return {model._meta.table_name: len(found) for model, found in rows.items()}


def _as_given(model, rows: list[dict]) -> list[dict]:
    """Binary values (a logo) as plain buffers: a blob field wraps bytes in the binary type of the database the
    models were bound to first, which the other database cannot take."""
    blobs = [field.name for field in model._meta.sorted_fields if isinstance(field, peewee.BlobField)]
    if not blobs:
        return rows
    return [{**row, **{name: bytearray(row[name]) for name in blobs if row[name] is not None}} for row in rows]


def _insert(model, rows: list[dict]) -> None:
    """Rows that point at rows of their own table (a duplicate check-in at a later one) get that link afterwards."""
    later = {field.name: field for field in _self_references(model)}
    rows = _as_given(model, rows)
    insert_rows(model, [{**row, **{name: None for name in later}} for row in rows] if later else rows)
    key = model._meta.primary_key
    for row in rows:
        links = {later[name]: row[name] for name in later if row[name] is not None}
        if links:
            model.update(links).where(key == row[key.name]).execute()


def _continue_sequences(models, target: peewee.Database) -> None:
    """After rows with their ids came in, the server's next id follows the highest one."""
    for model in models:
        key = model._meta.primary_key
        if isinstance(key, peewee.AutoField):
            table = model._meta.table_name
            target.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{key.column_name}'), "
                f"COALESCE(MAX(\"{key.column_name}\"), 1), MAX(\"{key.column_name}\") IS NOT NULL) FROM \"{table}\"")


def create_empty(target: peewee.Database) -> None:
    """The current schema, with no event yet, in a new database."""
    with database.using(target):
        schema.create_schema()


def new_file_database(path: Path) -> peewee.Database:
    """A new, empty event file (owner-only) with the current schema, not bound."""
    path.unlink(missing_ok=True)
    target = connect(path)
    create_empty(target)
    make_private(path)
    return target


def save_file_copy(path: Path) -> dict[str, int]:
    """An ordinary event file with everything the bound database (a server) holds, written aside then moved."""
    source = database.obj
    partial = path.with_name(path.name + ".part")
    target = new_file_database(partial)
    try:
        copied = replace_rows(source, target)
        target.close()
        os.replace(partial, path)
    finally:
        target.close()
        partial.unlink(missing_ok=True)
        for leftover in (Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
    make_private(path)
    return copied


def share_on_server(event_file: str, url: str) -> dict[str, int]:
    """Copy an event file to an empty database on a server. Nothing is bound: open the server afterwards.

    It runs on any thread (the window runs it off the GUI thread, while the file stays open there).
    """
    source, server = connect(event_file), connect(url)
    try:
        with database.using(server):
            try:
                server.connect()
            except (peewee.OperationalError, peewee.InterfaceError) as error:
                raise server_error(url, server, error) from error
            schema.ensure_current(create=True)
            if schema.holds_event():
                raise BelvedereError(translate("event", "{target} already holds an event. {advice}").format(
                    target=shown(url), advice=translate("event", "Choose an empty database for this event.")))
        return replace_rows(source, server)
    finally:
        source.close()
        server.close()
