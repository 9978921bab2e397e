"""A source profile: the signals a careful reader checks, counted, each one traceable to the words behind it.

    from helpers import load_seeds
    from helpers.profile import profile, evidence
    profile(load_seeds())                      # one row per article
    evidence(load_seeds()["fragment"], "truncated")   # the spans behind one figure

The signals are reasons to look closer, not verdicts. None of them says who (or what) wrote a text,
and adding them up does not measure quality: `weighted_ranking` shows how much a ranking depends
on the weights someone chose. The weights live in `helpers/data/rubric.csv`; change them and see.
"""

from __future__ import annotations

import numbers
import re
import textwrap

import pandas as pd
import textstat

from .annotate import annotate
from .articles import Article, Corpus
from .paths import DATA_DIR
from .text import Span, is_heading
from .errors import PackError

RUBRIC_FILE = DATA_DIR / "rubric.csv"
CALIBRATION_SAMPLE = DATA_DIR / "calibration_sample.txt"  # a careful text we wrote, with its sources

# What each column of a profile means (the same words appear in the CLI and the notebook).
SIGNALS: dict[str, str] = {
    "words": "words of article text (headings and page clutter left out)",
    "byline": "a named author is given",
    "date_status": "date printed (stated), worked out from the text (estimated), or unknown",
    "date_known": "1 stated, 0.5 estimated, 0 unknown",
    "outlet_known": "we know which site or publisher put it out",
    "named_sources_per_1000": "named sources with a reporting verb, per 1,000 words",
    "vague_sources_per_1000": "attributions nobody can check ('some experts'), per 1,000 words",
    "quotations": "direct quotations in quotation marks",
    "references": "links and (2020)-style references",
    "hedges_per_1000": "softening words (may, likely), per 1,000 words",
    "boosters_per_1000": "certainty words (undeniably, clearly), per 1,000 words",
    "loaded": "loaded or judging words (regime, aggressive, annexation)",
    "loaded_per_1000": "loaded words per 1,000 words",
    "informal": "chatty, informal phrases (Hey guys, buckle up)",
    "informal_per_1000": "informal phrases per 1,000 words",
    "flesch_reading_ease": "Flesch reading ease (higher = easier; 60-70 is plain English)",
    "fk_grade": "Flesch-Kincaid grade (school year needed to read it)",
    "repetition": "share of sentences that restate an earlier sentence",
    "clutter_lines": "lines of web-page furniture left in by the scraper",
    "truncated": "the text stops mid-sentence",
}

# Which annotation rows stand behind which signal: (layer, label).
SPAN_SIGNALS: dict[str, tuple[str, str]] = {
    "named_sources_per_1000": ("attribution", "named_source"),
    "vague_sources_per_1000": ("attribution", "vague_source"),
    "quotations": ("attribution", "quotation"),
    "hedges_per_1000": ("stance", "hedge"),
    "boosters_per_1000": ("stance", "booster"),
    "loaded": ("stance", "loaded"),
    "loaded_per_1000": ("stance", "loaded"),
    "informal": ("stance", "informal"),
    "informal_per_1000": ("stance", "informal"),
}

EVIDENCE_COLUMNS = ["start", "end", "text", "note"]


class ProfileError(PackError):
    """A request the profile cannot answer, in one sentence that says what to do instead."""


# --- small measurements ------------------------------------------------------------------


def known(value: str | None) -> bool:
    """False for a missing value or one that starts with 'unknown'."""
    return bool(value) and not str(value).strip().lower().startswith("unknown")


def text_sentences(article: Article) -> list[Span]:
    """The article's sentences (headings and clutter are already left out by the loader)."""
    return [s for s in article.sentences if not is_heading(s.text)]


def readability(article: Article) -> tuple[float, float]:
    """Flesch reading ease and Flesch-Kincaid grade of the article text, from the textstat library."""
    text = " ".join(s.text for s in text_sentences(article))
    if not text.strip():
        return float("nan"), float("nan")
    return round(textstat.flesch_reading_ease(text), 1), round(textstat.flesch_kincaid_grade(text), 1)


REFERENCE_PATTERN = re.compile(
    r"https?://[^\s)\]]+"                                   # a web address
    r"|\bwww\.[^\s)\]]+"
    r"|\((?:[A-Z][\w'’-]+(?:,? (?:and|&) [A-Z][\w'’-]+| et al\.)?,? )?(?:19|20)\d\d[a-z]?(?:, pp?\. ?\d+)?\)"  # (2020), (Lo, 2008)
    r"|\[\d{1,3}\]"                                         # a footnote mark [3]
)


