"""Fixtures for the window's tests."""
from __future__ import annotations

import pytest

from models.ground import i18n
from ui import opening
from ui.language import apply_language


@pytest.fixture
def opened_files(monkeypatch) -> list[str]:
    """The files the window handed to the laptop's programs (a program is there for each, and none starts)."""
    opened: list[str] = []
    monkeypatch.setattr(opening, "has_a_program_for", lambda path: True)
    monkeypatch.setattr(opening.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    return opened


@pytest.fixture(autouse=True)
def window_speaks_english_again():
    """A test that switched the window to another language leaves it in English for the next."""
    yield
    if i18n.current_language() != i18n.REFERENCE_LANGUAGE:
        apply_language(i18n.REFERENCE_LANGUAGE)
