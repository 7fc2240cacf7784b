"""The app's log: a rotating file in the data folder. Participants appear by number only, never by name."""
from __future__ import annotations

import logging
import logging.handlers
import sys

from models.ground import appconfig

LOG_NAME = "belvedere.log"


def configure_logging(level: int = logging.INFO) -> None:
    folder = appconfig.data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(folder / LOG_NAME, maxBytes=2_000_000, backupCount=3,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    if sys.stderr is not None:
        root.addHandler(logging.StreamHandler(sys.stderr))
        root.handlers[-1].setLevel(logging.WARNING)
