"""Every figure helper draws what its data file says: values read back from the drawn figure (bar heights,
point positions, labels) against the CSV files, read independently of the helpers."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from figure_values import bars, points, read_csv, texts, tick_labels  # noqa: E402
from helpers import load_seeds  # noqa: E402
from helpers.timeline_plots import decimal_year, plot_timeline, plot_trade  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def trade_rows():
    return {int(row["year"]): (float(row["total_usd_bn"]), row["uncertain"] == "yes") for row in read_csv("trade.csv")}


def check_trade_figure(fig):
    """The trade chart's bars against trade.csv: one bar per year, at its year, exactly its height."""
    ax = fig.axes[0]
    drawn = {round(bar["x"]): bar for bar in bars(ax) if bar["width"] < 1}
    expected = trade_rows()
    assert sorted(drawn) == sorted(expected), "one bar per year of trade.csv"
    for year, (total, uncertain) in expected.items():
        assert drawn[year]["height"] == pytest.approx(total), f"bar for {year}"
        assert drawn[year]["bottom"] == 0
        assert ("/" in drawn[year]["hatch"]) == uncertain, f"{year}: hatched if and only if uncertain"
        label = f"{total:.0f}?" if uncertain else f"{total:.0f}"
        assert label in texts(ax), f"{year}: value label {label!r}"


def test_trade_chart_matches_trade_csv():
    check_trade_figure(plot_trade())


def test_a_trade_chart_at_half_height_fails(monkeypatch):
    """The check above can fail: the same chart with every bar drawn at half height is caught."""
    real_bar = matplotlib.axes.Axes.bar

    def half_bar(self, x, height, *args, **kwargs):
        return real_bar(self, x, height / 2, *args, **kwargs)

    monkeypatch.setattr(matplotlib.axes.Axes, "bar", half_bar)
    with pytest.raises(AssertionError, match="bar for"):
        check_trade_figure(plot_trade())


def first_day(text: str) -> pd.Timestamp:
    """The first day of '1989-05-15', '1989-05' or '1989'."""
    parts = text.split("-")
    return pd.Timestamp(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)


def test_timeline_key_events_at_their_dates_with_their_labels():
    fig = plot_timeline(key_only=True, show_seeds=False)
    ax = fig.axes[0]
    key = [row for row in read_csv("timeline.csv") if row["key"] == "yes"]
    drawn_x = sorted(x for x, y in points(ax, "o") if y == 0)
    assert len(drawn_x) == len(key)
    assert drawn_x == pytest.approx(sorted(decimal_year(first_day(row["date"])) for row in key), abs=1e-6)
    shown = " ".join(texts(ax))
    for row in key:
        assert row["label"] in shown, f"label of {row['id']}"


def test_timeline_for_one_area_shows_only_that_area():
    fig = plot_timeline(area="energy", show_seeds=False)
    ax = fig.axes[0]
    energy = [row for row in read_csv("timeline.csv") if "energy" in [a.strip() for a in row["areas"].split(";")]]
    assert len([1 for x, y in points(ax, "o") if y == 0]) == len(energy)


def test_profile_chart_bars_are_the_profile_values():
    from helpers.profile import plot_profiles, profile

    corpus = load_seeds()
    profiles = profile(corpus)
    signals = ["words", "quotations"]
    fig = plot_profiles(profiles, signals=signals, columns=2)
    for ax, signal in zip(fig.axes, signals):
        heights = [bar["height"] for bar in sorted(bars(ax), key=lambda b: b["x"])]
        assert heights == pytest.approx(list(profiles[signal].astype(float)))
        assert tick_labels(ax) == list(profiles.index)


def test_corroboration_matrix_cells_are_the_csv_stances():
    from helpers.claims import corroboration_matrix, plot_matrix

    ax = plot_matrix(corroboration_matrix())
    rows = read_csv("corroboration.csv")
    themes = sorted({row["theme"] for row in rows})
    articles = sorted({row["article"] for row in rows})
    assert sorted(tick_labels(ax, "y")) == themes and sorted(tick_labels(ax, "x")) == articles
    codes = {"supports": 1, "silent": 0, "contradicts": -1}
    image = ax.get_images()[0].get_array()
    ys, xs = tick_labels(ax, "y"), tick_labels(ax, "x")
    for row in rows:
        assert image[ys.index(row["theme"]), xs.index(row["article"])] == codes[row["stance"]], row["theme_id"]
    assert sorted(texts(ax)) == sorted(row["stance"] for row in rows)
