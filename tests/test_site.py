"""The course website builds, and its pages open in a real browser with no request leaving the machine.

Needs the teacher extras (`pip install -e ".[teacher]"`), Playwright from PyPI and Debian's Chromium at
/usr/bin/chromium; `make test-browser` installs what it can and `.ci/run` installs Chromium.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = ROOT / "build" / "screenshots"

pytestmark = pytest.mark.browser


def missing_tools() -> str:
    try:
        import jupyter_book  # noqa: F401
        import playwright  # noqa: F401
    except ImportError as problem:
        return f"{problem.name} is not installed (pip install -e '.[teacher]' playwright)"
    if not Path(CHROMIUM).exists():
        return "Chromium is not installed (apt-get install chromium)"
    return ""


@pytest.fixture(scope="module")
def site():
    reason = missing_tools()
    if reason:
        pytest.skip(reason)
    finished = subprocess.run([sys.executable, str(ROOT / "tools" / "build_book.py")], capture_output=True,
                              text=True, cwd=ROOT)
    assert finished.returncode == 0, finished.stdout[-2000:] + finished.stderr[-2000:]
    html = ROOT / "build" / "book" / "_build" / "html"
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(html))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield html, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    if missing_tools():
        pytest.skip(missing_tools())
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-quic"])
        yield chromium
        chromium.close()


def test_every_notebook_has_a_page(site):
    html, _ = site
    notebooks = sorted(p.stem for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    assert notebooks, "no notebooks found"
    for stem in notebooks:
        assert (html / f"{stem}.html").exists(), f"the website has no page for {stem}"
    assert (html / "instructor_guide.html").exists()
    assert not list(html.rglob("answer_key*")), "the answer key must not be on the website students see"


@pytest.mark.parametrize("page", ["intro", "01_history", "04_critical_reading"])
def test_a_page_renders_offline(site, browser, page):
    _, base = site
    outside = []
    context = browser.new_context(viewport={"width": 1024, "height": 768})
    tab = context.new_page()

    def only_local(route):
        if route.request.url.startswith(base) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    tab.route("**/*", only_local)
    tab.goto(f"{base}/{page}.html", wait_until="load")
    tab.wait_for_timeout(500)
    heading = tab.locator("main h1").first.inner_text()
    assert heading.strip(), f"{page}: no heading rendered"
    assert outside == [], f"{page} asked the internet for {outside[:3]}"
    assert tab.locator("mjx-container").count() == 0, f"{page}: text was rendered as maths"
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SHOTS / f"site-{page}.png"))
    context.close()