def references(article: Article) -> list[Span]:
    """Links, '(2020)'-style citations and [1]-style footnote marks inside the article's paragraphs."""
    found = []
    for paragraph in article.paragraphs:
        for match in REFERENCE_PATTERN.finditer(paragraph.text):
            start = paragraph.start + match.start()
            found.append(Span(start, start + len(match.group()), match.group(), "reference"))
    return found


# Common words left out when comparing sentences, plus the two country names every sentence shares.
STOPWORDS = frozenset("""
a an the and or but if of to in on at by for with from as into about than then so such this that these those
it its they them their there here is are was were be been being has have had do does did not no nor can could
may might will would shall should must very more most much many some any each every other another both either
neither all also just only even still yet too own same which who whom whose what when where why how we you your
our he she his her me my one two while because over under between through during after before again once
china russia russian chinese sino
""".split())
CONTENT_WORD = re.compile(r"[a-z]+")
REPETITION_THRESHOLD = 0.4   # share of content words two sentences have in common (Jaccard)
REPETITION_MIN_WORDS = 4     # shorter sentences are not compared


def content_words(text: str) -> set[str]:
    """The words of `text` that carry meaning, lower-cased, with a plural -s taken off long words."""
    words = set()
    for word in CONTENT_WORD.findall(text.lower()):
        if word in STOPWORDS or len(word) < 3:
            continue
        words.add(word[:-1] if len(word) > 4 and word.endswith("s") else word)
    return words


def restatements(article: Article, threshold: float = REPETITION_THRESHOLD) -> pd.DataFrame:
    """Sentences that restate an earlier sentence: at least `threshold` of their content words in common.

    Columns: start, end, text (the restating sentence), earlier (the sentence it repeats), overlap.
    """
    sentences = text_sentences(article)
    words = [content_words(s.text) for s in sentences]
    rows = []
    for i, mine in enumerate(words):
        if len(mine) < REPETITION_MIN_WORDS:
            continue
        best, best_j = 0.0, -1
        for j in range(i):
            if words[j]:
                overlap = len(mine & words[j]) / len(mine | words[j])
                if overlap > best:
                    best, best_j = overlap, j
        if best >= threshold:
            s = sentences[i]
            rows.append({"start": s.start, "end": s.end, "text": s.text,
                         "earlier": sentences[best_j].text, "overlap": round(best, 2)})
    return pd.DataFrame(rows, columns=["start", "end", "text", "earlier", "overlap"])


# Titles tie a person to the years they held an office: a clue for dating an undated text.
OFFICE_PATTERN = re.compile(
    r"\b(?:President|Premier|Prime Minister|Chancellor|Foreign Minister|Secretary-General)(?: [A-Z][\w’'-]+){1,3}"
    r"|\b(?:second|third)-highest-ranking official|\bNo\. ?2 official"
)


def office_clues(article: Article) -> list[Span]:
    """Mentions of a person by office ('Premier Li Keqiang', 'No.2 official') in the article text."""
    found = []
    for paragraph in article.paragraphs:
        for match in OFFICE_PATTERN.finditer(paragraph.text):
            start = paragraph.start + match.start()
            found.append(Span(start, start + len(match.group()), match.group(), "office"))
    return found


def per_1000(count: int, words: int) -> float:
    """`count` per 1,000 words, to one decimal (0 for a text with no words)."""
    return round(1000 * count / words, 1) if words else 0.0


def date_known(status: str) -> float:
    """1 for a stated date, 0.5 for an estimated one, 0 for unknown."""
    return {"stated": 1.0, "estimated": 0.5}.get(status, 0.0)


# --- the profile ---------------------------------------------------------------------------


def articles_of(article_or_corpus: Article | Corpus) -> list[Article]:
    """The articles to profile, as a list; a ProfileError for anything that is not an article or a corpus."""
    if isinstance(article_or_corpus, Article):
        return [article_or_corpus]
    if isinstance(article_or_corpus, Corpus) or (
            isinstance(article_or_corpus, (list, tuple)) and all(isinstance(a, Article) for a in article_or_corpus)):
        return list(article_or_corpus)
    raise ProfileError(f"profile() needs an article or a corpus (from load_seeds() or load_corpus()), not a {type(article_or_corpus).__name__}.")


