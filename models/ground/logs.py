"""The app's log: a rotating file in the data folder. Participants appear by number only, never by name."""
from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from models.ground import appconfig
from models.ground.files import open_private, private_folder

LOG_NAME = "belvedere.log"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every log file it starts (the first, and each one after a rotation) is the owner's only."""

    def _open(self):
        return open_private(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors)


def log_file() -> Path:
    return private_folder(appconfig.data_dir() / "logs", own=True) / LOG_NAME


def configure_logging(level: int = logging.INFO) -> None:
    handler = PrivateRotatingFileHandler(log_file(), maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    if sys.stderr is not None:
        root.addHandler(logging.StreamHandler(sys.stderr))
        root.handlers[-1].setLevel(logging.WARNING)
