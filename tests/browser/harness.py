"""Debian's Chromium driven by playwright, instrumented for the report tests.

Every page opened through :class:`Session` records console errors, page errors,
every request that is not for a local file (and aborts it), calls to alert,
confirm, prompt, print and window.open, and Content-Security-Policy violations.
A clean page has all of them empty.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--no-default-browser-check",
]
OUTPUT = Path(__file__).resolve().parents[1] / "output" / "html"

# Runs before any page script: anything a payload could use to show it ran is recorded.
INIT_SCRIPT = """
(() => {
  const seen = [];
  Object.defineProperty(window, "__xss", { value: seen });
  for (const name of ["alert", "confirm", "prompt", "print", "open"]) {
    window[name] = (...args) => { seen.push(name + "(" + args.join(",") + ")"); return null; };
  }
  document.addEventListener("securitypolicyviolation", (e) => {
    seen.push("csp:" + e.violatedDirective + ":" + e.blockedURI);
  });
})();
"""


def chromium_path() -> str | None:
    """The Chromium to drive: $AUDITOR_CHROMIUM, else Debian's /usr/bin/chromium."""
    for candidate in (os.environ.get("AUDITOR_CHROMIUM"), "/usr/bin/chromium",
                      shutil.which("chromium")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


@dataclass
class Watch:
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def clean(self) -> dict[str, list[str]]:
        """What went wrong, by kind (empty when nothing did)."""
        return {k: v for k, v in vars(self).items() if v}


class Session:
    """One browser; :meth:`open` gives an instrumented page in a fresh context."""

    def __init__(self, browser: Any) -> None:
        self.browser = browser

    def open(self, url: str, *, width: int = 1366, height: int = 900) -> tuple[Any, Watch]:
        watch = Watch()
        context = self.browser.new_context(viewport={"width": width, "height": height},
                                           java_script_enabled=True, service_workers="block")
        context.add_init_script(INIT_SCRIPT)

        def route(r: Any) -> None:
            if r.request.url.startswith("file:"):
                r.continue_()
            else:
                watch.requests.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        page = context.new_page()
        page.on("console", lambda m: m.type == "error" and watch.console_errors.append(m.text))
        page.on("pageerror", lambda e: watch.page_errors.append(str(e)))
        page.on("dialog", lambda d: (watch.dialogs.append(d.message), d.dismiss()))
        page.on("request", lambda r: None if r.url.startswith("file:")
                else watch.requests.append(r.url))
        page.goto(url)
        return page, watch

    def close_all(self) -> None:
        for context in self.browser.contexts:
            context.close()


@contextmanager
def chromium() -> Iterator[Session]:
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    assert path, "no Chromium: apt-get install chromium"
    # playwright gives every launch a fresh, temporary profile of its own
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        try:
            yield Session(browser)
        finally:
            browser.close()


def xss_log(page: Any) -> list[str]:
    return page.evaluate("window.__xss.slice()")


# The structure of a page: tag and attribute names of every element, in document
# order, leaving out the pop-over (the script fills and places it on demand).
STRUCTURE_JS = """
() => {
  const pop = document.getElementById("pop");
  const out = [];
  for (const el of document.querySelectorAll("*")) {
    if (pop && pop.contains(el) && el !== pop) continue;
    const names = Array.from(el.attributes, (a) => a.name).sort().join(",");
    out.push(el.tagName.toLowerCase() + "[" + names + "]");
  }
  return out.join("\\n");
}
"""
