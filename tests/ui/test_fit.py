"""Every page and dialog fits the laptops people bring, maximised, with nothing scrolled, cut or outside.

Sizes are logical pixels: a 15" 1920×1080 screen at 150 % is 1280×720 for Qt, an old laptop is 1366×768,
and 1280×800 is the size the pages were first laid out for. Qt chooses its screens once per process, so
each size is looked at by tests/ui/fit_cases.py in a process of its own, in every language (about 10 s a
language): 1280×720 at 150 %, the tightest, in the default run; the others with `-m slow`.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from tests.ui.fitting import findings_in
from tests.ui.offscreen_screens import one_screen, platform_for
from ui.app import create_application
from ui.main_window import PAGES

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
README_PAGE = "agenda"  # the page the README shows
LANGUAGES = ["en", "sq"]  # each size is looked at in every language of the window
DIALOGS = ["About Belvedere", "New event", "Lock to the desk", "Who is at this desk?", "Walk-in", "Undo a check-in",
           "Add a participant", "Edit a participant", "Import participants", "Agenda item", "Delegation", "Role",
           "Word from the sheets"]


def looked_at(tmp_path: Path, width: int, height: int, dpr: float, shots: Path | None = None) -> list[dict]:
    """What fit_cases.py found on a screen of that size, in each language."""
    out = tmp_path / "findings.json"
    env = {**os.environ, "QT_QPA_PLATFORM": platform_for(one_screen(width, height, dpr), tmp_path)}
    command = [sys.executable, "-m", "tests.ui.fit_cases", "--languages", ",".join(LANGUAGES), "--out", str(out)]
    if shots is not None:
        command += ["--shots", str(shots)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-6000:]
    runs = json.loads(out.read_text(encoding="utf-8"))["runs"]
    assert [run["language"] for run in runs] == LANGUAGES
    return runs


def assert_fits(runs: list[dict], width: int, height: int, dpr: float) -> None:
    findings = []
    for seen in runs:
        assert (seen["screen"]["width"], seen["screen"]["height"], seen["screen"]["dpr"]) == (width, height, dpr)
        scenes = " · ".join(seen["scenes"])
        for key, _module, _name in PAGES:  # every page was looked at, and every dialog
            assert f"{key} page" in scenes
        for title in DIALOGS:
            assert f"dialog “{title}”" in scenes
        findings += [f"[{seen['language']}] {finding['where']}: {finding['widget']}: {finding['problem']}"
                     for finding in seen["findings"]]
    assert not findings, f"at {width}×{height}:\n" + "\n".join(findings)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the offscreen platform's screens are Linux's")
def test_everything_fits_a_1920x1080_laptop_at_150_percent(tmp_path, artifacts):
    shots = artifacts / "fit-1280x720"
    assert_fits(looked_at(tmp_path, 1280, 720, 1.5, shots), 1280, 720, 1.5)
    if os.environ.get("BELVEDERE_UPDATE_DOCS"):
        update_docs(shots / "en")


def update_docs(shots: Path) -> None:
    """The pictures of docs/: each page at 1280×720 (docs/screens/), and the README's."""
    (DOCS / "screens").mkdir(parents=True, exist_ok=True)
    for key, _module, _name in PAGES:
        shutil.copy(shots / f"{key}.png", DOCS / "screens" / f"{key}.png")
    shutil.copy(shots / f"{README_PAGE}.png", DOCS / "main-window.png")


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the offscreen platform's screens are Linux's")
@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 800)])
def test_everything_fits_the_other_laptops(tmp_path, width, height, artifacts):
    shots = artifacts / f"fit-{width}x{height}"
    assert_fits(looked_at(tmp_path, width, height, 1.0, shots), width, height, 1.0)


# --- the looker itself ------------------------------------------------------------------------------------------

def test_the_looker_sees_cut_text_a_scrolling_page_and_a_widget_outside(qtbot):
    # GIVEN a window of 400×200 with a button and a label too narrow for their text, a wrapping label too
    # short for its lines, a check box pushed out of the window, and a page that scrolls
    create_application()
    window = QWidget()
    qtbot.addWidget(window)
    window.setFixedSize(400, 200)
    row = QHBoxLayout()
    button = QPushButton("Questions from the floor")
    button.setFixedWidth(90)
    label = QLabel("Ministry of the Interior, Directorate against high-tech crime")
    label.setFixedWidth(120)
    wrapped = QLabel("a paragraph " * 20)
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(160, 40)
    for widget in (button, label, wrapped):
        row.addWidget(widget)
    outside = QCheckBox("Chime when a break ends", window)
    outside.adjustSize()
    outside.move(300, 190)
    over = QPushButton("Create report", window)
    over.adjustSize()

    area = QScrollArea()
    area.setWidgetResizable(True)
    tall = QWidget()
    tall.setMinimumHeight(600)
    area.setWidget(tall)
    column = QVBoxLayout(window)
    column.addLayout(row)
    column.addWidget(area)
    window.show()
    qtbot.waitExposed(window)
    over.move(label.pos())
    # WHEN it looks
    problems = [str(finding) for finding in findings_in(window, "test")]
    # THEN it says each
    assert any("QPushButton “Questions from the floor”" in p and "(cut)" in p for p in problems)
    assert any("QLabel “Ministry of the Interior" in p and "(cut)" in p for p in problems)
    assert any("QLabel “a paragraph" in p and "of height" in p for p in problems)
    assert any("QCheckBox “Chime when a break ends”: outside the window" in p for p in problems)
    assert any("QScrollArea: scrolls" in p for p in problems)
    assert any("covers QPushButton “Create report”" in p or "QPushButton “Create report”: covers" in p
               for p in problems)
    # AND, once each has its room, it finds nothing
    button.setFixedWidth(button.sizeHint().width())
    label.setFixedWidth(label.sizeHint().width())
    wrapped.hide()
    column.addWidget(outside)
    over.hide()
    tall.setMinimumHeight(10)
    window.setFixedSize(760, 200)
    qtbot.wait(20)
    assert [str(finding) for finding in findings_in(window, "test")] == []
