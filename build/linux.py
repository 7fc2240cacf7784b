"""How the Linux bundle treats the shared libraries PyInstaller collects.

- The laptop's own print-service client (libcups, with the TLS and Zeroconf libraries it pulls
  in) and sound-service client (libpulse, with its codec libraries) are left to the laptop. They
  must match the services they talk to, and every Linux desktop has them. Where one is missing
  Belvedere copes: without libcups there are no printers but PDFs are still written; without
  libpulse the desk and the chair are silent and camera-less, and the log says why.
- What every Linux system has is left to it too: the C library, the graphics driver's libraries,
  the X11 and Wayland client libraries that talk to the display server (with the X authorisation
  libraries libxcb links), and the C++ runtime and expat. Those last two matter for older laptops:
  the build machine's copies need its own C library (libstdc++ and libgcc_s GLIBC_2.35, libexpat
  arc4random_buf of GLIBC_2.36), while the laptop's copies fit the laptop's. The bundle then needs
  the newest C library symbol any of its own files needs (GLIBC_FLOOR, checked by the bundle test).
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
LAPTOP_BASE = re.compile(
    r"^(ld-linux-x86-64\.so\.2|lib(c|m|dl|pthread|rt|resolv)\.so\.\d"
    r"|lib(GL|EGL|GLX|GLdispatch|OpenGL|drm|gbm)\.so\.\d+|libxcb\.so\.1|lib(Xau|Xdmcp|bsd|md)\.so\.\d+"
    r"|libwayland-(client|cursor|egl)\.so\.\d+|lib(stdc\+\+|gcc_s|expat)\.so\.\d+)$"
)
# The newest C library the bundle needs: Qt 6.10 and later are built for glibc 2.34 (manylinux_2_34),
# and a Python built on Debian 12 uses hypot@GLIBC_2.35. So: Ubuntu 22.04, Debian 12, Fedora 36 and
# newer. glibc 2.31 (Ubuntu 20.04, Debian 11) takes a build there with PySide6 6.9 or older.
GLIBC_FLOOR = (2, 35)
# The C++ runtime the bundled libraries need from the laptop (GCC 11's; Ubuntu 22.04 has GCC 12's).
GLIBCXX_FLOOR = (3, 4, 29)
BUILD_TOOLS = icu.TOOLS + ("strip", "dpkg-query")  # dpkg-query: the copyright file of each library carried
NOT_STRIPPED = re.compile(r"^lib(avcodec|avformat|avutil|swscale|swresample)\.so[.0-9]*$")


def is_left_to_the_laptop(destination: str) -> bool:
    name = Path(destination).name
    return bool(SERVICE_CLIENTS.match(name) or LAPTOP_BASE.match(name))


def prepare_binaries(binaries: list, workdir: Path) -> list:
    """PyInstaller's (destination, source, kind) binaries as the Linux bundle carries them."""
    kept = [entry for entry in binaries if not is_left_to_the_laptop(entry[0])]
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
