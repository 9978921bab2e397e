"""Read a matplotlib figure's drawn values back: bar positions and heights, point positions, texts, tick labels.

The figure tests compare these with the data files (read here with the csv module, not with the helpers), so a
figure drawn wrong (a bar at half height, a point in the wrong year, a missing label) fails a test.
"""

from __future__ import annotations

import csv
from pathlib import Path

from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

DATA = Path(__file__).resolve().parent.parent / "helpers" / "data"


def read_csv(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def bars(ax) -> list[dict]:
    """Every bar (a Rectangle from ax.bar/barh): centre x, left, bottom, width, height, hatch."""
    found = []
    for patch in ax.patches:
        if isinstance(patch, Rectangle):
            x, y = patch.get_xy()
            found.append({"x": x + patch.get_width() / 2, "left": x, "bottom": y, "width": patch.get_width(),
                          "height": patch.get_height(), "hatch": patch.get_hatch() or ""})
    return found


def points(ax, marker: str) -> list[tuple[float, float]]:
    """(x, y) of every point drawn with `marker` (e.g. "o")."""
    found = []
    for line in ax.get_lines():
        if isinstance(line, Line2D) and line.get_marker() == marker and line.get_linestyle() in ("None", "", " "):
            found.extend(zip(map(float, line.get_xdata()), map(float, line.get_ydata())))
    return found


def texts(ax) -> list[str]:
    return [t.get_text() for t in ax.texts]


def tick_labels(ax, axis: str = "x") -> list[str]:
    ticks = ax.get_xticklabels() if axis == "x" else ax.get_yticklabels()
    return [t.get_text() for t in ticks]
