"""Exercises with immediate feedback.

In a notebook an answer cell holds a pre-filled template, `in_order = ...`, and the next cell runs
`check("01.order")`. `check` finds the answer by the name the exercise uses (`in_order`), or takes it
directly (`check("01.order", in_order)`), and prints one of

    ○ not attempted yet: ...
    ✗ not quite: <why this answer is not right, or a hint>
    ✓ correct: <why>                               (closed exercises: a choice, a list, a number ...)
    ✎ saved for your teacher: ...                  (written answers: never marked right by a program)
    ↩ sent back: <what to fix>                     (written answers that cannot be read as an answer yet)

A written answer is never marked correct: check() says it is saved, shows which key ideas it can see
evidence of, points out a misconception it recognises, verifies quotations against the article and
sends back placeholder text or a "rewrite" that is still the original (see helpers/writing.py).

check() shows feedback and returns nothing, so no stray True/False appears under it. Code that needs
the outcome asks for it: `check("01.order", result=True)` or `last_result()` return a `Result`.

The reference answers live in `helpers/solutions/*.yaml` (the fields are described in
tools/CONVENTIONS.md). `hint(ID)` prints a hint at any time; `reveal(ID)` prints the reference answer,
but only after a first attempt. With the environment variable PACK_INSTRUCTOR=1, a wrong, missing or
sent-back answer (or a written one with an invented quotation or a flagged misconception) raises
`ExerciseFailed` instead: that is how the tests prove every reference answer passes.
In a student release (tools/student_release.py) the answers are stored only as salted hashes, which
check() compares with; reveal is switched off there.
"""

from __future__ import annotations

import hashlib
import inspect
import math
import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache, lru_cache


from . import writing
from .data_files import DataFileError, read_yaml
from .paths import SOLUTIONS_DIR

KINDS = ("choice", "set", "sequence", "number", "mapping", "bool", "text")
DATE_SHAPE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
OTHER_DATE_SHAPE = re.compile(r"^\s*(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})\s*$|\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}"
                              r"|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}", re.IGNORECASE)
PADDED = 64  # bytes: a locked answer in a student release is padded to this length
LONGEST_ECHO = 40  # never print more of a student's value than this many characters
MONTHS = {name[:3]: name for name in ("january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december")}
MONTH_ABBREVIATION = re.compile(r"\b(jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?")


class ExerciseFailed(AssertionError):
    """Raised in instructor mode when an answer is missing, wrong or sent back."""


class _Missing:
    """Stands for an answer whose variable does not exist yet (its cell has not been run)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING = _Missing()
_NOT_GIVEN = object()


@dataclass
class Exercise:
    """One exercise's reference answer and feedback, as written in a solutions file."""

    id: str
    kind: str
    answer: object = None
    solution: str = ""
    why: str = ""
    hint: str = ""
    feedback: dict = field(default_factory=dict)
    tolerance: float = 0.0
    accept: object = field(default_factory=list)
    min_words: int = 15
    key_ideas: dict = field(default_factory=dict)
    misconceptions: dict = field(default_factory=dict)
    quote_from: str | None = None
    needs_quote: bool = False
    original: str | None = None
    variable: str | None = None
    sealed: dict | None = None  # student release only: salted hashes in place of answers

    @property
    def answer_name(self) -> str | None:
        """The variable the answer cell assigns: `variable`, or the last name the solution assigns at the
        start of a line (`in_2021 = ...` then `asymmetry_2021 = ...` gives asymmetry_2021)."""
        if self.variable:
            return self.variable
        names = re.findall(r"^([A-Za-z_]\w*)\s*=(?!=)", self.solution or "", flags=re.MULTILINE)
        return names[-1] if names else None


@dataclass
class Result:
    """What check() decided: status is correct, wrong, blank, saved or sent back; lines are what it printed."""

    exercise: str
    status: str
    lines: list[str]
    answer: object = None

    @property
    def correct(self) -> bool:
        return self.status == "correct"

    def __bool__(self) -> bool:
        return self.correct

    def __repr__(self) -> str:
        return f"Result({self.exercise!r}, {self.status!r})"


