"""The window as a whole process: it opens, shows, and closes cleanly."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_closes_cleanly_while_qt_is_still_talking_as_it_unloads(demo_path, isolated_home):
    # With Qt's library messages on (as when someone debugs a plugin), Qt logs while unloading its
    # plugins, after Python has finished; a message handler still installed then crashed the exit.
    env = dict(os.environ, BELVEDERE_QUIT_AFTER_MS="300", QT_LOGGING_RULES="qt.core.library=true")
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(demo_path)], env=env,
                            capture_output=True, text=True, timeout=120)
    log = (isolated_home / "data" / "logs" / "belvedere.log").read_text(encoding="utf-8")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "ready: main window shown" in log
