"""Random and mutated event documents: a sentence (DocumentError), never a traceback, and nothing half-written."""
from __future__ import annotations

import copy
import json
from datetime import datetime

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from models.agenda.runlog import day_state
from models.badges.reading import payload_for
from models.event.creation import import_event_file
from models.event.demo import demo_document
from models.event.document import DocumentError, export_document, load_document
from models.event.file import close_event_database, open_event_database
from models.ground.clock import UTC, FakeClock
from models.ground.db import database
from models.ground.entities import Day, Event
from models.participants.entities import Participant

DEMO = demo_document()

scalars = (st.none() | st.booleans() | st.integers(-10**20, 10**20) | st.floats() | st.text(max_size=12)
           | st.sampled_from(["", "2011-06-09", "09:30", "Europe/Tirane", "talk", "AL", "officer", "2011-06-09T25:00"]))
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)


def places(node, path=()) -> list[tuple]:
    """The path to every value inside a document."""
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += places(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += places(value, path + (index,))
    return found


PLACES = places(DEMO)[1:]


@st.composite
def mutated_documents(draw) -> dict:
    """The demo document with a few values replaced by anything JSON can hold, or removed."""
    document = copy.deepcopy(DEMO)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(PLACES))
        parent = document
        try:
            for key in path[:-1]:
                parent = parent[key]
            parent[path[-1]]
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed or replaced this place
        if isinstance(parent, dict) and draw(st.booleans()):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(json_values)
    return document


def nothing_written() -> bool:
    return not (Event.select().exists() or Day.select().exists() or Participant.select().exists())


@pytest.fixture(scope="module")
def empty_file(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz") / "empty.belvedere"


def load_and_roll_back(document) -> None:
    """Load into the bound empty file and use what was loaded, then undo it; or raise DocumentError."""
    with database.atomic() as transaction:
        try:
            event = load_document(document)
        except DocumentError:
            assert nothing_written()
            raise
        else:
            # what loads can be used: exported, its badges signed, its days run
            export_document(event)
            for participant in Participant.select():
                payload_for(participant, event)
            for day in Day.select():
                day_state(day, FakeClock(datetime(2011, 6, 9, 7, 0, tzinfo=UTC)))
        finally:
            transaction.rollback()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=mutated_documents())
def test_a_mutated_document_loads_or_is_refused_with_a_sentence_and_nothing_written(empty_file, document):
    open_event_database(empty_file, create=True)
    try:
        load_and_roll_back(document)
    except DocumentError as error:
        assert str(error).rstrip().endswith((".", ")")), str(error)
    assert nothing_written()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=json_values | st.dictionaries(st.sampled_from(list(DEMO)), json_values).map(
    lambda d: {**d, "format": "belvedere-event"}))
@example(document={"format": "belvedere-event", "event": None})
def test_any_json_value_is_refused_with_a_sentence(empty_file, document):
    open_event_database(empty_file, create=True)
    with pytest.raises(DocumentError):
        load_and_roll_back(document)
    assert nothing_written()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=200) | st.builds(lambda d: json.dumps(d, default=str).encode(), mutated_documents()))
def test_an_imported_file_that_is_refused_leaves_no_event_file_behind(tmp_path, content):
    source, target = tmp_path / "event.json", tmp_path / "imported.belvedere"
    source.write_bytes(content)
    target.unlink(missing_ok=True)
    try:
        import_event_file(source, target)
    except DocumentError:
        assert not target.exists()
    else:
        close_event_database()
        target.unlink()
