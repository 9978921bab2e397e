"""Every figure the six notebooks draw, read back from the drawn figure (bar sizes, point positions, lines, labels,
cell values) and compared with the data file it comes from, read here with csv/yaml, not with the helpers.

FIGURES lists each figure helper a notebook calls before plt.show(), with its check; a new figure in a notebook
fails test_every_figure_the_notebooks_draw_has_a_check until it gets one. Each check is a function of the drawn
figure, so the same check also runs on a figure drawn at half scale and must fail there.
"""

import re
from datetime import date

import matplotlib

matplotlib.use("Agg")

import matplotlib.axes  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

import helpers.cooperation as coop  # noqa: E402
from figure_values import (ROOT, bars, bars_by_gid, decimal_year, first_day, lines_by_gid, marker_lines,  # noqa: E402
                           number, placed_texts, points, read_csv, read_yaml, same_colour, texts, tick_labels, xy, yes)
from helpers.claims import corroboration_matrix, plot_matrix  # noqa: E402
from helpers.corpus_plots import plot_lengths  # noqa: E402
from helpers.timeline_plots import plot_timeline, plot_trade  # noqa: E402
from helpers.treaty import areas_by_confidence, key_dates  # noqa: E402
from helpers.treaty_plots import plot_confidence, plot_ratification, plot_renewal  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def approx(value, rel=1e-9, abs=1e-9):
    return pytest.approx(value, rel=rel, abs=abs)


# --- notebook 00: the five articles' lengths ------------------------------------------------------------------

SEED_WORDS = {"summary": 617, "essay": 3622, "oped": 891, "explainer": 2280, "fragment": 410}  # counted by the loader
DATE_HATCH = {"stated": "", "estimated": "//", "unknown": "xx"}


def check_lengths(fig):
    """One bar per seed, in catalog order, as long as its word count; the pattern says how well its date is known."""
    ax = fig.axes[0]
    catalog = read_csv("catalog.csv", ROOT / "seeds")
    assert tick_labels(ax, "y") == [row["id"] for row in catalog] == list(SEED_WORDS)
    drawn = sorted(bars(ax), key=lambda bar: bar["y"])
    assert [round(bar["y"]) for bar in drawn] == list(range(5))
    for bar, row in zip(drawn, catalog):
        assert bar["left"] == 0 and bar["width"] == approx(SEED_WORDS[row["id"]]), f"bar of {row['id']}"
        assert bar["hatch"] == DATE_HATCH[row["date_status"]], row["id"]
        assert f"{SEED_WORDS[row['id']]:,} words" in texts(ax)


def draw_lengths(seeds):
    return plot_lengths(seeds.frame())  # as in notebook 00: catalog = corpus.frame()


# --- notebook 01: the timeline and the trade chart ----------------------------------------------------------


def key_events():
    return [row for row in read_csv("timeline.csv") if yes(row["key"])]


def check_timeline(fig):
    """Key events at their dates on the axis, hollow where the date is uncertain, each with its label; the eras shaded
    from their start dates; below, when each seed was written, from seeds/catalog.csv."""
    ax = fig.axes[0]
    check_events(ax, key_events())
    eras = read_csv("eras.csv")
    spans = bars(ax)  # the shaded eras (axvspan), the figure's only rectangles
    starts = [decimal_year(first_day(era["start"])) for era in eras]
    assert [bar["left"] for bar in spans] == approx(starts, abs=1e-6)
    assert [bar["left"] + bar["width"] for bar in spans][:-1] == approx(starts[1:], abs=1e-6)
    check_seed_dates(ax)


def check_events(ax, rows):
    """One dot per event of `rows` (timeline.csv), on the axis at its first day, hollow if and only if its date is
    uncertain, with its label ("(?)" after an uncertain one)."""
    dots = {round(line.get_xdata()[0], 6): line for line in marker_lines(ax, "o") if line.get_ydata()[0] == 0}
    expected = {round(decimal_year(first_day(row["date"])), 6): row for row in rows}
    assert sorted(dots) == approx(sorted(expected), abs=1e-6), "one dot per event, at its first day"
    assert len(dots) == len(rows), "no two events on the same day"
    shown = " ".join(texts(ax))
    for x, row in expected.items():
        hollow = same_colour(dots[x].get_markerfacecolor(), "white")
        assert hollow == yes(row["uncertain"]), f"{row['id']}: hollow if and only if the date is uncertain"
        assert (row["label"] + (" (?)" if yes(row["uncertain"]) else "")) in shown, f"label of {row['id']}"


