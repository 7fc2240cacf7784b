"""A plain command imports no Qt: the command line starts as fast as Python and its own modules allow."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("command", [["find", "djordje", "--day", "1"], ["agenda", "--day", "1"], ["payload", "118"]])
def test_a_plain_command_imports_no_qt(demo_path, command):
    result = subprocess.run([sys.executable, "-X", "importtime", str(ROOT / "main.py"), "--db", str(demo_path), *command],
                            capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=60,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert result.returncode == 0, result.stderr[-2000:]
    imported = re.findall(r"^import time:\s+\d+ \|\s+\d+ \|\s+(\S+)$", result.stderr, flags=re.MULTILINE)
    assert "models.ground.db" in imported  # the listing is read as it should be
    assert not [name for name in imported if name.split(".")[0] in ("PySide6", "shiboken6", "ui")]
