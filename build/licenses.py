"""The bundle's licences folder: Belvedere's components (resources/licenses, committed) and, on Linux,
the libraries the bundle carries from the build machine, each with its Debian package's copyright file
and where that package's sources are.

The folder is also linked at the top of the bundle as `licenses`, beside the programs, where a person
looks for it (copied on Windows, where links need administrator rights).
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from models.ground.components import SYSTEM_LIBRARIES_FILE

# Libraries that come with a component already listed (Python, Qt, Pillow's wheel) rather than a system package.
COMPONENT_LIBRARIES = re.compile(r"^libpython3|^lib(Qt6|pyside6|shiboken6|icu|av|sw)")


class UnknownLibrary(RuntimeError):
    pass


def carried_system_libraries(internal: Path) -> list[Path]:
    """The shared libraries PyInstaller copied from the build machine's system into the bundle."""
    return sorted(path for path in internal.glob("*.so*") if not path.is_symlink()
                  and not COMPONENT_LIBRARIES.match(path.name))


def debian_package(library: str) -> dict:
    """The package that installed `library` on this machine: name, version, source package."""
    owner = subprocess.run(["dpkg-query", "--search", f"*/{library}"], capture_output=True, text=True)
    if owner.returncode != 0:
        raise UnknownLibrary(f"{library} is in the bundle, but no Debian package on this machine installed it: "
                             "its licence is unknown. Leave it out (build/belvedere.spec) or list it as a component.")
    package = owner.stdout.split(":", 1)[0].strip()
    fields = subprocess.run(["dpkg-query", "--show", "--showformat", "${source:Package}\t${source:Version}\t${Version}",
                             package], capture_output=True, text=True, check=True).stdout.split("\t")
    return {"package": package, "source_package": fields[0], "source_version": fields[1], "version": fields[2]}


def main_licence(copyright_text: str) -> str:
    """The licence a Debian copyright file gives first (its files in general), or where to read it."""
    found = re.search(r"^License:[ \t]*(\S.*)$", copyright_text, flags=re.MULTILINE)
    return found[1].strip() if found else "see the copyright file"


def write_system_libraries(internal: Path, licences: Path) -> int:
    """Copy each carried library's copyright file and list it in system-libraries.json; the count."""
    folder = licences / "system"
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for library in carried_system_libraries(internal):
        package = debian_package(library.name)
        copyright_file = Path("/usr/share/doc") / package["package"] / "copyright"
        text = folder / f"{package['package']}.txt"
        shutil.copyfile(copyright_file, text)
        entries.append({
            "library": library.name, "version": package["version"], "package": package["package"],
            "licence": main_licence(copyright_file.read_text(encoding="utf-8", errors="replace")),
            "text": f"system/{text.name}",
            "source": f"Debian source package {package['source_package']} {package['source_version']}: "
                      f"apt-get source {package['source_package']}={package['source_version']}, or "
                      f"https://snapshot.debian.org/package/{package['source_package']}/{package['source_version']}/",
        })
    (licences / SYSTEM_LIBRARIES_FILE).write_text(
        json.dumps({"libraries": entries}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(entries)


def add_licences(bundle: Path) -> None:
    internal = bundle / "_internal"
    licences = internal / "resources" / "licenses"
    if sys.platform.startswith("linux"):
        count = write_system_libraries(internal, licences)
        print(f"Licences: {count} libraries from the build machine's Debian packages")
    top = bundle / "licenses"
    if sys.platform == "win32":
        shutil.copytree(licences, top, dirs_exist_ok=True)
    else:
        top.unlink(missing_ok=True)
        top.symlink_to(licences.relative_to(bundle))
