"""Bring the catalogues up to date with the code, then compile them: `uv run python -m resources.translations.update`.

lupdate reads every sentence marked in ui/, models/ and commands/ (tr, translate, QT_TRANSLATE_NOOP) into
belvedere_sq.ts (every sentence) and belvedere_en.ts (only the plural forms: English says "1 participant"
and "2 participants" from one source text), keeping what is translated and dropping what the code no
longer says; lrelease compiles both to the .qm files the window loads. Translate what it lists as
unfinished (Qt Linguist: `uv run pyside6-linguist resources/translations/belvedere_sq.ts`, or any text
editor: fill in <translation> and remove type="unfinished"), then run it again. The compiled .qm files are
committed beside their sources, so that a checkout runs as it is; a test fails when they are not current.
"""
from __future__ import annotations

import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SOURCE_FOLDERS = ("ui", "models", "commands")
CATALOGUES = {"sq": [], "en": ["-pluralonly"]}  # language: what else lupdate is told
COMMAND = "uv run python -m resources.translations.update"


def tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease, from the environment this runs in."""
    found = Path(sysconfig.get_path("scripts")) / (name + (".exe" if sys.platform == "win32" else ""))
    return str(found) if found.exists() else name


def source_files(root: Path = ROOT) -> list[Path]:
    files = [path for folder in SOURCE_FOLDERS for path in sorted((root / folder).rglob("*.py"))]
    return files + [root / "main.py"]


def catalogue(language: str, folder: Path = HERE) -> Path:
    return folder / f"belvedere_{language}.ts"


def compiled(language: str, folder: Path = HERE) -> Path:
    return folder / f"belvedere_{language}.qm"


def run_lupdate(ts: Path, language: str, root: Path = ROOT) -> str:
    """Update `ts` from the code under `root`; lupdate's own account of what it found."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(path) for path in source_files(root)))
    try:
        done = subprocess.run([tool("pyside6-lupdate"), f"@{listing.name}", "-no-obsolete", "-locations", "none",
                               "-source-language", "en", "-target-language", language, *CATALOGUES[language],
                               "-ts", str(ts)], capture_output=True, text=True, check=True)
    finally:
        Path(listing.name).unlink()
    return done.stdout + done.stderr


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    for language in CATALOGUES:
        print(run_lupdate(catalogue(language), language).strip())
        run_lrelease(catalogue(language), compiled(language))
    from resources.translations.checks import unfinished

    left = {language: unfinished(catalogue(language)) for language in CATALOGUES}
    for language, sentences in left.items():
        for context, source in sentences:
            print(f"to translate in {catalogue(language).name}: [{context}] {source}")
    total = sum(map(len, left.values()))
    print(f"{total} sentence(s) to translate, then run this again." if total else
          "Every sentence is translated; the .qm files are compiled.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
