"""The practice articles: short texts written for this pack, with an answer key of what is planted in them.

    from helpers.practice import practice_ids, load_practice, load_answer_key
    practice_ids()                          # ['blog-chinese-cars', 'brief-power-of-siberia-2', ...]
    wire = load_practice("wire-xi-moscow")  # an Article, like the seeds
    load_answer_key("wire-xi-moscow")       # one row per planted feature, with where it is

The articles live in `practice/` at the top of the pack, one `.txt` file each, in the same format as
`my_articles/` (a `key: value` header, a blank line, the text). Each says in its header that it was written
for practice. Every fact in them is true and sourced in the answer key (`helpers/data/practice_key.yaml`),
except the claims planted on purpose for you to catch, which the key marks as such. The command line reads
them too: `python -m helpers --folder practice check practice/wire-xi-moscow.txt`.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .articles import Article, Corpus, load_article
from .data_files import read_yaml
from .errors import PackError
from .paths import DATA_DIR, PACK_ROOT

PRACTICE_DIR = PACK_ROOT / "practice"
KEY_FILE = DATA_DIR / "practice_key.yaml"
PRACTICE_LABEL = "practice text written for this teaching pack"
KEY_COLUMNS = ["article", "id", "kind", "start", "end", "text", "step", "found_by", "what", "sources"]
FACT_COLUMNS = ["article", "start", "end", "text", "note", "sources"]


class PracticeError(PackError):
    """A practice article or its key cannot be found or read; said in one sentence."""


def practice_ids() -> list[str]:
    """The ids of the practice articles (their file names without .txt), in order."""
    return sorted(path.stem for path in PRACTICE_DIR.glob("*.txt"))


def load_practice(article_id: str) -> Article:
    """One practice article by its id, e.g. load_practice('wire-xi-moscow')."""
    wanted = str(article_id).strip().lower()
    path = PRACTICE_DIR / f"{wanted}.txt"
    if wanted not in practice_ids():
        raise PracticeError(f"There is no practice article '{article_id}'; they are {', '.join(practice_ids())}.")
    return load_article(path, folder=PRACTICE_DIR)


def load_practice_articles() -> Corpus:
    """All the practice articles, as a Corpus (look one up with corpus['wire-xi-moscow'])."""
    return Corpus([load_practice(article_id) for article_id in practice_ids()])


def is_practice(article: Article) -> bool:
    """True if the article's header says it was written for practice."""
    return any(PRACTICE_LABEL in str(article.meta.get(key, "")) for key in ("genre", "outlet", "author"))


@lru_cache(maxsize=1)
def _read_key() -> dict:
    return read_yaml(KEY_FILE, if_missing=f"The answer key ({KEY_FILE.name}) is not in this copy of the pack: your "
                                          f"teacher has it and hands it out after marking.") or {}


def _sources_text(sources: list[dict] | None) -> str:
    return " ; ".join(f"{s['url']} ({s['source_type']})" for s in sources or [])


def key_rows(part: str, columns: list[str], article_id: str | None) -> pd.DataFrame:
    key = _read_key()
    if article_id is not None and str(article_id).strip().lower() not in key:
        raise PracticeError(f"The answer key has no article '{article_id}'; it covers {', '.join(key)}.")
    rows = []
    for name, entry in key.items():
        if article_id is not None and name != str(article_id).strip().lower():
            continue
        for item in entry.get(part, []):
            rows.append({"article": name, **item, "sources": _sources_text(item.get("sources"))})
    return pd.DataFrame(rows, columns=columns)


def load_answer_key(article_id: str | None = None) -> pd.DataFrame:
    """The planted features (one row each): article, id, kind, start, end, text, step, found_by, what, sources.

    `raw[start:end] == text` in the article's file; `step` is the capstone step meant to catch the feature
    and `found_by` the tool that marks it ('reader' when only a careful reader can).
    """
    return key_rows("features", KEY_COLUMNS, article_id)


def load_fact_checks(article_id: str | None = None) -> pd.DataFrame:
    """The checked facts of the practice articles (one row each), with their sources."""
    return key_rows("facts", FACT_COLUMNS, article_id)


def practice_table() -> pd.DataFrame:
    """One row per practice article: id, the kind of text it imitates, title, date in the header and words.

    Read from the articles' headers only, so it works in a student copy that has no answer key."""
    rows = []
    for article in load_practice_articles():
        imitates = str(article.meta.get("genre", "unknown")).split(" (")[0]
        rows.append({"id": article.id, "imitates": imitates, "title": article.title,
                     "published": article.meta.get("published", "unknown"), "words": article.words})
    return pd.DataFrame(rows).set_index("id")