def check_seed_dates(ax):
    """Below the events: a diamond on the date printed on a seed, a bar over the range estimated for it (to the end
    of the axis when there is no upper bound), a question mark for one that cannot be dated."""
    catalog = read_csv("catalog.csv", ROOT / "seeds")
    end_of_axis = decimal_year(date(2023, 12, 31))
    diamonds = [round(x, 6) for x, _ in points(ax, "D")]
    ranges = [tuple(round(x, 6) for x, _ in xy(line)) for line in marker_lines(ax, "|")]
    for row in catalog:
        label = [text for text in texts(ax) if text.startswith(f"{row['id']}: ")]
        earliest = round(decimal_year(first_day(row["earliest"])), 6) if row["earliest"] else None
        if row["date_status"] == "stated":
            assert earliest in diamonds, row["id"]
            assert label == [f"{row['id']}: {first_day(row['earliest']):%-d %b %Y} (printed on it) "]
        elif row["date_status"] == "estimated":
            latest = decimal_year(first_day(row["latest"])) if row["latest"] else end_of_axis
            assert (earliest, round(latest, 6)) in ranges, row["id"]
            assert len(label) == 1 and "(estimated" in label[0]
        else:
            assert label == [f"{row['id']}: no date in the text, cannot be dated "]
    assert len(diamonds) == sum(row["date_status"] == "stated" for row in catalog)
    assert len(ranges) == sum(row["date_status"] == "estimated" for row in catalog)
    undated = [line for line in ax.get_lines() if line.get_marker() == "$?$"]  # at the right edge of the axis
    assert len(undated) == sum(row["date_status"] == "unknown" for row in catalog)
    assert all(xy(line)[0][0] > end_of_axis for line in undated)


def draw_timeline(seeds):
    return plot_timeline(key_only=True)  # as in notebook 01


def test_timeline_for_one_area_since_a_year_shows_only_those_events():
    fig = plot_timeline(area="energy", since="2010", show_seeds=False)
    energy = [row for row in read_csv("timeline.csv") if "energy" in [a.strip() for a in row["areas"].split(";")]
              and first_day(row["date"]) >= date(2010, 1, 1)]
    assert len(energy) == 4
    check_events(fig.axes[0], energy)


def test_timeline_of_every_event_marks_the_uncertain_dates():
    """(No key event has an uncertain date, so the notebook's figure has no hollow dot; the widget's full one has.)"""
    rows = read_csv("timeline.csv")
    assert sum(yes(row["uncertain"]) for row in rows) == 3
    check_events(plot_timeline(show_seeds=False).axes[0], rows)


def trade_rows():
    return {int(row["year"]): (float(row["total_usd_bn"]), yes(row["uncertain"])) for row in read_csv("trade.csv")}


def check_trade(fig):
    """The trade chart's bars against trade.csv: one bar per year, at its year, exactly its height."""
    ax = fig.axes[0]
    drawn = {round(bar["x"]): bar for bar in bars(ax) if bar["width"] < 1}
    expected = trade_rows()
    assert sorted(drawn) == sorted(expected), "one bar per year of trade.csv"
    for year, (total, uncertain) in expected.items():
        assert drawn[year]["height"] == approx(total), f"bar for {year}"
        assert drawn[year]["bottom"] == 0
        assert ("/" in drawn[year]["hatch"]) == uncertain, f"{year}: hatched if and only if uncertain"
        label = f"{total:.0f}?" if uncertain else f"{total:.0f}"
        assert label in texts(ax), f"{year}: value label {label!r}"


def draw_trade(seeds):
    return plot_trade()


# --- notebook 02: the treaty -----------------------------------------------------------------------------------

PARTY_COLOUR = {"both": "#000000", "China": "#D55E00", "Russia": "#0072B2"}
TREATY_STEPS = ("signing", "ratification", "entry into force")


