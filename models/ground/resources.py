"""The one place that knows where the app's bundled files are, from source or frozen."""
from __future__ import annotations

import os
import sys
from pathlib import Path


def resource_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)  # set by a PyInstaller bundle
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def hand_programs_the_systems_libraries() -> None:
    """The programs Belvedere starts (xdg-open, the PDF viewer it opens) use the laptop's own libraries.

    A Linux bundle starts with LD_LIBRARY_PATH pointing into itself, and a viewer that inherited it
    would load the bundle's copies, made for another system, and could fail to start. The dynamic
    linker read it once at start, so the bundle still finds its own libraries after it is put back.
    """
    if not getattr(sys, "frozen", False) or not sys.platform.startswith("linux"):
        return
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)  # PyInstaller keeps the laptop's value here
    if original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = original
