"""What Belvedere is made of: each component with its version, licence, licence texts and sources.

The list is resources/licenses/components.json. The Linux bundle adds system-libraries.json there:
the libraries it carries from the build machine, each with its Debian package's copyright file.
"""
from __future__ import annotations

import json
import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from models.ground.resources import resource_path
from models.ground.version import VERSION

COMPONENTS_FILE = "components.json"
SYSTEM_LIBRARIES_FILE = "system-libraries.json"


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    texts: tuple[Path, ...]
    source: str


def licences_folder() -> Path:
    return resource_path("licenses")


def components() -> list[Component]:
    """Belvedere's components, then the system libraries the bundle carries (none when run from source)."""
    return [_component(entry) for entry in _read(COMPONENTS_FILE)["components"]] + system_libraries()


def system_libraries() -> list[Component]:
    if not (licences_folder() / SYSTEM_LIBRARIES_FILE).exists():
        return []
    return [Component(name=entry["library"], version=entry["version"], licence=entry["licence"],
                      texts=(licences_folder() / entry["text"],), source=entry["source"])
            for entry in _read(SYSTEM_LIBRARIES_FILE)["libraries"]]


def _component(entry: dict) -> Component:
    return Component(name=entry["name"], version=_version(entry["version"]), licence=entry["licence"],
                     texts=tuple(licences_folder() / text for text in entry["texts"]),
                     source=entry["source"])


def _version(how: dict) -> str:
    if "distribution" in how:
        try:
            return metadata.version(how["distribution"])
        except metadata.PackageNotFoundError:
            return "?"  # the bundle carries the metadata of each one named (build/belvedere.spec)
    if how.get("python"):
        return platform.python_version()
    if how.get("belvedere"):
        return VERSION
    return how["fixed"]


def _read(name: str) -> dict:
    return json.loads((licences_folder() / name).read_text(encoding="utf-8"))


def distributions() -> list[str]:
    """The Python distributions whose versions the list reads (the bundle must carry their metadata)."""
    return [entry["version"]["distribution"] for entry in _read(COMPONENTS_FILE)["components"]
            if "distribution" in entry["version"]]