@cache
def all_exercises() -> dict[str, Exercise]:
    """Every exercise in `helpers/solutions/`, by id. A file that cannot be read is listed in `unreadable()`."""
    found = {}
    for path in sorted(SOLUTIONS_DIR.glob("*.yaml")):
        try:
            entries = read_yaml(path) or {}
            found.update({key: Exercise(id=key, **entry) for key, entry in entries.items()})
        except (DataFileError, TypeError, AttributeError) as problem:
            UNREADABLE[path.name] = " ".join(str(problem).split())
    return found


UNREADABLE: dict[str, str] = {}

# What happened in this kernel session: attempts per exercise and the latest Result of each (for export).
ATTEMPTS: dict[str, int] = {}
RECORDS: dict[str, Result] = {}
_LAST: list[Result] = []


def unreadable() -> dict[str, str]:
    """Solutions files that could not be read, with the reason (should be empty)."""
    all_exercises()
    return dict(UNREADABLE)


def instructor_mode() -> bool:
    return os.environ.get("PACK_INSTRUCTOR", "") not in ("", "0")


def last_result() -> Result | None:
    """The Result of the most recent check() in this session (None before the first)."""
    return _LAST[-1] if _LAST else None


def is_blank(answer: object) -> bool:
    """The placeholder `...`, None, or an empty string or collection."""
    if answer is ... or answer is None or answer is MISSING:
        return True
    if isinstance(answer, str):
        return not answer.strip()
    if isinstance(answer, dict):
        return all(is_blank(value) for value in answer.values())
    if isinstance(answer, (list, tuple, set)):
        return all(is_blank(item) for item in answer)
    return False


def normal(value: object) -> object:
    """An answer in the form we compare: case, spaces, hyphens and quotes around numbers or dates do not count.

    "Op-ed", "op ed" and "oped" are the same; so are 108, 108.0 and "108", and a date and "2027-02-28".
    """
    if isinstance(value, (date, datetime)):
        value = value.isoformat()[:10]
    elif isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = str(int(value))
    elif isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str):
        text = writing.plain_punctuation(value).casefold().strip(" .'\"")
        if DATE_SHAPE.match(text):
            return text
        text = MONTH_ABBREVIATION.sub(lambda m: MONTHS[m.group(1)[:3]], text)
        return re.sub(r"[\s\-_]+", "", text)
    return value


def short(value: object) -> str:
    """A student's value for a message, cut short so a huge answer is never echoed back."""
    text = repr(value)
    return text if len(text) <= LONGEST_ECHO else text[: LONGEST_ECHO - 3] + "..."


def type_slip(answer: object, want: str) -> str | None:
    """One sentence when an answer has the wrong type for a text answer (want='text'), else None."""
    if isinstance(answer, (list, tuple, set)):
        return f"this asks for one {want} in quotes, not a list: pick one."
    if isinstance(answer, dict):
        return f"this asks for one {want} in quotes, not a dictionary."
    if isinstance(answer, bool):
        return f"this asks for {want} in quotes, not True or False."
    return None


def date_format_slip(wanted: object, given: object) -> str | None:
    """If a date is wanted and another date shape was given, say how to write it."""
    wants_date = isinstance(wanted, str) and DATE_SHAPE.match(wanted.strip())
    if wants_date and isinstance(given, str) and OTHER_DATE_SHAPE.search(given) and not DATE_SHAPE.match(given.strip()):
        return (f"write the date as YYYY-MM-DD (year-month-day, with hyphens), for example 2001-07-16 "
                f"for 16 July 2001; {short(given)} is written another way.")
    return None
    return None


# --- salted hashes (a student release keeps only these) ------------------------------------


def seal(salt: str, exercise_id: str, value: object, slot: str = "") -> str:
    """A salted hash of an answer's normal form; the same answer always gives the same hash."""
    text = f"{salt}|{exercise_id}|{slot}|{normal(value)!s}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _stream(key: str, size: int) -> bytes:
    out, counter = b"", 0
    while len(out) < size:
        out += hashlib.sha256(f"{key}|{counter}".encode()).digest()
        counter += 1
    return out