def check_ratification(fig):
    """One dot per step from signing to entry into force (treaty_dates.csv), at its date, one row each, coloured by
    who acted; an open dot where the date is uncertain; each row labelled with the step and its date."""
    ax = fig.axes[0]
    steps = [row for row in read_csv("treaty_dates.csv") if row["step"] in TREATY_STEPS]
    dots = marker_lines(ax, "o")
    assert [(number(line.get_xdata()[0]), line.get_ydata()[0]) for line in dots] == [
        (number(date.fromisoformat(row["date"])), row_number) for row_number, row in enumerate(steps)]
    for line, row in zip(dots, steps):
        uncertain = row["certainty"] == "uncertain"
        assert same_colour(line.get_color(), PARTY_COLOUR[row["party"]]), row["label"]
        assert same_colour(line.get_markerfacecolor(), "white" if uncertain else PARTY_COLOUR[row["party"]]), row["label"]
    assert tick_labels(ax, "y") == [
        f"{row['label']}, {date.fromisoformat(row['date']):%-d %b %Y}" + (" (date uncertain)" if row["certainty"] == "uncertain" else "")
        for row in steps]


def draw_ratification(seeds):
    return plot_ratification(key_dates())  # as in notebook 02: dates = key_dates()


CONFIDENCE_HATCH = {"checked against a copy of the text": "", "secondary summary": "//", "unconfirmed": "xx"}


def check_confidence(fig):
    """Stacked bars: for each area of treaty_digest.yaml, how many parts of the treaty touch it at each confidence."""
    ax = fig.axes[0]
    digest = read_yaml("treaty_digest.yaml")
    areas = list(digest["areas"])
    counts = {(area, level): 0 for area in areas for level in CONFIDENCE_HATCH}
    for part in digest["articles"]:
        for area in part["areas"]:
            counts[area, part["confidence"]] += 1
    assert tick_labels(ax, "y") == [area.replace("_", " / ") for area in areas]
    drawn = bars(ax)
    assert len(drawn) == len(areas) * len(CONFIDENCE_HATCH)
    for k, level in enumerate(CONFIDENCE_HATCH):
        for i, area in enumerate(areas):
            bar = drawn[k * len(areas) + i]
            below = sum(counts[area, lower] for lower in list(CONFIDENCE_HATCH)[:k])
            assert round(bar["y"]) == i and bar["hatch"] == CONFIDENCE_HATCH[level], (area, level)
            assert (bar["left"], bar["width"]) == (approx(below), approx(counts[area, level])), (area, level)
    assert sum(counts.values()) == sum(len(part["areas"]) for part in digest["articles"]) == 43


def draw_confidence(seeds):
    return plot_confidence(areas_by_confidence())


AS_OF = date(2026, 11, 22)  # the notebook's fixed date


def check_renewal(fig):
    """Article 25 on one line: a bar per period from entry into force (treaty_dates.csv), 20 years then 5-year periods
    to 2031, future ones hatched; a marker on each notice deadline (a year before the period ends); the inset marks
    the first deadline and the extension and term-end dates of treaty_dates.csv."""
    main, inset = fig.axes
    dates = read_csv("treaty_dates.csv")
    entry = date.fromisoformat(next(row["date"] for row in dates if row["step"] == "entry into force"))
    starts = [entry, entry.replace(year=entry.year + 20), entry.replace(year=entry.year + 25)]
    ends = [*starts[1:], entry.replace(year=entry.year + 30)]
    periods = [bar for bar in bars(main) if bar["height"] == 0.5]
    assert [bar["left"] for bar in periods] == [number(start) for start in starts]
    assert [bar["width"] for bar in periods] == [(end - start).days for start, end in zip(starts, ends)]
    assert [bar["hatch"] for bar in periods] == ["//" if start > AS_OF else "" for start in starts]
    deadlines = [end.replace(year=end.year - 1) for end in ends]
    assert [x for x, _ in points(main, "v")] == [number(day) for day in deadlines]
    assert [number(x) for line in main.get_lines() if line.get_linestyle() == "--" for x in line.get_xdata()][:1] == [number(AS_OF)]
    marked = [row for row in dates if row["step"] in ("extension", "term end")]
    walls = [number(line.get_xdata()[0]) for line in inset.get_lines()]
    assert walls == [number(deadlines[0])] + [number(date.fromisoformat(row["date"])) for row in marked]
    guilin = date.fromisoformat(next(row["date"] for row in marked if "Guilin" in row["label"]))
    assert f"{(guilin - deadlines[0]).days} days" in texts(inset) and (guilin - deadlines[0]).days == 23


def draw_renewal(seeds):
    return plot_renewal(as_of=AS_OF)


