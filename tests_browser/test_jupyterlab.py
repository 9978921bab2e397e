"""The pack in real JupyterLab in a real browser (Debian's chromium driven by Playwright), as a student meets it.

    make test-browser        (= python -m pytest tests_browser)

JupyterLab is started as `make lab` starts it (tools/lab.py), on a copy of the project, so running the cells
never touches the committed notebooks. For every notebook: it opens, reads sensibly before any cell runs (no raw
widget repr), runs all cells without an error or stderr, shows no `$...$` typeset as maths and no stray
True/False, renders every widget, and each widget answers one interaction. A screenshot of each notebook (at the
top, and at its first widget) is saved in browser_screenshots/ at 1024x768, a projector's size.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from lab import lab_command, lab_environment  # noqa: E402

CHROMIUM = os.environ.get("PACK_CHROMIUM", "/usr/bin/chromium")
SHOTS = ROOT / "browser_screenshots"
NOTEBOOKS = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
TOKEN = "pack-browser-test"
VIEWPORT = {"width": 1024, "height": 768}
RUN_TIMEOUT = 240  # seconds for a whole notebook (no cell takes more than a few)
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"  # the notebook on show (other tabs may be open behind it)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def lab(tmp_path_factory):
    """JupyterLab on a copy of the project; yields (base URL, the log it printed, the copy's root)."""
    copy = tmp_path_factory.mktemp("pack")
    ignore = shutil.ignore_patterns(".venv*", ".git", "__pycache__", "browser_screenshots", ".hypothesis", "*.egg-info")
    for item in ROOT.iterdir():
        if item.name in (".venv", ".venvs", ".venv-latest", ".git", "browser_screenshots"):
            continue
        if item.is_dir():
            shutil.copytree(item, copy / item.name, ignore=ignore)
        else:
            shutil.copy2(item, copy / item.name)
    settings = tmp_path_factory.mktemp("lab-settings")
    tracker = settings / "@jupyterlab" / "notebook-extension"
    tracker.mkdir(parents=True)
    # every cell in the page (not only the visible ones), so the checks below see the whole notebook
    (tracker / "tracker.jupyterlab-settings").write_text(json.dumps({"windowingMode": "none"}))
    env = lab_environment()
    env["JUPYTERLAB_SETTINGS_DIR"] = str(settings)
    env["JUPYTERLAB_WORKSPACES_DIR"] = str(tmp_path_factory.mktemp("lab-workspaces"))
    port = free_port()
    log_path = copy / "lab.log"
    command = lab_command(["--no-browser", f"--port={port}", f"--IdentityProvider.token={TOKEN}"], root=copy)
    with open(log_path, "w") as log:
        server = subprocess.Popen(command, cwd=copy, env=env, stdout=log, stderr=subprocess.STDOUT,
                                  stdin=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={TOKEN}", timeout=5)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("JupyterLab did not start:\n" + log_path.read_text()[-2000:])
                time.sleep(0.5)
        yield base, log_path, copy
    finally:
        server.terminate()
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium), as .ci/run does")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                  "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage"])
        yield chromium
        chromium.close()


def test_lab_prints_a_url_that_opens_start_here(lab):
    _, log_path, _ = lab
    log = log_path.read_text()
    assert re.search(r"http://127\.0\.0\.1:\d+/lab/tree/notebooks/00_start_here\.ipynb\?token=", log), log[-1500:]


def test_news_prompt_is_switched_off(lab):
    base, _, _ = lab
    page = urllib.request.urlopen(f"{base}/lab?token={TOKEN}").read().decode()
    config = json.loads(re.search(r'<script id="jupyter-config-data" type="application/json">(.*?)</script>',
                                  page, re.DOTALL).group(1))
    assert "@jupyterlab/apputils-extension:announcements" in config["disabledExtensions"]


def test_a_terminal_finds_the_pack(lab):
    """`python -m helpers list`, as notebooks 00 and 04 print it, works in a JupyterLab terminal."""
    base, _, copy = lab
    request = urllib.request.Request(f"{base}/api/terminals", method="POST", data=b"{}",
                                     headers={"Authorization": f"token {TOKEN}", "Content-Type": "application/json"})
    name = json.load(urllib.request.urlopen(request))["name"]

    async def talk() -> str:
        from tornado.websocket import websocket_connect

        socket_url = base.replace("http", "ws") + f"/terminals/websocket/{name}?token={TOKEN}"
        connection = await websocket_connect(socket_url)
        # the marker printed (END-OF-2) differs from the command echoed back (END-OF-$((1+1)))
        await connection.write_message(json.dumps(["stdin", "python -m helpers list; echo END-OF-$((1+1))\r"]))
        seen = ""
        deadline = time.monotonic() + 120
        while "END-OF-2" not in seen and time.monotonic() < deadline:
            try:
                message = await asyncio.wait_for(connection.read_message(), 5)
            except asyncio.TimeoutError:
                continue
            if message is None:
                break
            kind, *rest = json.loads(message)
            if kind == "stdout":
                seen += rest[0]
        connection.close()
        return seen

    seen = asyncio.run(talk())
    assert "No module named" not in seen, seen[-800:]
    assert "explainer" in seen and "fragment" in seen, seen[-800:]


def stored_widget_count(name: str) -> int:
    notebook = json.loads((ROOT / "notebooks" / name).read_text(encoding="utf-8"))
    return sum(WIDGET_MIME in output.get("data", {}) for cell in notebook["cells"] for output in cell.get("outputs", []))


def run_all_cells(page) -> None:
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name=re.compile(r"^Run All Cells")).first.click()


