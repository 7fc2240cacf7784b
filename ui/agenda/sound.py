"""The chime when a break ends. Silent, not broken, where Qt Multimedia cannot load."""
from __future__ import annotations

from PySide6.QtCore import QObject, QUrl

from models.ground.resources import resource_path
from ui.multimedia import multimedia

CHIME_FILE = ("sounds", "chime-break-end.wav")


class Chime(QObject):
    """Loads the sound on first use, so a page that never chimes never touches the audio system."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._effect = None
        self._loaded = False
        self.played = 0

    def _load(self):
        if not self._loaded:
            self._loaded = True
            module = multimedia()
            if module is None:
                return None
            self._effect = module.QSoundEffect(self)
            self._effect.setSource(QUrl.fromLocalFile(str(resource_path(*CHIME_FILE))))
            self._effect.setVolume(0.8)
        return self._effect

    def play(self) -> None:
        self.played += 1
        effect = self._load()
        if effect is not None:
            effect.play()