# --- notebook 03: cooperation ------------------------------------------------------------------------------------


def check_bar_style(bar, row, colour=coop.SOLID):
    """The pack's code: hatched = uncertain (white), pale = state media only, solid = an independent source."""
    if yes(row["uncertain"]):
        assert bar["hatch"] == "///" and same_colour(bar["face"], "white"), bar["gid"]
    else:
        face = coop.PALE.get(colour, coop.STATE) if yes(row["state_media_only"]) else colour
        assert bar["hatch"] == "" and same_colour(bar["face"], face), bar["gid"]


def check_map(fig):
    """Each line of the schematic map through its points of map_points.csv, in order; each city at its place."""
    ax = fig.axes[0]
    rows = read_csv("map_points.csv")
    drawn = lines_by_gid(ax)
    features = {}
    for row in rows:
        features.setdefault(row["feature"], []).append(row)
    for feature, part in features.items():
        part = sorted(part, key=lambda row: int(row["order"]))
        if part[0]["kind"] == "city":
            assert xy(drawn[feature]) == [(float(part[0]["lon"]), float(part[0]["lat"]))], feature
            assert feature in texts(ax)
        else:
            assert xy(drawn[feature]) == [(float(row["lon"]), float(row["lat"])) for row in part], feature
    assert set(drawn) == set(features)
    assert "schematic" in fig.texts[-1].get_text().lower()


def draw_map(seeds):
    return coop.plot_map()


def check_trade_by_year(fig):
    """Bars: the headline total of each year in trade_by_year.csv; a marker for each other count, at its value."""
    ax = fig.axes[0]
    rows = read_csv("trade_by_year.csv")
    drawn = bars_by_gid(ax)
    head = [row for row in rows if row["series"] == "headline"]
    assert sorted(drawn) == sorted(f"trade {row['year']}" for row in head)
    for row in head:
        bar = drawn[f"trade {row['year']}"]
        assert (bar["x"], bar["height"]) == (approx(int(row["year"])), approx(float(row["total_usd_bn"]))), row["year"]
        check_bar_style(bar, row)
    marks = lines_by_gid(ax)
    others = [row for row in rows if row["series"] != "headline"]
    assert len(others) == 5 and len(marks) == len(others)
    for row in others:
        assert xy(marks[f"{row['series']} {row['year']}"]) == [(int(row["year"]), float(row["total_usd_bn"]))]


def draw_trade_by_year(seeds):
    return coop.plot_trade_by_year()


def check_power_of_siberia(fig):
    """Bars: gas delivered each year (power_of_siberia.csv), labelled with the figure; the contract's line."""
    ax = fig.axes[0]
    rows = read_csv("power_of_siberia.csv")
    drawn = bars_by_gid(ax)
    assert sorted(drawn) == sorted(f"gas {row['year']}" for row in rows)
    for row in rows:
        bar, value = drawn[f"gas {row['year']}"], float(row["delivered_bcm"])
        assert (bar["x"], bar["height"]) == (approx(int(row["year"])), approx(value)), row["year"]
        assert (f"{value:g}", int(row["year"]), approx(value + 0.8)) in placed_texts(ax), row["year"]
        check_bar_style(bar, row)
    contract = max(float(row["contract_bcm"]) for row in rows)
    assert list(lines_by_gid(ax)["contract"].get_ydata()) == [contract, contract] == [38, 38]


def draw_power_of_siberia(seeds):
    return coop.plot_power_of_siberia(coop.load_power_of_siberia())  # as in notebook 03


SHARE_MARKERS = {"China's share of Russia's trade": "o", "Russia's share of China's trade": "s",
                 "China's share of Russia's imports": "^"}


def check_shares(fig):
    """Two lines through the shares of trade_shares.csv, year by year; a point for every row (imports: points
    only), hollow where uncertain, with a * where only state media carried it."""
    ax = fig.axes[0]
    rows = read_csv("trade_shares.csv")
    lines = lines_by_gid(ax)
    assert set(lines) == set(SHARE_MARKERS) - {"China's share of Russia's imports"}
    for measure, marker in SHARE_MARKERS.items():
        part = sorted((row for row in rows if row["measure"] == measure), key=lambda row: int(row["year"]))
        expected = [(int(row["year"]), float(row["share_pct"])) for row in part]
        if measure in lines:
            assert xy(lines[measure]) == expected, measure
        dots = [line for line in marker_lines(ax, marker)]
        assert [xy(line)[0] for line in dots] == expected, measure
        for line, row in zip(dots, part):
            assert same_colour(line.get_markerfacecolor(), "white") == yes(row["uncertain"]), (measure, row["year"])
    stars = [(t.xy[0], t.xy[1]) for t in ax.texts if t.get_text() == "*"]
    assert sorted(stars) == sorted((int(row["year"]), float(row["share_pct"])) for row in rows if yes(row["state_media_only"]))


