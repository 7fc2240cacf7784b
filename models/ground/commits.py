"""After a write that matters commits, whoever listens hears of it (the journal on a second medium).

Capabilities announce what they committed as plain entries (dicts with numbers, never names);
they do not know who listens. A listener that fails returns a sentence instead of raising:
the write is already saved, so its failure is shown beside the answer, never instead of it.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from models.ground.clock import UTC
from models.ground.entities import Event

Listener = Callable[[Event, list[dict]], str]
_listeners: list[Listener] = []


def listen(listener: Listener) -> None:
    if listener not in _listeners:
        _listeners.append(listener)


def announce(event: Event, entries: list[dict]) -> str:
    """Tell every listener what was just committed; returns their problems in one sentence, or ""."""
    problems = [listener(event, entries) for listener in _listeners]
    return " ".join(problem for problem in problems if problem)


def instant_text(instant: datetime) -> str:
    """An instant as entries carry it: ISO 8601 in UTC."""
    return instant.astimezone(UTC).isoformat()


def parse_instant(text) -> datetime:
    """An instant as entries carry it, back; ValueError for anything that is not an ISO 8601 time with its zone."""
    if not isinstance(text, str):
        raise ValueError(f"{text!r} is not a time")
    instant = datetime.fromisoformat(text)
    if instant.tzinfo is None:
        raise ValueError(f"{text} has no time zone")
    return instant.astimezone(UTC)
