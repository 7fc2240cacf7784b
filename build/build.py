"""Build the one-folder desktop app: `uv run python -m build.build`.

The result is build/dist/Belvedere/: Belvedere (or Belvedere.exe) opens the window,
belvedere-cli runs the commands.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from build.licenses import add_licences

HERE = Path(__file__).resolve().parent


def folder_size(path: Path) -> int:
    """Bytes on disk, each file once (the bundle links some libraries to each other)."""
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


# belvedere-cli outside Windows: the same program, found beside this script wherever the folder is.
COMMAND_LINE_SCRIPT = """#!/bin/sh
# Belvedere's commands (see the README): the Belvedere program beside this script runs them.
exec "$(dirname "$(readlink -f "$0")")/Belvedere" "$@"
"""


def missing_build_tools() -> list[str]:
    if not sys.platform.startswith("linux"):
        return []
    from build.linux import BUILD_TOOLS
    return [tool for tool in BUILD_TOOLS if shutil.which(tool) is None]


def write_command_line_script(bundle: Path) -> None:
    script = bundle / "belvedere-cli"
    script.write_text(COMMAND_LINE_SCRIPT, encoding="utf-8")
    script.chmod(0o755)


def add_desktop_installer(bundle: Path) -> None:
    """install.sh puts the app in the user's menu and registers .belvedere files (build/desktop/install.sh)."""
    shutil.copy2(HERE / "desktop" / "install.sh", bundle / "install.sh")


def main() -> int:
    missing = missing_build_tools()
    if missing:
        print("Building the Linux bundle needs " + ", ".join(missing) + ", which this machine lacks. "
              "On Debian or Ubuntu: apt install binutils icu-devtools gcc", file=sys.stderr)
        return 1
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
               "--workpath", str(HERE / "work"), "--distpath", str(HERE / "dist"), str(HERE / "belvedere.spec")]
    result = subprocess.run(command)
    if result.returncode != 0:
        return result.returncode
    bundle = HERE / "dist" / "Belvedere"
    if sys.platform != "win32":
        write_command_line_script(bundle)
    if sys.platform.startswith("linux"):
        add_desktop_installer(bundle)
    add_licences(bundle)
    print(f"Built {bundle} ({folder_size(bundle) / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
