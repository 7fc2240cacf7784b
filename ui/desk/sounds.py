"""The desk's short answer sounds. No QtMultimedia (libpulse missing) or no sound device: silence, no error."""
from __future__ import annotations

from PySide6.QtCore import QObject, QUrl

from models.ground.resources import resource_path
from ui.desk.answer import Tone
from ui.multimedia import multimedia

SOUND_FILES = {Tone.OK: "desk-ok.wav", Tone.WARN: "desk-warn.wav", Tone.REFUSED: "desk-refused.wav"}


class DeskSounds(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.last_played: Tone | None = None
        module = multimedia()
        self.effects = {}
        if module is not None:
            for tone, name in SOUND_FILES.items():
                effect = module.QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", name))))
                effect.setVolume(0.8)
                self.effects[tone] = effect

    @property
    def available(self) -> bool:
        return bool(self.effects)

    def play(self, tone: Tone) -> None:
        if tone not in SOUND_FILES:
            return
        self.last_played = tone
        effect = self.effects.get(tone)
        if effect is not None:
            effect.play()  # without an output device Qt only logs a warning
