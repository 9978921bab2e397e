"""The student release: closed exercises still say ✓/✗ with hints and explanations, written answers are
still read, reveal is off, and no reference answer can be read from any file.

The leak rule (what "no answer string appears anywhere" means here):
- no `solution` code and no `why` explanation of any exercise appears in any file of the release (they are
  dropped or locked);
- no answer value appears that cannot be found anywhere in the pack outside the solutions files: values
  such as "essay", "b" or 2021 are also article ids, option letters or dates in the seeds and tables, so
  they are legitimately present; a value known only from the solutions (a date worked out by the student,
  an era label in a particular order, ...) must not appear;
- no whole answer appears as a Python or JSON literal (e.g. the full mapping or the sequence in order),
  unless that literal is also elsewhere in the pack (['essay'] is an example in many messages).
"""

import json
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from helpers.exercises import all_exercises

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    out = tmp_path_factory.mktemp("release") / "student"
    subprocess.run([sys.executable, str(ROOT / "tools" / "student_release.py"), "--out", str(out)],
                   check=True, capture_output=True, text=True)
    return out


def flat(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def release_text(folder: Path) -> str:
    return "\n".join(flat(p.read_text(encoding="utf-8", errors="ignore")) for p in sorted(folder.rglob("*"))
                     if p.is_file() and p.suffix != ".zip")


def pack_text_outside_solutions() -> str:
    listing = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    keep = [ROOT / f for f in listing.split() if not f.startswith(("helpers/solutions/", "tests/"))
            and f != "tools/CONVENTIONS.md" and (ROOT / f).is_file()]
    return "\n".join(flat(p.read_text(encoding="utf-8", errors="ignore")) for p in keep)


def answer_values(answer):
    if isinstance(answer, dict):
        for key, value in answer.items():
            yield value
    elif isinstance(answer, list):
        yield from answer
    elif answer is not None:
        yield answer


def test_the_release_leaks_no_answer(release):
    text = release_text(release)
    elsewhere = pack_text_outside_solutions()
    checked = 0
    for exercise in all_exercises().values():
        secrets = [exercise.solution.strip(), exercise.why.strip()]
        if exercise.answer is not None:
            secrets += [repr(exercise.answer), json.dumps(exercise.answer)]
            secrets += [str(value) for value in answer_values(exercise.answer)]
        for secret in secrets:
            if len(flat(secret)) >= 3 and flat(secret) not in elsewhere:
                checked += 1
                assert flat(secret) not in text, f"{exercise.id}: {secret[:60]!r} can be read in the release"
    assert checked > 60, "the rule was applied to every exercise"
    assert not (release / "tests").exists() and not (release / "tools").exists()
    assert not (release / "helpers" / "data" / "practice_key.yaml").exists(), "the practice answer key stays out"
    assert (release.parent / "russia-china-pack-student.zip").is_file()


def wrong_answer(exercise):
    kind, answer = exercise.kind, exercise.answer
    if kind == "number":
        return answer + 1000
    if kind == "sequence":
        return list(reversed(answer))
    if kind == "mapping":
        return {key: "zzz" for key in answer}
    return {"choice": "zzz", "set": ["zzz"], "bool": not answer, "text": "lorem ipsum " * 20}[kind]


# the notebooks git tracks (the release copies only those)
NOTEBOOKS = sorted(ROOT / name for name in subprocess.run(
    ["git", "ls-files", "notebooks/[0-9][0-9]_*.ipynb"], cwd=ROOT, capture_output=True, text=True).stdout.split())


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_release_notebook_with_wrong_then_right_answers(release, path, monkeypatch):
    monkeypatch.delenv("PACK_INSTRUCTOR", raising=False)
    exercises = all_exercises()
    notebook = nbformat.read(release / "notebooks" / path.name, as_version=4)
    first = nbformat.v4.new_code_cell(
        f"import sys; sys.path.insert(0, {str(release)!r})\nimport helpers\n"
        f"assert helpers.__file__.startswith({str(release)!r}), helpers.__file__")
    cells, probes = [first], []
    for index, cell in enumerate(notebook.cells):
        exercise_id = cell.get("metadata", {}).get("exercise")
        if cell.cell_type == "code" and exercise_id:
            exercise = exercises[exercise_id]
            cell.source = f"{exercise.answer_name} = {wrong_answer(exercise)!r}"
            cells.append(cell)
            check_cell = notebook.cells[index + 1]
            probes.append((exercise, check_cell))
            continue
        cells.append(cell)
        if probes and cell is probes[-1][1]:
            exercise = probes[-1][0]
            right = nbformat.v4.new_code_cell(f"{exercise.solution}\ncheck({exercise.id!r})")
            cells.append(right)
            probes[-1] = (exercise, cell, right)
    reveal_cell = nbformat.v4.new_code_cell(f"reveal({probes[0][0].id!r})") if probes else None
    notebook.cells = cells + ([reveal_cell] if reveal_cell else [])
    NotebookClient(notebook, timeout=60, kernel_name="python3",
                   resources={"metadata": {"path": str(release / "notebooks")}}).execute()

    def shown(cell):
        return "".join(o.get("text", "") for o in cell.outputs if o.get("output_type") == "stream")

    assert probes, "the notebook has exercises"
    for exercise, wrong_cell, right_cell in probes:
        after_wrong, after_right = shown(wrong_cell), shown(right_cell)
        if exercise.kind == "text":
            assert "↩ sent back" in after_wrong, exercise.id
            assert "✎ saved" in after_right and "✓" not in after_right, exercise.id
            assert exercise.why.strip()[:40] not in after_right, "no model answer in the student copy"
        else:
            assert "✗ not quite" in after_wrong, (exercise.id, after_wrong)
            assert re.sub(r"\s+", " ", exercise.why.strip()) in re.sub(r"\s+", " ", after_right), \
                f"{exercise.id}: the explanation is unlocked by the right answer: {after_right[:120]!r}"
            assert after_right.startswith("✓ correct"), exercise.id
    assert "switched off" in shown(reveal_cell)
