"""The word lists behind annotate(): read them from CSV, check them, and turn each layer's terms into one regex.

    from helpers.lexicon import load_lexicon, add_terms
    lexicon = load_lexicon()                                  # one row per term (helpers/data/lexicon.csv)
    mine = add_terms("stance", "loaded", ["thug", "puppet"])  # rows for annotate(..., extra_terms=mine)

A lexicon row has the columns

    layer, label, term   where the term goes and what it is called
    canonical            the standard form (empty: the term itself)
    note                 shown when you hover over the term in show()
    case_sensitive       yes: "US" but not "us"; no: any capitals
    needs_nearby         only count the term if one of these words (separated by |) is within
                         200 characters, e.g. "treaty|pact" for "extension"
    not_after            do not count the term right after one of these words (separated by |),
                         e.g. "the|a|this" for "kind of" ("the kind of help" is not chatty)

Each layer becomes one plain regex of its terms (two, in fact: the case-sensitive terms are looked for in the
text, the others in the lower-cased text), every term longest first, as whole words ("Xi" never inside
"Xinjiang"). The regex engine tries the alternatives in order, so at any place the longest term wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import pandas as pd

from .data_files import read_rows, read_table
from .errors import PackError
from .paths import DATA_DIR

LEXICON_FILE = DATA_DIR / "lexicon.csv"
WORDS_FILE = DATA_DIR / "attribution_words.csv"
LAYERS = ("entities", "dates", "areas", "treaty", "attribution", "stance", "production")
LEXICON_COLUMNS = ["layer", "label", "term", "canonical", "note", "case_sensitive", "needs_nearby", "not_after"]
REQUIRED_COLUMNS = ["layer", "label", "term"]
CJK = re.compile("[\u3400-\u9fff]")


class LexiconError(PackError):
    """A problem with a lexicon row (yours or the pack's), in one sentence a student can act on."""


AnnotationError = LexiconError  # the name older code and notebooks use


# --- reading and checking ---------------------------------------------------------------------


@lru_cache(maxsize=1)
def _pack_lexicon() -> pd.DataFrame:
    return as_lexicon(read_table(LEXICON_FILE), where="helpers/data/lexicon.csv")


def load_lexicon() -> pd.DataFrame:
    """The pack's word lists: one row per term (a copy you may change freely)."""
    return _pack_lexicon().copy()


def add_terms(layer: str, label: str, terms: Iterable[str] | str, canonical: str = "", note: str = "",
              case_sensitive: bool = False, to: pd.DataFrame | None = None) -> pd.DataFrame:
    """Lexicon rows for new terms, ready for `annotate(..., extra_terms=...)`.

    `add_terms("stance", "loaded", ["thug", "puppet"])`; pass `to=` an earlier result to collect more.
    `canonical` defaults to each term itself.
    """
    if isinstance(terms, str):
        terms = [terms]
    rows = pd.DataFrame([{"layer": layer, "label": label, "term": term, "canonical": canonical or term,
                          "note": note, "case_sensitive": "yes" if case_sensitive else "no"}
                         for term in terms])
    rows = as_lexicon(rows)
    return rows if to is None else pd.concat([as_lexicon(to), rows], ignore_index=True)


def as_lexicon(terms, where: str = "extra_terms") -> pd.DataFrame:
    """Lexicon rows (a DataFrame, a list of dicts or one dict) as a checked DataFrame of strings.

    Raises LexiconError, in one sentence, for a missing column, an unknown layer or an empty term.
    """
    if isinstance(terms, dict):
        terms = [terms]
    if isinstance(terms, pd.DataFrame):
        frame = terms.copy()
    elif isinstance(terms, (list, tuple)) and all(isinstance(row, dict) for row in terms):
        frame = pd.DataFrame(list(terms))
    else:
        raise LexiconError(
            f"{where} must be a DataFrame or a list of dicts with the columns layer, label, term "
            f"(e.g. add_terms('stance', 'loaded', ['thug'])), not a {type(terms).__name__}.")
    missing = [column for column in REQUIRED_COLUMNS if column not in frame.columns]
    if missing:
        raise LexiconError(f"{where} is missing the column(s) {', '.join(missing)}: every row needs "
                           f"layer, label and term (canonical and note are optional).")
    frame = frame.fillna("")
    for column in LEXICON_COLUMNS:
        if column not in frame.columns:
            frame[column] = ""
    frame = frame[LEXICON_COLUMNS].astype(str)
    frame["canonical"] = frame["canonical"].where(frame["canonical"] != "", frame["term"])
    frame["case_sensitive"] = frame["case_sensitive"].where(frame["case_sensitive"] != "", "no")
    check_rows(frame, where)
    return frame.reset_index(drop=True)


def check_rows(frame: pd.DataFrame, where: str = "extra_terms") -> None:
    """LexiconError, in one sentence, for the first row that cannot be used."""
    for number, row in enumerate(frame.itertuples(index=False), start=1):
        if row.layer not in LAYERS or row.layer == "production":
            raise LexiconError(f"{where} row {number} ('{row.term}'): layer '{row.layer}' is not one of "
                               f"{', '.join(LAYERS[:-1])} (production comes from the article's layout).")
        if not str(row.term).strip() or not re.search(r"\w", str(row.term)):
            raise LexiconError(f"{where} row {number} in layer '{row.layer}' has no letters or digits in its "
                               f"term: give the word or phrase to look for.")
        if not str(row.label).strip():
            raise LexiconError(f"{where} row {number} ('{row.term}') has no label: give one, e.g. 'hedge' or "
                               f"'person'.")
        if str(row.case_sensitive).lower() not in ("yes", "no", "true", "false", "1", "0"):
            raise LexiconError(f"{where} row {number} ('{row.term}'): case_sensitive must be yes or no, "
                               f"not '{row.case_sensitive}'.")


@lru_cache(maxsize=1)
def attribution_words() -> dict[str, tuple[str, ...]]:
    """The words in helpers/data/attribution_words.csv, grouped by kind (verb, vague_head, title...)."""
    groups: dict[str, list[str]] = {}
    for row in read_rows(WORDS_FILE, columns=("kind", "word")):
        groups.setdefault(row["kind"], []).append(row["word"])
    return {kind: tuple(dict.fromkeys(words)) for kind, words in groups.items()}


# --- one regex per layer -------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """One lexicon row, ready to match."""

    layer: str
    label: str
    term: str
    canonical: str
    note: str
    case_sensitive: bool
    needs_nearby: tuple[str, ...]
    not_after: tuple[str, ...]


def key_of(text: str) -> str:
    """The form a matched text is looked up by: single spaces, straight apostrophes."""
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("‘", "'"))


