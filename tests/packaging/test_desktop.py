"""The Linux bundle on a real X desktop (Xvfb): names typed with dead keys keep their accents, nothing is
written outside BELVEDERE_HOME, and install.sh puts Belvedere in the menu and opens .belvedere files.

What the laptop must have for dead keys: X's Compose tables (/usr/share/X11/locale, Debian and Ubuntu's
libx11-data, on every X or Wayland desktop), which Qt's compose input context reads through the
bundled libxkbcommon; with IBus running (GNOME's default) the bundled IBus input context is used instead.

Marked `bundle`: `uv run pytest -m bundle`. Needs xvfb, xdotool, x11-xkb-utils, xclip, libglib2.0-bin,
desktop-file-utils (.ci/run installs them).
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.packaging.frozen import BROKEN_START

pytestmark = [pytest.mark.bundle,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux desktop")]

COMPOSE_TABLES = Path("/usr/share/X11/locale/compose.dir")
X_TOOLS = ("Xvfb", "xdotool", "setxkbmap", "xclip")
# US International: ' is dead_acute and " (Shift+') dead_diaeresis, as on many laptops in the region.
ZOE = ["shift+z", "o", "dead_diaeresis", "e"]  # Zoë
COSIC = ["dead_acute", "shift+c", "o", "s", "i", "dead_acute", "c"]  # Ćosić


@pytest.fixture
def x_display():
    """A real X server with a keyboard layout that has dead keys; its display name."""
    missing = [tool for tool in X_TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip("needs " + ", ".join(missing))
    if not COMPOSE_TABLES.exists():
        pytest.skip("this machine lacks X's Compose tables (libx11-data), as a laptop with dead keys cannot")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=[write_end], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        display = ":" + announced.readline().strip()
    subprocess.run(["setxkbmap", "-display", display, "-layout", "us", "-variant", "intl"], check=True)
    yield display
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def laptop(tmp_path):
    """A fresh user's home, and BELVEDERE_HOME beside it with the desk's name already given."""
    user_home, belvedere_home = tmp_path / "user", tmp_path / "belvedere"
    user_home.mkdir()
    (belvedere_home / "config").mkdir(parents=True)
    (belvedere_home / "config" / "window.ini").write_text("[desk]\nname=Desk 1\noperator=Ana\n", encoding="utf-8")
    return user_home, belvedere_home


def desktop_environment(display: str, user_home: Path, belvedere_home: Path) -> dict:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("XDG_", "QT_", "PYTHON")) and key not in ("HOME", "DISPLAY", "LANG", "LC_ALL")}
    return dict(env, HOME=str(user_home), DISPLAY=display, LANG="C.UTF-8", BELVEDERE_HOME=str(belvedere_home))


def xdotool(display: str, *args: str) -> str:
    result = subprocess.run(["xdotool", *args], capture_output=True, text=True, env=dict(os.environ, DISPLAY=display),
                            timeout=30)
    return result.stdout.strip()


def wait_for_window(display: str, title: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = xdotool(display, "search", "--name", title)
        if found:
            return found.split()[-1]
        time.sleep(0.2)
    raise AssertionError(f"no window titled {title!r} appeared")


def type_keys(display: str, window: str, keys: list[str]) -> None:
    xdotool(display, "windowfocus", "--sync", window)
    xdotool(display, "key", "--delay", "40", *keys)
    time.sleep(0.3)


def clipboard(display: str) -> str:
    return subprocess.run(["xclip", "-selection", "clipboard", "-out"], capture_output=True, text=True,
                          env=dict(os.environ, DISPLAY=display), timeout=10).stdout


def files_under(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file())


def test_names_typed_with_dead_keys_keep_their_accents_and_nothing_is_written_outside_belvedere_home(
        bundle, x_display, laptop, tmp_path):
    user_home, belvedere_home = laptop
    event = tmp_path / "workshop.belvedere"
    env = desktop_environment(x_display, user_home, belvedere_home)
    subprocess.run([str(bundle / "belvedere-cli"), "--db", str(event), "demo"], env=env, check=True,
                   capture_output=True)
    window = subprocess.Popen([str(bundle / "Belvedere"), "--db", str(event)], env=env, cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        main = wait_for_window(x_display, " — Belvedere")
        time.sleep(1)  # the desk page takes the focus once shown
        # WHEN a name is typed with dead keys into the desk's field (it has the focus)
        type_keys(x_display, main, ZOE + ["space"] + COSIC)
        type_keys(x_display, main, ["ctrl+a", "ctrl+c"])
        # THEN the field holds the accented letters
        assert clipboard(x_display) == "Zoë Ćosić"
        # WHEN the organiser opens a file dialog (its state is saved when it closes)
        type_keys(x_display, main, ["Escape", "ctrl+o"])
        type_keys(x_display, wait_for_window(x_display, "^Open event$"), ["Escape"])
        # AND adds a participant on the Participants page, typing the name with dead keys
        xdotool(x_display, "mousemove", "--window", main, "70", "94", "click", "1")  # the navigation's 2nd row
        time.sleep(1)
        type_keys(x_display, main, ["alt+a"])  # Add…
        form = wait_for_window(x_display, "Add a participant")
        type_keys(x_display, form, ZOE + ["Tab"] + COSIC + ["Return"])
        time.sleep(1)
        type_keys(x_display, main, ["ctrl+q"])
        window.wait(timeout=30)
    finally:
        if window.poll() is None:
            window.kill()
    output = window.stdout.read()
    assert not any(sign in output for sign in BROKEN_START), output
    # THEN the participant is saved with the accents
    with sqlite3.connect(event) as connection:
        names = connection.execute("SELECT given_name, family_name FROM participant WHERE family_name LIKE '%osi%'")
        assert names.fetchall() == [("Zoë", "Ćosić")]
    # AND nothing was written in the user's home: Qt's file-dialog state went to BELVEDERE_HOME
    assert files_under(user_home) == []
    assert "QtProject.conf" in files_under(belvedere_home / "config")


def desktop_entry_environment(user_home: Path, belvedere_home: Path) -> dict:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("XDG_", "PYTHON"))}
    return dict(env, HOME=str(user_home), BELVEDERE_HOME=str(belvedere_home), QT_QPA_PLATFORM="offscreen")


def test_install_sh_puts_belvedere_in_the_menu_and_opens_event_files_with_it(bundle, laptop, tmp_path):
    for tool in ("gio", "xdg-mime", "desktop-file-validate", "update-mime-database"):
        if shutil.which(tool) is None:
            pytest.skip(f"needs {tool}")
    user_home, belvedere_home = laptop
    env = desktop_entry_environment(user_home, belvedere_home)
    # WHEN the organiser runs install.sh from the bundle's folder (its path has a space, a dash and a "ë")
    installed = subprocess.run([str(bundle / "install.sh")], env=env, capture_output=True, text=True, timeout=60)
    assert installed.returncode == 0, installed.stderr
    entry = user_home / ".local" / "share" / "applications" / "belvedere.desktop"
    # THEN the menu entry is valid, with the icon, and .belvedere files are Belvedere's
    validated = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert (user_home / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "belvedere.png").is_file()
    event = tmp_path / "Seminari — Durrës.belvedere"
    subprocess.run([str(bundle / "belvedere-cli"), "--db", str(event), "demo"], env=env, check=True, capture_output=True)
    kind = subprocess.run(["xdg-mime", "query", "filetype", str(event)], env=env, capture_output=True, text=True)
    default = subprocess.run(["xdg-mime", "query", "default", "application/x-belvedere"], env=env,
                             capture_output=True, text=True)
    assert (kind.stdout.strip(), default.stdout.strip()) == ("application/x-belvedere", "belvedere.desktop")
    # AND opening a file through the entry, as the desktop does, opens that event in the window
    launched = subprocess.run(["gio", "launch", str(entry), str(event)], env=dict(env, BELVEDERE_QUIT_AFTER_MS="1500"),
                              capture_output=True, text=True, timeout=60)
    assert launched.returncode == 0, launched.stderr
    log = belvedere_home / "data" / "logs" / "belvedere.log"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (log.exists() and "ready: main window shown" in log.read_text()):
        time.sleep(0.2)
    recent = json.loads((belvedere_home / "config" / "belvedere.json").read_text(encoding="utf-8"))["recent"]
    assert recent[0] == str(event)
    time.sleep(3)  # the window closes itself (BELVEDERE_QUIT_AFTER_MS) and leaves its backup
    # AND --remove takes it all out again
    subprocess.run([str(bundle / "install.sh"), "--remove"], env=env, check=True, capture_output=True)
    assert not entry.exists()
