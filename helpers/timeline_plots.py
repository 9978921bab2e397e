"""Figures for the timeline: events on a time axis with the eras shaded, and the yearly trade totals.

Each figure is made in two steps: a *layout* function decides where everything goes (plain numbers in a
DataFrame you can print), then a *plot* function draws it. Times are decimal years (1989.37 is mid-May 1989).
Each figure carries a one-line description: print `describe_figure(figure)` (helpers.display) under it.
"""

from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from .timeline import (TIMELINE_END, TimelineError, first_and_last_day, load_eras, load_timeline, load_trade,
                       seed_dates, select_events)

FONT = 13                      # points: readable on a projector
CHAR_WIDTH = 0.62 * FONT / 72  # inches: a generous estimate of one character's width
EVENT_COLOUR = "#1f4e79"
SEED_COLOUR = "#c55a11"
# one clear tint per era (light enough for black text on top, strong enough to tell apart on a projector)
ERA_COLOURS = ["#c6dbef", "#f4c7c3", "#c7e9c0", "#fde9a9", "#dadaeb", "#b7e2e6", "#fdd0a2"]
FIGURE_WIDTH = 12.0            # inches (about 1200 pixels at DPI)
DPI = 100                      # dots per inch: sharp on a projector, small in the notebook file
AXES_LEFT, AXES_RIGHT = 0.02, 0.985


def decimal_year(day: pd.Timestamp) -> float:
    """A date as a decimal year: 1 Jul 1989 -> about 1989.5."""
    day = pd.Timestamp(day)
    length = 366 if day.is_leap_year else 365
    return day.year + (day.dayofyear - 1) / length


# --- layout: where things go (no drawing) ---------------------------------------------------


def stack_rows(starts: list[float], ends: list[float], gap: float = 0.0) -> list[int]:
    """Give each interval [start, end] the lowest row (1, 2, ...) where it does not touch the ones before.

    Intervals are taken in the order given; `gap` is the free space to leave between two in a row.
    """
    row_ends: list[float] = []
    rows = []
    for start, end in zip(starts, ends):
        for row, last_end in enumerate(row_ends):
            if start > last_end + gap:
                row_ends[row] = end
                rows.append(row + 1)
                break
        else:
            row_ends.append(end)
            rows.append(len(row_ends))
    return rows


def years_per_inch(x_min: float, x_max: float, width: float = FIGURE_WIDTH) -> float:
    """How many years one inch of the axes covers, for a figure `width` inches wide."""
    return (x_max - x_min) / (width * (AXES_RIGHT - AXES_LEFT))


def label_text(event) -> str:
    """The label shown for an event, with "(?)" when its date is uncertain."""
    return f"{event.label} (?)" if event.uncertain else event.label


def place_labels(x: list[float], left: list[float], right: list[float], pad: float = 0.0) -> list[int]:
    """Rows (1 = nearest the axis) for labels whose event is at x[i] and whose text runs from left[i] to
    right[i], so that no two labels overlap and no event's stem crosses another event's label.

    The rule: if an event's stem stands under a label, that event's label must be lower down. We place the
    labels bottom-up, each in the lowest free row above all the labels that must stay below it.
    """
    n = len(x)
    below = []
    for i in range(n):
        low = left[i] - (0 if x[i] == left[i] else pad)     # pad only on the side away from its own stem
        high = right[i] + (0 if x[i] == right[i] else pad)
        below.append({j for j in range(n) if j != i and low < x[j] < high and x[j] != x[i]})
    rows: dict[int, int] = {}
    while len(rows) < n:
        ready = [i for i in range(n) if i not in rows and below[i] <= rows.keys()]
        if not ready:  # labels that cover each other's stems in a ring: free the one with fewest waits
            waiting = [i for i in range(n) if i not in rows]
            ready = [min(waiting, key=lambda i: (len(below[i] - rows.keys()), x[i]))]
            below[ready[0]] &= rows.keys()
        for i in sorted(ready, key=lambda i: x[i]):
            row = 1 + max((rows[j] for j in below[i]), default=0)
            while any(rows[j] == row and left[j] < right[i] + pad and left[i] < right[j] + pad for j in rows):
                row += 1
            rows[i] = row
    return [rows[i] for i in range(n)]