def profile_row(article: Article, spans: pd.DataFrame) -> dict[str, object]:
    """The signals of one article, given its annotation rows."""
    def count(layer: str, label: str) -> int:
        return int(((spans["layer"] == layer) & (spans["label"] == label)).sum())

    words = article.words
    status = article.meta.get("date_status", "unknown") or "unknown"
    sentences = text_sentences(article)
    ease, grade = readability(article)
    return {
        "article": article.id,
        "words": words,
        "byline": known(article.meta.get("author")),
        "date_status": status,
        "date_known": date_known(status),
        "outlet_known": known(article.meta.get("outlet")),
        "named_sources_per_1000": per_1000(count("attribution", "named_source"), words),
        "vague_sources_per_1000": per_1000(count("attribution", "vague_source"), words),
        "quotations": count("attribution", "quotation"),
        "references": len(references(article)),
        "hedges_per_1000": per_1000(count("stance", "hedge"), words),
        "boosters_per_1000": per_1000(count("stance", "booster"), words),
        "loaded": count("stance", "loaded"),
        "loaded_per_1000": per_1000(count("stance", "loaded"), words),
        "informal": count("stance", "informal"),
        "informal_per_1000": per_1000(count("stance", "informal"), words),
        "flesch_reading_ease": ease,
        "fk_grade": grade,
        "repetition": round(len(restatements(article)) / len(sentences), 3) if sentences else 0.0,
        "clutter_lines": len(article.clutter),
        "truncated": article.truncated,
    }


def profile(article_or_corpus: Article | Corpus) -> pd.DataFrame:
    """The source profile: one row per article (index = article id), one column per signal (see SIGNALS)."""
    articles = articles_of(article_or_corpus)
    spans = annotate(articles, layers=["attribution", "stance"]) if articles else pd.DataFrame(columns=["article"])
    rows = [profile_row(a, spans[spans["article"] == a.id]) for a in articles]
    return pd.DataFrame(rows, columns=["article", *SIGNALS]).set_index("article")


def evidence(article: Article, signal: str) -> pd.DataFrame:
    """The spans of `article` behind one signal of its profile: start, end, text, note.

    Signals read from the header or catalog (outlet_known) have no spans in the text;
    the note of an empty result says where the figure comes from instead.
    """
    if not isinstance(article, Article):
        raise ProfileError("evidence() needs one article, e.g. evidence(corpus['essay'], 'hedges_per_1000').")
    if signal not in SIGNALS:
        raise ProfileError(f"There is no signal '{signal}'; the signals are {', '.join(SIGNALS)}.")
    rows: list[dict[str, object]] = []
    if signal in SPAN_SIGNALS:
        layer, label = SPAN_SIGNALS[signal]
        spans = annotate(article, layers=[layer])
        spans = spans[spans["label"] == label]
        rows = [{"start": r.start, "end": r.end, "text": r.text, "note": r.canonical} for r in spans.itertuples()]
    elif signal == "byline":
        author = article.meta.get("author", "")
        where = article.raw.find(author) if known(author) else -1
        if where >= 0:
            rows = [{"start": where, "end": where + len(author), "text": author, "note": "author named in the text"}]
    elif signal in ("date_status", "date_known"):
        spans = annotate(article, layers=["dates"])
        rows = [{"start": r.start, "end": r.end, "text": r.text, "note": f"{r.label}: {r.canonical}"}
                for r in spans.itertuples()]
        rows += [{"start": s.start, "end": s.end, "text": s.text, "note": "office: when did this person hold it?"}
                 for s in office_clues(article)]
        rows.sort(key=lambda row: row["start"])
    elif signal == "references":
        rows = [{"start": s.start, "end": s.end, "text": s.text, "note": "reference"} for s in references(article)]
    elif signal in ("flesch_reading_ease", "fk_grade"):
        longest = sorted(text_sentences(article), key=lambda s: -len(s.text.split()))[:5]
        rows = [{"start": s.start, "end": s.end, "text": s.text, "note": f"{len(s.text.split())} words: one of the longest sentences"}
                for s in sorted(longest, key=lambda s: s.start)]
    elif signal == "repetition":
        rows = [{"start": r.start, "end": r.end, "text": r.text, "note": f"restates ({r.overlap:.0%} shared words): {r.earlier}"}
                for r in restatements(article).itertuples()]
    elif signal == "clutter_lines":
        rows = [{"start": s.start, "end": s.end, "text": s.text, "note": s.kind} for s in article.clutter]
    elif signal == "truncated" and article.truncation is not None:
        t = article.truncation
        rows = [{"start": t.start, "end": t.end, "text": t.text, "note": "the text stops here, mid-sentence"}]
    return pd.DataFrame(rows, columns=EVIDENCE_COLUMNS)


