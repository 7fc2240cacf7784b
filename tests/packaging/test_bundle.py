"""The frozen app, as an organiser gets it: build the bundle, copy it to an awkward folder, and use it offline,
also on a laptop without the sound and print client libraries the bundle takes from the system.

Marked `bundle` (it builds with PyInstaller, about a minute): `uv run pytest -m bundle`.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "build" / "dist" / "Belvedere"
BROKEN_START = ("could not load the Qt platform plugin", "ModuleNotFoundError", "Traceback")
# The Linux bundle: 127 MB, and 37 MB more for the camera (Qt's FFmpeg backend and the Qt Quick it links).
SIZE_BUDGET_MB = 170
NO_MULTIMEDIA = "Qt Multimedia cannot load"
CAMERA_BACKEND = "Qt multimedia with FFmpeg"  # what Qt logs when its camera backend has loaded
# The laptop's own sound and print clients, which the Linux bundle does not carry.
SYSTEM_SERVICE_CLIENTS = ("libpulse.so.0", "libcups.so.2")
# What every Linux desktop provides and a bundle must not carry: the C library, the graphics
# driver's libraries, and the X11 and Wayland client libraries that talk to the display server.
LAPTOP_BASE = re.compile(r"^(ld-linux-x86-64\.so\.2|lib(c|m|dl|pthread|rt|resolv)\.so\.\d"
                         r"|lib(GL|EGL|GLX|GLdispatch|OpenGL|drm|gbm)\.so\.\d+|libxcb\.so\.1"
                         r"|libwayland-(client|cursor|egl)\.so\.\d+)$")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """A fresh build, copied into a folder whose path has a space and non-ASCII letters."""
    subprocess.run([sys.executable, "-m", "build.build"], cwd=ROOT, check=True)
    target = tmp_path_factory.mktemp("bundle") / "Programe Belvedere — Durrës"
    shutil.copytree(DIST, target, symlinks=True)
    return target


def can_drop_network() -> bool:
    if not (sys.platform.startswith("linux") and shutil.which("unshare")):
        return False
    return subprocess.run(["unshare", "--net", "--", "true"], capture_output=True).returncode == 0


def offline(command: list[str]) -> list[str]:
    """Run without any network where the machine allows it (a new, empty network namespace)."""
    return ["unshare", "--net", "--"] + command if can_drop_network() else command


def system_library(name: str) -> str | None:
    """Where the system's dynamic linker finds a library, or None."""
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    for line in listing.splitlines():
        if line.strip().startswith(name + " ") and "x86-64" in line:
            return line.rsplit("=> ", 1)[1].strip()
    return None


def without_libraries(paths: list[str], command: list[str]) -> list[str]:
    """Run offline as on a laptop without these libraries: /dev/null is mounted over them in a private namespace."""
    hide = "".join(f'mount --bind /dev/null "{path}" && ' for path in paths)
    return ["unshare", "--mount", "--net", "--", "sh", "-c", hide + 'exec "$@"', "sh", *command]


def run(bundle: Path, program: str, *args: str, home: Path, env_extra: dict | None = None,
        hidden_libraries: list[str] | None = None):
    executable = bundle / (program + (".exe" if sys.platform == "win32" else ""))
    env = dict(os.environ, BELVEDERE_HOME=str(home), QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    env.pop("PYTHONPATH", None)
    command = [str(executable), *args]
    command = without_libraries(hidden_libraries, command) if hidden_libraries else offline(command)
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8",
                          env=env, timeout=120, cwd=home.parent)


def start_window(bundle: Path, event: Path, home: Path, **options) -> str:
    """Open the window offscreen for a moment; the log it wrote."""
    window = run(bundle, "Belvedere", "--db", str(event), home=home, env_extra={"BELVEDERE_QUIT_AFTER_MS": "1500"},
                 **options)
    log = (home / "data" / "logs" / "belvedere.log").read_text(encoding="utf-8")
    assert window.returncode == 0, window.stderr
    assert "ready: main window shown" in log
    assert not any(sign in window.stderr + log for sign in BROKEN_START)
    return log


def decoded_codes(pdf: Path) -> list[str]:
    document = pypdfium2.PdfDocument(str(pdf))
    codes = []
    for page in document:
        image = page.render(scale=200 / 72).to_pil()
        codes.extend(result.text for result in zxingcpp.read_barcodes(image))
    document.close()
    return codes


