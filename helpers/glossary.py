"""The pack's glossary: hard words, defined in our own words, with the notebook that first uses each.

    from helpers.glossary import define, glossary
    define("rapprochement")       # prints one definition
    glossary("01")                # the terms first used in notebook 01, as a table

The data is `helpers/data/glossary.csv` (term, definition, first_used_in, also_matches): open it, and add
terms of your own. `also_matches` lists other spellings or forms, separated by "|", that count as the term
when `read()` looks for hard words in an excerpt.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from .data_files import read_rows
from .errors import PackError
from .paths import DATA_DIR
from .tables import Table, table

GLOSSARY_FILE = DATA_DIR / "glossary.csv"
COLUMNS = ("term", "definition", "first_used_in", "also_matches")


class GlossaryError(PackError):
    """A problem with the glossary file or a request to it, in one sentence."""


@lru_cache(maxsize=1)
def glossary_rows() -> tuple[dict[str, str], ...]:
    rows = read_rows(GLOSSARY_FILE, columns=("term", "definition"))
    for number, row in enumerate(rows, start=2):
        if not (row.get("term") or "").strip() or not (row.get("definition") or "").strip():
            raise GlossaryError(f"{GLOSSARY_FILE.name}, line {number}: every row needs a term and a definition.")
    return tuple(rows)


def load_glossary() -> pd.DataFrame:
    """Every term with its definition and the notebook that first uses it (00-05)."""
    return pd.DataFrame(list(glossary_rows()), columns=list(COLUMNS)).fillna("")


def glossary(notebook: str | None = None) -> Table:
    """The glossary as a table (term, definition), or only the terms first used in `notebook` ("00" ... "05")."""
    rows = load_glossary()
    if notebook is not None:
        rows = rows[rows["first_used_in"] == str(notebook).zfill(2)]
    return table(rows[["term", "definition"]].set_index("term"))


def _patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    found = []
    for row in glossary_rows():
        forms = [row["term"]] + [f for f in (row.get("also_matches") or "").split("|") if f.strip()]
        alternatives = "|".join(re.escape(f.strip()) for f in forms)
        found.append((row["term"], row["definition"], re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.I)))
    return found


def terms_in(text: str) -> list[tuple[str, str]]:
    """(term, definition) for every glossary term that occurs in `text`, in the order they first occur."""
    hits = []
    for term, definition, pattern in _patterns():
        match = pattern.search(text or "")
        if match:
            hits.append((match.start(), term, definition))
    return [(term, definition) for _, term, definition in sorted(hits)]


def define(term: str) -> None:
    """Print the pack's definition of `term` (any listed form of it works)."""
    wanted = " ".join(str(term).split()).casefold()
    for row_term, definition, pattern in _patterns():
        if row_term.casefold() == wanted or pattern.fullmatch(wanted):
            print(f"{row_term}: {definition}")
            return
    print(f"{term!r} is not in the glossary yet; you can add it to helpers/data/glossary.csv.")
