"""Answers a teacher can collect: one self-contained HTML file per student and notebook.

In a notebook, after the exercises (every check() keeps the answer and its feedback for this session):

    from helpers.export import export_answers
    export_answers(name="Ana K.", notebook="05")

writes `answers/05_capstone_Ana-K_2026-12-02.html`: the student's name, the date, and every exercise of the
notebook with the answer as given (written answers in full) and the automatic feedback. It opens in any
browser, prints, and needs no network. An existing file is never overwritten: the next free name is used
(`..._2.html`), and the message says which.

From a terminal, for notebooks students saved and handed in (nothing in them is run; the answer cells
and the feedback stored under them are copied as they are):

    python -m helpers.export handed_in/ana.ipynb handed_in/ben.ipynb --out answers
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .errors import PackError
from .exercises import ATTEMPTS, RECORDS, all_exercises
from .paths import PACK_ROOT

ANSWERS_DIR = PACK_ROOT / "answers"
NOTEBOOKS_DIR = PACK_ROOT / "notebooks"
EXIT_PROBLEM = 2


class ExportError(PackError):
    """The answers cannot be exported (no name, unknown notebook, unreadable file); said in one sentence."""


@dataclass
class Entry:
    """One exercise as it appears in the export."""

    exercise: str
    kind: str
    answer: str        # as the student gave it (a written answer in full)
    status: str        # correct, wrong, saved, sent back, blank, not attempted ...
    feedback: str      # what check() showed
    attempts: int = 0  # how many times it was checked with an answer (0 if unknown)


STATUS_WORDS = {
    "correct": "✓ correct (checked by the program)",
    "wrong": "✗ not right yet",
    "blank": "○ not attempted",
    "not attempted": "○ not attempted",
    "saved": "✎ written answer: to be read by the teacher",
    "saved with notes": "✎ written answer: to be read by the teacher (the program flagged something)",
    "sent back": "↩ sent back by the program: not yet an answer",
    "from notebook": "as saved in the notebook",
}


def notebook_title(notebook: str) -> tuple[str, str]:
    """('05', '05_capstone') from '05', '05_capstone' or '05_capstone.ipynb'."""
    text = Path(str(notebook)).stem.strip()
    match = re.match(r"(\d\d)", text)
    if not match:
        raise ExportError(f"notebook should start with its two-digit number, e.g. notebook=\"05\", not {text!r}.")
    prefix = match.group(1)
    found = sorted(NOTEBOOKS_DIR.glob(f"{prefix}_*.ipynb"))
    return prefix, (found[0].stem if found else text)


def answer_text(answer: object, kind: str) -> str:
    """A student's answer as text: written answers as they are, other values as Python would show them."""
    if isinstance(answer, str) and kind == "text":
        return answer
    if answer is ... or answer is None:
        return ""
    return repr(answer)


def session_entries(prefix: str) -> list[Entry]:
    """Every exercise of notebook `prefix`, with this session's latest answer and feedback (or none)."""
    entries = []
    for exercise_id, exercise in all_exercises().items():
        if not exercise_id.startswith(prefix + "."):
            continue
        result = RECORDS.get(exercise_id)
        if result is None:
            entries.append(Entry(exercise_id, exercise.kind, "", "not attempted", ""))
        else:
            entries.append(Entry(exercise_id, exercise.kind, answer_text(result.answer, exercise.kind), result.status,
                                 "\n".join(result.lines), ATTEMPTS.get(exercise_id, 0)))
    return entries


def safe_part(text: str) -> str:
    """A piece of a file name: letters, digits and hyphens only."""
    return re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_")[:60] or "student"


def free_path(folder: Path, stem: str) -> Path:
    """`folder/stem.html`, or `stem_2.html`, `stem_3.html` ... if taken: never an existing file."""
    candidate = folder / f"{stem}.html"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}_{number}.html"
        number += 1
    return candidate


STYLE = """
body { font-family: Georgia, 'Times New Roman', serif; max-width: 48em; margin: 2em auto; padding: 0 1em;
       color: #111; line-height: 1.45; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
.meta { color: #333; margin-top: 0; }
section { border-top: 1px solid #999; padding: 0.6em 0 0.8em; page-break-inside: avoid; }
h2 { font-size: 1.1em; margin: 0.3em 0; }
.status { font-weight: bold; }
.answer { white-space: pre-wrap; background: #f4f4f4; border-left: 4px solid #555; padding: 0.5em 0.8em; }
.feedback { white-space: pre-wrap; font-family: 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: 0.85em;
            color: #222; }
.marking { border: 1px dashed #777; min-height: 3.5em; padding: 0.3em 0.6em; color: #555; }
@media print { body { margin: 0; } section { page-break-inside: avoid; } }
"""