def layout_events(events: pd.DataFrame, x_min: float, x_max: float, width: float = FIGURE_WIDTH) -> pd.DataFrame:
    """Where each event and its label go: x (start), x_end, the label's left and right edge, alignment, row.

    A label starts at its event and runs right, unless it would run off the figure or over the stem of an
    event whose label runs left: then it ends at its event instead.
    """
    scale = years_per_inch(x_min, x_max, width)
    rows = []
    for event in events.sort_values("date", kind="stable").itertuples():
        text = label_text(event)
        rows.append({"id": event.id, "text": text, "x": decimal_year(event.date), "x_end": decimal_year(event.until),
                     "length": (len(text) + 1) * CHAR_WIDTH * scale, "uncertain": event.uncertain})
    layout = pd.DataFrame(rows, columns=["id", "text", "x", "x_end", "length", "uncertain"])
    align = ["left"] * len(layout)
    for i in reversed(range(len(layout))):  # from the right edge back
        x, length = layout.x[i], layout.length[i]
        runs_off = x + length > x_max
        covers_leftward = any(align[j] == "right" and x <= layout.x[j] <= x + length for j in range(i + 1, len(layout)))
        if (runs_off or covers_leftward) and x - length >= x_min:
            align[i] = "right"
    layout["align"] = align
    layout["left"] = [x if a == "left" else x - n for x, n, a in zip(layout.x, layout.length, align)]
    layout["right"] = [x + n if a == "left" else x for x, n, a in zip(layout.x, layout.length, align)]
    layout["row"] = place_labels(list(layout.x), list(layout.left), list(layout.right), pad=0.3 * CHAR_WIDTH * scale)
    return layout.drop(columns="length")


def two_lines(name: str) -> str:
    """Break a name at the space nearest its middle: 'strategic partnership' -> 'strategic\npartnership'."""
    spaces = [i for i, c in enumerate(name) if c == " "]
    if not spaces:
        return name
    cut = min(spaces, key=lambda i: abs(i - len(name) / 2))
    return name[:cut] + "\n" + name[cut + 1:]


def fitting_name(full: str, short: str, room: float) -> str:
    """The longest form of an era's name that fits in `room` characters: full, full on two lines, short,
    short on two lines (the last is used even if it does not fit; the rows then stack)."""
    for name in (full, two_lines(full), short, two_lines(short)):
        if max(len(line) for line in name.split("\n")) + 1 <= room:
            return name
    return two_lines(short)


def layout_eras(x_min: float, x_max: float, width: float = FIGURE_WIDTH) -> pd.DataFrame:
    """The eras inside [x_min, x_max]: their span, and a row for each name so that no two names overlap."""
    scale = years_per_inch(x_min, x_max, width)
    rows = []
    for number, era in enumerate(load_eras().itertuples()):
        start = max(decimal_year(era.start_date), x_min)
        end = min(decimal_year(era.end_date + pd.Timedelta(days=1)), x_max)
        if end <= start:
            continue
        name = fitting_name(era.era, era.short, (end - start) / (CHAR_WIDTH * scale))
        width = (max(len(line) for line in name.split("\n")) + 1) * CHAR_WIDTH * scale
        left = min(start + 0.15 * CHAR_WIDTH * scale, x_max - width)  # labels start at their era's left edge
        rows.append({"era": era.era, "name": name, "start": start, "end": end, "centre": left + width / 2,
                     "colour": ERA_COLOURS[number % len(ERA_COLOURS)], "left": left, "right": left + width})
    eras = pd.DataFrame(rows)
    eras["row"] = stack_rows(list(eras.left), list(eras.right))
    return eras


