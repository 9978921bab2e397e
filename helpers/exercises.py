"""Exercises with immediate feedback.

In a notebook an answer cell holds a placeholder, `my_answer = ...`, and the next cell calls
`check("00.bylines", my_answer)`. `check` prints one of

    ○ not attempted yet: ...
    ✗ not quite: <hint>
    ✓ correct: <why>

and returns True or False. It never raises for a wrong type or shape of answer.

The reference answers live in `helpers/solutions/*.yaml`, out of the student's sight;
`reveal("00.bylines")` prints one for self-study. With the environment variable
PACK_INSTRUCTOR=1 set, a wrong or missing answer raises `ExerciseFailed` instead, which is
how the tests prove every reference answer passes.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

import yaml

from .paths import SOLUTIONS_DIR

KINDS = ("choice", "set", "sequence", "number", "mapping", "bool", "text")


class ExerciseFailed(AssertionError):
    """Raised in instructor mode when an answer is missing or wrong."""


@dataclass
class Exercise:
    """One exercise's reference answer and feedback, as written in a solutions file."""

    id: str
    kind: str
    answer: object
    solution: str
    why: str
    hint: str = ""
    feedback: dict = field(default_factory=dict)
    tolerance: float = 0.0
    accept: list = field(default_factory=list)
    min_words: int = 15
    key_ideas: dict = field(default_factory=dict)


@lru_cache(maxsize=None)
def all_exercises() -> dict[str, Exercise]:
    """Every exercise in `helpers/solutions/`, by id. A file that cannot be read is listed in `unreadable()`."""
    found = {}
    for path in sorted(SOLUTIONS_DIR.glob("*.yaml")):
        try:
            entries = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            found.update({key: Exercise(id=key, **entry) for key, entry in entries.items()})
        except (yaml.YAMLError, TypeError, AttributeError) as problem:
            UNREADABLE[path.name] = " ".join(str(problem).split())
    return found


UNREADABLE: dict[str, str] = {}


def unreadable() -> dict[str, str]:
    """Solutions files that could not be read, with the reason (should be empty)."""
    all_exercises()
    return dict(UNREADABLE)


def instructor_mode() -> bool:
    return os.environ.get("PACK_INSTRUCTOR", "") not in ("", "0")


def is_blank(answer: object) -> bool:
    """The placeholder `...`, None, or an empty string or collection."""
    if answer is ... or answer is None:
        return True
    if isinstance(answer, str):
        return not answer.strip()
    if isinstance(answer, dict):
        return all(is_blank(value) for value in answer.values())
    if isinstance(answer, (list, tuple, set)):
        return all(is_blank(item) for item in answer)
    return False


def normal(value: object) -> object:
    """Compare answers without caring about case, stray spaces, or whether a number or date is in quotes."""
    if isinstance(value, (date, datetime)):
        value = value.isoformat()[:10]
    elif isinstance(value, float) and value.is_integer():
        value = str(int(value))
    elif isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str):
        return " ".join(value.split()).casefold()
    return value


def as_list(answer: object) -> list | None:
    if isinstance(answer, (list, tuple, set)):
        return [normal(item) for item in answer]
    return None


# --- one function per kind: (correct?, feedback when wrong) ---------------------------------


def judge_choice(ex: Exercise, answer: object) -> tuple[bool, str]:
    accepted = {normal(a) for a in [ex.answer, *ex.accept]}
    if not isinstance(answer, (str, int, float)) or isinstance(answer, bool):
        return False, "give one answer, as text in quotes."
    return normal(answer) in accepted or normal(str(answer)) in accepted, ""


def judge_set(ex: Exercise, answer: object) -> tuple[bool, str]:
    given = as_list(answer)
    if given is None:
        return False, "give a list in square brackets, for example ['first', 'second']."
    want = {normal(a) for a in ex.answer}
    missing, extra = want - set(given), set(given) - want
    if not missing and not extra:
        return True, ""
    parts = []
    if missing:
        parts.append(f"{len(missing)} missing")
    if extra:
        parts.append(f"{len(extra)} that should not be there")
    return False, f"your list has {' and '.join(parts)}."


def judge_sequence(ex: Exercise, answer: object) -> tuple[bool, str]:
    given = as_list(answer)
    if given is None:
        return False, "give a list in square brackets, in order."
    want = [normal(a) for a in ex.answer]
    if sorted(map(str, given)) != sorted(map(str, want)):
        return False, f"use exactly these {len(want)} items, each once, just reordered."
    for position, (g, w) in enumerate(zip(given, want), start=1):
        if g != w:
            return False, f"the first {position - 1} are in the right place; look again at item {position}."
    return True, ""


