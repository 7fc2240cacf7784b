"""The bundle, built once per test run (about 40 s) and copied to an awkward folder."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.frozen import DIST, ROOT


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    """A fresh build, copied into a folder whose path has a space and non-ASCII letters."""
    subprocess.run([sys.executable, "-m", "build.build"], cwd=ROOT, check=True)
    target = tmp_path_factory.mktemp("bundle") / "Programe Belvedere — Durrës"
    shutil.copytree(DIST, target, symlinks=True)
    return target