def layout_seeds(x_min: float, x_max: float) -> pd.DataFrame:
    """One row per seed article: what to draw for its date (a point, a range, or 'unknown') and the label."""
    rows = []
    for number, seed in enumerate(seed_dates().itertuples()):
        if seed.date_status == "unknown" or pd.isna(seed.earliest):
            text, start, end = f"{seed.id}: no date in the text, cannot be dated", None, None
        else:
            open_ended = pd.isna(seed.latest)  # no upper bound: draw the range to the end of the axis
            start, end = decimal_year(seed.earliest), decimal_year(TIMELINE_END if open_ended else seed.latest)
            if seed.date_status == "stated":
                text = f"{seed.id}: {seed.earliest:%-d %b %Y} (printed on it)"
            elif open_ended:
                text = f"{seed.id}: from {seed.earliest:%-d %b %Y} (estimated; no upper bound)"
            else:
                text = f"{seed.id}: {seed.earliest:%-d %b %Y} to {seed.latest:%-d %b %Y} (estimated)"
        rows.append({"id": seed.id, "status": seed.date_status, "start": start, "end": end, "text": text,
                     "y": -1.3 - 0.85 * number})
    return pd.DataFrame(rows)


def window(since: str | None, until: str | None) -> tuple[float, float]:
    """The x-axis limits (decimal years) for the years `since` to `until`, with a 1% margin each side."""
    start = first_and_last_day(str(since))[0] if since else pd.Timestamp("1950-01-01")
    end = first_and_last_day(str(until))[1] if until else TIMELINE_END
    if start > min(end, TIMELINE_END) or end < pd.Timestamp("1950-01-01"):
        raise TimelineError(f"There are no years from {since or 1950} to {until or TIMELINE_END.year} on the timeline, "
                            f"which runs from 1950 to {TIMELINE_END.year}: choose since before until, inside those years.")
    span = decimal_year(end) - decimal_year(start)
    return decimal_year(start) - 0.01 * span, decimal_year(end) + 0.01 * span


# --- drawing ------------------------------------------------------------------------------


