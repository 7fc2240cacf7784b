"""The version resource of the Windows programs (Explorer's Properties ▸ Details shows it).

Written as PyInstaller's version-file text, which PyInstaller reads on Windows; its reader needs
pefile, a Windows-only package, so the text is made here and can be checked on any system.
"""
from __future__ import annotations

from pathlib import Path

from models.ground.version import VERSION

DESCRIPTION = "Belvedere: event check-in, agenda timer, badges and reports"


def version_numbers(version: str = VERSION) -> tuple[int, int, int, int]:
    """"0.1.0" → (0, 1, 0, 0): Windows wants four numbers."""
    numbers = [int(part) for part in version.split(".")[:4]]
    return tuple(numbers + [0] * (4 - len(numbers)))


def version_text(program: str, version: str = VERSION) -> str:
    """The version file for `program` (e.g. "Belvedere.exe")."""
    numbers = version_numbers(version)
    strings = {
        "CompanyName": "Belvedere", "FileDescription": DESCRIPTION, "FileVersion": version,
        "InternalName": program.removesuffix(".exe"), "OriginalFilename": program,
        "ProductName": "Belvedere", "ProductVersion": version,
    }
    structs = ",\n        ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return (f"VSVersionInfo(\n"
            f"  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}),\n"
            f"  kids=[\n"
            f"    StringFileInfo([StringTable('040904B0', [\n        {structs}])]),\n"
            f"    VarFileInfo([VarStruct('Translation', [1033, 1200])]),\n"  # US English, Unicode
            f"  ],\n)\n")


def version_file(program: str, folder: Path) -> str:
    """Write the version file for `program` into `folder`; its path, for the spec."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{program}-version.txt"
    path.write_text(version_text(program), encoding="utf-8")
    return str(path)
