"""The components list (Help ▸ About, the bundle's licences folder) names everything Belvedere runs on,
with true versions, a licence text for each, and where its sources are."""
from __future__ import annotations

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from models.ground.components import components, distributions, licences_folder

ROOT = Path(__file__).resolve().parents[1]


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions() -> set[str]:
    """Every distribution the app needs at run time, as uv.lock resolves it (extras included, dev group not)."""
    packages = {package["name"]: package for package in tomllib.loads((ROOT / "uv.lock").read_text())["package"]}
    needed, to_visit = set(), [(dependency["name"], dependency.get("extra", []))
                               for dependency in packages["belvedere"]["dependencies"]]
    while to_visit:
        name, extras = to_visit.pop()
        needed.add(name)
        package = packages[name]
        for dependency in package.get("dependencies", []) + [
                extra_dependency for extra in extras for extra_dependency in package["optional-dependencies"][extra]]:
            if "marker" not in dependency or "win32" not in dependency["marker"] and "darwin" not in dependency["marker"]:
                to_visit.append((dependency["name"], dependency.get("extra", [])))
    return needed


def by_name(name: str):
    return next(component for component in components() if component.name.startswith(name))


def test_every_distribution_the_app_runs_on_is_listed():
    assert runtime_distributions() <= {canonical(name) for name in distributions()}


def test_every_component_has_its_version_its_licence_texts_and_its_sources():
    listed = components()
    assert len(listed) >= 20
    for component in listed:
        assert component.version and component.version != "?", component.name
        assert component.licence and component.source, component.name
        assert component.texts and all(text.is_file() and text.stat().st_size > 200 for text in component.texts), \
            component.name
    assert by_name("Qt").version == metadata.version("PySide6-Essentials")
    assert by_name("Python").version == ".".join(map(str, sys.version_info[:3]))
    assert licences_folder() / "LGPL-3.0.txt" in by_name("Qt").texts


def test_the_versions_written_in_the_list_are_those_of_the_files_shipped():
    from fontTools.ttLib import TTFont
    font = TTFont(str(ROOT / "resources" / "fonts" / "DejaVuSans.ttf"))
    assert font["name"].getDebugName(5) == "Version " + by_name("DejaVu").version
    assert by_name("PyInstaller").version == metadata.version("pyinstaller")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux wheels carry ICU and FFmpeg as files")
def test_the_icu_and_ffmpeg_versions_are_those_in_the_qt_wheels():
    import PySide6
    libraries = Path(PySide6.__file__).parent / "Qt" / "lib"
    assert (libraries / f"libicuuc.so.{by_name('ICU').version}").exists()
    avutil = next(libraries.glob("libavutil.so.*")).read_bytes()
    assert re.search(rb"FFmpeg-n" + re.escape(by_name("FFmpeg").version.encode()) + rb"(?![0-9.])", avutil)
    assert b"libavutil license: LGPL version 2.1 or later" in avutil
