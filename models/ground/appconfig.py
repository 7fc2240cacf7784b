"""Where this laptop keeps Belvedere's files, its settings (declared in settings.py), and which event file was
open last.

Set BELVEDERE_HOME to keep everything in one folder (tests, a portable USB install).
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

from models.ground import jsondata
from models.ground.addresses import shown
from models.ground.files import private_folder, written_aside
from models.ground.settings import LAPTOP, RECENT_FILES, Declared, kept_in

APP_NAME = "Belvedere"
DEMO_FILE_NAME = "cybercrime-ipa-2011.belvedere"
MAX_RECENT = 8


def data_dir() -> Path:
    home = os.environ.get("BELVEDERE_HOME")
    path = Path(home) / "data" if home else Path(user_data_dir(APP_NAME, appauthor=False))
    return private_folder(path, own=True)


def config_file() -> Path:
    home = os.environ.get("BELVEDERE_HOME")
    folder = Path(home) / "config" if home else Path(user_config_dir(APP_NAME, appauthor=False))
    return private_folder(folder, own=True) / "belvedere.json"


def demo_file() -> Path:
    return data_dir() / DEMO_FILE_NAME


def _read() -> dict:
    try:
        config = jsondata.parse(config_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # a missing or damaged config only forgets the recent files
    if not isinstance(config, dict) or not isinstance(config.get("settings", {}), dict):
        return {}  # JSON, but not Belvedere's: forgotten the same way
    return config


def _write(config: dict) -> None:
    with written_aside(config_file()) as temporary:
        temporary.write_text(json.dumps(config, indent=2, ensure_ascii=False), encoding="utf-8")


def _place(config: dict, setting: Declared) -> dict:
    """The recent files are at the top of the file, where the first releases wrote them; the others under 'settings'."""
    return config if setting is RECENT_FILES else config.setdefault("settings", {})


def value_of(setting: Declared):
    """A setting of this laptop (not part of any event file)."""
    return kept_in(setting, LAPTOP).parsed(_place(_read(), setting).get(setting.key))


def put(setting: Declared, value) -> None:
    """Keep a setting of this laptop; None forgets it."""
    config = _read()
    place = _place(config, kept_in(setting, LAPTOP))
    if value is None:
        place.pop(setting.key, None)
    else:
        place[setting.key] = value
    _write(config)


def recent_files() -> list[str]:
    recent = value_of(RECENT_FILES)
    return [path for path in recent if isinstance(path, str)] if isinstance(recent, list | tuple) else []


def last_event_file() -> str | None:
    recent = recent_files()
    return recent[0] if recent else None


def remember_event_file(target: str | os.PathLike) -> None:
    """Put the file first in the recent list (it becomes the one opened next time)."""
    target = shown(str(target)) if "://" in str(target) else str(Path(target).resolve())  # never a password
    put(RECENT_FILES, ([target] + [path for path in recent_files() if path != target])[:MAX_RECENT])


def default_event_target() -> str:
    """The file a command or the GUI uses without --db: the last one, or the demo."""
    last = last_event_file()
    if last and ("://" in last or Path(last).exists()):
        return last
    return str(demo_file())


def config_dir() -> Path:
    return config_file().parent

