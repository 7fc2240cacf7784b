"""The app's log: a rotating file in the data folder. Participants appear by number only, never by name."""
from __future__ import annotations

import faulthandler
import io
import logging
import logging.handlers
import sys
from contextlib import contextmanager
from pathlib import Path

from models.ground import appconfig
from models.ground.files import open_private, private_folder

LOG_NAME = "belvedere.log"
FAULTS_NAME = "belvedere-faults.log"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every log file it starts (the first, and each one after a rotation) is the owner's only."""

    def _open(self):
        return open_private(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors)


def log_file() -> Path:
    return private_folder(appconfig.data_dir() / "logs", own=True) / LOG_NAME


class LogStream(io.TextIOBase):
    """Stands in for stderr (or stdout) where a windowed program has none: what is written goes to the log,
    line by line, so nothing a library prints there is lost."""

    def __init__(self, name: str, level: int):
        super().__init__()
        self.logger, self.level, self.pending = logging.getLogger(name), level, ""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        lines = (self.pending + text).split("\n")
        self.pending = lines.pop()
        for line in lines:
            if line.strip():
                self.logger.log(self.level, line.rstrip())
        return len(text)

    def flush(self) -> None:
        if self.pending.strip():
            self.logger.log(self.level, self.pending.rstrip())
        self.pending = ""


def keep_missing_streams_in_log() -> None:
    """A windowed program (the desktop bundle) has no stderr or stdout: write them to the log instead."""
    if sys.stderr is None:
        sys.stderr = LogStream("stderr", logging.WARNING)
    if sys.stdout is None:
        sys.stdout = LogStream("stdout", logging.INFO)


_faults = None  # the open file faulthandler writes to: it must stay open while it is used


@contextmanager
def hard_crashes_recorded():
    """While the window runs: if the process dies of a fatal signal (a crash inside Qt), the stack of every
    thread is written beside the log. Afterwards faulthandler writes where it did before."""
    global _faults
    was_enabled = faulthandler.is_enabled()
    with open_private(log_file().with_name(FAULTS_NAME), "a", encoding="utf-8") as _faults:
        faulthandler.enable(file=_faults, all_threads=True)
        try:
            yield
        finally:
            faulthandler.disable()
            if was_enabled and sys.__stderr__ is not None:
                faulthandler.enable(file=sys.__stderr__, all_threads=True)
    _faults = None


def configure_logging(level: int = logging.INFO) -> None:
    handler = PrivateRotatingFileHandler(log_file(), maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    if sys.stderr is not None:
        root.addHandler(logging.StreamHandler(sys.stderr))
        root.handlers[-1].setLevel(logging.WARNING)