def plot_timeline(area: str | None = None, since: str | None = None, until: str | None = None,
                  key_only: bool = False, show_seeds: bool = True, timeline: pd.DataFrame | None = None) -> plt.Figure:
    """Draw the events (optionally one area, a window of years, or only key events) on a time axis with the
    eras shaded, and below it when each seed article was written. Returns the matplotlib Figure."""
    events = select_events(timeline, area=area, since=since, until=until, key_only=key_only)
    x_min, x_max = window(since, until)
    layout = layout_events(events, x_min, x_max)
    eras = layout_eras(x_min, x_max)
    seeds = layout_seeds(x_min, x_max) if show_seeds else pd.DataFrame(columns=["y"])
    event_rows = int(layout.row.max()) if len(layout) else 1
    era_top = event_rows + 0.6 + eras.row.max() * 1.1
    bottom = (seeds.y.min() - 0.7) if len(seeds) else -0.9
    height = 0.31 * (era_top - bottom) + 1.4
    fig, ax = plt.subplots(figsize=(FIGURE_WIDTH, height), dpi=DPI)
    fig.subplots_adjust(left=AXES_LEFT, right=AXES_RIGHT, top=1 - 0.75 / height, bottom=0.55 / height)

    for era in eras.itertuples():
        ax.axvspan(era.start, era.end, color=era.colour, zorder=0)
        ax.axvline(era.start, color="white", linewidth=2, zorder=0)
        ax.text(era.left, era_top - 0.1 - (era.row - 1) * 1.1, era.name, ha="left", va="top",
                fontsize=FONT, fontweight="bold", color="#222222", linespacing=1.0)
    ax.axhline(0, color="#555555", linewidth=1.2, zorder=1)

    for item in layout.itertuples():
        style = "--" if item.uncertain else "-"
        face = "white" if item.uncertain else EVENT_COLOUR
        ax.plot([item.x, item.x], [0, item.row], linestyle=style, color="#777777", linewidth=0.9, zorder=2)
        if item.x_end - item.x > 0.05:
            ax.plot([item.x, item.x_end], [0, 0], linestyle=style, color=EVENT_COLOUR, linewidth=5,
                    solid_capstyle="butt", alpha=0.7, zorder=3)
        ax.plot(item.x, 0, "o", markersize=8, markerfacecolor=face, markeredgecolor=EVENT_COLOUR,
                markeredgewidth=1.8, zorder=4)
        ax.text(item.x, item.row, " " + item.text + " " if item.align == "left" else item.text + " ",
                ha=item.align, va="center", fontsize=FONT, style="italic" if item.uncertain else "normal",
                bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.92, "pad": 0.6}, zorder=5)

    if len(seeds):
        ax.text(x_max, -0.6, "When our five articles were written", ha="right", va="center",
                fontsize=FONT, fontweight="bold", color=SEED_COLOUR)
        for seed in seeds.itertuples():
            if seed.start is None or pd.isna(seed.start):
                ax.plot(x_max - 0.006 * (x_max - x_min), seed.y, marker="$?$", markersize=12, color=SEED_COLOUR)
                ax.text(x_max - 0.012 * (x_max - x_min), seed.y, seed.text + " ", ha="right", va="center",
                        fontsize=FONT, color=SEED_COLOUR)
                continue
            if seed.status == "stated":
                ax.plot(seed.start, seed.y, "D", markersize=9, color=SEED_COLOUR)
            else:
                ax.plot([seed.start, seed.end], [seed.y, seed.y], color=SEED_COLOUR, linewidth=7, alpha=0.55,
                        solid_capstyle="butt")
                ax.plot([seed.start, seed.end], [seed.y, seed.y], "|", markersize=14, color=SEED_COLOUR)
            ax.plot([seed.start, seed.start], [seed.y, era_top - 1.3], ":", color=SEED_COLOUR, linewidth=0.8, zorder=1)
            ax.text(seed.start - 0.004 * (x_max - x_min), seed.y, seed.text + " ", ha="right", va="center",
                    fontsize=FONT, color=SEED_COLOUR,
                    bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.75, "pad": 0.5})

    ax.set_xlim(x_min, x_max)
    ax.set_ylim(bottom, era_top + 0.3)
    ax.set_yticks([])
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    step = 10 if x_max - x_min > 40 else (5 if x_max - x_min > 20 else 1)
    first_tick = int(x_min // step + 1) * step
    ax.set_xticks(range(first_tick, int(x_max) + 1, step))
    ax.tick_params(axis="x", labelsize=FONT)
    what = f"'{area}' events" if area not in (None, "", "all") else ("key events" if key_only else "events")
    first_year = first_and_last_day(str(since))[0].year if since else 1950
    last_year = first_and_last_day(str(until))[1].year if until else TIMELINE_END.year
    ax.set_title(f"Russia and China: {what}, {first_year}–{last_year}, with the eras shaded",
                 fontsize=FONT + 3, loc="left")
    handles = [Line2D([], [], marker="o", color=EVENT_COLOUR, linestyle="", markersize=8, label="date sure"),
               Line2D([], [], marker="o", markerfacecolor="white", markeredgecolor=EVENT_COLOUR, color="#777777",
                      linestyle="--", markersize=8, label="date uncertain (?)"),
               Line2D([], [], color=EVENT_COLOUR, linewidth=5, alpha=0.7, label="lasted a while")]
    if len(seeds):
        handles += [Line2D([], [], marker="D", color=SEED_COLOUR, linestyle="", markersize=8, label="article: date printed"),
                    Line2D([], [], color=SEED_COLOUR, linewidth=7, alpha=0.55, label="article: date estimated")]
    ax.legend(handles=handles, loc="lower left", fontsize=FONT - 1, frameon=True, framealpha=0.9)
    if events.empty:
        ax.text((x_min + x_max) / 2, 0.5, "no events in this selection", ha="center", fontsize=FONT)
    uncertain = int(events.uncertain.sum()) if len(events) else 0
    fig.pack_description = (
        f"Figure: a timeline of {len(events)} {what}, {first_year} to {last_year}, with {len(eras)} shaded eras "
        f"({', '.join(eras.era)}); {uncertain} event(s) have an uncertain date"
        + ("; below it, when each of the five articles was written (all in 2021 or later, one undated)." if len(seeds) else "."))
    return fig


def trade_annotations(timeline: pd.DataFrame | None = None) -> pd.DataFrame:
    """The events we mark on the trade figure, with the year they belong to and a short text."""
    timeline = load_timeline() if timeline is None else timeline
    picks = [("crimea_2014", "Mar 2014: Russia takes Crimea;\nMay 2014: 30-year gas deal"),
             ("power_of_siberia", "Dec 2019: Power of Siberia\npipeline opens"),
             ("invasion", "Feb 2022: Russia's full-scale\ninvasion of Ukraine")]
    dates = dict(zip(timeline.id, timeline.date))
    return pd.DataFrame([{"event": event, "year": dates[event].year, "text": text} for event, text in picks])


TRADE_CAPTION = ("Goods trade between China and Russia, both directions added together, in billions of US dollars "
                 "of each year (not adjusted for inflation), as reported from Chinese customs data. Hatched bars: "
                 "uncertain figures (see the note for each in helpers/data/trade.csv). Years without a bar: no figure "
                 "in our sources. Sources: helpers/data/trade.csv.")


def gaps(years: list[int]) -> list[list[int]]:
    """Runs of consecutive years: [2002, 2003, 2011] -> [[2002, 2003], [2011]]."""
    runs: list[list[int]] = []
    for year in years:
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return runs


def plot_trade(trade: pd.DataFrame | None = None, timeline: pd.DataFrame | None = None) -> plt.Figure:
    """Bar chart of the yearly trade totals: uncertain years hatched, key events marked. Returns the Figure."""
    trade = load_trade() if trade is None else trade
    fig, ax = plt.subplots(figsize=(FIGURE_WIDTH, 7.0), dpi=DPI)
    fig.subplots_adjust(left=0.08, right=0.98, top=0.92, bottom=0.24)
    for row in trade.itertuples():
        if row.uncertain:
            ax.bar(row.year, row.total_usd_bn, width=0.7, facecolor="white", edgecolor=EVENT_COLOUR,
                   hatch="///", linestyle="--", linewidth=1.5)
            value = f"{row.total_usd_bn:.0f}?"
        else:
            ax.bar(row.year, row.total_usd_bn, width=0.7, color=EVENT_COLOUR)
            value = f"{row.total_usd_bn:.0f}"
        ax.text(row.year, row.total_usd_bn + 3, value, ha="center", va="bottom", fontsize=FONT)
    missing = sorted(set(range(trade.year.min(), trade.year.max() + 1)) - set(trade.year))
    for gap in gaps(missing):
        ax.text((gap[0] + gap[-1]) / 2, 12, "no figure\nin our sources", ha="center", va="bottom",
                fontsize=FONT - 2, color="#777777")
    totals = dict(zip(trade.year, trade.total_usd_bn))
    heights = [150, 200, 262]
    shifts = [-2.6, -3.6, -4.6]
    for (note, height, shift) in zip(trade_annotations(timeline).itertuples(), heights, shifts):
        top = totals.get(note.year, 0) + 16
        ax.annotate(note.text, xy=(note.year, top), xytext=(note.year + shift, height), fontsize=FONT,
                    ha="center", arrowprops={"arrowstyle": "->", "color": "#444444"})
    ax.set_xlim(trade.year.min() - 0.8, trade.year.max() + 0.8)
    ax.set_ylim(0, 290)
    ax.set_xticks(range(trade.year.min(), trade.year.max() + 1, 2))
    ax.tick_params(labelsize=FONT)
    ax.set_ylabel("US$ billion (not adjusted for inflation)", fontsize=FONT)
    ax.set_title("China–Russia goods trade by year (Chinese customs figures)", fontsize=FONT + 3, loc="left")
    for side in ("right", "top"):
        ax.spines[side].set_visible(False)
    ax.legend(handles=[Patch(color=EVENT_COLOUR, label="figure as reported"),
                       Patch(facecolor="white", edgecolor=EVENT_COLOUR, hatch="///", label="uncertain figure")],
              loc="upper left", fontsize=FONT)
    fig.text(0.08, 0.03, "\n".join(textwrap.wrap(TRADE_CAPTION, 112)), fontsize=FONT - 1, va="bottom")
    peak = trade.loc[trade.total_usd_bn.idxmax()]
    fig.pack_description = (
        f"Figure: bar chart of China-Russia goods trade for {len(trade)} years from {trade.year.min()} to "
        f"{trade.year.max()}, in billions of US dollars; highest {peak.total_usd_bn:.0f} in {peak.year}; "
        f"{int(trade.uncertain.sum())} uncertain year(s) hatched; gaps where our sources give no figure.")
    return fig


# The widget version of plot_timeline moved to helpers/widgets.py with the pack's other widgets.
from .widgets import timeline_explorer  # noqa: E402,F401
