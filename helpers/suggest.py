"""Names the word lists do not know yet, and the teacher's own word list beside their articles.

    python -m helpers suggest my_articles/this-week.txt      # capitalised names no lexicon row covers

    from helpers.suggest import suggest_terms, load_user_lexicon
    suggest_terms(article)          # one row per name: text, times, first (offset), guess (person/place/...)
    load_user_lexicon()             # my_articles/lexicon.csv, checked (LexiconError in one sentence)

To keep a suggestion, add a row to `my_articles/lexicon.csv` (the same columns as helpers/data/lexicon.csv;
only layer, label and term are needed):

    layer,label,term,canonical
    entities,person,Olga Demina,Olga Demina
    entities,organisation,Far East Institute,Far East Institute

annotate() reads that file, when it is there, beside the pack's own lists.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .articles import Article
from .attribution import NAME_WORD, NOT_NAMES, titles
from .lexicon import LexiconError, as_lexicon, load_lexicon, regexes_with
from .data_files import read_table
from .paths import USER_ARTICLES_DIR

USER_LEXICON_NAME = "lexicon.csv"
CANDIDATE = re.compile(rf"(?<![\w'’-]){NAME_WORD}(?:[ \u00a0](?:of[ \u00a0]|for[ \u00a0])?{NAME_WORD})*")
ORGANISATION_WORDS = ("University", "Centre", "Center", "Institute", "Forum", "Academy", "Council", "Court",
                      "Union", "Ministry", "Agency", "Foundation", "Organisation", "Organization", "Committee",
                      "Commission", "Fund", "Corporation", "Association", "Club", "Society", "Bank", "Party",
                      "Group", "News", "Times", "Post", "Review", "Company", "Office", "Department")


_CACHE: dict[tuple[str, float], pd.DataFrame] = {}


def user_lexicon_path(folder: str | Path | None = None) -> Path:
    return Path(USER_ARTICLES_DIR if folder is None else folder) / USER_LEXICON_NAME


def load_user_lexicon(folder: str | Path | None = None) -> pd.DataFrame | None:
    """The teacher's word list `lexicon.csv` in `folder` (default my_articles/), checked; None if there is none.

    Raises LexiconError, in one sentence naming the file and the row, for a row that cannot be used.
    """
    path = user_lexicon_path(folder)
    if not path.is_file():
        return None
    key = (str(path), path.stat().st_mtime)
    if key in _CACHE:
        return _CACHE[key]
    frame = read_table(path)
    if frame.empty:
        return None
    _CACHE.clear()
    _CACHE[key] = as_lexicon(frame, where=path.name)
    return _CACHE[key]


def covered(article: Article, extra_terms: pd.DataFrame | None) -> list[tuple[int, int]]:
    """Stretches of the article that a lexicon row (the pack's or `extra_terms`) already covers."""
    regexes = regexes_with(extra_terms)
    return sorted((start, end) for regex in regexes.values() for start, end, _ in regex.find(article.raw, article.text_start))


def guess_label(name: str) -> str:
    words = name.split()
    if any(word in ORGANISATION_WORDS for word in words) or name.isupper():
        return "organisation"
    if 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z'’-]+|[A-Z]\.", w) for w in words):
        return "person?"
    return "?"


def suggest_terms(article: Article, extra_terms: pd.DataFrame | None = None) -> pd.DataFrame:
    """Capitalised names and phrases in `article` that no lexicon row covers (pack's and `extra_terms`).

    One row per name: text, times (how often), first (offset of the first one), guess (person?,
    organisation, ?). A lone capitalised word that opens a sentence is left out (it is usually an
    ordinary word), and so are titles and words such as "The" or "Monday".
    """
    if not isinstance(article, Article):
        raise LexiconError("suggest_terms() needs an article, e.g. suggest_terms(load_article('my_articles/x.txt')).")
    lexicon = load_lexicon() if extra_terms is None else pd.concat([load_lexicon(), extra_terms], ignore_index=True)
    known = {term.lower() for term in lexicon["term"]}
    taken = covered(article, extra_terms)
    skip = NOT_NAMES | titles()
    sentence_starts = {s.start for s in article.sentences} | {p.start for p in article.paragraphs}
    rows: dict[str, dict] = {}
    pieces = [(match.start() + part.start(), part.group()) for match in CANDIDATE.finditer(article.raw, article.text_start)
              for part in re.finditer(r"(?:(?!['’]s\s).)+(?:['’]s)?", match.group())]  # "University's Centre": two
    for piece_start, piece in pieces:
        words = piece.split()
        start = piece_start + (len(piece) - len(piece.lstrip()))
        if len(words) > 1 and all(word.isupper() for word in words):
            continue  # a line in capitals ("FOR IMMEDIATE RELEASE"), not a name
        while words and (words[0] in skip or words[0].rstrip("s") in skip):
            start += len(words[0]) + 1
            words = words[1:]
        name = re.sub(r"['’]s$", "", " ".join(words))  # "China's" is China
        if not name or name in skip or name.lower() in known or len(name) < 3:
            continue
        if len(words) == 1 and (start in sentence_starts or article.raw[start - 1:start] in "\"“‘(«[" or
                                re.search(rf"(?<![\w'’-]){re.escape(name.lower())}(?![\w'’-])", article.raw)):
            continue  # a capitalised ordinary word opening a sentence or a quotation
        if any(s <= start and start + len(name) <= e for s, e in taken):
            continue
        if any(c.start <= start < c.end for c in article.clutter):
            continue
        row = rows.setdefault(name, {"text": name, "times": 0, "first": start, "guess": guess_label(name)})
        row["times"] += 1
    table = pd.DataFrame(list(rows.values()), columns=["text", "times", "first", "guess"])
    return table.sort_values(["times", "first"], ascending=[False, True]).reset_index(drop=True)


def suggestion_rows(table: pd.DataFrame) -> str:
    """The suggestions as lines ready to paste into my_articles/lexicon.csv (check each label first)."""
    lines = ["layer,label,term,canonical"]
    for row in table.itertuples():
        label = {"person?": "person", "organisation": "organisation"}.get(row.guess, "place")
        term = row.text if "," not in row.text else f'"{row.text}"'
        lines.append(f"entities,{label},{term},{term}")
    return "\n".join(lines)
