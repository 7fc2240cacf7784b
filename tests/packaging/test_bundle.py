"""The frozen app, as an organiser gets it: build the bundle, copy it to an awkward folder, and use it offline,
also on a laptop without the sound and print client libraries the bundle takes from the system.

Marked `bundle` (it builds with PyInstaller, about a minute): `uv run pytest -m bundle`.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp

from tests.packaging.frozen import run, start_window, without_libraries

pytestmark = pytest.mark.bundle

# The Linux bundle: 127 MB, 37 MB more for the camera (Qt's FFmpeg backend and the Qt Quick it links), and
# 14 MB for the event server's driver (psycopg, whose libpq brings its own OpenSSL, Kerberos and LDAP, and
# Python's ssl module, which psycopg imports).
SIZE_BUDGET_MB = 185
NO_MULTIMEDIA = "Qt Multimedia cannot load"
CAMERA_BACKEND = "Qt multimedia with FFmpeg"  # what Qt logs when its camera backend has loaded
# The laptop's own sound and print clients, which the Linux bundle does not carry.
SYSTEM_SERVICE_CLIENTS = ("libpulse.so.0", "libcups.so.2")


def system_library(name: str) -> str | None:
    """Where the system's dynamic linker finds a library, or None."""
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    for line in listing.splitlines():
        if line.strip().startswith(name + " ") and "x86-64" in line:
            return line.rsplit("=> ", 1)[1].strip()
    return None


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


def bundled_binaries(bundle: Path) -> list[Path]:
    return [path for path in (bundle / "_internal").rglob("*.so*") if path.is_file() and not path.is_symlink()]


@linux_only
def test_every_library_in_the_linux_bundle_loads_and_needs_only_the_laptops_base_system(bundle):
    internal = bundle / "_internal"
    carried = {path.name for path in internal.rglob("*.so*")}
    search_path = os.pathsep.join([str(internal), str(internal / "PySide6" / "Qt" / "lib")])
    from build.linux import is_left_to_the_laptop
    for binary in [bundle / "Belvedere", *bundled_binaries(bundle)]:
        outside = [name for name in needed_libraries(binary) if name not in carried and not is_left_to_the_laptop(name)]
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


def loaded_by_name(path: Path) -> bool:
    """What is loaded without any file linking it: Python's extension modules, Qt's plugins, libpython."""
    return (".cpython-" in path.name or path.name.endswith(".abi3.so") or path.name.startswith("libpython")
            or "plugins" in path.parts)


@linux_only
def test_the_linux_bundle_carries_no_library_that_nothing_loads(bundle):
    by_name = {path.name: path.resolve() for path in (bundle / "_internal").rglob("*.so*")}
    binaries = bundled_binaries(bundle)
    to_visit = [bundle / "Belvedere", *(path for path in binaries if loaded_by_name(path))]
    reached = set()
    while to_visit:
        binary = to_visit.pop().resolve()
        if binary not in reached:
            reached.add(binary)
            to_visit.extend(by_name[name] for name in needed_libraries(binary) if name in by_name)
    unloaded = sorted(f"{path.relative_to(bundle)} ({path.stat().st_size / 1e3:.0f} kB)"
                      for path in binaries if path.resolve() not in reached)
    assert not unloaded, "nothing links or loads " + ", ".join(unloaded)