def evidence_note(article: Article, signal: str) -> str:
    """Where a figure with no spans comes from (header, catalog), in words."""
    if signal == "outlet_known":
        return f"outlet from the header or catalog: {article.meta.get('outlet', 'unknown')}"
    if signal == "byline" and not known(article.meta.get("author")):
        return "no author in the header or catalog"
    if signal in ("date_status", "date_known"):
        status = article.meta.get("date_status", "unknown")
        detail = article.meta.get("date_evidence") or article.meta.get("published", "unknown")
        return f"date {status}: {detail}"
    return ""


# --- the rubric and rankings ---------------------------------------------------------------


def load_rubric() -> pd.DataFrame:
    """The two-layer rubric: computed signals (with direction and weight) and human-judgement rows."""
    rubric = pd.read_csv(RUBRIC_FILE, dtype={"signal": str}, keep_default_na=False)
    weights = pd.to_numeric(rubric["weight"], errors="coerce")
    for number, row in enumerate(rubric.itertuples(), start=2):
        where = f"rubric.csv row {number} ({row.row})"
        if str(row.weight).strip() and (pd.isna(weights[row.Index]) or weights[row.Index] < 0):
            raise ProfileError(f"{where}: the weight '{row.weight}' should be a number, 0 or more (or blank for a human row).")
        if row.layer == "computed" and row.signal not in SIGNALS:
            raise ProfileError(f"{where}: there is no signal '{row.signal}'; the signals are {', '.join(SIGNALS)}.")
        if row.layer == "computed" and row.direction not in ("higher", "lower", "neither"):
            raise ProfileError(f"{where}: direction '{row.direction}' should be higher, lower or neither.")
    rubric["weight"] = weights.fillna(0.0)
    return rubric


def default_weights() -> dict[str, float]:
    """The weights in rubric.csv for the computed signals that have a direction."""
    rubric = load_rubric()
    rows = rubric[(rubric["layer"] == "computed") & rubric["direction"].isin(["higher", "lower"])]
    return dict(zip(rows["signal"], rows["weight"]))


def check_profiles(profiles: object, signals) -> None:
    """Raise ProfileError, in one sentence, unless `profiles` is a table from profile() with these signal columns."""
    if not isinstance(profiles, pd.DataFrame):
        raise ProfileError(f"Give the table that profile() returns, e.g. profiles = profile(corpus), "
                           f"not a {type(profiles).__name__}.")
    missing = [s for s in signals if s not in profiles.columns]
    if missing:
        raise ProfileError(f"The table has no column '{missing[0]}': give the whole table that profile() returns, "
                           "not a few of its columns.")


def checked_weights(weights: object) -> dict[str, float]:
    """The rubric.csv weights updated with yours; ProfileError, in one sentence, for an unknown signal or a bad weight."""
    base = default_weights()
    if weights is None:
        return base
    if not isinstance(weights, dict):
        raise ProfileError(f"Give the weights as a dictionary like {{'byline': 2, 'references': 0}}, not {weights!r}.")
    for signal, weight in weights.items():
        if signal not in base:
            raise ProfileError(f"'{signal}' cannot be weighted; the weighted signals are {', '.join(base)}.")
        if isinstance(weight, bool) or not isinstance(weight, numbers.Real) or not weight >= 0:  # NaN fails >= 0
            raise ProfileError(f"The weight for '{signal}' is {weight!r}; give a number, 0 or more, without quotes.")
    base.update(weights)
    return base


def scaled_signals(profiles: pd.DataFrame) -> pd.DataFrame:
    """Each ranked signal rescaled to 0-1 across the articles compared, flipped so that 1 is the rubric's 'better'."""
    rubric = load_rubric().set_index("signal")
    columns = {}
    for signal in default_weights():
        values = profiles[signal].astype(float)
        low, high = values.min(), values.max()
        scaled = (values - low) / (high - low) if high > low else values * 0 + 0.5
        columns[signal] = 1 - scaled if rubric.loc[signal, "direction"] == "lower" else scaled
    return pd.DataFrame(columns, index=profiles.index).round(3)


