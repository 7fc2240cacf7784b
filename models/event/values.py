"""Reading the values of an event document, its record included: each refusal says where in the document."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from models.ground.clock import UTC
from models.ground.errors import BelvedereError
from models.ground.i18n import translate


class DocumentError(BelvedereError):
    pass


def require(mapping: dict, key: str, where: str) -> Any:
    if not isinstance(mapping, dict):
        raise DocumentError(translate("event", "{where}: expected an object with '{key}'.").format(where=where, key=key))
    if key not in mapping or mapping[key] in (None, ""):
        raise DocumentError(translate("event", "{where}: '{key}' is missing.").format(where=where, key=key))
    return mapping[key]


def objects(value, where: str) -> list[dict]:
    """A list of objects (days, agenda items, participants…); null is an empty list."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
        raise DocumentError(translate("event", "{where}: expected a list of objects.").format(where=where))
    return value


def parse_instant(text: str | None, where: str) -> datetime | None:
    if not text:
        return None
    try:
        instant = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except (TypeError, ValueError) as error:
        raise DocumentError(translate("event", "{where}: '{text}' is not a UTC time like 2011-06-09T06:45:00Z.")
                            .format(where=where, text=text)) from error
    return instant.replace(tzinfo=UTC) if instant.tzinfo is None else instant.astimezone(UTC)