def lock(text: str, key: str) -> str:
    """`text` made unreadable except to someone who knows `key` (the normal form of a right answer)."""
    data = text.encode("utf-8")
    return bytes(a ^ b for a, b in zip(data, _stream(key, len(data)))).hex()


def unlock(locked: str, key: str) -> str:
    """The reverse of `lock`."""
    data = bytes.fromhex(locked)
    return bytes(a ^ b for a, b in zip(data, _stream(key, len(data)))).decode("utf-8", errors="replace")


def recover(ex: Exercise, value: object, slot: str = "") -> str | None:
    """In a student release: the canonical form of `value` if it is a right answer for `slot`, else None."""
    salt = ex.sealed["salt"]
    table = ex.sealed["slots"].get(slot, {})
    locked = table.get(seal(salt, ex.id, value, slot))
    return None if locked is None else unlock(locked, f"{salt}|{normal(value)!s}").rstrip("\0")


def sealed_entry(ex: Exercise, salt: str) -> dict:
    """The solutions-file entry a student release stores for `ex`: hints, hashes and locked explanations,
    no answer and no solution code (tools/student_release.py writes these)."""
    entry = {"kind": ex.kind, "hint": ex.hint}
    if ex.answer_name:
        entry["variable"] = ex.answer_name
    if ex.kind == "text":
        entry.update({"min_words": ex.min_words, "key_ideas": ex.key_ideas, "misconceptions": ex.misconceptions,
                      "quote_from": ex.quote_from, "needs_quote": ex.needs_quote, "original": ex.original,
                      "sealed": {"salt": salt, "slots": {}}})
        return {key: value for key, value in entry.items() if value not in (None, {}, "", False)}

    def locked(slot: str, value: object, canonical: object) -> tuple[str, str]:
        padded = str(normal(canonical)).ljust(PADDED, "\0")  # all the same length: the length tells nothing
        return seal(salt, ex.id, value, slot), lock(padded, f"{salt}|{normal(value)!s}")

    slots: dict[str, dict] = {}
    forms: list[str] = []
    sealed = {"salt": salt, "slots": slots}
    if ex.kind in ("choice", "bool"):
        variants = [ex.answer] + (list(ex.accept) if isinstance(ex.accept, list) and ex.kind == "choice" else [])
        slots[""] = dict(locked("", v, ex.answer) for v in variants)
        forms = [str(normal(ex.answer))]
    elif ex.kind == "number":
        step = float(ex.tolerance or 0)
        centre = number_key(float(ex.answer), step)
        keys = [centre] if not step else [k for k in (centre - 1, centre, centre + 1)
                                          if abs(k * step - float(ex.answer)) <= step * 1.5]
        slots[""] = dict(locked("", k, centre) for k in keys)
        sealed["step"] = step
        forms = [str(normal(centre))]
    elif ex.kind in ("set", "sequence"):
        slots["items"] = dict(locked("items", item, item) for item in ex.answer)
        if ex.kind == "sequence":
            for n, item in enumerate(ex.answer, start=1):
                slots[f"position {n}"] = dict([locked(f"position {n}", item, item)])
            forms = [str(normal(item)) for item in ex.answer]
        else:
            forms = sorted({str(normal(item)) for item in ex.answer})
    elif ex.kind == "mapping":
        variants = value_variants(ex)
        sealed["keys"] = list(ex.answer)
        for key, value in ex.answer.items():
            spellings = variants.get(normal(value), {normal(value)})
            slots[str(normal(key))] = dict(locked(str(normal(key)), v, value) for v in [value, *spellings])
            forms.append(str(normal(value)))
    values = list(ex.answer.values()) if isinstance(ex.answer, dict) else (
        ex.answer if isinstance(ex.answer, list) else [ex.answer])
    if any(isinstance(v, str) and DATE_SHAPE.match(v) for v in values):
        sealed["shape"] = "date"
    sealed["why_locked"] = True
    entry["sealed"] = sealed
    entry["why"] = lock(str(ex.why), f"{salt}|why|" + "|".join(forms))
    if ex.kind == "mapping":
        feedback = {}
        for key, value in (ex.feedback or {}).items():
            if isinstance(value, dict):
                feedback[key] = {(v if v == "*" else seal(salt, ex.id, v, feedback_slot(key))): text
                                 for v, text in value.items()}
            else:
                feedback[key] = value
    else:
        feedback = {seal(salt, ex.id, wrong, feedback_slot()): text for wrong, text in (ex.feedback or {}).items()}
    if feedback:
        entry["feedback"] = feedback
    return entry


