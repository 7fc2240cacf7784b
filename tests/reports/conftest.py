"""The demo event after a scripted run: check-ins on both days, the chair's log of day I."""
from __future__ import annotations

import shutil

import pytest

from models.event.file import close_event_database, open_event_database
from models.ground.entities import current_event
from tests.reports.scripted import script_chair_actions, script_check_ins


@pytest.fixture(scope="session")
def scripted_template(demo_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("scripted") / "workshop.belvedere"
    shutil.copy(demo_template, path)
    open_event_database(path)
    arrivals = script_check_ins(current_event())
    script_chair_actions(current_event())
    close_event_database()
    return path, arrivals


@pytest.fixture
def scripted(scripted_template, tmp_path):
    """The scripted event, open and bound; returns (event, arrivals by day and participant number)."""
    template, arrivals = scripted_template
    path = tmp_path / "workshop.belvedere"
    shutil.copy(template, path)
    open_event_database(path)
    return current_event(), arrivals
