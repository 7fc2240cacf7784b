"""What the event file is asked: every SQL statement run on the open SQLite connection."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from models.ground.db import database


@contextmanager
def sql_statements() -> Iterator[list[str]]:
    """The statements run meanwhile, in order (SQLite's trace callback, so BEGIN and COMMIT count too)."""
    seen: list[str] = []
    connection = database.connection()
    connection.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        connection.set_trace_callback(None)


def verbs(statements: list[str]) -> list[str]:
    """The first word of each statement: ["BEGIN", "SELECT", …, "COMMIT"]."""
    return [statement.split(None, 1)[0].upper() for statement in statements]