def draw_shares(seeds):
    return coop.plot_shares(coop.load_trade_shares())  # as in notebook 03


def check_arms_shares(fig):
    """Grouped bars by period (arms_shares.csv): Russia's share of China's arms imports left, China's share of
    Russia's arms exports right, each as high as its share and labelled with it."""
    ax = fig.axes[0]
    rows = read_csv("arms_shares.csv")
    periods = sorted({row["period"] for row in rows})
    assert tick_labels(ax) == periods
    measures = ["Russia's share of China's arms imports", "China's share of Russia's arms exports"]
    drawn = bars_by_gid(ax)
    assert len(drawn) == len(rows)
    for row in rows:
        k = measures.index(row["measure"])
        bar, share = drawn[f"{row['measure']} {row['period']}"], float(row["share_pct"])
        assert bar["x"] == approx(periods.index(row["period"]) + (k - 0.5) * 0.38), row["period"]
        assert bar["height"] == approx(share), (row["measure"], row["period"])
        over = "over " if row["note"].lower().startswith("'over") else ""
        assert (f"{over}{share:g}%", approx(bar["x"]), approx(share + 1.5)) in placed_texts(ax), row["period"]
        check_bar_style(bar, row, colour=(coop.SOLID, coop.OTHER)[k])


def draw_arms_shares(seeds):
    return coop.plot_arms_shares()


def check_northern_sea_route(fig):
    """Bars: cargo sailing the whole route each year (northern_sea_route.csv), labelled with tonnes and voyages."""
    ax = fig.axes[0]
    rows = read_csv("northern_sea_route.csv")
    drawn = bars_by_gid(ax)
    assert sorted(drawn) == sorted(f"transit {row['year']}" for row in rows)
    for row in rows:
        bar, tonnes = drawn[f"transit {row['year']}"], float(row["transit_mt"])
        assert (bar["x"], bar["height"]) == (approx(int(row["year"])), approx(tonnes)), row["year"]
        assert f"{tonnes:g} Mt\n{float(row['transit_voyages']):g} voyages" in texts(ax)
        check_bar_style(bar, row)


def draw_northern_sea_route(seeds):
    return coop.plot_northern_sea_route(coop.load_northern_sea_route())  # as in notebook 03


# --- notebook 04: the corroboration matrix ------------------------------------------------------------------------


def check_matrix(fig):
    """One cell per theme and article of corroboration.csv, coded 1 / 0 / -1 and labelled with its stance."""
    ax = fig.axes[0]
    rows = read_csv("corroboration.csv")
    themes = list(dict.fromkeys(row["theme"] for row in rows))
    articles = list(dict.fromkeys(row["article"] for row in rows))
    assert tick_labels(ax, "y") == themes and tick_labels(ax, "x") == articles
    codes = {"supports": 1, "silent": 0, "contradicts": -1}
    image = ax.get_images()[0].get_array()
    assert image.shape == (len(themes), len(articles)) == (11, 5)
    labels = {(round(t.get_position()[1]), round(t.get_position()[0])): t.get_text() for t in ax.texts}
    for row in rows:
        cell = (themes.index(row["theme"]), articles.index(row["article"]))
        assert image[cell] == codes[row["stance"]], row["theme_id"]
        assert labels[cell] == row["stance"], row["theme_id"]


def draw_matrix(seeds):
    return plot_matrix(corroboration_matrix()).figure  # as in notebook 04


# --- every figure in the notebooks has its check -------------------------------------------------------------------

