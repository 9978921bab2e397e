"""Write the teachers' answer key from the solutions files, so the key can never drift from them.

    python tools/answer_key.py            # writes docs/answer_key.md
    python tools/answer_key.py --check    # exit 1 if docs/answer_key.md is out of date

For every exercise in helpers/solutions/*.yaml it shows the answer, the alternatives the checker accepts, what
each common wrong answer reveals (the per-option feedback), the explanation, and for written tasks a marking
guide built from the key ideas and misconceptions the checker looks for. Fields the key does not know are shown
as they are, so a new field in a solutions file is never silently dropped.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SOLUTIONS = ROOT / "helpers" / "solutions"
TARGET = ROOT / "docs" / "answer_key.md"

# Fields shown in their own place below; anything else goes to "Other notes for the teacher".
SHOWN = {"kind", "answer", "solution", "hint", "why", "feedback", "accept", "tolerance", "min_words",
         "key_ideas", "misconceptions", "marking", "quote_from", "needs_quote", "original"}

KIND_WORDS = {
    "choice": "one option", "set": "a set of options", "sequence": "an order", "number": "a number",
    "mapping": "one answer per item", "bool": "true or false", "text": "written answer (read by the teacher)",
}

LEVELS = (
    ("Secure", "a clear position, every key idea present and each backed by evidence from the documents"),
    ("Developing", "a position with some key ideas, evidence thin, general or not tied to a document"),
    ("Beginning", "restates the question or lists facts without a position, or rests on a misconception below"),
)


def notebook_title(path: Path) -> str:
    number, _, name = path.stem.partition("_")
    return f"{number} · {name.replace('_', ' ').capitalize()}"


def model_answer(solution: str) -> str | None:
    """The value a reference solution assigns, when it is a plain literal; otherwise None."""
    try:
        tree = ast.parse(solution)
    except SyntaxError:
        return None
    assignments = [node for node in tree.body if isinstance(node, ast.Assign)]
    if len(assignments) != 1 or len(tree.body) != 1:
        return None
    try:
        value = ast.literal_eval(assignments[0].value)
    except ValueError:
        return None
    return value if isinstance(value, str) else repr(value)


def show_value(value: object) -> str:
    if isinstance(value, dict):
        return "; ".join(f"**{key}** → {show_value(item)}" for key, item in value.items())
    if isinstance(value, (list, tuple)):
        return ", ".join(show_value(item) for item in value)
    return f"`{value}`" if not isinstance(value, str) or len(value) < 60 else value


def closed_exercise(entry: dict) -> list[str]:
    lines = [f"- **Answer:** {show_value(entry.get('answer'))}"]
    if entry.get("accept"):
        lines.append(f"- **Also accepted:** {show_value(entry['accept'])}")
    if entry.get("tolerance"):
        lines.append(f"- **Tolerance:** ± {entry['tolerance']}")
    feedback = entry.get("feedback") or {}
    if feedback:
        lines.append("- **What a wrong answer reveals** (the checker says this to the student):")
        for option, text in feedback.items():
            lines.append(f"  - *{option}*: {show_value(text) if isinstance(text, dict) else text}")
    return lines


def written_exercise(entry: dict) -> list[str]:
    lines = [f"- **Length:** at least {entry.get('min_words', 15)} words. The checker never marks it right: it "
             "saves it and shows which key ideas it can see; the judgement is yours."]
    ideas = entry.get("key_ideas") or {}
    if ideas:
        lines.append("- **Key ideas to look for:**")
        lines += [f"  - {idea}" for idea in ideas]
    misconceptions = entry.get("misconceptions") or {}
    if misconceptions:
        lines.append("- **Misconceptions the checker recognises, and its reply:**")
        for label, detail in misconceptions.items():
            reply = detail.get("feedback", "") if isinstance(detail, dict) else detail
            lines.append(f"  - *{label}*: {reply}")
    if entry.get("needs_quote"):
        source = entry.get("quote_from", "the article")
        lines.append(f"- **Needs a real quotation** from `{source}`; the checker verifies it word for word.")
    lines.append("- **Marking guide:**")
    if entry.get("marking"):
        lines += [f"  - {line}" for line in str(entry["marking"]).strip().splitlines()]
    else:
        lines += [f"  - *{level}*: {meaning}." for level, meaning in LEVELS]
    example = model_answer(entry.get("solution", ""))
    if example:
        lines.append(f"- **A strong answer (one of many):** {example}")
    return lines


def exercise_section(exercise_id: str, entry: dict) -> list[str]:
    kind = entry.get("kind", "?")
    lines = [f"### `{exercise_id}` — {KIND_WORDS.get(kind, kind)}", ""]
    lines += written_exercise(entry) if kind == "text" else closed_exercise(entry)
    if entry.get("why"):
        lines.append(f"- **Why:** {entry['why']}")
    if entry.get("hint"):
        lines.append(f"- **Hint the student can ask for:** {entry['hint']}")
    if kind != "text" and not model_answer(entry.get("solution", "")):
        lines += ["- **Reference code:**", "", "  ```python"]
        lines += [f"  {line}" for line in entry.get("solution", "").rstrip().splitlines()]
        lines += ["  ```"]
    others = {key: value for key, value in entry.items() if key not in SHOWN}
    if others:
        lines.append("- **Other notes for the teacher:** " + "; ".join(f"{k}: {show_value(v)}" for k, v in others.items()))
    return lines + [""]


def render() -> str:
    lines = [
        "# Answer key (teacher copy)",
        "",
        "Made by `tools/answer_key.py` from `helpers/solutions/*.yaml`; do not edit by hand (`make answer-key`).",
        "Closed exercises list every answer the checker accepts and what each likely wrong answer reveals. Written",
        "tasks have no single right answer: each has the key ideas to look for, the misconceptions the checker",
        "names, a three-level marking guide and one strong answer. Keep this file away from students (the student",
        "release leaves it out).",
        "",
    ]
    for path in sorted(SOLUTIONS.glob("[0-9][0-9]_*.yaml")):
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        lines += [f"## {notebook_title(path)}", ""]
        for exercise_id, entry in entries.items():
            lines += exercise_section(exercise_id, entry)
    return "\n".join(lines).rstrip() + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether docs/answer_key.md is up to date")
    options = parser.parse_args()
    text = render()
    if options.check:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            print("docs/answer_key.md is out of date: run `make answer-key`.")
            return 1
        print("docs/answer_key.md is up to date.")
        return 0
    TARGET.parent.mkdir(exist_ok=True)
    TARGET.write_text(text, encoding="utf-8")
    print("wrote", TARGET.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
