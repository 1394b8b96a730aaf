"""Shared fixtures: a headless Chromium for the browser tests.

The browser is Debian's chromium (`make system` installs it) driven by Playwright's Python
API; Playwright's own browser download is never used. Where chromium or Playwright is
missing the browser tests are skipped on a developer's machine, but fail when CI is set:
CI must run them.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]

# Injected by the DevTools protocol before any of the page's own code, so the page's CSP does
# not apply to it: every violation the browser reports reaches the console as an error.
_WATCH_CSP = """
document.addEventListener('securitypolicyviolation', function (e) {
  console.error('CSP violation: ' + e.violatedDirective + ' ' + (e.blockedURI || 'inline'));
});
"""


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    missing = [what for what, ok in (("chromium at " + CHROMIUM, os.access(CHROMIUM, os.X_OK)),
                                     ("playwright", importlib.util.find_spec("playwright") is not None)) if not ok]
    if missing:
        message = f"browser tests need {' and '.join(missing)} (make system; pip install -e '.[test]')"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@dataclass
class Watched:
    """A page with everything that should never happen on it recorded."""

    page: Any
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def open_page(browser: Any, width: int = 1280, height: int = 900) -> Watched:
    context = browser.new_context(viewport={"width": width, "height": height}, java_script_enabled=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    w = Watched(page)
    page.add_init_script(_WATCH_CSP)
    page.on("console", lambda m: w.errors.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: w.errors.append(f"pageerror: {e}"))

    def dialog(d: Any) -> None:
        w.dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    page.on("dialog", dialog)
    return w


@pytest.fixture
def watched(browser: Any) -> Iterator[Watched]:
    w = open_page(browser)
    try:
        yield w
    finally:
        w.page.context.close()