def weighted_ranking(profiles: pd.DataFrame, weights: dict[str, float] | None = None) -> pd.DataFrame:
    """Rank the articles by a weighted average of their scaled signals, under the weights given.

    `weights` maps signal -> weight; signals you leave out keep their rubric.csv weight.
    This is one possible ordering under one set of choices, not a measure of quality.
    """
    base = checked_weights(weights)
    check_profiles(profiles, base)
    total = sum(base.values())
    if total <= 0:
        raise ProfileError("All the weights are zero; give at least one signal a weight above zero.")
    scaled = scaled_signals(profiles)
    score = sum(scaled[s] * w for s, w in base.items()) / total
    table = pd.DataFrame({"weighted_average": score.round(3)})
    table["rank"] = table["weighted_average"].rank(ascending=False, method="min").astype(int)
    return table.sort_values(["rank", "weighted_average"])


def criterion_scores(profiles: pd.DataFrame, weights: dict[str, float] | None = None) -> pd.DataFrame:
    """For each criterion in rubric.csv (who, evidence, language, ...), what the counted signals alone suggest:
    the weighted average of that criterion's scaled signals, from 0 (least) to 1 (most), relative to the
    articles compared. A starting point to argue with, not a grade."""
    rubric = load_rubric()
    base = checked_weights(weights)
    check_profiles(profiles, base)
    scaled = scaled_signals(profiles)
    columns = {}
    for criterion, rows in rubric[rubric["signal"].isin(base)].groupby("criterion", sort=False):
        used = {s: base[s] for s in rows["signal"] if base[s] > 0}
        if used:
            columns[criterion] = sum(scaled[s] * w for s, w in used.items()) / sum(used.values())
    return pd.DataFrame(columns, index=profiles.index).round(2)


RATING_CRITERIA = ("who", "evidence", "language")


def check_ratings(ratings: object, articles: list[str]) -> None:
    """Raise ProfileError, in one sentence, if `ratings` is not {article: {criterion: 1-5 or ...}}."""
    example = '{"essay": {"who": 4, "evidence": 5, "language": 3}, ...}'
    if not isinstance(ratings, dict):
        raise ProfileError(f"Give your ratings as a dictionary like {example}.")
    for article, given in ratings.items():
        if article not in articles:
            raise ProfileError(f"There is no article '{article}' to rate; the articles are {', '.join(articles)}.")
        if not isinstance(given, dict):
            raise ProfileError(f"The ratings for '{article}' should be a dictionary like {{\"who\": 4, \"evidence\": 5, \"language\": 3}}.")
        for criterion, value in given.items():
            if criterion not in RATING_CRITERIA:
                raise ProfileError(f"'{criterion}' is not a criterion here; use {', '.join(RATING_CRITERIA)}.")
            blank = value is ... or value is None
            whole = isinstance(value, numbers.Real) and not isinstance(value, bool) and float(value).is_integer()
            if not blank and not (whole and 1 <= value <= 5):
                raise ProfileError(f"{article} / {criterion}: {value!r} is not a rating; give a whole number from 1 to 5, "
                                   "without quotes (or leave ...).")


def compare_ratings(ratings: dict[str, dict[str, object]], profiles: pd.DataFrame) -> pd.DataFrame:
    """Your 1-5 ratings beside what the counted signals alone suggest (criterion_scores, put on the same 1-5 scale).

    `ratings` looks like {"essay": {"who": 4, "evidence": 5, "language": 3}, ...}; a rating left as ... is blank.
    Raises ProfileError, in one sentence, for an unknown article or criterion or a rating that is not 1-5.
    One row per article; for each criterion a column "yours" and a column "signals".
    """
    check_profiles(profiles, default_weights())
    check_ratings(ratings, list(profiles.index))
    suggested = criterion_scores(profiles)
    table = pd.DataFrame(index=profiles.index)
    for criterion in RATING_CRITERIA:
        yours = []
        for article in profiles.index:
            value = ratings.get(article, {}).get(criterion, ...)
            yours.append(None if value is ... or value is None else int(value))
        table[f"{criterion}: yours"] = pd.array(yours, dtype="Int64")
        table[f"{criterion}: signals"] = (1 + 4 * suggested[criterion]).round().astype(int)
    return table


