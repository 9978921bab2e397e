"""Figures for notebook 02 (the treaty). Each function returns the matplotlib Figure, with a one-line
description in `figure.pack_description` (print `describe_figure(figure)` from helpers.display under the figure;
the build turns it into alt text).

    from helpers.treaty_plots import plot_ratification, plot_confidence, plot_renewal
    figure = plot_renewal(as_of=date(2026, 11, 22))
"""

from __future__ import annotations

import textwrap
from datetime import date

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd

from .treaty import key_dates, renewal_periods

FONT = 13
PARTY_COLOURS = {"both": "#000000", "China": "#D55E00", "Russia": "#0072B2"}  # Okabe-Ito, colour-blind-safe
CONFIDENCE_STYLE = {  # colour and pattern, so the chart also works in black and white
    "checked against a copy of the text": {"color": "#009E73", "hatch": ""},
    "secondary summary": {"color": "#E69F00", "hatch": "//"},
    "unconfirmed": {"color": "#BBBBBB", "hatch": "xx"},
}


def plot_ratification(dates: pd.DataFrame | None = None) -> plt.Figure:
    """From signature to force: one dot per step, by who acted; an open dot where the date is uncertain."""
    dates = key_dates() if dates is None else dates
    steps = dates[dates["step"].isin(["signing", "ratification", "entry into force"])].reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(11, 4.2))
    ax.plot(steps["date"], steps.index, color="grey", linewidth=1, zorder=0)
    for position, row in steps.iterrows():
        colour = PARTY_COLOURS.get(row["party"], "#000000")
        face = "white" if row["certainty"] == "uncertain" else colour
        ax.plot(row["date"], position, "o", markersize=11, color=colour, markerfacecolor=face, markeredgewidth=2)
    labels = [f"{r['label']}, {r['date']:%-d %b %Y}" + (" (date uncertain)" if r["certainty"] == "uncertain" else "")
              for _, r in steps.iterrows()]
    ax.set_yticks(steps.index, labels, fontsize=FONT)
    ax.invert_yaxis()
    ax.xaxis.set_major_locator(mdates.MonthLocator(bymonth=[7, 9, 11, 1, 3]))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    ax.tick_params(axis="x", labelsize=FONT)
    ax.grid(axis="x", color="#DDDDDD")
    handles = [plt.Line2D([], [], marker="o", linestyle="", color=c, label=p, markersize=10) for p, c in PARTY_COLOURS.items()]
    ax.legend(handles=handles, title="who acts", loc="upper right", frameon=False, fontsize=FONT - 1)
    first, last = steps["date"].iloc[0], steps["date"].iloc[-1]
    ax.set_title(f"From signature to force: {first:%-d %B %Y} to {last:%-d %B %Y}", fontsize=FONT + 2, loc="left")
    fig.tight_layout()
    uncertain = int((steps["certainty"] == "uncertain").sum())
    fig.pack_description = (f"Figure: {len(steps)} steps from the signing on {first:%-d %b %Y} to entry into force on "
                            f"{last:%-d %b %Y}, China's and Russia's ratification steps in between; {uncertain} "
                            f"step(s) with an uncertain date drawn as open circles.")
    return fig


def plot_confidence(table: pd.DataFrame) -> plt.Figure:
    """Stacked bars: how many parts of the treaty touch each area, by how sure our summary is."""
    names = [area.replace("_", " / ") for area in table.index]
    fig, ax = plt.subplots(figsize=(10, 5.2))
    left = pd.Series(0, index=table.index)
    for level, style in CONFIDENCE_STYLE.items():
        if level in table.columns:
            ax.barh(names, table[level], left=left, label=level, edgecolor="black", **style)
            left += table[level]
    ax.invert_yaxis()
    ax.tick_params(labelsize=FONT)
    ax.set_xlabel("number of treaty articles (and the preamble) touching the area", fontsize=FONT)
    ax.set_title("What the 2001 treaty is about, and how sure we are", fontsize=FONT + 2, loc="left")
    ax.legend(title="confidence of our summary", loc="lower right", fontsize=FONT - 2, title_fontsize=FONT - 2)
    fig.tight_layout()
    totals = left.sort_values(ascending=False)
    fig.pack_description = (f"Figure: stacked bars counting treaty parts per area; the most are {totals.index[0]} "
                            f"({totals.iloc[0]}) and {totals.index[1]} ({totals.iloc[1]}); "
                            + ", ".join(f"{a} {n}" for a, n in totals.iloc[2:].items()) + ".")
    return fig


