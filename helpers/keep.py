"""Keep a written answer in a file so a later notebook can bring it back (00 -> 04).

    from helpers.keep import keep_answer, kept_answer
    keep_answer("00.sourcing", first_sourcing)     # notebook 00: saves it in my_answers/
    kept_answer("00.sourcing")                     # notebook 04: prints what you wrote

Answers go to `my_answers/<id>.txt` at the top of the pack. Nothing is overwritten: a changed answer is
added below the earlier one, with a line between them. In instructor mode (PACK_INSTRUCTOR=1, used by the
tests) nothing is written.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from .paths import PACK_ROOT

ANSWERS_DIR = PACK_ROOT / "my_answers"
SEPARATOR = "\n----- (a later version) -----\n"


def answer_file(exercise_id: str, folder: Path | None = None) -> Path:
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", str(exercise_id))
    return (folder or ANSWERS_DIR) / f"{safe}.txt"


def keep_answer(exercise_id: str, answer: object, folder: Path | None = None) -> None:
    """Save a written answer for later; a blank answer is not saved, and earlier versions are kept."""
    if not isinstance(answer, str) or not answer.strip():
        print("Nothing kept yet: write your answer in the cell above (between the quotes) and run both cells again.")
        return
    if os.environ.get("PACK_INSTRUCTOR", "") not in ("", "0") and folder is None:
        print("Instructor mode: the answer is not written to a file.")
        return
    path = answer_file(exercise_id, folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        earlier = path.read_text(encoding="utf-8") if path.exists() else ""
        if earlier.split(SEPARATOR)[-1].strip() == answer.strip():
            print(f"Kept (unchanged) in my_answers/{path.name}. Notebook 04 will bring it back.")
            return
        path.write_text((earlier + SEPARATOR if earlier else "") + answer.strip() + "\n", encoding="utf-8")
    except OSError as problem:
        print(f"Could not save your answer ({problem.strerror}); copy it somewhere safe by hand instead.")
        return
    print(f"Kept in my_answers/{path.name}. Notebook 04 will bring it back.")


def kept_answer(exercise_id: str, folder: Path | None = None) -> str | None:
    """Print (and return) the latest kept version of an answer, or say how to get it."""
    path = answer_file(exercise_id, folder)
    if not path.exists():
        print(f"No kept answer for {exercise_id} yet (it is saved when you run its cell in notebook "
              f"{str(exercise_id)[:2]}). Type what you remember of it below instead.")
        return None
    latest = path.read_text(encoding="utf-8").split(SEPARATOR)[-1].strip()
    print(f"What you wrote in notebook {str(exercise_id)[:2]}:\n    {latest}")
    return latest