FIGURES = {  # the helper a notebook calls before plt.show() -> (how the notebook draws it, the check of its values)
    "plot_lengths": (draw_lengths, check_lengths),
    "plot_timeline": (draw_timeline, check_timeline),
    "plot_trade": (draw_trade, check_trade),
    "plot_ratification": (draw_ratification, check_ratification),
    "plot_confidence": (draw_confidence, check_confidence),
    "plot_renewal": (draw_renewal, check_renewal),
    "plot_map": (draw_map, check_map),
    "plot_trade_by_year": (draw_trade_by_year, check_trade_by_year),
    "plot_power_of_siberia": (draw_power_of_siberia, check_power_of_siberia),
    "plot_shares": (draw_shares, check_shares),
    "plot_arms_shares": (draw_arms_shares, check_arms_shares),
    "plot_northern_sea_route": (draw_northern_sea_route, check_northern_sea_route),
    "plot_matrix": (draw_matrix, check_matrix),
}


def figure_cells():
    """(notebook, cell number, source) of every code cell in tools/notebook_src/ that shows a figure."""
    for source in sorted((ROOT / "tools" / "notebook_src").glob("[0-9][0-9]_*.py")):
        for index, cell in enumerate(re.split(r"(?m)^# %%", source.read_text(encoding="utf-8"))):
            if "plt.show()" in cell and not cell.lstrip().startswith("[markdown]"):
                yield source.stem, index, cell


def test_every_figure_the_notebooks_draw_has_a_check():
    called = {}
    for notebook, index, cell in figure_cells():
        helpers = re.findall(r"\b(plot_\w+)\(", cell)
        assert helpers, f"{notebook} cell {index} draws with plain matplotlib: test it through the data it plots"
        for name in helpers:
            called.setdefault(name, notebook)
    assert set(called) == set(FIGURES), f"figures without a check: {sorted(set(called) - set(FIGURES))}"
    assert sorted(set(called.values())) == ["00_start_here", "01_history", "02_treaty", "03_cooperation",
                                            "04_critical_reading"]
    assert len(list(figure_cells())) == 13


@pytest.mark.parametrize("helper", FIGURES)
def test_figure_shows_its_data(helper, seeds):
    draw, check = FIGURES[helper]
    check(draw(seeds))


# --- and a figure drawn wrong fails its check ----------------------------------------------------------------------

BAR_FIGURES = ["plot_lengths", "plot_trade", "plot_confidence", "plot_renewal", "plot_trade_by_year",
               "plot_power_of_siberia", "plot_arms_shares", "plot_northern_sea_route"]


@pytest.mark.parametrize("helper", BAR_FIGURES)
def test_a_bar_chart_drawn_at_half_scale_fails_its_check(helper, seeds, monkeypatch):
    """The checks can fail: each bar chart, with every bar drawn at half its length, is caught."""
    real_bar, real_barh = matplotlib.axes.Axes.bar, matplotlib.axes.Axes.barh

    def half(value):
        return [v / 2 for v in value] if hasattr(value, "__iter__") and not isinstance(value, str) else value / 2

    def half_bar(self, x, height, *args, **kwargs):
        return real_bar(self, x, half(height), *args, **kwargs)

    def half_barh(self, y, width, *args, **kwargs):
        return real_barh(self, y, half(width), *args, **kwargs)

    monkeypatch.setattr(matplotlib.axes.Axes, "bar", half_bar)
    monkeypatch.setattr(matplotlib.axes.Axes, "barh", half_barh)
    draw, check = FIGURES[helper]
    with pytest.raises(AssertionError):
        check(draw(seeds))


def test_a_timeline_drawn_a_year_late_fails_its_check(seeds, monkeypatch):
    import helpers.timeline_plots as timeline_plots

    real = timeline_plots.decimal_year
    monkeypatch.setattr(timeline_plots, "decimal_year", lambda day: real(day) + 1)
    with pytest.raises(AssertionError):
        check_timeline(draw_timeline(seeds))


# --- a figure no notebook draws yet (the profile chart), checked the same way ------------------------------------


def test_profile_chart_bars_are_the_profile_values(seed_profiles):
    from helpers.profile_plots import plot_profiles

    signals = ["words", "quotations"]
    fig = plot_profiles(seed_profiles, signals=signals, columns=2)
    for ax, signal in zip(fig.axes, signals):
        heights = [bar["height"] for bar in sorted(bars(ax), key=lambda b: b["x"])]
        assert heights == approx(list(seed_profiles[signal].astype(float)))
        assert tick_labels(ax) == list(seed_profiles.index)
    assert [bar["height"] for bar in sorted(bars(fig.axes[0]), key=lambda b: b["x"])] == list(SEED_WORDS.values())

