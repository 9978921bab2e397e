"""Figures about the five articles as a set (notebook 00). Each function returns the Figure.

    from helpers.corpus_plots import plot_lengths
    fig = plot_lengths(corpus.frame())
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

# colour-blind-safe colours (Okabe-Ito), plus a pattern so the chart also works in black and white
DATE_STYLE = {
    "stated": {"color": "#0072B2", "hatch": ""},
    "estimated": {"color": "#E69F00", "hatch": "//"},
    "unknown": {"color": "#999999", "hatch": "xx"},
}


def plot_lengths(catalog: pd.DataFrame) -> plt.Figure:
    """One bar per article: its length in words, coloured by how well we know its date."""
    fig, ax = plt.subplots(figsize=(9, 3.6))
    for row_number, (article_id, row) in enumerate(catalog.iterrows()):
        style = DATE_STYLE.get(row["date_status"], DATE_STYLE["unknown"])
        ax.barh(row_number, row["words"], color=style["color"], hatch=style["hatch"], edgecolor="black")
        ax.text(row["words"] + 40, row_number, f"{row['words']:,} words", va="center", fontsize=12)
    ax.set_yticks(range(len(catalog)), catalog.index, fontsize=13)
    ax.invert_yaxis()
    ax.set_xlim(0, max(4500, catalog["words"].max() * 1.2))
    ax.set_xlabel("length in words (scraped page clutter left out)", fontsize=12)
    ax.set_title("The five articles: length, and how well we know the date", fontsize=14)
    handles = [plt.Rectangle((0, 0), 1, 1, facecolor=s["color"], hatch=s["hatch"], edgecolor="black")
               for s in DATE_STYLE.values()]
    ax.legend(handles, [f"date {name}" for name in DATE_STYLE], loc="lower right", fontsize=11)
    fig.tight_layout()
    return fig


def describe_lengths(catalog: pd.DataFrame) -> str:
    """The one-line description printed under the figure (the build turns it into alt text)."""
    parts = [f"{article_id} {row['words']:,} words (date {row['date_status']})" for article_id, row in catalog.iterrows()]
    return "Figure: bar chart of article lengths: " + "; ".join(parts) + "."