# --- one function per kind: (correct?, feedback when wrong) ---------------------------------


def accepted_forms(ex: Exercise) -> set:
    accept = ex.accept if isinstance(ex.accept, list) else []
    return {normal(a) for a in [ex.answer, *accept]}


def wanted_shape(ex: Exercise, key: str | None = None) -> object:
    """The reference answer's shape, for format hints (a release keeps only the word 'date')."""
    if ex.sealed is not None:
        return "0000-00-00" if ex.sealed.get("shape") == "date" else None
    return ex.answer if key is None else ex.answer.get(key)


def judge_choice(ex: Exercise, answer: object) -> tuple[bool, str]:
    slip = type_slip(answer, "answer")
    if slip:
        return False, slip
    if not isinstance(answer, (str, int, float, date)):
        return False, "give one answer, as text in quotes."
    right = recover(ex, answer) is not None if ex.sealed else normal(answer) in accepted_forms(ex)
    if right:
        return True, ""
    return False, date_format_slip(wanted_shape(ex), answer) or ""


def list_items(answer: object) -> list | None:
    if isinstance(answer, (list, tuple, set)) and all(isinstance(i, (str, int, float, date)) for i in answer):
        return list(answer)
    return None


def judge_set(ex: Exercise, answer: object) -> tuple[bool, str]:
    given = list_items(answer)
    if given is None:
        if isinstance(answer, str):
            return False, "give a list in square brackets, each item in quotes, for example ['first', 'second']."
        return False, "give a list in square brackets, for example ['first', 'second']; each item text or a number."
    if ex.sealed is not None:
        found = [recover(ex, item, "items") for item in given]
        want_count = len(ex.sealed["slots"]["items"])
        missing = want_count - len({f for f in found if f is not None})
        extra = len({str(normal(item)) for item, f in zip(given, found) if f is None})
    else:
        want, have = {normal(a) for a in ex.answer}, {normal(item) for item in given}
        missing, extra = len(want - have), len(have - want)
    if not missing and not extra:
        return True, ""
    parts = []
    if missing:
        parts.append(f"{missing} missing")
    if extra:
        parts.append(f"{extra} that should not be there")
    return False, f"your list has {' and '.join(parts)}."


def judge_sequence(ex: Exercise, answer: object) -> tuple[bool, str]:
    given = list_items(answer)
    if given is None:
        return False, "give a list in square brackets, in order."
    if ex.sealed is not None:
        count = len(ex.sealed["slots"]["items"])
        same_items = (len(given) == count and len({str(normal(i)) for i in given}) == count
                      and all(recover(ex, item, "items") is not None for item in given))
        in_place = [recover(ex, item, f"position {n}") is not None for n, item in enumerate(given, start=1)]
    else:
        want = [normal(a) for a in ex.answer]
        count = len(want)
        same_items = sorted(map(str, (normal(i) for i in given))) == sorted(map(str, want))
        in_place = [normal(g) == w for g, w in zip(given, want)]
    if not same_items:
        return False, f"use exactly these {count} items, each once, just reordered."
    for position, ok in enumerate(in_place, start=1):
        if not ok:
            return False, f"the first {position - 1} are in the right place; look again at item {position}."
    return True, ""


def as_number(answer: object) -> tuple[float | None, str]:
    """A student's number (quotes and thousands commas forgiven), or None with one sentence."""
    if isinstance(answer, (bool, list, tuple, set, dict)):
        return None, "give one number, without quotes, for example 42."
    try:
        value = float(str(answer).replace(",", "")) if isinstance(answer, str) else float(answer)
    except OverflowError:
        return None, "that number is far too large to be the answer; check how many digits you typed."
    except (TypeError, ValueError):
        return None, "give a number, without quotes, for example 42."
    if math.isinf(value) or abs(value) > 1e15:
        return None, "that number is far too large to be the answer; check how many digits you typed."
    if not math.isfinite(value):
        return None, "that is not a finite number; give an ordinary number, for example 42."
    if abs(value) > 1e15:
        return None, "that number is far too large to be the answer; check how many digits you typed."
    return value, ""