def rank_table(profiles: pd.DataFrame, weight_sets: dict[str, dict[str, float]]) -> pd.DataFrame:
    """The rank of each article (rows) under each named set of weights (columns)."""
    if not isinstance(weight_sets, dict) or not all(isinstance(w, dict) for w in weight_sets.values()):
        raise ProfileError("Give named sets of weights, e.g. rank_table(profiles, {'rubric': {}, 'no byline': {'byline': 0}}).")
    return pd.DataFrame({name: weighted_ranking(profiles, weights)["rank"] for name, weights in weight_sets.items()}
                        ).reindex(profiles.index)


def rank_spread(profiles: pd.DataFrame, draws: int = 1000, seed: int = 0) -> pd.DataFrame:
    """How often each article lands at each rank when every weight is drawn at random between 0 and 1.

    Rows: articles; columns: rank 1, 2, ...; values: share of the draws. Same seed, same table.
    """
    import numpy as np

    generator = np.random.default_rng(seed)
    signals = list(default_weights())
    scaled = scaled_signals(profiles)[signals].to_numpy()
    counts = np.zeros((len(profiles), len(profiles)), dtype=int)
    for _ in range(draws):
        weights = generator.random(len(signals))
        scores = scaled @ weights
        order = (-scores).argsort(kind="stable")
        for position, row in enumerate(order):
            counts[row, position] += 1
    return pd.DataFrame(counts / draws, index=profiles.index,
                        columns=[f"rank {n}" for n in range(1, len(profiles) + 1)]).round(3)


# --- display -------------------------------------------------------------------------------

CHART_SIGNALS = [
    "byline", "date_known", "outlet_known", "named_sources_per_1000",
    "vague_sources_per_1000", "quotations", "hedges_per_1000", "boosters_per_1000",
    "loaded_per_1000", "informal_per_1000", "repetition", "flesch_reading_ease",
    "fk_grade", "clutter_lines", "truncated", "words",
]
CHART_TITLES = {
    "byline": "byline (1 = yes)", "date_known": "date: 1 stated, ½ estimated",
    "outlet_known": "outlet known (1 = yes)", "named_sources_per_1000": "named sources /1,000 words",
    "vague_sources_per_1000": "vague sources /1,000 words", "quotations": "direct quotations",
    "hedges_per_1000": "hedges /1,000 words", "boosters_per_1000": "boosters /1,000 words",
    "loaded_per_1000": "loaded words /1,000 words", "informal_per_1000": "informal phrases /1,000 words",
    "repetition": "share of sentences restated", "flesch_reading_ease": "reading ease (higher = easier)",
    "fk_grade": "grade level", "clutter_lines": "scraped clutter (lines)",
    "truncated": "cut off mid-sentence (1 = yes)", "words": "length (words)",
}
# Okabe-Ito colours: distinguishable with the common kinds of colour blindness.
ARTICLE_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]