def version_numbers(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def symbol_versions(binary: Path, prefix: str) -> set[tuple[int, ...]]:
    """The versions of `prefix` ("GLIBC", "GLIBCXX") whose symbols `binary` uses from other libraries."""
    table = subprocess.run(["objdump", "--dynamic-syms", str(binary)], capture_output=True, text=True).stdout
    return {version_numbers(version) for version in re.findall(rf"\*UND\*.*\s\(?{prefix}_([0-9.]+)\)?\s", table)}


@linux_only
def test_the_linux_bundle_needs_no_newer_c_library_than_its_stated_floor(bundle):
    from build.linux import GLIBC_FLOOR, GLIBCXX_FLOOR
    needs = {}
    for binary in [bundle / "Belvedere", *bundled_binaries(bundle)]:
        for prefix, floor in (("GLIBC", GLIBC_FLOOR), ("GLIBCXX", GLIBCXX_FLOOR)):
            newest = max(symbol_versions(binary, prefix), default=())
            needs[prefix] = max(needs.get(prefix, ()), newest)
            assert newest <= floor, f"{binary.relative_to(bundle)} needs {prefix}_{'.'.join(map(str, newest))}"
    print("the bundle needs " + ", ".join(f"{prefix}_{'.'.join(map(str, version))}" for prefix, version in needs.items()))
    # The floor is what the bundle needs, not a guess above it: the README states it.
    assert needs["GLIBC"] == GLIBC_FLOOR


@linux_only
def test_a_plain_command_from_the_bundle_loads_no_qt(bundle, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    event = home / "workshop.belvedere"
    assert run(bundle, "belvedere-cli", "--db", str(event), "demo", home=home).returncode == 0
    found = run(bundle, "belvedere-cli", "--db", str(event), "find", "djordje", "--day", "1", home=home,
                env_extra={"LD_DEBUG": "files"})
    assert found.returncode == 0 and "Петровић" in found.stdout, found.stderr[-2000:]
    loaded = set(re.findall(r"file=(\S+)", found.stderr))
    assert not any("libQt6" in name or "libicu" in name or "PySide6" in name for name in loaded), sorted(loaded)


def test_the_bundle_carries_the_catalogues_and_its_commands_speak_albanian(bundle, tmp_path):
    # the window's compiled catalogues and their source, which the core reads without Qt
    catalogues = {path.name for path in bundle.rglob("belvedere_*") if path.parent.name == "translations"}
    assert {"belvedere_sq.qm", "belvedere_sq.ts", "belvedere_en.qm", "belvedere_en.ts"} <= catalogues
    home = tmp_path / "home"
    home.mkdir()
    event = home / "workshop.belvedere"
    assert run(bundle, "belvedere-cli", "--db", str(event), "demo", home=home).returncode == 0
    found = run(bundle, "belvedere-cli", "--lang", "sq", "--db", str(event), "find", "kerluku", "--day", "1", home=home)
    assert found.returncode == 0 and "Gjendja më Dita I" in found.stdout and "pa ardhur" in found.stdout, found.stderr


def test_the_frozen_commands_put_an_event_on_a_server_and_check_people_in_there(bundle, tmp_path, postgres_server):
    # the server's driver (psycopg, with the libpq its wheel carries) travels in the bundle
    home = tmp_path / "home"
    home.mkdir()
    url = postgres_server.new_database()
    try:
        made = run(bundle, "belvedere-cli", "--db", url, "demo", home=home, lan=True)
        assert made.returncode == 0 and "participants" in made.stdout, made.stderr[-2000:]
        payload = run(bundle, "belvedere-cli", "--db", url, "payload", "118", home=home, lan=True).stdout.strip()
        scanned = run(bundle, "belvedere-cli", "--db", url, "scan", payload, "--day", "1", home=home, lan=True)
        assert scanned.returncode == 0 and "Петровић" in scanned.stdout, scanned.stderr[-2000:]
        again = run(bundle, "belvedere-cli", "--db", url, "scan", payload, "--day", "1", home=home, lan=True)
        assert again.returncode == 3, again.stdout + again.stderr[-2000:]
    finally:
        postgres_server.drop_database(url)


def test_the_bundle_carries_the_licence_texts_and_the_versions_of_its_components(bundle):
    from models.ground.components import distributions
    licences = bundle / "licenses"
    assert (licences / "components.json").is_file() and (licences / "LGPL-3.0.txt").is_file()
    internal = bundle / "_internal"
    carried_metadata = {canonical(path.name.split("-")[0]) for path in internal.glob("*.dist-info")}
    assert {canonical(name) for name in distributions()} <= carried_metadata  # the About dialog's versions


@linux_only
def test_every_library_the_linux_bundle_carries_from_the_build_machine_has_its_copyright_file(bundle):
    import json

    from build.licenses import carried_system_libraries
    listed = json.loads((bundle / "licenses" / "system-libraries.json").read_text(encoding="utf-8"))["libraries"]
    assert {entry["library"] for entry in listed} == {path.name for path in carried_system_libraries(bundle / "_internal")}
    for entry in listed:
        assert (bundle / "licenses" / entry["text"]).stat().st_size > 100, entry["library"]
        assert "apt-get source" in entry["source"], entry["library"]


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()

