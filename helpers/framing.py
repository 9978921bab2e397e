"""The framing lab: the same thing in different words, and who tends to use which word.

The word groups live in `helpers/data/framing.csv` (group, term, who_tends_to_use, note, source).
Add a row to follow a word of your own through the articles.
"""

from __future__ import annotations

import re

import pandas as pd

from .articles import Article, Corpus
from .data_files import read_table
from .paths import DATA_DIR
from .text import sentence_at
from .sources import check_source_types, check_yes_no
from .inputs import is_list_of_articles, is_table_with

FRAMING_FILE = DATA_DIR / "framing.csv"


def load_framing() -> pd.DataFrame:
    """The framing word groups: one row per term."""
    framing = read_table(FRAMING_FILE, columns=("group", "term"))
    for number, row in enumerate(framing.itertuples(), start=2):
        if not row.group.strip() or not re.search(r"\w", row.term):
            raise ValueError(f"framing.csv row {number}: every row needs a group and a term with letters in it; "
                             "fill them in or delete the row.")
        if "source_type" in framing.columns:  # one type per source (helpers/data/source_types.csv)
            check_source_types(row.source, row.source_type, f"framing.csv row {number}")
        if "uncertain" in framing.columns:
            check_yes_no(row.uncertain, f"framing.csv row {number}", "uncertain")
    return framing


def whole_term_regex(term: str) -> re.Pattern[str]:
    """Whole words only, any case, a space matching any run of spaces ('regime' does not match 'regimes')."""
    words = r"\s+".join(re.escape(word) for word in term.split())
    return re.compile(rf"(?<![\w-]){words}(?![\w-])", re.IGNORECASE)


def check_inputs(corpus: object, framing: object) -> None:
    """Raise ValueError, in one sentence, unless `corpus` is a corpus (or list of articles) and `framing` a word table."""
    if not is_list_of_articles(corpus):
        raise ValueError("Give a corpus, e.g. load_seeds(), or a list of articles: for one article write [corpus['essay']].")
    if not is_table_with(framing, ("group", "term")):
        raise ValueError("framing should be the table load_framing() returns (columns group and term), or some of its rows.")


def framing_spans(corpus: Corpus | list[Article], framing: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every use of a framing term: article, start, end, text, group, term, sentence.

    Only the article text is searched (not headings the loader left out or scraped clutter).
    """
    framing = load_framing() if framing is None else framing
    check_inputs(corpus, framing)
    rows = []
    for article in corpus:
        clutter = [(c.start, c.end) for c in article.clutter]
        for entry in framing.itertuples():
            for match in whole_term_regex(entry.term).finditer(article.raw, article.text_start):
                if any(a <= match.start() < b for a, b in clutter):
                    continue
                rows.append({"article": article.id, "start": match.start(), "end": match.end(),
                             "text": match.group(), "group": entry.group, "term": entry.term,
                             "sentence": sentence_at(article, match.start()).text})
    return pd.DataFrame(rows, columns=["article", "start", "end", "text", "group", "term", "sentence"])


def framing_table(corpus: Corpus | list[Article], group: str | None = None,
                  framing: pd.DataFrame | None = None) -> pd.DataFrame:
    """How often each article uses each term: terms down (by group), articles across."""
    framing = load_framing() if framing is None else framing
    check_inputs(corpus, framing)
    if group is not None:
        if group not in set(framing["group"]):
            raise ValueError(f"There is no framing group '{group}'; the groups are {', '.join(dict.fromkeys(framing['group']))}.")
        framing = framing[framing["group"] == group]
    spans = framing_spans(corpus, framing)
    ids = [article.id for article in corpus]
    table = pd.crosstab([spans["group"], spans["term"]], spans["article"]) if len(spans) else pd.DataFrame()
    index = pd.MultiIndex.from_frame(framing[["group", "term"]])
    return table.reindex(index=index, columns=ids, fill_value=0).fillna(0).astype(int)
