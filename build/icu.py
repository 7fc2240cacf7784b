"""A smaller ICU data library for the Linux bundle.

Qt Core in the Linux wheels links ICU, and ICU's data library holds every locale's names of
languages, countries, currencies, units and time zones, every transliterator and the
dictionaries for Chinese, Japanese, Khmer, Lao, Burmese and Thai line breaking: 32 MB, a fifth
of the bundle. Qt only asks ICU for collation, case mapping, time-zone names and legacy text
encodings, and does its own line breaking. The bundle keeps ICU's shared data (normalisation,
collation tables, every converter, zone rules) and the locale data of the region's languages
and of English, German, French, Italian and Greek; a laptop in any other language falls back to
ICU's root data, as ICU does for a language it has no data for. That leaves about 11 MB.

ICU's own tool removes the items (`icupkg`, Debian package icu-devtools); the data goes back into
a shared library with the same name and symbol, built with the C compiler from a two-line
assembly file. Windows and macOS wheels use the system's ICU, so this is Linux only.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

KEPT_LANGUAGES = frozenset({
    "root", "sq", "sr", "mk", "hr", "bs", "tr",  # the region: Albanian, Serbian, Macedonian, Croatian, Bosnian, Turkish
    "en", "de", "fr", "it", "el",  # organisers' and partners' laptops
})
# Item trees Qt never opens: transliterators and break-iterator rules and dictionaries.
UNUSED_TREES = frozenset({"translit", "brkitr"})
# A locale bundle's name: "sq", "sr_Latn_ME", "es_" (an alias); not "pool" or "res_index".
LOCALE_ITEM = re.compile(r"^(?P<language>[a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")
TOOLS = ("nm", "objcopy", "icupkg", "cc")
DATA_LIBRARY = re.compile(r"^libicudata\.so\.\d+$")


class IcuToolMissing(RuntimeError):
    pass


def is_removed(item: str) -> bool:
    """True for an ICU data item the bundle leaves out (items are named like "coll/sq.res")."""
    tree, _, name = item.rpartition("/")
    if tree in UNUSED_TREES:
        return True
    locale = LOCALE_ITEM.match(name)
    return bool(locale) and name not in ("res_index.res", "pool.res") and locale["language"] not in KEPT_LANGUAGES


def data_symbol(library: Path) -> tuple[str, int]:
    """The name and size of the exported data blob, e.g. ("icudt73_dat", 32029568)."""
    listing = _run("nm", "--dynamic", "--defined-only", "--print-size", str(library))
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) == 4 and re.fullmatch(r"icudt\d+_dat", fields[3]):
            return fields[3], int(fields[1], 16)
    raise RuntimeError(f"{library} exports no ICU data symbol")


def slim_data_library(library: Path, workdir: Path) -> Path:
    """Build a copy of libicudata.so.NN without the removed items; return its path."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        raise IcuToolMissing(
            "Building the Linux bundle needs " + ", ".join(missing) + " to trim ICU's data "
            "(Debian/Ubuntu: apt install binutils icu-devtools gcc).")
    workdir.mkdir(parents=True, exist_ok=True)
    symbol, size = data_symbol(library)
    full, slim = workdir / f"{symbol}-full.dat", workdir / f"{symbol}.dat"
    # The library holds nothing but the data: its .rodata section is the blob.
    _run("objcopy", "--output-target=binary", "--only-section=.rodata", str(library), str(full))
    if full.stat().st_size != size:
        raise RuntimeError(f"{library}: .rodata is not just the ICU data; the bundle keeps it whole")
    removed = [item for item in _run("icupkg", "--auto_toc_prefix", "--list", str(full)).split() if is_removed(item)]
    removal_list = workdir / "removed-items.txt"
    removal_list.write_text("\n".join(removed) + "\n", encoding="ascii")
    slim.unlink(missing_ok=True)
    # Items are named in the package with its prefix ("icudt73l/coll/sq.res"): keep it, whatever our file names.
    _run("icupkg", "--auto_toc_prefix", "--remove", str(removal_list), str(full), str(slim))
    return _shared_library(symbol, slim, workdir / library.name)


def _shared_library(symbol: str, data: Path, output: Path) -> Path:
    source = output.with_suffix(".S")
    source.write_text(
        f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n'
        f'{symbol}:\n\t.incbin "{data}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n', encoding="utf-8")
    _run("cc", "-shared", "-nostdlib", f"-Wl,-soname,{output.name}", "-o", str(output), str(source))
    return output


def slim_binaries(binaries: list, workdir: Path) -> list:
    """PyInstaller's binaries with ICU's data library replaced by the slim one."""
    replaced = []
    for entry in binaries:
        destination, source, kind = entry
        if DATA_LIBRARY.match(Path(destination).name):
            entry = (destination, str(slim_data_library(Path(source), workdir)), kind)
        replaced.append(entry)
    return replaced


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout
