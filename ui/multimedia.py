"""Qt Multimedia (sounds, camera), loaded only when the desk asks for it.

It needs the PulseAudio client library (libpulse0 on Linux); where that is missing the
import fails, and the desk runs silent and without a camera instead of not at all.
"""
from __future__ import annotations


def multimedia():
    """The QtMultimedia module, or None where it cannot load."""
    try:
        from PySide6 import QtMultimedia
    except ImportError:
        return None
    return QtMultimedia
