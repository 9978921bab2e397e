"""Stored notebook outputs hold nothing machine-specific, no errors and no stderr; runs are clean."""

import hashlib
import json
import re
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))
MACHINE = re.compile(r"((?<![\w:/.])/(?:[\w.-]+/){2,}|site-packages|0x[0-9a-fA-F]{8,}|[A-Z]:\\\\)")
TIMESTAMP = re.compile(r"\b20\d\d-\d\d-\d\d[T ]\d\d:\d\d:\d\d")


def outputs(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        for output in cell.get("outputs", []):
            yield cell, output


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_no_errors_or_stderr(path):
    for cell, output in outputs(path):
        assert output["output_type"] != "error", f"{path.name}: a stored traceback"
        assert not (output["output_type"] == "stream" and output["name"] == "stderr"), f"{path.name}: stored stderr"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_no_machine_paths_addresses_or_timestamps(path):
    for cell, output in outputs(path):
        text = json.dumps(output.get("text", "")) + json.dumps(output.get("data", {}).get("text/plain", ""))
        text += json.dumps(output.get("data", {}).get("text/html", ""))
        assert not MACHINE.search(text), f"{path.name}: {MACHINE.search(text).group()!r} in a stored output"
        assert not TIMESTAMP.search(text), f"{path.name}: a timestamp in a stored output"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_clean_top_to_bottom_run(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    counts = [c.get("execution_count") for c in notebook["cells"] if c["cell_type"] == "code"]
    assert counts == list(range(1, len(counts) + 1)), f"{path.name}: re-run it top to bottom (make notebooks)"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_ignored_outputs_say_why(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if "nbval-ignore-output" in cell.get("metadata", {}).get("tags", []):
            first = "".join(cell["source"]).lstrip().splitlines()[0]
            assert first.startswith("#"), f"{path.name}: an nbval-ignore-output cell must start with a comment saying why"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_opens_with_objectives_and_time(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    opening = " ".join("".join(c["source"]) for c in notebook["cells"][:3] if c["cell_type"] == "markdown").lower()
    assert "objective" in opening or "you will" in opening or "by the end" in opening
    assert "minutes" in opening


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_every_figure_has_alt_text_from_its_printed_description(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for index, cell in enumerate(notebook["cells"]):
        if any("image/png" in output.get("data", {}) for output in cell.get("outputs", [])):
            alt = cell.get("metadata", {}).get("alt_text", "")
            assert alt, (f"{path.name} cell {index}: a figure without a printed one-line description after it "
                         f"(print(\"Figure: ...\") after plt.show(), then rebuild)")
            texts = [o.get("text", "") for o in cell["outputs"] if o.get("name") == "stdout"]
            printed = "".join("".join(t) if isinstance(t, list) else t for t in texts)  # nbformat may store a list
            assert alt.splitlines()[0] in printed


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_cell_ids_are_stable(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        text = f"{cell['cell_type']}:{''.join(cell['source'])}"
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        assert cell.get("id", "").split("-")[0] == digest, \
            f"{path.name}: cell ids are random, not from the cell text: rebuild it with tools/build_notebook.py"
