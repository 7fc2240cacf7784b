"""Shared fixtures: an isolated home for every test, and real demo event files in tmp_path."""
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

# Qt must be headless before the first QApplication; a test may pick its own screens configuration. Plain offscreen has
# one 800×800 screen, on which the window opens maximised (it is smaller than the pages): tests get a desktop's
# 1920×1080 screen instead, where the window takes the pages' size and a test can resize it.
DESKTOP_SCREEN = Path(__file__).parent / "fixtures" / "desktop-screen.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={DESKTOP_SCREEN}"

ARTIFACTS = Path(__file__).parent / "artifacts"


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
    create_demo(path, clock=FakeClock(datetime(2011, 6, 1, 9, 0, tzinfo=UTC)))
    close_event_database()
    return path


@pytest.fixture
def demo_path(demo_template, tmp_path) -> Path:
    path = tmp_path / "demo.belvedere"
    shutil.copy(demo_template, path)
    return path


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