def judge_number(ex: Exercise, answer: object) -> tuple[bool, str]:
    if isinstance(answer, bool) or not isinstance(answer, (int, float)):
        try:
            answer = float(str(answer).replace(",", ""))
        except ValueError:
            return False, "give a number, without quotes."
    return abs(float(answer) - float(ex.answer)) <= ex.tolerance, ""


def judge_mapping(ex: Exercise, answer: object) -> tuple[bool, str]:
    if not isinstance(answer, dict):
        return False, "give a dictionary in curly brackets, {'key': 'value', ...}."
    given = {normal(k): normal(v) for k, v in answer.items()}
    want = {normal(k): normal(v) for k, v in ex.answer.items()}
    unanswered = [k for k in want if given.get(k) in (None, ..., "")]
    wrong = [k for k in want if k not in unanswered and given.get(k) != want[k]]
    if not unanswered and not wrong:
        return True, ""
    parts = []
    if wrong:
        parts.append(f"{len(wrong)} of {len(want)} not right yet (look again at {', '.join(map(str, wrong[:3]))})")
    if unanswered:
        parts.append(f"{len(unanswered)} still to fill in")
    return False, "; ".join(parts) + "."


def judge_bool(ex: Exercise, answer: object) -> tuple[bool, str]:
    if not isinstance(answer, bool):
        return False, "answer True or False, without quotes."
    return answer == ex.answer, ""


def judge_text(ex: Exercise, answer: object) -> tuple[bool, str]:
    if not isinstance(answer, str):
        return False, "write your answer as text between quotes."
    words = len(answer.split())
    if words < ex.min_words:
        return False, f"say a little more: {words} words so far, aim for at least {ex.min_words}."
    return True, ""


JUDGES = {
    "choice": judge_choice, "set": judge_set, "sequence": judge_sequence, "number": judge_number,
    "mapping": judge_mapping, "bool": judge_bool, "text": judge_text,
}


def ideas_found(ex: Exercise, answer: str) -> list[str]:
    """For a written answer: which of the model answer's key ideas it mentions (by their cue words)."""
    lines = []
    for idea, cues in ex.key_ideas.items():
        hit = any(re.search(rf"\b{re.escape(cue)}", answer, re.I) for cue in cues)
        lines.append(f"  {'✓' if hit else '·'} {idea}")
    return lines


def check(exercise_id: str, answer: object) -> bool:
    """Say whether `answer` is right, with a hint or an explanation; return True if it is."""
    exercise = all_exercises().get(exercise_id)
    if exercise is None:
        broken = "; ".join(f"{name}: {why}" for name, why in unreadable().items())
        if broken:
            return fail(f"the reference answers cannot be read ({broken}); please tell your teacher.")
        return fail(f"there is no exercise called {exercise_id!r}; check the spelling in this cell.")
    if is_blank(answer):
        return fail(f"not attempted yet: replace the ... with your answer, then run this cell again.", symbol="○")
    try:
        correct, problem = JUDGES[exercise.kind](exercise, answer)
    except Exception:  # a student's answer must never crash the check
        correct, problem = False, "that answer has a shape this exercise cannot read; look at the example in the question."
    if exercise.kind == "text" and correct:
        print("✓ thanks: compare your answer with a model answer.")
        print(f"Model answer: {exercise.why}")
        if exercise.key_ideas:
            print("Key ideas (✓ = your answer seems to mention it; check the others yourself):")
            print("\n".join(ideas_found(exercise, answer)))
        return True
    if correct:
        print(f"✓ correct: {exercise.why}")
        return True
    specific = exercise.feedback.get(str(normal(answer))) if isinstance(answer, (str, int)) else None
    return fail(f"not quite: {specific or problem or exercise.hint}".rstrip(": "))


def fail(message: str, symbol: str = "✗") -> bool:
    """Print the message; in instructor mode raise instead."""
    if instructor_mode():
        raise ExerciseFailed(message)
    print(f"{symbol} {message}")
    return False


def hint(exercise_id: str) -> None:
    """Print the hint for an exercise."""
    exercise = all_exercises().get(exercise_id)
    print(f"Hint: {exercise.hint}" if exercise else f"There is no exercise called {exercise_id!r}.")


def reveal(exercise_id: str) -> None:
    """Print the reference answer and its explanation (for self-study, after you have tried)."""
    exercise = all_exercises().get(exercise_id)
    if exercise is None:
        print(f"There is no exercise called {exercise_id!r}.")
        return
    print("A reference answer:")
    print(exercise.solution.strip())
    print(f"Why: {exercise.why}")
