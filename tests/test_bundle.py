"""The frozen app, as an organiser gets it: build the bundle, copy it to an awkward folder, and use it offline.

Marked `bundle` (it builds with PyInstaller, about a minute): `uv run pytest -m bundle`.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "build" / "dist" / "Belvedere"
BROKEN_START = ("could not load the Qt platform plugin", "ModuleNotFoundError", "Traceback")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """A fresh build, copied into a folder whose path has a space and non-ASCII letters."""
    subprocess.run([sys.executable, "-m", "build.build"], cwd=ROOT, check=True)
    target = tmp_path_factory.mktemp("bundle") / "Programe Belvedere — Durrës"
    shutil.copytree(DIST, target, symlinks=True)
    return target


def can_drop_network() -> bool:
    if not (sys.platform.startswith("linux") and shutil.which("unshare")):
        return False
    return subprocess.run(["unshare", "--net", "--", "true"], capture_output=True).returncode == 0


def offline(command: list[str]) -> list[str]:
    """Run without any network where the machine allows it (a new, empty network namespace)."""
    return ["unshare", "--net", "--"] + command if can_drop_network() else command


def run(bundle: Path, program: str, *args: str, home: Path, env_extra: dict | None = None):
    executable = bundle / (program + (".exe" if sys.platform == "win32" else ""))
    env = dict(os.environ, BELVEDERE_HOME=str(home), QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    env.pop("PYTHONPATH", None)
    return subprocess.run(offline([str(executable), *args]), capture_output=True, text=True, encoding="utf-8",
                          env=env, timeout=120, cwd=home.parent)


def decoded_codes(pdf: Path) -> list[str]:
    document = pypdfium2.PdfDocument(str(pdf))
    codes = []
    for page in document:
        image = page.render(scale=200 / 72).to_pil()
        codes.extend(result.text for result in zxingcpp.read_barcodes(image))
    document.close()
    return codes


def test_the_frozen_app_works_offline_from_an_awkward_folder(bundle, tmp_path):
    home = tmp_path / "ëvent home"
    event = home / "workshop.belvedere"
    home.mkdir()

    created = run(bundle, "belvedere-cli", "--db", str(event), "demo", home=home)
    assert created.returncode == 0, created.stderr
    assert "45 participants" in created.stdout

    pdf = home / "badges.pdf"
    badges = run(bundle, "belvedere-cli", "--db", str(event), "badges", str(pdf), "--layout", "card", home=home)
    assert badges.returncode == 0, badges.stderr
    codes = decoded_codes(pdf)
    payload_118 = run(bundle, "belvedere-cli", "--db", str(event), "payload", "118", home=home).stdout.strip()
    assert len(codes) == 45 and payload_118 in codes

    first = run(bundle, "belvedere-cli", "--db", str(event), "scan", payload_118, "--day", "1", home=home)
    again = run(bundle, "belvedere-cli", "--db", str(event), "scan", payload_118, "--day", "1", home=home)
    assert (first.returncode, again.returncode) == (0, 3), first.stderr + again.stderr
    assert "Петровић" in first.stdout

    report = run(bundle, "belvedere-cli", "--db", str(event), "report", "attendance", str(home / "a.pdf"), home=home)
    assert report.returncode == 0, report.stderr

    window = run(bundle, "Belvedere", "--db", str(event), home=home, env_extra={"BELVEDERE_QUIT_AFTER_MS": "1500"})
    log = (home / "data" / "logs" / "belvedere.log").read_text(encoding="utf-8")
    assert window.returncode == 0, window.stderr
    assert "ready: main window shown" in log
    assert not any(sign in window.stderr + log for sign in BROKEN_START)
