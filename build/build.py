"""Build the one-folder desktop app: `uv run python -m build.build`.

The result is build/dist/Belvedere/: Belvedere (or Belvedere.exe) opens the window,
belvedere-cli runs the commands.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def folder_size(path: Path) -> int:
    """Bytes on disk, each file once (the bundle links some libraries to each other)."""
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main() -> int:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
               "--workpath", str(HERE / "work"), "--distpath", str(HERE / "dist"), str(HERE / "belvedere.spec")]
    result = subprocess.run(command)
    if result.returncode != 0:
        return result.returncode
    bundle = HERE / "dist" / "Belvedere"
    print(f"Built {bundle} ({folder_size(bundle) / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