def test_the_frozen_app_works_offline_from_an_awkward_folder(bundle, tmp_path):
    home = tmp_path / "ëvent home"
    event = home / "workshop.belvedere"
    home.mkdir()

    created = run(bundle, "belvedere-cli", "--db", str(event), "demo", home=home)
    assert created.returncode == 0, created.stderr
    assert "45 participants" in created.stdout

    pdf = home / "badges.pdf"
    badges = run(bundle, "belvedere-cli", "--db", str(event), "badges", str(pdf), "--layout", "card", home=home)
    assert badges.returncode == 0, badges.stderr
    codes = decoded_codes(pdf)
    payload_118 = run(bundle, "belvedere-cli", "--db", str(event), "payload", "118", home=home).stdout.strip()
    assert len(codes) == 45 and payload_118 in codes

    first = run(bundle, "belvedere-cli", "--db", str(event), "scan", payload_118, "--day", "1", home=home)
    again = run(bundle, "belvedere-cli", "--db", str(event), "scan", payload_118, "--day", "1", home=home)
    assert (first.returncode, again.returncode) == (0, 3), first.stderr + again.stderr
    assert "Петровић" in first.stdout

    report = run(bundle, "belvedere-cli", "--db", str(event), "report", "attendance", str(home / "a.pdf"), home=home)
    assert report.returncode == 0, report.stderr

    log = start_window(bundle, event, home)
    if system_library("libpulse.so.0"):
        assert NO_MULTIMEDIA not in log, "the desk's sounds load with the laptop's PulseAudio client"
        assert CAMERA_BACKEND in log, "the camera's backend loads"


linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle's libraries")


@linux_only
def test_the_linux_bundle_stays_within_its_size_and_leaves_sound_and_print_clients_to_the_laptop(bundle):
    from build.build import folder_size
    size_mb = folder_size(bundle) / 1e6
    print(f"bundle: {size_mb:.0f} MB")
    assert size_mb <= SIZE_BUDGET_MB
    carried = {path.name for path in bundle.rglob("*.so*")}
    assert not carried & set(SYSTEM_SERVICE_CLIENTS)


def needed_libraries(binary: Path) -> list[str]:
    dynamic = subprocess.run(["readelf", "--dynamic", str(binary)], capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic)


@linux_only
def test_every_library_in_the_linux_bundle_loads_and_needs_only_the_laptops_base_system(bundle):
    internal = bundle / "_internal"
    binaries = [path for path in internal.rglob("*.so*") if path.is_file() and not path.is_symlink()]
    carried = {path.name for path in internal.rglob("*.so*")}
    search_path = os.pathsep.join([str(internal), str(internal / "PySide6" / "Qt" / "lib")])
    from build.linux import is_service_client
    for binary in [bundle / "Belvedere", *binaries]:
        outside = [name for name in needed_libraries(binary)
                   if name not in carried and not LAPTOP_BASE.match(name) and not is_service_client(name)]
        assert not outside, f"{binary.relative_to(bundle)} needs {outside}, which a laptop may lack"
        loading = subprocess.run(["ldd", str(binary)], capture_output=True, text=True,
                                 env=dict(os.environ, LD_LIBRARY_PATH=search_path))
        output = loading.stdout + loading.stderr
        assert loading.returncode == 0 and "not found" not in output and "error while loading" not in output, \
            f"{binary.relative_to(bundle)}: {output}"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="hides Linux system libraries")
def test_a_laptop_without_sound_or_print_clients_still_checks_in_and_prints_pdfs(bundle, tmp_path):
    hidden = [path for path in map(system_library, SYSTEM_SERVICE_CLIENTS) if path]
    if not hidden or subprocess.run(without_libraries(hidden, ["true"]), capture_output=True).returncode != 0:
        pytest.skip("this machine cannot hide libraries in a private mount namespace")
    home = tmp_path / "laptop"
    event = home / "workshop.belvedere"
    home.mkdir()
    assert run(bundle, "belvedere-cli", "--db", str(event), "demo", home=home, hidden_libraries=hidden).returncode == 0
    badges = run(bundle, "belvedere-cli", "--db", str(event), "badges", str(home / "b.pdf"), "--only", "118",
                 home=home, hidden_libraries=hidden)
    assert badges.returncode == 0, badges.stderr
    payload = decoded_codes(home / "b.pdf")[0]
    scan = run(bundle, "belvedere-cli", "--db", str(event), "scan", payload, "--day", "1", home=home,
               hidden_libraries=hidden)
    assert scan.returncode == 0, scan.stderr
    log = start_window(bundle, event, home, hidden_libraries=hidden)
    assert NO_MULTIMEDIA in log, "the log says why the desk is silent"