def wait_until_run(page, code_cells: int) -> None:
    """Until every code cell shows an execution number (none is [*] or blank)."""
    deadline = time.monotonic() + RUN_TIMEOUT
    while time.monotonic() < deadline:
        prompts = page.eval_on_selector_all(f"{PANEL} .jp-CodeCell .jp-InputPrompt", "nodes => nodes.map(n => n.innerText.trim())")
        if len(prompts) == code_cells and all(re.fullmatch(r"\[\d+\]:", p) for p in prompts):
            return
        if page.query_selector(f"{PANEL} .jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"):
            return  # "Run All" stops at a cell that raised: the error check reports it
        time.sleep(1)
    raise AssertionError(f"not every cell finished within {RUN_TIMEOUT} s: {prompts}")


def output_texts(page) -> list[str]:
    return page.eval_on_selector_all(f"{PANEL} .jp-OutputArea-output", "nodes => nodes.map(n => n.innerText.trim())")


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_in_jupyterlab(lab, browser, name):
    base, _, copy = lab
    SHOTS.mkdir(exist_ok=True)
    stem = Path(name).stem
    notebook = json.loads((copy / "notebooks" / name).read_text(encoding="utf-8"))
    code_cells = sum(cell["cell_type"] == "code" for cell in notebook["cells"])
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    problems: list[str] = []
    try:
        page.goto(f"{base}/lab/tree/notebooks/{name}?reset&token={TOKEN}")  # reset: only this notebook open
        page.wait_for_selector(f"{PANEL} .jp-Notebook .jp-Cell", state="attached", timeout=90_000)
        page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", state="attached", timeout=90_000)
        time.sleep(2)
        # before anything runs: no raw widget reprs, no "news" prompt
        before = page.inner_text(f"{PANEL} .jp-Notebook")
        if re.search(r"\b(VBox|HBox)\(children=", before):
            problems.append("a raw widget repr shows before the cells run")
        if "notified about official Jupyter news" in page.inner_text("body"):
            problems.append("JupyterLab's news prompt appeared")
        page.screenshot(path=str(SHOTS / f"{stem}-unrun.png"))

        run_all_cells(page)
        started_by = time.monotonic() + 45
        while time.monotonic() < started_by and not any(
                p != "[ ]:" for p in page.eval_on_selector_all(
                    f"{PANEL} .jp-CodeCell .jp-InputPrompt", "nodes => nodes.map(n => n.innerText.trim())")):
            time.sleep(1)
        else:
            if time.monotonic() >= started_by:  # the first Run All can reach a kernel still starting: ask once more
                run_all_cells(page)
        wait_until_run(page, code_cells)
        page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", state="attached", timeout=60_000)
        time.sleep(3)  # let widgets and MathJax finish drawing

        errors = page.eval_on_selector_all(
            f"{PANEL} .jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr'],"
            f" {PANEL} .jp-OutputArea-output[data-mime-type='application/vnd.jupyter.error']",
            "nodes => nodes.map(n => n.innerText.slice(0, 300))")
        if errors:
            problems.append(f"error or stderr output: {errors[:2]}")
        maths = page.eval_on_selector_all(f"{PANEL} mjx-container", "nodes => nodes.map(n => "
                                          "(n.closest('.jp-Cell') || n).innerText.slice(0, 120))")
        if maths:
            problems.append(f"{len(maths)} piece(s) of text typeset as maths, e.g. {maths[0]!r}")
        texts = output_texts(page)
        stray = [t for t in texts if t in ("True", "False")]
        if stray:
            problems.append(f"{len(stray)} stray True/False output(s)")
        if any(re.match(r"(VBox|HBox|Dropdown|IntSlider)\(", t) for t in texts):
            problems.append("a raw widget repr in the outputs")

        widgets = page.query_selector_all(f"{PANEL} .jp-OutputArea-output:has(> .jupyter-widgets)")
        expected = stored_widget_count(name)
        if len(widgets) != expected:
            kinds = page.eval_on_selector_all(f"{PANEL} .jp-OutputArea-output", "nodes => [...new Set(nodes.map(n => "
                                              "n.getAttribute('data-mime-type') + ' ' + n.className))]")
            problems.append(f"{len(widgets)} widget(s) rendered, {expected} expected (outputs seen: {kinds})")
        for number, widget in enumerate(widgets):
            text = widget.inner_text()
            if "Error displaying widget" in text or "Loading widget" in text or not widget.query_selector(".jupyter-widgets"):
                problems.append(f"widget {number + 1} did not render: {text[:100]!r}")
                continue
            widget.scroll_into_view_if_needed()
            if number == 0:
                page.screenshot(path=str(SHOTS / f"{stem}-widget.png"))
            before_html = widget.inner_html()
            interact(widget)
            deadline = time.monotonic() + 20
            while widget.inner_html() == before_html and time.monotonic() < deadline:
                time.sleep(0.5)
            if widget.inner_html() == before_html:
                problems.append(f"widget {number + 1} did not respond to an interaction")
            page.screenshot(path=str(SHOTS / f"{stem}-widget-{number + 1}-after.png"))
        page.evaluate("document.querySelectorAll('.jp-WindowedPanel-outer, .jp-Notebook').forEach(n => n.scrollTop = 0)")
        page.screenshot(path=str(SHOTS / f"{stem}.png"))
    finally:
        context.close()
    assert not problems, f"{name}: " + "; ".join(problems)


def interact(widget) -> None:
    """One change a student would make: another menu choice, a slider step, or a tick."""
    select = widget.query_selector("select")
    if select:
        options = select.eval_on_selector_all("option", "nodes => nodes.map(n => n.value)")
        current = select.evaluate("n => n.value")
        select.select_option(next(o for o in reversed(options) if o != current))
        return
    handle = widget.query_selector(".noUi-handle, .ui-slider-handle, [role='slider']")
    if handle:
        handle.focus()
        handle.press("ArrowRight")
        return
    box = widget.query_selector("input[type='checkbox']")
    if box:
        box.click()
        return
    raise AssertionError("a widget with no menu, slider or checkbox to try")
