"""Pictures of profiles: small multiples of the signals, and one article beside the reference ranges.

    from helpers.profile_plots import plot_profiles, plot_beside_references
    plot_profiles(profile(load_seeds()))
    plot_beside_references(my_article)
"""

from __future__ import annotations


import pandas as pd

from .articles import Article
from .profiles import SIGNALS, ProfileError, load_references, profile_article
from .rubric import check_profiles
from .inputs import is_whole_number

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
    if not is_whole_number(columns) or columns < 1:
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



def plot_beside_references(article: Article, signals: list[str] | None = None, columns: int = 4):
    """One panel per signal: a bar from low to high for the seeds and each kind of text (a tick at the
    median), and this article's value as a dot, so that its figure is read beside others, never alone."""
    import matplotlib.pyplot as plt

    if not isinstance(article, Article):
        raise ProfileError("plot_beside_references() needs one article, e.g. plot_beside_references(corpus['essay']).")
    references = load_references()
    signals = signals or [s for s in references["signal"].drop_duplicates() if s in SIGNALS]
    values = profile_article(article)
    groups = list(references["group"].drop_duplicates())
    rows = -(-len(signals) // columns)
    fig, axes = plt.subplots(rows, columns, figsize=(4 * columns, 0.45 * len(groups) * rows + 1), squeeze=False)
    for ax, signal in zip(axes.flat, signals):
        table = references[references["signal"] == signal].set_index("group").reindex(groups)
        for y, group in enumerate(groups):
            low, median, high = table.loc[group, ["low", "median", "high"]]
            ax.plot([low, high], [y, y], color="#999999", linewidth=6, solid_capstyle="butt")
            ax.plot([median], [y], marker="|", color="#000000", markersize=12)
        value = float(values[signal]) if values[signal] == values[signal] else None
        if value is not None:
            ax.axvline(value, color="#D55E00", linewidth=2)
        ax.set_yticks(range(len(groups)), groups if ax in axes[:, 0] else [""] * len(groups), fontsize=9)
        ax.set_title(CHART_TITLES.get(signal, signal), fontsize=11)
        ax.invert_yaxis()
        ax.spines[["top", "right"]].set_visible(False)
    for ax in list(axes.flat)[len(signals):]:
        ax.set_visible(False)
    fig.suptitle(f"{article.id}: its value (orange line) beside the range of other texts (grey bar, black tick = median)",
                 fontsize=12)
    fig.tight_layout()
    return fig
