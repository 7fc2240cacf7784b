"""Where this laptop keeps Belvedere's files, and which event file was open last.

Set BELVEDERE_HOME to keep everything in one folder (tests, a portable USB install).
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

from models.ground.addresses import shown

APP_NAME = "Belvedere"
DEMO_FILE_NAME = "cybercrime-ipa-2011.belvedere"
MAX_RECENT = 8


def data_dir() -> Path:
    home = os.environ.get("BELVEDERE_HOME")
    path = Path(home) / "data" if home else Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_file() -> Path:
    home = os.environ.get("BELVEDERE_HOME")
    folder = Path(home) / "config" if home else Path(user_config_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "belvedere.json"


def demo_file() -> Path:
    return data_dir() / DEMO_FILE_NAME


def _read() -> dict:
    try:
        return json.loads(config_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # a missing or damaged config only forgets the recent files


def _write(config: dict) -> None:
    target = config_file()
    temporary = target.with_suffix(".tmp")
    temporary.write_text(json.dumps(config, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, target)


def recent_files() -> list[str]:
    return [path for path in _read().get("recent", []) if isinstance(path, str)]


def last_event_file() -> str | None:
    recent = recent_files()
    return recent[0] if recent else None


def remember_event_file(target: str | os.PathLike) -> None:
    """Put the file first in the recent list (it becomes the one opened next time)."""
    target = shown(str(target)) if "://" in str(target) else str(Path(target).resolve())
    config = _read()
    recent = [target] + [path for path in config.get("recent", []) if path != target]
    config["recent"] = recent[:MAX_RECENT]
    _write(config)


def forget_event_file(target: str) -> None:
    config = _read()
    config["recent"] = [path for path in config.get("recent", []) if path != target]
    _write(config)


def default_event_target() -> str:
    """The file a command or the GUI uses without --db: the last one, or the demo."""
    last = last_event_file()
    if last and ("://" in last or Path(last).exists()):
        return last
    return str(demo_file())


def config_dir() -> Path:
    return config_file().parent


def get_value(key: str, default=None):
    """A laptop-wide preference (not part of any event file)."""
    return _read().get("settings", {}).get(key, default)


def set_value(key: str, value) -> None:
    config = _read()
    settings = config.setdefault("settings", {})
    if value is None:
        settings.pop(key, None)
    else:
        settings[key] = value
    _write(config)