def render(name: str, notebook: str, entries: list[Entry], when: str) -> str:
    """The whole HTML page (every value escaped; no scripts, no links, no network)."""
    e = html.escape
    written = sum(1 for entry in entries if entry.kind == "text")
    answered = sum(1 for entry in entries if entry.status not in ("not attempted", "blank"))
    parts = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{e(notebook)}: answers of {e(name)}</title>", f"<style>{STYLE}</style>", "</head>", "<body>",
        f"<h1>{e(notebook)}: answers</h1>",
        f'<p class="meta">Student: <strong>{e(name)}</strong> · exported {e(when)} · '
        f"{answered} of {len(entries)} exercises answered · {written} written answers to read</p>",
        "<p>Closed exercises were checked by the program. Written answers were <em>not</em> marked by it: its "
        "notes only say what it could see (key ideas, quotations found or not). Mark them against the rubric.</p>",
    ]
    for entry in entries:
        parts.append("<section>")
        parts.append(f"<h2>{e(entry.exercise)} <small>({e(entry.kind)})</small></h2>")
        tries = f" · {entry.attempts} attempt{'s' if entry.attempts != 1 else ''}" if entry.attempts else ""
        parts.append(f'<p class="status">{e(STATUS_WORDS.get(entry.status, entry.status))}{tries}</p>')
        if entry.answer:
            parts.append(f'<div class="answer">{e(entry.answer)}</div>')
        if entry.feedback:
            parts.append(f'<p>Feedback shown to the student:</p><div class="feedback">{e(entry.feedback)}</div>')
        if entry.kind == "text":
            parts.append('<p class="marking">Teacher\'s mark and comment:</p>')
        parts.append("</section>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def write_page(name: str, title: str, entries: list[Entry], folder: Path | str | None, when: str) -> Path:
    folder = Path(folder) if folder is not None else ANSWERS_DIR
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder.name} is a file, not a folder; choose another folder for the answers.")
    folder.mkdir(parents=True, exist_ok=True)
    path = free_path(folder, f"{safe_part(title)}_{safe_part(name)}_{when}")
    with open(path, "x", encoding="utf-8") as handle:  # "x": refuse to overwrite, even in a race
        handle.write(render(name, title, entries, when))
    return path


def check_name(name: object) -> str:
    if not isinstance(name, str) or not name.strip():
        raise ExportError('give your name in quotes, e.g. export_answers(name="Ana K.", notebook="05").')
    return " ".join(name.split())[:80]


def shown_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(PACK_ROOT))
    except ValueError:
        return path.name


def export_answers(name: str, notebook: str, folder: str | Path | None = None, when: str | None = None) -> Path:
    """Write this session's answers to notebook `notebook` (e.g. "05") as one HTML file; return its path."""
    name = check_name(name)
    prefix, title = notebook_title(notebook)
    entries = session_entries(prefix)
    if not entries:
        raise ExportError(f"notebook {prefix} has no exercises; check the number (00, 01, 02, 03, 04 or 05).")
    when = when or date.today().isoformat()
    path = write_page(name, title, entries, folder, when)
    wanted = f"{safe_part(title)}_{safe_part(name)}_{when}"
    taken = "" if path.stem == wanted else f" (a file called {wanted}.html was already there, so it was kept)"
    print(f"Saved {sum(1 for x in entries if x.status != 'not attempted')} of {len(entries)} answers to "
          f"{shown_path(path)}{taken}. Open it in a browser to read or print it, and hand it in.")
    return path


# --- from saved notebooks (the command line) --------------------------------------------------


def notebook_entries(path: Path) -> list[Entry]:
    """The exercises in a saved notebook: each answer cell's code and the feedback stored under its check."""
    import nbformat

    try:
        notebook = nbformat.read(str(path), as_version=4)
    except FileNotFoundError:
        raise ExportError(f"there is no file {path.name}; check the name and the folder.") from None
    except (ValueError, OSError, UnicodeDecodeError) as problem:
        raise ExportError(f"{path.name} cannot be read as a notebook ({type(problem).__name__}); "
                          "was it saved from JupyterLab?") from None
    exercises = all_exercises()
    cells, entries = notebook.cells, []
    for index, cell in enumerate(cells):
        exercise_id = cell.get("metadata", {}).get("exercise")
        if cell.cell_type != "code" or not exercise_id:
            continue
        feedback = ""
        if index + 1 < len(cells) and cells[index + 1].cell_type == "code":
            feedback = "".join(out.get("text", "") for out in cells[index + 1].get("outputs", [])
                               if out.get("output_type") == "stream").strip()
        kind = exercises[exercise_id].kind if exercise_id in exercises else "?"
        status = "not attempted" if not feedback or feedback.startswith("○") else "from notebook"
        entries.append(Entry(exercise_id, kind, cell.source, status, feedback))
    if not entries:
        raise ExportError(f"{path.name} has no exercise cells; is it one of the pack's notebooks?")
    return entries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers.export",
                                     description="Turn saved notebooks into one HTML page of answers each.")
    parser.add_argument("notebooks", nargs="+", help="saved .ipynb files, one per student")
    parser.add_argument("--name", help="the student's name (default: the file name)")
    parser.add_argument("--out", default=None, help="folder for the pages (default: answers/)")
    args = parser.parse_args(argv)
    status = 0
    for given in args.notebooks:
        path = Path(given)
        try:
            entries = notebook_entries(path)
            name = check_name(args.name or path.stem)
            match = re.match(r"\d\d_[\w-]+", path.stem)
            title = match.group(0) if match else notebook_title(entries[0].exercise[:2])[1]
            written = write_page(name, title, entries, args.out, date.today().isoformat())
            print(f"{path.name}: {len(entries)} exercises -> {shown_path(written)}")
        except ExportError as problem:
            print(f"{path.name}: {problem}", file=sys.stderr)
            status = EXIT_PROBLEM
    return status


if __name__ == "__main__":
    sys.exit(main())
