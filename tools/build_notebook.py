"""Build a notebook from its source and store the outputs of a clean run.

    python tools/build_notebook.py tools/notebook_src/00_start_here.py [...]

The sources are ordinary jupytext "percent" files (they open as notebooks in JupyterLab and VS Code).
This writes notebooks/<same name>.ipynb, runs it top to bottom in a fresh kernel (working directory
notebooks/), and stops with one sentence if any cell raises or writes to stderr. See tools/CONVENTIONS.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

import jupytext
import nbformat
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
    NotebookClient(notebook, timeout=CELL_TIMEOUT, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    for index, cell in enumerate(notebook.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                raise SystemExit(f"cell {index} wrote to stderr{env_note}: {output.get('text', '')[:500]}")
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)


def build(source: Path) -> Path:
    notebook = read_source(source)
    run(notebook)
    target = NOTEBOOKS / (source.stem + ".ipynb")
    nbformat.write(notebook, target)
    return target


if __name__ == "__main__":
    for name in sys.argv[1:] or sorted(str(p) for p in SOURCES.glob("*.py")):
        print("built", build(Path(name)).relative_to(ROOT))