def term_pattern(term: str) -> str:
    """A term as a regex: spaces match any run of spaces, an apostrophe matches ' or ’."""
    pieces = []
    for piece in re.split(r"(\s+|['’])", term.strip()):
        if not piece:
            continue
        pieces.append(r"\s+" if piece.isspace() else "['’]" if piece in "'’" else re.escape(piece))
    return "".join(pieces)


def words_regex(words: Iterable[str]) -> str:
    """An alternation of `words`, longest first, for use inside a bigger pattern (with a look-ahead on their
    first letters, so that the regex passes over other places at a glance)."""
    words = sorted(set(words), key=len, reverse=True)
    first = "".join(sorted({re.escape(word[0]) for word in words}))
    return "(?=[" + first + "])(?:" + "|".join(term_pattern(w) for w in words) + ")"


_LAST_LOWERED: list = [None, ""]


def lowered(text: str) -> str:
    """`text` in lower case, one character for one character, so that offsets still fit (the last one is
    kept: every layer of an article asks for the same text)."""
    if text is _LAST_LOWERED[0]:
        return _LAST_LOWERED[1]
    low = _lower(text)
    _LAST_LOWERED[:] = [text, low]
    return low


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def alternation(keys: list[str], boundaries: bool = True) -> re.Pattern[str] | None:
    """One plain regex for `keys`, longest first. A look-ahead on the keys' first letters lets the regex
    skip, at a glance, the places where no key can start."""
    if not keys:
        return None
    keys = sorted(keys, key=len, reverse=True)
    first = "".join(sorted({re.escape(key[0]) for key in keys}))
    body = "(?=[" + first + "])(?:" + "|".join(term_pattern(key) for key in keys) + ")"
    return re.compile(r"(?<!\w)" + body + r"(?!\w)" if boundaries else body)


