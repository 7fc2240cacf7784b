"""Fixtures for the window's tests."""
from __future__ import annotations

import pytest

from ui import opening


@pytest.fixture
def opened_files(monkeypatch) -> list[str]:
    """The files the window handed to the laptop's programs (a program is there for each, and none starts)."""
    opened: list[str] = []
    monkeypatch.setattr(opening, "has_a_program_for", lambda path: True)
    monkeypatch.setattr(opening.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    return opened