def plot_renewal(as_of: date, until: date = date(2031, 12, 31)) -> plt.Figure:
    """Article 25's periods on one line, each notice deadline marked, and an inset around 2020-2022 that
    shows how the 2021 meetings sit against the first notice deadline."""
    shown = renewal_periods(until=until)
    dates = key_dates()
    fig, ax = plt.subplots(figsize=(12, 6.2))
    fig.subplots_adjust(left=0.03, right=0.98, top=0.93, bottom=0.50)
    for row in shown.itertuples():
        future = row.start > as_of
        ax.barh(0, (row.end - row.start).days, left=row.start, height=0.5, edgecolor="black",
                color="#FFFFFF" if future else ("#56B4E9" if row.period else "#0072B2"), hatch="//" if future else "")
        ax.text(row.start + (row.end - row.start) / 2, 0, row.label.split(" (")[0] + ("\n(if no notice)" if future else ""),
                ha="center", va="center", fontsize=FONT - 1, color="white" if row.period == 0 else "black")
        ax.plot(row.notice_deadline, -0.42, "v", color="#D55E00", markersize=10)
    ax.axvline(as_of, color="black", linestyle="--", linewidth=1)
    ax.text(as_of, 0.48, f"as of {as_of:%-d %b %Y} ", ha="right", fontsize=FONT - 2)
    ax.set_ylim(-0.7, 0.7)
    ax.set_yticks([])
    ax.tick_params(axis="x", labelsize=FONT)
    ax.set_title("Article 25: a 20-year first term, then automatic 5-year periods (▼ = last day for notice)",
                 fontsize=FONT + 1, loc="left")
    # the inset: 2020-2022 on a scale where days can be seen
    inset = fig.add_axes([0.06, 0.06, 0.9, 0.30])
    start, end = pd.Timestamp("2020-12-01"), pd.Timestamp("2022-04-01")
    first = shown.iloc[0]
    inset.axvspan(start, first.end, color="#0072B2", alpha=0.15)
    ax.axvspan(start, end, ymin=0.05, ymax=0.95, color="#999999", alpha=0.25, zorder=0)
    ax.text(start, -0.62, "zoomed below", fontsize=FONT - 3, color="#555555")
    # (day, text, colour, height, side): labels placed so that none overlaps another
    marks = [(first.notice_deadline, "notice deadline\n28 Feb 2021", "#D55E00", 0.75, "left")]
    places = {"Guilin": (0.76, "right"), "joint statement": (0.5, "right"), "term": (0.76, "left")}
    for row in dates[dates["step"].isin(["extension", "term end"])].itertuples():
        height, side = next((v for k, v in places.items() if k in row.label), (0.4, "right"))
        marks.append((row.date, f"{textwrap.fill(row.label, 20)}\n{row.date:%-d %b %Y}", "black", height, side))
    for day, text, colour, height, side in marks:
        inset.axvline(day, color=colour, linewidth=2)
        shift = pd.Timedelta(days=4 if side == "right" else -4)
        inset.text(pd.Timestamp(day) + shift, height, text, fontsize=FONT - 2, color=colour, va="center",
                   ha="left" if side == "right" else "right")
    guilin = dates[dates["label"].str.contains("Guilin")]["date"].iloc[0]
    gap = (pd.Timestamp(guilin) - pd.Timestamp(first.notice_deadline)).days
    inset.annotate("", xy=(guilin, 0.2), xytext=(first.notice_deadline, 0.2),
                   arrowprops={"arrowstyle": "<->", "color": "#444444"})
    inset.text(pd.Timestamp(first.notice_deadline) + pd.Timedelta(days=gap / 2), 0.3, f"{gap} days", ha="center",
               fontsize=FONT - 2, fontweight="bold")
    inset.set_xlim(start, end)
    inset.set_ylim(0, 1)
    inset.set_yticks([])
    inset.xaxis.set_major_locator(mdates.MonthLocator(bymonth=[1, 4, 7, 10]))
    inset.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    inset.tick_params(axis="x", labelsize=FONT - 2)
    inset.set_title("Zoom: Dec 2020 to Mar 2022", fontsize=FONT - 1, loc="left")
    fig.pack_description = (f"Figure: the treaty's periods from 2002 to {until.year} with each notice deadline; an inset "
                            f"shows the first deadline (28 Feb 2021), the Guilin meeting {gap} days later, the joint "
                            f"statement of 28 Jun 2021 and the end of the first term on 28 Feb 2022.")
    return fig