@dataclass
class LayerRegex:
    """One layer's terms as plain regexes: one for the case-sensitive terms (run on the text), one for the
    others (run on the lower-cased text), and one without word boundaries for Chinese terms; with tables
    from the matched text to the lexicon rows behind it."""

    exact_regex: re.Pattern[str] | None
    folded_regex: re.Pattern[str] | None
    cjk_regex: re.Pattern[str] | None
    exact: dict[str, list[Term]]
    folded: dict[str, list[Term]]

    @property
    def regex(self):  # the first of them, for a quick look
        return self.exact_regex or self.folded_regex

    def terms_for(self, matched: str) -> list[Term]:
        key = key_of(matched)
        return self.exact.get(key, []) + self.folded.get(key.lower(), [])

    def find(self, text: str, start: int = 0, end: int | None = None, lower: str | None = None):
        """(start, end, [Term, ...]) for every whole-word match, longest term first, no overlaps."""
        stop = len(text) if end is None else end
        found: dict[tuple[int, int], list[Term]] = {}
        runs = ((self.exact_regex, text, self.exact, False), (self.cjk_regex, text, self.exact, False),
                (self.folded_regex, lower if lower is not None else lowered(text), self.folded, True))
        for regex, haystack, table, fold in runs:
            if regex is None:
                continue
            for match in regex.finditer(haystack, start, stop):
                key = key_of(match.group())
                terms = table.get(key.lower() if fold else key)
                if terms:
                    found.setdefault(match.span(), []).extend(terms)
        reach = -1
        for (s, e) in sorted(found, key=lambda span: (span[0], -span[1])):
            if s >= reach:
                reach = e
                yield s, e, found[(s, e)]


def compile_layer(terms: list[Term]) -> LayerRegex:
    exact: dict[str, list[Term]] = {}
    folded: dict[str, list[Term]] = {}
    for term in terms:
        key = key_of(term.term.strip())
        if term.case_sensitive:
            exact.setdefault(key, []).append(term)
        else:
            folded.setdefault(key.lower(), []).append(term)
    cjk = [key for key in list(exact) + list(folded) if CJK.search(key)]  # Chinese has no spaces between words
    return LayerRegex(alternation([k for k in exact if not CJK.search(k)]),
                      alternation([k for k in folded if not CJK.search(k)]),
                      alternation(cjk, boundaries=False), exact, folded)


def terms_of(frame: pd.DataFrame) -> list[Term]:
    return [Term(row.layer, row.label, row.term, row.canonical or row.term, row.note,
                 str(row.case_sensitive).lower() in ("yes", "true", "1"),
                 tuple(w for w in str(row.needs_nearby).split("|") if w),
                 tuple(w.lower() for w in str(row.not_after).split("|") if w))
            for row in frame.itertuples(index=False)]


def compile_lexicon(frame: pd.DataFrame) -> dict[str, LayerRegex]:
    """One LayerRegex per layer for a lexicon DataFrame (columns as in lexicon.csv)."""
    terms = terms_of(frame)
    return {layer: compile_layer([t for t in terms if t.layer == layer]) for layer in LAYERS}


@lru_cache(maxsize=1)
def pack_regexes() -> dict[str, LayerRegex]:
    return compile_lexicon(_pack_lexicon())


_WITH_EXTRA: dict[tuple, dict[str, LayerRegex]] = {}


def regexes_with(extra: pd.DataFrame | None) -> dict[str, LayerRegex]:
    """The pack's regexes, or the pack's lexicon plus `extra` compiled (kept, so a repeat call is quick)."""
    if extra is None:
        return pack_regexes()
    key = tuple(map(tuple, extra.itertuples(index=False)))
    if key not in _WITH_EXTRA:
        if len(_WITH_EXTRA) >= 8:
            _WITH_EXTRA.clear()
        _WITH_EXTRA[key] = compile_lexicon(pd.concat([_pack_lexicon(), extra], ignore_index=True))
    return _WITH_EXTRA[key]
