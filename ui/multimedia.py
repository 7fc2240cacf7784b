"""Qt Multimedia (sounds, camera), loaded only when a page asks for it.

It needs the PulseAudio client library (libpulse0 on Linux), which the desktop bundle takes from
the laptop; where that is missing the import fails, and the desk and the chair run silent and
without a camera instead of not at all. The log says so once, for whoever wonders why.
"""
from __future__ import annotations

import functools
import logging


@functools.cache
def multimedia():
    """The QtMultimedia module, or None where it cannot load."""
    try:
        from PySide6 import QtMultimedia
    except ImportError as error:
        logging.getLogger("belvedere").warning("no sound or camera: Qt Multimedia cannot load (%s)", error)
        return None
    return QtMultimedia
