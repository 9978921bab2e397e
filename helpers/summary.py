"""Count the annotations: how many spans of each layer and label each article has.

    spans = annotate(corpus)
    layer_counts(spans, corpus)              # one row per article, one column per (layer, label)
    per_thousand_words(spans, corpus)        # the same per 1,000 words, so long and short texts compare
    layer_counts(spans, corpus, by="layer")  # one column per layer
"""

from __future__ import annotations

import pandas as pd

from .annotate import COLUMNS, LAYERS
from .articles import Article, Corpus


def _articles(corpus) -> list[Article]:
    if isinstance(corpus, Article):
        return [corpus]
    if isinstance(corpus, Corpus) or (isinstance(corpus, (list, tuple)) and all(isinstance(a, Article) for a in corpus)):
        return list(corpus)
    raise TypeError(f"Give the corpus (or article) the annotations came from, e.g. load_seeds(), "
                    f"not a {type(corpus).__name__}.")


def _check(annotations) -> None:
    if not isinstance(annotations, pd.DataFrame) or not {"article", "layer", "label"} <= set(annotations.columns):
        raise TypeError("Give the DataFrame that annotate() returned (columns " + ", ".join(COLUMNS) + ").")


def layer_counts(annotations: pd.DataFrame, corpus, by: str = "label") -> pd.DataFrame:
    """Spans per article: rows are articles (in corpus order, zeros included), columns are
    (layer, label) pairs, or layers with `by="layer"`. An area count is a count of sentences."""
    _check(annotations)
    if by not in ("label", "layer"):
        raise ValueError(f"by must be 'label' or 'layer', not '{by}'.")
    ids = [article.id for article in _articles(corpus)]
    keys = ["layer", "label"] if by == "label" else ["layer"]
    counts = annotations.groupby(["article", *keys]).size().unstack(keys, fill_value=0)
    counts = counts.reindex(ids, fill_value=0)
    order = {layer: i for i, layer in enumerate(LAYERS)}
    columns = sorted(counts.columns, key=lambda c: (order.get(c[0] if by == "label" else c, 99), c))
    counts = counts[columns] if columns else counts
    counts.index.name = "article"
    return counts.fillna(0).astype(int)


def per_thousand_words(annotations: pd.DataFrame, corpus, by: str = "label", decimals: int = 1) -> pd.DataFrame:
    """`layer_counts` divided by each article's length in thousands of words (article.words)."""
    articles = _articles(corpus)
    counts = layer_counts(annotations, articles, by=by)
    words = pd.Series({article.id: article.words for article in articles}, dtype=float)
    words = words.where(words > 0)  # an article with no words gets NaN, not a division by zero
    return counts.div(words / 1000, axis=0).round(decimals)