def number_key(value: float, step: float) -> object:
    """A number as the release stores it: itself when exact, else its position on a grid of `step`."""
    if step:
        return round(value / step)
    return int(value) if float(value).is_integer() else value


def judge_number(ex: Exercise, answer: object) -> tuple[bool, str]:
    value, problem = as_number(answer)
    if value is None:
        return False, problem
    if ex.sealed is not None:
        return recover(ex, number_key(value, ex.sealed.get("step") or 0)) is not None, ""
    return abs(value - float(ex.answer)) <= ex.tolerance, ""


def value_variants(ex: Exercise) -> dict:
    """For a mapping: accepted spellings of each right value, {normal(canonical): {normal forms}}."""
    variants = {}
    if isinstance(ex.accept, dict):
        for canonical, others in ex.accept.items():
            variants[normal(canonical)] = {normal(canonical), *(normal(o) for o in (others or []))}
    return variants


def feedback_slot(key: object = "") -> str:
    return "feedback" + (f":{normal(key)}" if key != "" else "")


def key_feedback(ex: Exercise, key: str, value: object) -> str:
    """The feedback written for a wrong value of one key: `feedback: {key: {value: text, '*': text}}`."""
    for fkey, entry in (ex.feedback or {}).items():
        if normal(fkey) != normal(key):
            continue
        if isinstance(entry, str):
            return entry
        if isinstance(entry, dict):
            sealed = seal(ex.sealed["salt"], ex.id, value, feedback_slot(key)) if ex.sealed else None
            for fvalue, text in entry.items():
                if fvalue != "*" and (fvalue == sealed if ex.sealed else normal(fvalue) == normal(value)):
                    return text
            return entry.get("*", "")
    return ""


def judge_mapping(ex: Exercise, answer: object) -> tuple[bool, str]:
    if not isinstance(answer, dict):
        return False, "give a dictionary in curly brackets, {'key': 'value', ...}, as in the template."
    keys = ex.sealed["keys"] if ex.sealed is not None else list(ex.answer)
    by_normal = {normal(k): k for k in keys}
    given = {}
    for key, value in answer.items():
        if normal(key) not in by_normal:
            listed = ", ".join(map(repr, keys[:4])) + (", ..." if len(keys) > 4 else "")
            return False, (f"{short(key)} is not one of this exercise's keys; keep the keys exactly as in the "
                           f"template ({listed}).")
        given[by_normal[normal(key)]] = value
    variants = value_variants(ex)
    unanswered, wrong, notes = [], [], {}
    for key in keys:
        value = given.get(key, ...)
        if is_blank(value):
            unanswered.append(key)
            continue
        if isinstance(value, (list, tuple, set, dict)):
            wrong.append(key)
            notes[key] = f"give one value, not a {type(value).__name__}."
            continue
        if ex.sealed is not None:
            right = recover(ex, value, str(normal(key))) is not None
        else:
            want = normal(ex.answer[key])
            right = normal(value) in variants.get(want, {want})
        if not right:
            wrong.append(key)
            why = key_feedback(ex, key, value) or date_format_slip(wanted_shape(ex, key), value)
            if why:
                notes[key] = why
    if not unanswered and not wrong:
        return True, ""
    parts = []
    if wrong:
        text = f"{len(wrong)} of {len(keys)} not right yet"
        unexplained = [k for k in wrong if k not in notes]
        if unexplained:
            text += f" (look again at {', '.join(map(repr, unexplained[:3]))})"
        parts.append(text)
    if unanswered:
        parts.append(f"{len(unanswered)} still to fill in")
    return False, "; ".join(parts) + "." + "".join(f"\n  - {key!r}: {note}" for key, note in notes.items())


