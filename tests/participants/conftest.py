"""An event with the demo's delegations, roles, days and agenda but nobody registered yet."""
from __future__ import annotations

from datetime import datetime

import pytest

from models.event.creation import create_event_file
from models.event.demo import demo_document
from models.ground.clock import UTC, FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2011, 6, 1, 9, 0, tzinfo=UTC))


@pytest.fixture
def empty_event(tmp_path):
    document = demo_document()
    document["participants"] = []
    return create_event_file(tmp_path / "empty.belvedere", document)
