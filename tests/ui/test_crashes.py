"""Crashes are recorded: an unexpected error in a slot or in a thread of the window goes to the log with its
traceback, and a dialog says where the log is and that nothing acknowledged was lost; the window goes on. In
the windowed bundle, which has no stderr, what is printed there goes to the log too."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The window as the desktop starts it (no stderr, as in the windowed bundle), with a slot and a thread that fail.
SCRIPT = r'''
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.app import create_application, run_gui

database, seen = sys.argv[1], Path(sys.argv[2])
sys.stderr = None  # a windowed program has none


def failing_slot():
    raise RuntimeError("a slot failed on purpose")


def failing_thread():
    threading.Thread(target=lambda: 1 / 0, name="report-writer").start()


def then(step, *rest):
    """Wait for the error's dialog, note what it says, close it, and go on to the next step."""
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    if not boxes:
        QTimer.singleShot(50, lambda: then(step, *rest))
        return
    with seen.open("a", encoding="utf-8") as handle:
        handle.write(f"{boxes[0].windowTitle()}\n{boxes[0].text()}\n{boxes[0].informativeText()}\n---\n")
    boxes[0].accept()
    step()
    if rest:
        QTimer.singleShot(50, lambda: then(*rest))


def the_end():
    print("a library complains on stderr", file=sys.stderr)
    windows = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    windows[0].close()


create_application()
QTimer.singleShot(500, failing_slot)
QTimer.singleShot(600, lambda: then(failing_thread, the_end))
sys.exit(run_gui(database))
'''


def test_an_error_in_a_slot_or_a_thread_is_logged_and_shown_and_the_window_goes_on(demo_path, isolated_home,
                                                                                  tmp_path):
    # GIVEN the window on the demo, without a stderr, where a slot raises and then a thread does
    seen, script = tmp_path / "dialogs.txt", tmp_path / "failing_window.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = dict(os.environ, BELVEDERE_HOME=str(isolated_home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, str(script), str(demo_path), str(seen)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    # THEN the window went on, and closed normally at the end
    assert result.returncode == 0, result.stderr[-3000:]
    log_path = isolated_home / "data" / "logs" / "belvedere.log"
    log = log_path.read_text(encoding="utf-8")
    # AND both errors are in the log with their tracebacks
    assert "CRITICAL belvedere.crash: unexpected error\nTraceback (most recent call last):" in log
    assert 'in failing_slot\n    raise RuntimeError("a slot failed on purpose")' in log
    assert "RuntimeError: a slot failed on purpose" in log
    assert "unexpected error in thread report-writer" in log and "ZeroDivisionError: division by zero" in log
    # AND each was shown in a dialog that says where the log is and that nothing acknowledged was lost
    dialogs = seen.read_text(encoding="utf-8").split("---\n")[:-1]
    assert len(dialogs) == 2
    for dialog in dialogs:
        assert dialog.startswith("Belvedere met an unexpected problem\n")
        assert str(log_path) in dialog and "Nothing that was acknowledged was lost" in dialog
    # AND what was printed to the missing stderr is in the log
    assert "WARNING stderr: a library complains on stderr" in log


HARD_CRASH = r'''
import faulthandler
import sys

from PySide6.QtCore import QTimer

from ui.app import create_application, run_gui

sys.stderr = None


def crash_inside_qt():
    faulthandler._sigsegv()  # what a crash in a Qt library does to the process


create_application()
QTimer.singleShot(500, crash_inside_qt)
sys.exit(run_gui(sys.argv[1]))
'''


def test_a_hard_crash_leaves_the_stack_of_every_thread_beside_the_log(demo_path, isolated_home, tmp_path):
    script = tmp_path / "crashing_window.py"
    script.write_text(HARD_CRASH, encoding="utf-8")
    env = dict(os.environ, BELVEDERE_HOME=str(isolated_home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, str(script), str(demo_path)], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode != 0
    faults = (isolated_home / "data" / "logs" / "belvedere-faults.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in faults and "in crash_inside_qt" in faults