def judge_bool(ex: Exercise, answer: object) -> tuple[bool, str]:
    if isinstance(answer, str) and answer.strip().casefold() in ("true", "false", "yes", "no"):
        return False, "answer True or False without quotes (a word in quotes is text, not True or False)."
    if not isinstance(answer, bool):
        return False, "answer True or False, without quotes."
    if ex.sealed is not None:
        return recover(ex, answer) is not None, ""
    return answer == ex.answer, ""


JUDGES = {
    "choice": judge_choice, "set": judge_set, "sequence": judge_sequence, "number": judge_number,
    "mapping": judge_mapping, "bool": judge_bool,
}


# --- written answers: saved and read, never marked ---------------------------------------


def ideas_found(ex: Exercise, answer: str) -> list[str]:
    """For a written answer: each key idea, marked + if the answer shows evidence of it (a cue word)."""
    lines = []
    for idea, cues in ex.key_ideas.items():
        hit = any(writing.cue_found(cue, answer) for cue in cues or [])
        lines.append(f"  {'+' if hit else '·'} {idea}{'' if hit else ' (not seen: is it there?)'}")
    return lines


@lru_cache(maxsize=1)
def quotable_articles() -> tuple:
    """The articles a quotation may come from: the seeds, then the practice articles (if present)."""
    from .articles import load_seeds

    articles = tuple(load_seeds())
    try:
        from .practice import load_practice_articles
    except ImportError:  # a copy of the pack without practice articles
        return articles
    return articles + tuple(load_practice_articles())


def quote_source(ex: Exercise, article=None):
    """The articles a quotation may come from, as [(id, text)], and how to name them in a sentence."""
    if article is not None:
        return [(article.id, article.raw)], f"the {article.id}"
    articles = quotable_articles()
    if ex.quote_from in (None, "", "any"):
        return [(a.id, a.raw) for a in articles], "any of the articles"
    chosen = [a for a in articles if a.id == str(ex.quote_from).strip().lower()]
    if not chosen:
        return None, f"the {ex.quote_from}"
    return [(chosen[0].id, chosen[0].raw)], f"the {chosen[0].id}"


def quotation_lines(ex: Exercise, answer: str, article=None) -> tuple[list[str], int, int]:
    """Lines about each quotation in the answer, and how many are verified and how many are not."""
    quotes = [q for q in writing.quoted_passages(answer) if len(writing.word_list(q)) >= 1]
    if not quotes:
        return [], 0, 0
    sources, name = quote_source(ex, article)
    if sources is None:
        return [f"  (the quotations cannot be checked: there is no article called {ex.quote_from!r})"], 0, 0
    lines, good, bad = ["Quotations:"], 0, 0
    for quote in quotes:
        quote = writing.plain_punctuation(quote)
        shown = quote if len(quote) <= 80 else quote[:77] + "..."
        home = [source for source, text in sources if writing.quotation_in(quote, text)]
        if home:
            good += 1
            where = name if len(sources) == 1 else f"the {home[0]}"
            lines.append(f'  + "{shown}" is in {where}, word for word.')
        else:
            bad += 1
            lines.append(f'  ✗ "{shown}" is NOT in {name} word for word: copy it exactly from the text, '
                         f"or say it in your own words without quotation marks.")
    return lines, good, bad


def misconception_lines(ex: Exercise, answer: str) -> list[str]:
    """Targeted feedback for each listed misconception the answer states (not negated)."""
    lines = []
    for label, entry in (ex.misconceptions or {}).items():
        entry = entry if isinstance(entry, dict) else {}
        cue = writing.misconception_found(entry.get("cues", []), answer)
        if cue:
            lines.append(f"⚠ think again about \"{cue}\": {entry.get('feedback', label)}")
    return lines


