"""Shared fixtures: an isolated home for every test, and real demo events: files in tmp_path, or databases on a
PostgreSQL server the tests start themselves.

A test module (or test) marked `@pytest.mark.databases("sqlite", "postgresql")` runs once on an event file and
once on the server: its `demo_path` is then a file path or a postgresql:// URL.
"""
from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest

# The system's language, which the window and the commands follow until one is chosen, is English in tests
# (whatever the machine's); a test of another language chooses it.
os.environ["LANGUAGE"] = "en"

from models.event import journal
from models.event.demo import create_demo
from models.event.file import close_event_database, open_event_database
from models.ground import i18n
from models.ground.clock import UTC, FakeClock
from models.ground.entities import current_event
from tests.postgres import PrivateServer, why_no_server

# Qt must be headless before the first QApplication; a test may pick its own screens configuration. Plain offscreen has
# one 800×800 screen, on which the window opens maximised (it is smaller than the pages): tests get a desktop's
# 1920×1080 screen instead, where the window takes the pages' size and a test can resize it.
DESKTOP_SCREEN = Path(__file__).parent / "fixtures" / "desktop-screen.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={DESKTOP_SCREEN}"

ARTIFACTS = Path(__file__).parent / "artifacts"
DEMO_CLOCK = FakeClock(datetime(2011, 6, 1, 9, 0, tzinfo=UTC))


def pytest_configure(config):
    config.addinivalue_line("markers", "databases(*kinds): run on each kind of event database (sqlite, postgresql)")


def pytest_generate_tests(metafunc):
    marker = metafunc.definition.get_closest_marker("databases")
    if marker is not None and "database_kind" in metafunc.fixturenames:
        metafunc.parametrize("database_kind", marker.args)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    """Belvedere's config and data folders live in the test's own tmp_path."""
    home = tmp_path / "home"
    monkeypatch.setenv("BELVEDERE_HOME", str(home))
    journal.forget_cached_folder()  # the journal's folder is read from this home's config
    yield home
    close_event_database()
    journal.forget_cached_folder()
    i18n.use_language(i18n.REFERENCE_LANGUAGE)


@pytest.fixture
def stick(tmp_path) -> Path:
    """A USB stick for the journal: a folder on another device than the test's files."""
    from tests.safety.journalling import another_device

    with another_device(tmp_path) as folder:
        if folder is None:
            pytest.skip("this machine has no second device for the journal")
        yield folder


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo written once per run; each test gets its own copy."""
    path = tmp_path_factory.mktemp("template") / "demo.belvedere"
    create_demo(path, clock=DEMO_CLOCK)
    close_event_database()
    return path


@pytest.fixture(scope="session")
def postgres_server():
    """One PostgreSQL server for the whole run (each test gets databases of its own)."""
    reason = why_no_server()
    if reason:
        pytest.skip(reason)
    server = PrivateServer()
    yield server
    server.close()


@pytest.fixture(scope="session")
def demo_on_server(postgres_server) -> str:
    """The demo written once per run into a database on the server; tests get copies of it."""
    url = postgres_server.new_database()
    create_demo(url, clock=DEMO_CLOCK)
    close_event_database()
    return url.rsplit("/", 1)[1]


@pytest.fixture
def server_demo(postgres_server, demo_on_server):
    """A fresh copy of the demo on the server, for tests that pause, stop and restart it (it runs again at the end)."""
    url = postgres_server.new_database(template=demo_on_server)
    yield url
    close_event_database()
    postgres_server.resume()
    postgres_server.drop_database(url)


@pytest.fixture
def database_kind() -> str:
    """sqlite, unless the test is marked to run on several kinds of database."""
    return "sqlite"


@pytest.fixture
def new_demo(database_kind, demo_template, tmp_path, request):
    """Makes fresh demo events of the test's kind: a file copy, or a copy of the demo database on the server."""
    made: list[str] = []

    def make() -> Path | str:
        if database_kind == "postgresql":
            url = request.getfixturevalue("postgres_server").new_database(
                template=request.getfixturevalue("demo_on_server"))
            made.append(url)
            return url
        path = tmp_path / ("demo.belvedere" if not made else f"demo-{len(made)}.belvedere")
        shutil.copy(demo_template, path)
        made.append(str(path))
        return path

    yield make
    if database_kind == "postgresql":
        close_event_database()  # the server drops a database only when nothing is connected to it
        server = request.getfixturevalue("postgres_server")
        for url in made:
            server.drop_database(url)


@pytest.fixture
def event_target(database_kind, tmp_path, request) -> Path | str:
    """Where a test's own event goes: a file that does not exist yet, or an empty database on the server."""
    if database_kind != "postgresql":
        yield tmp_path / "event.belvedere"
        return
    server = request.getfixturevalue("postgres_server")
    url = server.new_database()
    yield url
    close_event_database()
    server.drop_database(url)


@pytest.fixture
def demo_path(new_demo) -> Path | str:
    """The demo event file (or, on a server, the demo database's URL), closed."""
    return new_demo()


@pytest.fixture
def demo_event(demo_path):
    """The demo event, open and bound."""
    open_event_database(demo_path)
    return current_event()


@pytest.fixture
def artifacts() -> Path:
    """Where tests leave screenshots and files for people to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
