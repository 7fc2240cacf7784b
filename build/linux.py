"""How the Linux bundle treats the shared libraries PyInstaller collects.

- The laptop's own print-service client (libcups, with the TLS and Zeroconf libraries it pulls
  in) and sound-service client (libpulse, with its codec libraries) are left to the laptop. They
  must match the services they talk to, and every Linux desktop has them. Where one is missing
  Belvedere copes: without libcups there are no printers but PDFs are still written; without
  libpulse the desk and the chair are silent and camera-less, and the log says why.
- ICU's data library is trimmed to what Qt uses (build/icu.py).
- Binaries are stripped of their symbol tables, except PySide6's FFmpeg libraries: they come
  stripped already, and strip breaks their program headers ("ELF load command address/offset
  not page-aligned"), which takes the camera away.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from build import icu

SERVICE_CLIENTS = re.compile(
    r"^lib(cups|gnutls|nettle|hogweed|gmp|idn2|unistring|tasn1|p11-kit|avahi-client|avahi-common"
    r"|pulse|pulsecommon-[0-9.]+|sndfile|FLAC|vorbis|vorbisenc|opus|mpg123|mp3lame|ogg|asyncns)\.so[.0-9]*$"
)
BUILD_TOOLS = icu.TOOLS + ("strip",)
NOT_STRIPPED = re.compile(r"^lib(avcodec|avformat|avutil|swscale|swresample)\.so[.0-9]*$")


def is_service_client(destination: str) -> bool:
    return bool(SERVICE_CLIENTS.match(Path(destination).name))


def prepare_binaries(binaries: list, workdir: Path) -> list:
    """PyInstaller's (destination, source, kind) binaries as the Linux bundle carries them."""
    kept = [entry for entry in binaries if not is_service_client(entry[0])]
    return strip_binaries(icu.slim_binaries(kept, workdir / "icu"), workdir / "stripped")


def strip_binaries(binaries: list, workdir: Path) -> list:
    stripped = []
    for destination, source, kind in binaries:
        if kind in ("BINARY", "EXTENSION") and not NOT_STRIPPED.match(Path(destination).name):
            target = workdir / destination
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
            subprocess.run(["strip", str(target)], check=True, capture_output=True)
            source = str(target)
        stripped.append((destination, source, kind))
    return stripped