def read_written(ex: Exercise, answer: object, article=None) -> Result:
    """Look at a written answer: send it back if it cannot be read as an answer yet, or save it and say
    what a program can see in it. Never 'correct'."""
    slip = type_slip(answer, "text")
    if slip or not isinstance(answer, str):
        return Result(ex.id, "wrong", [f"✗ not quite: {slip or 'write your answer as text between quotes.'}"], answer)
    junk = writing.looks_like_junk(answer)
    if junk:
        return Result(ex.id, "sent back", [f"↩ sent back: {junk}"], answer)
    warnings = misconception_lines(ex, answer)  # shown even when the answer is sent back for another reason
    count = len(writing.word_list(answer))
    if count < ex.min_words:
        return Result(ex.id, "sent back", [(f"↩ sent back: say a little more: {count} words so far, "
                                           f"aim for at least {ex.min_words}.")] + warnings, answer)
    if ex.original and writing.similarity(answer, ex.original) >= writing.SIMILAR_TO_ORIGINAL:
        return Result(ex.id, "sent back", [("↩ sent back: this is still (almost word for word) the original "
                                           "sentence; rewrite it in your own words so that it says who holds "
                                           "each view.")], answer)
    quote_text, good, bad = quotation_lines(ex, answer, article)
    if ex.needs_quote and not good:
        reason = ("its quotation is not in the text word for word" if bad else
                  "it needs at least one quotation from the text, in quotation marks")
        return Result(ex.id, "sent back", [f"↩ sent back: {reason}; copy the words exactly, \"like this\"."]
                      + quote_text + warnings, answer)
    lines = ["✎ saved for your teacher, who will read it (a program cannot judge writing, so there is no tick)."]
    lines += warnings
    if ex.key_ideas:
        lines.append("What a program can see (evidence of the key ideas, not a mark):")
        lines += ideas_found(ex, answer)
    lines += quote_text
    if ex.why:
        lines.append(f"Compare with a model answer: {ex.why}")
    elif ex.sealed is not None:
        lines.append("Your teacher has a model answer to compare with, after marking.")
    status = "saved with notes" if (bad or warnings) else "saved"
    return Result(ex.id, status, lines, answer)


# --- check, hint, reveal -----------------------------------------------------------------


def lookup(exercise_id: str) -> tuple[Exercise | None, str]:
    exercise = all_exercises().get(exercise_id) if isinstance(exercise_id, str) else None
    if exercise is not None:
        return exercise, ""
    broken = "; ".join(f"{name}: {why}" for name, why in unreadable().items())
    if broken:
        return None, f"the reference answers cannot be read ({broken}); please tell your teacher."
    return None, f"there is no exercise called {short(exercise_id)}; check the spelling in this cell."


def answer_from_notebook(exercise: Exercise, frame) -> object:
    """The value of the exercise's answer variable in the notebook that called check(), or MISSING."""
    name = exercise.answer_name
    if name is None or frame is None:
        return MISSING
    return frame.f_globals.get(name, MISSING)


def judge(exercise: Exercise, answer: object, article=None) -> Result:
    """Decide about one answer (no printing, no raising)."""
    if answer is MISSING:
        name = exercise.answer_name or "your answer"
        return Result(exercise.id, "blank", [
            (f"○ not attempted yet: {name} does not exist yet. Run the answer cell above (the one that starts "
            f"`{name} =`), then this cell. After a restart: Kernel → Restart Kernel and Run All Cells.")], answer)
    if is_blank(answer):
        return Result(exercise.id, "blank", [
            "○ not attempted yet: replace the ... with your answer, then run this cell again."], answer)
    if exercise.kind == "text":
        return read_written(exercise, answer, article)
    judge_kind = JUDGES.get(exercise.kind)
    if judge_kind is None:
        return Result(exercise.id, "wrong", [(f"✗ this exercise has an unknown kind {exercise.kind!r}; "
                                             "please tell your teacher.")], answer)
    try:
        correct, problem = judge_kind(exercise, answer)
    except (TypeError, ValueError, AttributeError, KeyError, OverflowError, RecursionError):
        # an answer of a shape no judge foresaw: say so in one sentence, never a traceback
        correct, problem = False, "that answer has a shape this exercise cannot read; look at the template in the question."
    if correct:
        return Result(exercise.id, "correct", [f"✓ correct: {explanation(exercise, answer)}"], answer)
    specific = option_feedback(exercise, answer)
    return Result(exercise.id, "wrong", [f"✗ not quite: {specific or problem or exercise.hint}".rstrip(": ")],
                  answer)


