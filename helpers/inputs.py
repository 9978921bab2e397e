"""Checking what a student passes to a helper: one home for the checks that many helpers share.

Each helper still says in its own words what it wanted (its error message names the function and shows a call
that works); the tests of *what counts* as a good value live here, so they cannot drift apart:

    >>> from helpers.inputs import is_whole_number, articles_of
    >>> is_whole_number(3), is_whole_number(True), is_whole_number(2.5)
    (True, False, False)
    >>> from helpers import load_seeds
    >>> [a.id for a in articles_of(load_seeds()["oped"], "profile()")]
    ['oped']
"""

from __future__ import annotations

import numbers

import pandas as pd

from .articles import Article, Corpus
from .errors import PackError


def is_whole_number(value: object) -> bool:
    """True for 3 or numpy's int64(3); False for True/False (which Python counts as 1/0), 2.5 or "3"."""
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def is_table_with(value: object, columns) -> bool:
    """True if `value` is a DataFrame that has every one of `columns` (it may have more)."""
    return isinstance(value, pd.DataFrame) and set(columns) <= set(value.columns)


def is_list_of_articles(value: object) -> bool:
    """True for a Corpus, or a list or tuple whose every item is an Article."""
    return isinstance(value, Corpus) or (
        isinstance(value, (list, tuple)) and all(isinstance(item, Article) for item in value))


def articles_of(value: object, needed_by: str, error: type[PackError] = PackError) -> list[Article]:
    """One article, a corpus or a list of articles, as a list; anything else is `error` in one sentence.

    `needed_by` names the function in that sentence, e.g. "annotate()".
    """
    if isinstance(value, Article):
        return [value]
    if is_list_of_articles(value):
        return list(value)
    if isinstance(value, str):
        raise error(f"{needed_by} needs an article or a corpus, not a string: load one first, e.g. "
                    f"corpus = load_seeds(), then {needed_by[:-1]}corpus['essay']).")
    raise error(f"{needed_by} needs an article or a corpus (from load_seeds() or load_corpus()), "
                f"not a {type(value).__name__}.")
