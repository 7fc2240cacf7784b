"""The Windows programs' version resource, made from the one version number and read back by
PyInstaller's own reader, on any system."""
from __future__ import annotations

import importlib
import sys
import types

from build.windows import version_file, version_numbers
from models.ground.version import VERSION


def pyinstaller_version_reader(monkeypatch):
    # The reader's module imports pefile and win32api, which exist on Windows only and which it
    # needs only to write into executables.
    if importlib.util.find_spec("pefile") is None:
        monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    from PyInstaller import compat
    monkeypatch.setattr(compat, "win32api", getattr(compat, "win32api", None) or types.ModuleType("win32api"),
                        raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    return importlib.import_module("PyInstaller.utils.win32.versioninfo")


def test_windows_wants_four_numbers():
    assert version_numbers("0.1.0") == (0, 1, 0, 0)
    assert version_numbers("2.10") == (2, 10, 0, 0)


def test_pyinstaller_reads_the_version_file_with_the_program_and_the_version(tmp_path, monkeypatch):
    versioninfo = pyinstaller_version_reader(monkeypatch)
    info = versioninfo.load_version_info_from_text_file(version_file("belvedere-cli.exe", tmp_path))
    numbers = version_numbers(VERSION)
    assert info.ffi.fileVersionMS == (numbers[0] << 16) | numbers[1]
    assert info.ffi.fileVersionLS == (numbers[2] << 16) | numbers[3]
    text = str(info)
    assert "StringStruct('OriginalFilename', 'belvedere-cli.exe')" in text
    assert f"StringStruct('ProductVersion', '{VERSION}')" in text