def plot_profiles(profiles: pd.DataFrame, signals: list[str] | None = None, columns: int = 4):
    """Small multiples: one panel per signal, one bar per article, the same colour for an article everywhere."""
    import matplotlib.pyplot as plt

    signals = signals or CHART_SIGNALS
    if isinstance(signals, str) or not isinstance(signals, (list, tuple)):
        raise ProfileError(f"Give the signals as a list, e.g. signals=['words', 'quotations'], not {signals!r}.")
    unknown = [s for s in signals if s not in SIGNALS]
    if unknown:
        raise ProfileError(f"There is no signal '{unknown[0]}'; the signals are {', '.join(SIGNALS)}.")
    check_profiles(profiles, signals)
    if isinstance(columns, bool) or not isinstance(columns, numbers.Integral) or columns < 1:
        raise ProfileError(f"columns is the number of panels per row: a whole number, 1 or more, not {columns!r}.")
    rows = -(-len(signals) // columns)
    fig, axes = plt.subplots(rows, columns, figsize=(4 * columns, 2.9 * rows), squeeze=False)
    colours = [ARTICLE_COLOURS[i % len(ARTICLE_COLOURS)] for i in range(len(profiles))]
    names = list(profiles.index)
    for ax, signal in zip(axes.flat, signals):
        values = profiles[signal].astype(float)
        ax.bar(range(len(names)), values, color=colours)
        ax.set_title(CHART_TITLES.get(signal, signal), fontsize=12)
        ax.set_xticks(range(len(names)), names, rotation=35, ha="right", fontsize=10)
        ax.tick_params(axis="y", labelsize=9)
        ax.spines[["top", "right"]].set_visible(False)
        for x, value in enumerate(values):
            label = f"{value:g}" if value == int(value) else f"{value:.2g}" if value < 1 else f"{value:.1f}"
            ax.text(x, value, label, ha="center", va="bottom", fontsize=9)
        ax.set_ylim(0, max(values.max(), 0) * 1.25 or 1)
    for ax in list(axes.flat)[len(signals):]:
        ax.set_visible(False)
    fig.subplots_adjust(left=0.04, right=0.99, top=0.95, bottom=0.08, hspace=0.6, wspace=0.22)
    return fig


def article_from_text(text: str, article_id: str = "my-text", **meta: str) -> Article:
    """An Article made from text in a notebook cell (no file needed), e.g. for the calibration exercise.

    Give what you know as keywords: article_from_text(text, title="...", author="...", published="2024-05-01").
    """
    from .articles import HEADER_KEYS, build_article, parse_date

    if not isinstance(text, str) or not text.strip():
        raise ProfileError("Give the article's text as a string between triple quotes: my_text = \"\"\"...\"\"\".")
    if not isinstance(article_id, str) or not article_id.strip():
        raise ProfileError(f"article_id should be a short name in quotes, e.g. article_id='mine', not {article_id!r}.")
    unknown = [key for key in meta if key not in HEADER_KEYS]
    if unknown:
        raise ProfileError(f"'{unknown[0]}' is not something we record about an article; use {', '.join(HEADER_KEYS)}.")
    published = meta.get("published") or "unknown"
    try:
        parse_date(published)
    except (ValueError, AttributeError):  # AttributeError: not text at all, e.g. a number
        raise ProfileError(f"published={published!r} is not a date; write it as text: 'YYYY-MM-DD', 'YYYY-MM', "
                           "'YYYY' or 'unknown'.") from None
    meta = {key: meta.get(key, "unknown") or "unknown" for key in HEADER_KEYS}
    meta["date_status"] = "unknown" if meta["published"] == "unknown" else "stated"
    return build_article(article_id, text, meta)


def load_calibration_sample() -> Article:
    """The careful sample text in helpers/data/calibration_sample.txt, to see which signals are false alarms."""
    from .articles import load_article

    return load_article(CALIBRATION_SAMPLE, folder=None)


# --- a report for one article (used by `python -m helpers profile`) --------------------------


def plain(value: object) -> object:
    """A numpy or pandas scalar as a plain Python value, so it can be printed or saved as JSON."""
    return value.item() if hasattr(value, "item") else value


def profile_report(article: Article) -> dict[str, object]:
    """The profile of one article with, for every signal, the spans behind it (or where it comes from)."""
    row = profile(article).iloc[0]
    signals = {}
    for signal in SIGNALS:
        spans = evidence(article, signal)
        signals[signal] = {
            "value": plain(row[signal]),
            "meaning": SIGNALS[signal],
            "from": evidence_note(article, signal),
            "spans": [{key: plain(value) for key, value in span.items()} for span in spans.to_dict("records")],
        }
    return {"id": article.id, "title": article.title, "signals": signals}


def format_profile_report(report: dict[str, object], max_spans: int = 5, width: int = 100) -> str:
    """A profile report as text: each signal, its value and meaning, then up to `max_spans` spans."""
    lines = [f"{report['id']}: {report['title']}",
             "Signals are reasons to look closer, not verdicts; each is followed by the words behind it.", ""]
    previous = None
    for signal, entry in report["signals"].items():
        lines.append(f"{signal}: {entry['value']}   ({entry['meaning']})")
        if entry["spans"] and (entry["spans"], entry["from"]) == previous:
            lines.append("    (the same words as the line above)")
            continue
        previous = (entry["spans"], entry["from"])
        if entry["from"]:
            lines.extend(textwrap.wrap(entry["from"], width, initial_indent="    ", subsequent_indent="    "))
        for span in entry["spans"][:max_spans]:
            text = span["text"] if len(span["text"]) <= 80 else span["text"][:77] + "..."
            note = f"  [{span['note']}]" if span["note"] and span["note"] != span["text"].lower() else ""
            lines.append(f"    {span['start']}-{span['end']}: {text!r}{note[:120]}")
        hidden = len(entry["spans"]) - max_spans
        if hidden > 0:
            lines.append(f"    ... and {hidden} more (use --json for all)")
    return "\n".join(lines)
