"""The browser for the live view's tests: headless Debian Chromium, driven by Playwright."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.live.helpers import moved_to_today

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture
def demo_today(demo_path) -> Path:
    """The demo whose day I is today."""
    return moved_to_today(demo_path, 1)
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    """Headless Debian Chromium driven by Playwright (it downloads no browser of its own)."""
    if not CHROMIUM.exists() or shutil.which("chromium") is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium): the browser tests need it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    opened = context.new_page()
    opened.errors = []
    opened.on("pageerror", lambda error: opened.errors.append(str(error)))
    yield opened
    context.close()
    assert not opened.errors, opened.errors