def explanation(exercise: Exercise, answer: object) -> str:
    """The `why` of an exercise (in a student release it is unlocked by the right answer itself)."""
    if exercise.sealed is None or not isinstance(exercise.why, str) or not exercise.sealed.get("why_locked"):
        return str(exercise.why)
    material = why_key(exercise, answer)
    return unlock(exercise.why, material) if material else "(explanation unavailable)"


def why_key(exercise: Exercise, answer: object) -> str | None:
    """In a release: the key that unlocks the explanation, rebuilt from a right answer's canonical forms."""
    salt = exercise.sealed["salt"]
    if exercise.kind == "set":
        forms = sorted({recover(exercise, item, "items") for item in answer})
    elif exercise.kind == "sequence":
        forms = [recover(exercise, item, f"position {n}") for n, item in enumerate(answer, start=1)]
    elif exercise.kind == "mapping":
        by_normal = {normal(k): v for k, v in answer.items()}
        forms = [recover(exercise, by_normal.get(normal(k)), str(normal(k))) for k in exercise.sealed["keys"]]
    elif exercise.kind == "number":
        value, _ = as_number(answer)
        forms = [recover(exercise, number_key(value, exercise.sealed.get("step") or 0))]
    else:
        forms = [recover(exercise, answer)]
    if any(form is None for form in forms):
        return None
    return f"{salt}|why|" + "|".join(forms)


def option_feedback(exercise: Exercise, answer: object) -> str:
    """The feedback written for this particular wrong answer of a choice or a number."""
    if exercise.kind == "mapping" or not isinstance(answer, (str, int, float)) or isinstance(answer, bool):
        return ""
    sealed = seal(exercise.sealed["salt"], exercise.id, answer, feedback_slot()) if exercise.sealed else None
    for key, text in (exercise.feedback or {}).items():
        if isinstance(text, str) and (key == sealed if exercise.sealed else normal(key) == normal(answer)):
            return text
    return ""


def check(exercise_id: str, answer: object = _NOT_GIVEN, *, article=None, result: bool = False):
    """Show feedback on an answer; returns None (or the Result, with result=True).

    Without `answer`, check() reads the variable the exercise's answer cell assigns (e.g. `in_order`).
    `article=` names the article a written answer's quotations must come from (the capstone's choice).
    """
    exercise, problem = lookup(exercise_id)
    if exercise is None:
        outcome = Result(str(exercise_id), "wrong", [f"✗ {problem}"], answer)
    else:
        if answer is _NOT_GIVEN:
            answer = answer_from_notebook(exercise, inspect.currentframe().f_back)
        outcome = judge(exercise, answer, article)
        if outcome.status != "blank":
            ATTEMPTS[exercise.id] = ATTEMPTS.get(exercise.id, 0) + 1
        RECORDS[exercise.id] = outcome
    _LAST[:] = [outcome]
    # a reference answer must pass cleanly: no invented quotation, no misconception flagged
    if instructor_mode() and outcome.status in ("wrong", "blank", "sent back", "saved with notes"):
        raise ExerciseFailed(" ".join(outcome.lines))
    print("\n".join(outcome.lines))
    return outcome if result else None


def hint(exercise_id: str) -> None:
    """Print the hint for an exercise."""
    exercise, problem = lookup(exercise_id)
    if exercise is None:
        print(problem[0].upper() + problem[1:])
    else:
        print(f"Hint: {exercise.hint}" if exercise.hint else "There is no hint for this one: read the question "
                                                              "again, and ask your neighbour what they think.")


def reveal(exercise_id: str) -> None:
    """Print the reference answer and its explanation: for self-study, after a first attempt."""
    exercise, problem = lookup(exercise_id)
    if exercise is None:
        print(problem[0].upper() + problem[1:])
        return
    if exercise.sealed is not None or not exercise.solution:
        print("reveal is switched off in this copy of the pack: your teacher has the answers. "
              f"Try hint({exercise_id!r}), or talk it through with a neighbour.")
        return
    if not ATTEMPTS.get(exercise.id) and not instructor_mode():
        print(f"Try it first: write your own answer and run its check cell; reveal({exercise_id!r}) "
              "shows a reference answer after one attempt.")
        return
    print("A reference answer:")
    print(exercise.solution.strip())
    print(f"Why: {exercise.why}")
