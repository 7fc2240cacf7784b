"""Where Qt Multimedia cannot load (a laptop without the PulseAudio client library), the desk
and the chair run silent and camera-less, and the log says why."""
from __future__ import annotations

import logging
import sys

import PySide6
import pytest

from ui.agenda.sound import Chime
from ui.desk.answer import Tone
from ui.desk.camera import default_camera
from ui.desk.sounds import DeskSounds
from ui.multimedia import multimedia


@pytest.fixture
def without_qt_multimedia(monkeypatch):
    multimedia.cache_clear()
    # What importing it does without libpulse, even when an earlier test has loaded it.
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    monkeypatch.delattr(PySide6, "QtMultimedia", raising=False)
    yield
    multimedia.cache_clear()


def test_without_qt_multimedia_the_desk_is_silent_and_camera_less_and_the_log_says_so(
        without_qt_multimedia, qtbot, caplog):
    with caplog.at_level(logging.WARNING, logger="belvedere"):
        sounds = DeskSounds()
        sounds.play(Tone.OK)
        camera = default_camera()
    assert (sounds.available, sounds.last_played, camera) == (False, Tone.OK, None)
    warnings = [record.getMessage() for record in caplog.records if "Qt Multimedia cannot load" in record.getMessage()]
    assert len(warnings) == 1, "said once, not at every sound"


def test_without_qt_multimedia_the_chime_is_silent(without_qt_multimedia, qtbot):
    chime = Chime()
    chime.play()
    assert chime.played == 1 and chime._load() is None
