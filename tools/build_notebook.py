"""Build a notebook from its percent-format source and store the outputs of a clean run.

    python tools/build_notebook.py tools/notebook_src/00_start_here.py [...]

Writes notebooks/<same name>.ipynb, runs it top to bottom in a fresh kernel (working directory
notebooks/), and fails loudly if any cell raises or writes to stderr. See tools/CONVENTIONS.md.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
CELL_MARK = re.compile(r"^# %%(?P<markdown> \[markdown\])?(?P<options>.*)$")


def parse_options(text: str) -> dict[str, str]:
    return dict(re.findall(r"(\w+)=(\S+)", text))


def read_source(path: Path) -> nbformat.NotebookNode:
    """Turn '# %%' blocks into notebook cells."""
    notebook = nbformat.v4.new_notebook()
    cells: list[tuple[bool, dict[str, str], list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        mark = CELL_MARK.match(line)
        if mark:
            cells.append((bool(mark.group("markdown")), parse_options(mark.group("options")), []))
        elif cells:
            cells[-1][2].append(line)
    for is_markdown, options, lines in cells:
        while lines and not lines[-1].strip():
            lines.pop()
        while lines and not lines[0].strip():
            lines.pop(0)
        if is_markdown:
            text = "\n".join(re.sub(r"^# ?", "", line) for line in lines)
            cell = nbformat.v4.new_markdown_cell(text)
        else:
            cell = nbformat.v4.new_code_cell("\n".join(lines))
        if "tags" in options:
            cell.metadata["tags"] = options["tags"].split(",")
        if "exercise" in options:
            cell.metadata["exercise"] = options["exercise"]
            cell.metadata.setdefault("tags", []).append("answer")
        notebook.cells.append(cell)
    notebook.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    return notebook


def run(notebook: nbformat.NotebookNode, env_note: str = "") -> None:
    """Execute in place, from the notebooks/ folder, and refuse errors and stderr."""
    NotebookClient(notebook, timeout=300, kernel_name="python3",
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
    for name in sys.argv[1:] or sorted(str(p) for p in (ROOT / "tools" / "notebook_src").glob("*.py")):
        print("built", build(Path(name)).relative_to(ROOT))
