"""Read a matplotlib figure's drawn values back: bar positions and sizes, point positions, lines, texts, tick labels.

The figure tests compare these with the data files (read here with the csv and yaml modules, not with the helpers),
so a figure drawn wrong (a bar at half height, a point in the wrong year, a missing label) fails a test.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import matplotlib.colors as mcolors
import matplotlib.dates as mdates
import yaml
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "helpers" / "data"


def read_csv(name: str, folder: Path = DATA) -> list[dict[str, str]]:
    with open(folder / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_yaml(name: str) -> dict:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def yes(value: str) -> bool:
    return value.strip().lower() == "yes"


def decimal_year(day: date) -> float:
    """1 Jul 1989 -> about 1989.5 (the day's place in its year), worked out here, not with the helpers."""
    start, end = date(day.year, 1, 1), date(day.year + 1, 1, 1)
    return day.year + (day - start).days / (end - start).days


def first_day(text: str) -> date:
    """The first day of '1989-05-15', '1989-05' or '1989'."""
    parts = [int(part) for part in text.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def number(x) -> float:
    """An x or y value as matplotlib stores it: dates become matplotlib's day numbers."""
    return float(mdates.date2num(x)) if isinstance(x, date) else float(x)


def bar_of(patch: Rectangle) -> dict:
    x, y = patch.get_xy()
    width, height = patch.get_width(), patch.get_height()
    return {"x": number(x) + width / 2, "left": number(x), "y": y + height / 2, "bottom": y, "width": width,
            "height": height, "hatch": patch.get_hatch() or "", "face": patch.get_facecolor(), "gid": patch.get_gid()}


def bars(ax) -> list[dict]:
    """Every bar (a Rectangle from ax.bar/barh, or an axvspan): centre x and y, left, bottom, width, height, hatch,
    face colour and gid, in drawing order."""
    return [bar_of(patch) for patch in ax.patches if isinstance(patch, Rectangle)]


def bars_by_gid(ax) -> dict[str, dict]:
    return {bar["gid"]: bar for bar in bars(ax) if bar["gid"]}


def points(ax, marker: str) -> list[tuple[float, float]]:
    """(x, y) of every point drawn with `marker` (e.g. "o") and no connecting line, in drawing order."""
    found = []
    for line in marker_lines(ax, marker):
        found.extend(zip(map(number, line.get_xdata()), map(float, line.get_ydata())))
    return found


def marker_lines(ax, marker: str) -> list[Line2D]:
    """The Line2D objects drawn with `marker` and no connecting line, in drawing order."""
    return [line for line in ax.get_lines()
            if line.get_marker() == marker and line.get_linestyle() in ("None", "", " ") and len(line.get_xdata())]


def lines_by_gid(ax) -> dict[str, Line2D]:
    return {line.get_gid(): line for line in ax.get_lines() if line.get_gid()}


def xy(line: Line2D) -> list[tuple[float, float]]:
    return [(number(x), number(y)) for x, y in zip(line.get_xdata(), line.get_ydata())]


def texts(ax) -> list[str]:
    return [t.get_text() for t in ax.texts]


def placed_texts(ax) -> list[tuple[str, float, float]]:
    """Each text with its position: (text, x, y)."""
    return [(t.get_text(), number(t.get_position()[0]), number(t.get_position()[1])) for t in ax.texts]


def tick_labels(ax, axis: str = "x") -> list[str]:
    ticks = ax.get_xticklabels() if axis == "x" else ax.get_yticklabels()
    return [t.get_text() for t in ticks]


def same_colour(a, b) -> bool:
    return mcolors.to_rgba(a) == mcolors.to_rgba(b)
