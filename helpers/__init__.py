"""helpers: load, annotate and question the articles of the Russia-China teaching pack."""

from .articles import Article, ArticleError, Corpus, load_article, load_corpus, load_seed, load_seeds
from .annotations import add_terms, annotate, load_lexicon
from .exercises import check, hint, reveal
from .claims import load_claims
from .profiles import profile, signal_evidence
from .display import show
from .timeline import load_timeline, load_trade
from .dating import date_article, date_corpus
from .display import keep_dollars_as_text

keep_dollars_as_text()  # in a notebook, "$" in a table shows as a dollar sign, never as maths

__all__ = [
    "Article", "ArticleError", "Corpus", "load_article", "load_corpus", "load_seed", "load_seeds",
    "check", "hint", "reveal",
    "annotate", "add_terms", "load_lexicon",
    "profile", "signal_evidence", "show", "load_claims",
    "load_timeline", "load_trade", "date_article", "date_corpus",
]
