"""Settings declared once: each store reads and writes them by their declaration, and no key is spelled elsewhere."""
from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from models.ground import appconfig, settings
from models.ground.db import write_transaction
from models.ground.entities import Setting
from models.ground.settings import (
    DECLARED,
    DESK_LOCK,
    DESK_NAME,
    JOURNAL_FOLDER,
    RECENT_FILES,
    SEATS_MINUTES,
    Declared,
    Store,
)

ROOT = Path(__file__).resolve().parents[2]


def test_every_setting_is_declared_once_with_a_meaning():
    declared = [value for value in vars(settings).values() if isinstance(value, Declared)]
    assert sorted(declared, key=lambda s: s.key) == sorted(DECLARED, key=lambda s: s.key)
    assert len({(s.store, s.key) for s in DECLARED}) == len(DECLARED)
    assert all(s.meaning and isinstance(s.store, Store) for s in DECLARED)


def test_no_key_is_spelled_outside_the_declarations():
    keys = {setting.key for setting in DECLARED}
    spelled = sorted(
        f"{path.relative_to(ROOT)}: {node.value}"
        for folder in ("models", "ui", "commands")
        for path in (ROOT / folder).rglob("*.py")
        if path != ROOT / "models" / "ground" / "settings.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and node.value in keys
    )
    assert spelled == []


@pytest.mark.parametrize("setting, stored, value", [
    (SEATS_MINUTES, "5", 5), (SEATS_MINUTES, "five", 2), (SEATS_MINUTES, None, 2),
    (settings.CHIME, "false", False), (settings.CHIME, "true", True), (settings.CHIME, "perhaps", True),
    (DESK_NAME, "", ""), (DESK_NAME, "Desk 2", "Desk 2"),
    (JOURNAL_FOLDER, "", None), (settings.WINDOW_GEOMETRY, b"\x01\xd9", b"\x01\xd9"),
])
def test_a_stored_value_is_read_as_its_type_or_else_as_its_default(setting, stored, value):
    assert setting.parsed(stored) == value


def test_this_laptops_settings_round_trip_in_the_file_earlier_releases_wrote(isolated_home):
    # GIVEN the settings file as the first releases wrote it: recent files at the top, the rest under "settings"
    appconfig.config_file().write_text(json.dumps({"recent": ["/events/a.belvedere"],
                                                   "settings": {"journal_folder": "/media/stick"}}))
    assert appconfig.value_of(JOURNAL_FOLDER) == "/media/stick"
    assert appconfig.recent_files() == ["/events/a.belvedere"]
    # WHEN settings are kept and forgotten
    appconfig.remember_event_file("/events/b.belvedere")
    appconfig.put(JOURNAL_FOLDER, None)
    # THEN the file keeps its shape
    assert json.loads(appconfig.config_file().read_text()) == {
        "recent": [str(Path("/events/b.belvedere").resolve()), "/events/a.belvedere"], "settings": {}}
    assert appconfig.value_of(JOURNAL_FOLDER) is None and appconfig.value_of(RECENT_FILES)[1] == "/events/a.belvedere"


def test_the_event_files_settings_round_trip_and_travel_in_the_setting_table(demo_event):
    assert Setting.value_of(SEATS_MINUTES) == 2 and Setting.value_of(DESK_LOCK) is None
    with write_transaction():
        Setting.put(SEATS_MINUTES, 4)
    assert Setting.value_of(SEATS_MINUTES) == 4
    assert Setting.get(Setting.key == SEATS_MINUTES.key).value == "4"


def test_a_setting_is_refused_by_a_store_that_does_not_keep_it(demo_event):
    with pytest.raises(ValueError, match="desk/name is kept in window.ini"):
        Setting.value_of(DESK_NAME)
    with pytest.raises(ValueError, match="agenda.seats_minutes is kept in the event file"):
        appconfig.put(SEATS_MINUTES, 3)
