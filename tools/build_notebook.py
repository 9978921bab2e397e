"""Build a notebook from its source and store the outputs of a clean run.

    python tools/build_notebook.py tools/notebook_src/00_start_here.py [...]

The sources are ordinary jupytext "percent" files (they open as notebooks in JupyterLab and VS Code; jupytext.toml
pairs each with its notebook). This writes notebooks/<same name>.ipynb, runs it top to bottom in a fresh kernel
(working directory notebooks/), and stops with one sentence if any cell raises or writes to stderr. See
tools/CONVENTIONS.md.

So that a rebuild changes only what really changed, cell ids come from the cell's text (not random) and the
timing metadata is dropped. Each figure's alt text (cell metadata "alt_text") is the one-line description the
cell prints after the figure, e.g. `print("Figure: yearly trade, 2001-2024; ...")` after `plt.show()`.
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
from pathlib import Path

import jupytext
import nbformat
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
SOURCES = ROOT / "tools" / "notebook_src"
CELL_TIMEOUT = 60  # seconds; no cell in the pack needs more than a few


def read_source(path: Path) -> nbformat.NotebookNode:
    """Read a percent-format source into a notebook with the pack's standard metadata."""
    notebook = jupytext.read(path, fmt="py:percent")
    notebook.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    return notebook


def run(notebook: nbformat.NotebookNode, env_note: str = "") -> None:
    """Execute in place, from the notebooks/ folder, and refuse errors and stderr."""
    with tempfile.TemporaryDirectory() as sockets:
        # local sockets (IPC) rather than TCP: private to this machine, and the kernel has nothing to warn about
        manager = KernelManager(kernel_name="python3", transport="ipc", ip=str(Path(sockets) / "kernel"))
        try:
            NotebookClient(notebook, km=manager, timeout=CELL_TIMEOUT, kernel_name="python3",
                           resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
        finally:
            if manager.has_kernel:
                manager.shutdown_kernel()
    for index, cell in enumerate(notebook.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                raise SystemExit(f"cell {index} wrote to stderr{env_note}: {output.get('text', '')[:500]}")
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)


def stable_ids(notebook: nbformat.NotebookNode) -> None:
    """Give each cell an id made from its type and text, numbered when two cells are the same."""
    seen: set[str] = set()
    for cell in notebook.cells:
        digest = hashlib.sha1(f"{cell.cell_type}:{cell.source}".encode("utf-8")).hexdigest()[:8]
        ident, copy = digest, 1
        while ident in seen:
            ident, copy = f"{digest}-{copy}", copy + 1
        seen.add(ident)
        cell.id = ident


def figure_descriptions(cell: nbformat.NotebookNode) -> list[str | None]:
    """For each figure a cell shows, the first line it prints after that figure (None if it prints none)."""
    outputs = cell.get("outputs", [])
    found = []
    for position, output in enumerate(outputs):
        if "image/png" not in output.get("data", {}):
            continue
        description = None
        for later in outputs[position + 1:]:
            if "image/png" in later.get("data", {}):
                break
            if later.get("output_type") == "stream" and later.get("name") == "stdout":
                lines = [line.strip() for line in later.get("text", "").splitlines() if line.strip()]
                if lines:
                    description = lines[0]
                    break
        found.append(description)
    return found


def add_alt_text(notebook: nbformat.NotebookNode, name: str = "") -> list[int]:
    """Store each figure's printed description as the cell's alt text; return the cells with a figure lacking one."""
    lacking = []
    for index, cell in enumerate(notebook.cells):
        descriptions = figure_descriptions(cell)
        cell.metadata.pop("alt_text", None)
        if not descriptions:
            continue
        if all(descriptions):
            cell.metadata["alt_text"] = "\n".join(descriptions)
        else:
            lacking.append(index)
    return lacking


def build(source: Path) -> Path:
    notebook = read_source(source)
    run(notebook)
    stable_ids(notebook)
    lacking = add_alt_text(notebook)
    if lacking:
        print(f"note: {source.name}: the figure in cell(s) {lacking} has no printed one-line description after it, "
              f"so it gets no alt text; add print(\"Figure: ...\") after plt.show().")
    target = NOTEBOOKS / (source.stem + ".ipynb")
    nbformat.write(notebook, target)
    return target


if __name__ == "__main__":
    for name in sys.argv[1:] or sorted(str(p) for p in SOURCES.glob("*.py")):
        print("built", build(Path(name)).relative_to(ROOT))
