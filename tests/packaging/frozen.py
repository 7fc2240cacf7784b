"""Running the frozen app as a laptop would: from its folder, offline, with its own home."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "build" / "dist" / "Belvedere"
BROKEN_START = ("could not load the Qt platform plugin", "ModuleNotFoundError", "Traceback")


def can_drop_network() -> bool:
    if not (sys.platform.startswith("linux") and shutil.which("unshare")):
        return False
    return subprocess.run(["unshare", "--net", "--", "true"], capture_output=True).returncode == 0


def offline(command: list[str]) -> list[str]:
    """Run without any network where the machine allows it (a new, empty network namespace)."""
    return ["unshare", "--net", "--"] + command if can_drop_network() else command


def without_libraries(paths: list[str], command: list[str]) -> list[str]:
    """Run offline as on a laptop without these libraries: /dev/null is mounted over them in a private namespace."""
    hide = "".join(f'mount --bind /dev/null "{path}" && ' for path in paths)
    return ["unshare", "--mount", "--net", "--", "sh", "-c", hide + 'exec "$@"', "sh", *command]


def run(bundle: Path, program: str, *args: str, home: Path, env_extra: dict | None = None,
        hidden_libraries: list[str] | None = None, lan: bool = False):
    """The frozen program, offline unless `lan` (it then reaches the tests' event server on this machine)."""
    executable = bundle / (program + (".exe" if sys.platform == "win32" else ""))
    env = dict(os.environ, BELVEDERE_HOME=str(home), QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    env.pop("PYTHONPATH", None)
    command = [str(executable), *args]
    if hidden_libraries:
        command = without_libraries(hidden_libraries, command)
    elif not lan:
        command = offline(command)
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8",
                          env=env, timeout=120, cwd=home.parent)


def start_window(bundle: Path, event: Path, home: Path, **options) -> str:
    """Open the window offscreen for a moment; the log it wrote."""
    window = run(bundle, "Belvedere", "--db", str(event), home=home, env_extra={"BELVEDERE_QUIT_AFTER_MS": "1500"},
                 **options)
    log = (home / "data" / "logs" / "belvedere.log").read_text(encoding="utf-8")
    assert window.returncode == 0, window.stderr
    assert "ready: main window shown" in log
    assert not any(sign in window.stderr + log for sign in BROKEN_START)
    return log


