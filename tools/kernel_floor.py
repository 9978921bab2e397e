"""The floor under `make test`'s time: as many fresh kernels as the tests start, each running only the imports of
its notebook (every `import` / `from ... import` line of its code cells), one after another. Whatever `make test`
takes beyond this is the notebooks' own work and the unit tests.

    python tools/kernel_floor.py [--parallel 2]
"""

from __future__ import annotations

import argparse
import ast
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
RUNS_PER_NOTEBOOK = 2  # strict nbval once, tests/test_solutions.py once


def imports_only(path: Path) -> nbformat.NotebookNode:
    notebook = nbformat.read(path, as_version=4)
    lines = []
    for cell in notebook.cells:
        if cell.cell_type == "code":
            try:
                tree = ast.parse(cell.source)
            except SyntaxError:
                continue
            lines += [ast.unparse(node) for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))]
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("\n".join(lines))])


def one_kernel(path: Path) -> float:
    start = time.monotonic()
    NotebookClient(imports_only(path), timeout=60, kernel_name="python3",
                   resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    return time.monotonic() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--parallel", type=int, default=1)
    options = parser.parse_args()
    jobs = [path for path in NOTEBOOKS for _ in range(RUNS_PER_NOTEBOOK)]
    start = time.monotonic()
    with ThreadPoolExecutor(options.parallel) as pool:
        times = list(pool.map(one_kernel, jobs))
    print(f"{len(jobs)} fresh kernels with their notebook's imports, {options.parallel} at a time: "
          f"{time.monotonic() - start:.1f} s wall (each {min(times):.1f}-{max(times):.1f} s)")


if __name__ == "__main__":
    main()
