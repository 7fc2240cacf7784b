"""The note beside the desk's answer on a server: offline with so many check-ins waiting, or back online.

It never replaces the answer: the answer is always about the last scan, the note about where answers come from.
"""
from __future__ import annotations

import time
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from models.event.desk_source import Link
from ui.style import NEUTRAL_GREY, WARN_AMBER

BACK_ONLINE_SHOWN_S = 20  # how long "back online, uploaded" stays after the queue went up
TINTS = {WARN_AMBER: "#fff3e0", NEUTRAL_GREY: "#eceff1"}


class LinkNote(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("link-note")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setMinimumHeight(72)  # the answer above keeps its place whether the note says something or not
        self.back_online_at: float | None = None
        self.hide()

    def show_link(self, link: Link | None) -> None:
        if link is None:  # an event file: nothing to say
            self.hide()
            return
        self.show()
        if not link.online:
            self.back_online_at = None
            self.say(WARN_AMBER, self.tr("⚠  Offline — %n check-ins waiting", "", link.waiting), link.problem)
            return
        if link.uploaded and self.back_online_at is None:
            self.back_online_at = time.monotonic()
        if self.back_online_at is not None and time.monotonic() - self.back_online_at < BACK_ONLINE_SHOWN_S:
            details = self.tr("%n kept as duplicates for the organiser to see: another desk had checked them in too.",
                              "", link.duplicates) if link.duplicates else ""
            self.say(NEUTRAL_GREY, self.tr("Back online — %n check-ins uploaded", "", link.uploaded), details)
            return
        self.say(None, "", "")

    def say(self, colour: str | None, headline: str, details: str) -> None:
        """A light box edged in the colour, so that it reads as a note and not as part of the answer above it."""
        self.setStyleSheet(f"background: {TINTS[colour]}; color: #1f2a36; border: 3px solid {colour}; "
                           "border-radius: 8px; padding: 6px 14px;" if colour else "background: transparent; border: none;")
        self.setText(f"<span style='font-size: 16pt; font-weight: bold; color: {colour};'>{escape(headline)}</span>"
                     + (f"<br><span style='font-size: 12pt;'>{escape(details)}</span>" if details else ""))
        self.setAccessibleName(" ".join(part for part in (headline, details) if part))

    def plain_text(self) -> str:
        """What the note says, for tests."""
        return self.accessibleName()
