"""Run every notebook with the reference answers filled in, in instructor mode, where any wrong
or missing answer raises: so every check passes with its reference solution."""

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from helpers.exercises import all_exercises

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
NOTEBOOK_FILES = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


def answer_cells(notebook):
    return [cell for cell in notebook.cells if cell.cell_type == "code" and "exercise" in cell.metadata]


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=[p.stem for p in NOTEBOOK_FILES])
def test_reference_answers_pass_in_instructor_mode(path, monkeypatch):
    notebook = nbformat.read(path, as_version=4)
    exercises = all_exercises()
    cells = answer_cells(notebook)
    for cell in cells:
        exercise_id = cell.metadata["exercise"]
        assert exercise_id in exercises, f"{path.name}: no solution for {exercise_id}"
        assert "..." in cell.source, f"{path.name}: the answer cell for {exercise_id} has no ... placeholder"
        cell.source = exercises[exercise_id].solution
    monkeypatch.setenv("PACK_INSTRUCTOR", "1")
    NotebookClient(notebook, timeout=60, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    prefix = path.stem[:2] + "."
    assert {c.metadata["exercise"] for c in cells} == {e for e in exercises if e.startswith(prefix)}, \
        "every exercise in the solutions file appears once in the notebook, and no other"


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=[p.stem for p in NOTEBOOK_FILES])
def test_stored_notebook_says_not_attempted(path):
    """As committed, every exercise is blank and its check says so."""
    notebook = nbformat.read(path, as_version=4)
    cells = notebook.cells
    for index, cell in enumerate(cells):
        if cell.cell_type == "code" and "exercise" in cell.metadata:
            following = cells[index + 1]
            text = "".join(o.get("text", "") for o in following.get("outputs", []))
            assert "not attempted yet" in text, f"{path.name}: check after {cell.metadata['exercise']}"
