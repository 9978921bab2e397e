"""Areas of cooperation as data: trade, energy, arms and exercises, the Arctic and technology.

Every fact is one row of a plain CSV file in `helpers/data/` (open any of them in JupyterLab):

    trade_by_year.csv        yearly goods trade, 2000-2025; Chinese and Russian counts side by side
    trade_shares.csv         how much each side matters to the other: shares of each other's trade
    trade_goods.csv          what each side sells the other
    oil_suppliers.csv        China's top crude supplier by year: Russia or Saudi Arabia
    power_of_siberia.csv     gas sent through the pipeline each year, against the 38 bcm contract
    lng_projects.csv         Arctic gas (LNG) projects with Chinese owners
    arms_shares.csv          SIPRI-based shares of the arms trade, by period
    arms_deals.csv           major arms deals with their years
    joint_exercises.csv      joint exercises and patrols, dated
    northern_sea_route.csv   ships and cargo sailing the whole Northern Sea Route
    cooperation_facts.csv    the few dated facts on investment, money, technology, the Arctic, media and the border
    perspectives.csv         who calls the relationship what, in one or two sentences of our own
    map_points.csv           places for the schematic map: border, pipelines, Northern Sea Route
    cooperation_scorecard.csv  a reference reading of the scorecard in notebook 03

Each row has `source_url` and `source_type` (several of each are separated by " ; "), `uncertain` (yes/no)
and, where it matters, `state_media_only` (yes: only state-controlled media carried the figure).
Loaders return DataFrames with yes/no turned into True/False; plot functions return the matplotlib Figure,
and each has a `describe_...` partner that says in one line what the figure shows.
"""

from __future__ import annotations

import math
import textwrap

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from .data_files import read_table
from .errors import PackError
from .paths import DATA_DIR
from .sources import SourceError, check_source_types as check_row_types, source_types

SOURCE_TYPES = tuple(source_types().index)  # the pack's vocabulary: helpers/data/source_types.csv
STATIONS = ("energy", "trade and money", "arms and exercises", "Arctic and technology")
STATION_CLAIMS = {  # claims from helpers/data/claims.csv to test at each station
    "energy": ("E14", "X07", "S04"),
    "trade and money": ("E06", "E07", "X02"),
    "arms and exercises": ("E05", "X04", "E21"),
    "Arctic and technology": ("E12", "E11", "F05"),
}

FONT = 13
DPI = 100
WIDTH = 12.0
SOLID = "#1f4e79"        # a figure with an independent source
STATE = "#9dc3e6"        # a figure carried only by state media
OTHER = "#c55a11"        # the other side's count, or the second series
GREY = "#777777"
PALE = {SOLID: STATE, OTHER: "#f4b183"}  # the pale version of each colour: state media only


class CooperationError(PackError):
    """A problem in one of the cooperation data files, or in what was passed in, in one sentence."""


# --- reading the files ---------------------------------------------------------------------


def read_data(name: str, numbers: tuple[str, ...] = ()) -> pd.DataFrame:
    """Read `helpers/data/<name>`: every row needs a source URL and a known source type.

    yes/no columns become True/False; the columns in `numbers` become numbers (blank = missing).
    """
    frame = read_table(DATA_DIR / name, columns=("source_url", "source_type"), numbers=numbers)
    for number, row in enumerate(frame.itertuples(), start=2):
        where = f"'{name}' row {number}"
        urls = [u.strip() for u in row.source_url.split(";") if u.strip()]
        if not urls or not all(u.startswith("http") for u in urls):
            raise CooperationError(f"{where}: every fact needs a source URL starting with http.")
        try:
            check_row_types(row.source_url, row.source_type, where)  # one known type per URL (helpers.sources)
        except SourceError as problem:
            raise CooperationError(str(problem)) from None
    for column in ("uncertain", "state_media_only"):
        if column in frame.columns:
            bad = frame.loc[~frame[column].str.lower().isin(("yes", "no")), column]
            if len(bad):
                raise CooperationError(f"'{name}': the column '{column}' says '{bad.iloc[0]}'; write yes or no.")
            frame[column] = frame[column].str.lower() == "yes"
    return frame


def load_trade_by_year() -> pd.DataFrame:
    """Yearly goods trade in US$ bn. `series`: headline (Chinese customs unless `counted_by` says otherwise),
    Russian count (the Russian side's figure where it differs) or other figure (a rival number)."""
    return read_data("trade_by_year.csv", ("year", "total_usd_bn", "change_pct"))


def load_trade_shares() -> pd.DataFrame:
    """Each side's share of the other's trade (per cent), by year; `measure` says which share."""
    return read_data("trade_shares.csv", ("year", "share_pct"))


def load_trade_goods() -> pd.DataFrame:
    """What each side sells the other, by year (a share in per cent where the source gives one)."""
    return read_data("trade_goods.csv", ("year", "share_pct"))


def load_oil_suppliers() -> pd.DataFrame:
    """China's top crude supplier by year, Russia's rank, and the tonnes (Mt) where the source gives them."""
    return read_data("oil_suppliers.csv", ("year", "russia_rank", "russia_mt", "saudi_mt"))


def load_power_of_siberia() -> pd.DataFrame:
    """Gas sent through Power of Siberia each year (bcm), with the contract's 38 bcm a year."""
    return read_data("power_of_siberia.csv", ("year", "delivered_bcm", "contract_bcm"))


def load_lng_projects() -> pd.DataFrame:
    """Arctic LNG projects with Chinese owners: who owns what, and what happened."""
    return read_data("lng_projects.csv", ("chinese_stake_pct",))


def load_arms_shares() -> pd.DataFrame:
    """SIPRI-based arms-trade shares by period (per cent of the volume of major weapons, not of money)."""
    return read_data("arms_shares.csv", ("share_pct",))


def load_arms_deals() -> pd.DataFrame:
    """Major Russian arms deals with China: when signed, when delivered, how many, about how much (US$ bn)."""
    return read_data("arms_deals.csv", ("quantity", "value_usd_bn"))


def load_joint_exercises() -> pd.DataFrame:
    """Joint exercises and patrols, dated (`year` is taken from `start`); troop numbers where known."""
    frame = read_data("joint_exercises.csv", ("chinese_troops", "total_troops"))
    frame.insert(1, "year", frame["start"].str[:4].astype(int))
    return frame


def load_northern_sea_route() -> pd.DataFrame:
    """Transit voyages and cargo (Mt) on the whole Northern Sea Route, and all NSR cargo where known."""
    return read_data("northern_sea_route.csv", ("year", "transit_voyages", "transit_mt", "total_nsr_mt"))


def load_cooperation_facts(area: str | None = None) -> pd.DataFrame:
    """The dated facts on money, technology, the Arctic and media (and a few on energy and arms).

    `area`: one of STATIONS, "media" or "border" to keep only those rows (default: all).
    """
    frame = read_data("cooperation_facts.csv", ("number",))
    if area is None:
        return frame
    if area not in frame["area"].unique():
        raise CooperationError(f"There is no area '{area}'; the areas are {', '.join(frame['area'].unique())}.")
    return frame[frame["area"] == area].reset_index(drop=True)


def load_perspectives() -> pd.DataFrame:
    """Who calls the relationship what: one row per government or scholar, summarised in our own words."""
    return read_data("perspectives.csv")


def load_map_points() -> pd.DataFrame:
    """Points for the schematic map, in drawing order within each feature (longitude east of 180 is > 180)."""
    return read_data("map_points.csv", ("order", "lon", "lat"))


def load_scorecard_reference() -> pd.DataFrame:
    """A reference reading of the cooperation scorecard (one reasoned reading, not the only one)."""
    return read_table(DATA_DIR / "cooperation_scorecard.csv", numbers=("depth", "friction"))


# --- small tables for the notebook -------------------------------------------------------


def headline_trade(trade: pd.DataFrame | None = None) -> pd.DataFrame:
    """One headline total per year (the series the figure's bars show)."""
    trade = load_trade_by_year() if trade is None else trade
    return trade[trade["series"] == "headline"].sort_values("year").reset_index(drop=True)


def count_disagreements(trade: pd.DataFrame | None = None) -> pd.DataFrame:
    """Years where a second figure exists: the headline total beside the other count, and the gap."""
    trade = load_trade_by_year() if trade is None else trade
    head = headline_trade(trade).set_index("year")["total_usd_bn"]
    others = trade[trade["series"] != "headline"]
    rows = [{"year": r.year, "headline_usd_bn": head[r.year], "other_usd_bn": r.total_usd_bn,
             "other_counted_by": r.counted_by, "gap_usd_bn": round(head[r.year] - r.total_usd_bn, 2)}
            for r in others.itertuples()]
    return pd.DataFrame(rows)


def station_claims(station: str) -> pd.DataFrame:
    """The claims to test at one station: id, article and the exact words (no verdict: decide first)."""
    from .claims import load_claims

    if station not in STATION_CLAIMS:
        raise CooperationError(f"There is no station '{station}'; the stations are {', '.join(STATIONS)}.")
    claims = load_claims().set_index("id")
    return claims.loc[list(STATION_CLAIMS[station]), ["article", "quote"]]


def claim_verdicts(station: str) -> pd.DataFrame:
    """The register's verdict and reasoning for a station's claims (read after you have decided)."""
    from .claims import load_claims

    if station not in STATION_CLAIMS:
        raise CooperationError(f"There is no station '{station}'; the stations are {', '.join(STATIONS)}.")
    claims = load_claims().set_index("id")
    return claims.loc[list(STATION_CLAIMS[station]), ["verdict", "reasoning"]]


def area_coverage(corpus) -> pd.DataFrame:
    """How many sentences of each article the `areas` layer tags with each area (cue words, not meaning)."""
    from .annotations import AREA_LABELS, annotate

    spans = annotate(corpus, layers="areas")
    table = pd.crosstab(spans["label"], spans["article"])
    table = table.reindex(index=list(AREA_LABELS), columns=list(corpus.ids), fill_value=0)
    table.index.name, table.columns.name = "area", "article"
    return table


def left_out(coverage: pd.DataFrame) -> pd.Series:
    """For each article, the areas it never touches (by the cue words of the `areas` layer)."""
    return pd.Series({article: ", ".join(coverage.index[coverage[article] == 0]) or "(none)"
                      for article in coverage.columns}, name="areas never mentioned")


def perspectives_side_by_side(perspectives: pd.DataFrame | None = None) -> pd.DataFrame:
    """Who, what they call it, the summary, and how good the source is."""
    frame = load_perspectives() if perspectives is None else perspectives
    return frame[["who", "calls_it", "summary", "date", "source_type"]].set_index("who")


# --- the scorecard ------------------------------------------------------------------------

SCORE_FIELDS = ("depth", "dependence", "friction", "number", "quotation")


def plain_quotes(text: str) -> str:
    """Curly quotes and apostrophes made straight, spaces squeezed, so typed quotations can be found."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split())


def find_quotation(quotation: object, corpus) -> str:
    """The id of the article that contains `quotation` word for word (quotes made straight), or ''."""
    if not isinstance(quotation, str) or len(quotation.strip()) < 4:
        return ""
    wanted = plain_quotes(quotation.strip().strip('"'))
    for article in corpus:
        if wanted.lower() in plain_quotes(article.raw).lower():
            return article.id
    return ""


def compare_scorecard(mine: object, corpus) -> pd.DataFrame:
    """Your scorecard beside the reference, one row per area, with what a program can check.

    `mine` is {area: (depth 1-3, who needs whom more, friction 1-3, "a number", "a quotation")}.
    A blank (...) or a wrong shape shows as '(blank)'; nothing here gives a mark.
    """
    reference = load_scorecard_reference().set_index("area")
    mine = mine if isinstance(mine, dict) else {}
    rows = []
    for area in STATIONS:
        given = mine.get(area)
        given = list(given) if isinstance(given, (list, tuple)) and len(given) == len(SCORE_FIELDS) else [...] * 5
        shown = ["(blank)" if value is ... or value is None or value == "" else value for value in given]
        ref = reference.loc[area]
        found = find_quotation(given[4], corpus)
        rows.append({
            "area": area,
            "depth (yours / ref)": f"{shown[0]} / {ref['depth']}",
            "who needs whom more (yours / ref)": f"{shown[1]} / {ref['dependence']}",
            "friction (yours / ref)": f"{shown[2]} / {ref['friction']}",
            "your number": shown[3],
            "your quotation is in": found or ("(blank)" if shown[4] == "(blank)" else "not found word for word"),
            "reference number": ref["number"],
            "reference reasoning": ref["reasoning"],
        })
    return pd.DataFrame(rows).set_index("area")


# --- figures -----------------------------------------------------------------------------


def _style(ax, title: str, ylabel: str = "") -> None:
    ax.set_title(title, fontsize=FONT + 2, loc="left")
    if ylabel:
        ax.set_ylabel(ylabel, fontsize=FONT)
    ax.tick_params(labelsize=FONT - 1)
    for side in ("right", "top"):
        ax.spines[side].set_visible(False)


def _caption(fig, text: str) -> None:
    fig.text(0.06, 0.015, "\n".join(textwrap.wrap(text, 120)), fontsize=FONT - 2, va="bottom", color="#333333")


def _bar(ax, x, height, uncertain: bool, state_only: bool, gid: str, width=0.7, colour=SOLID):
    """One bar in the pack's code: solid = independent source, pale = state media only, hatched = uncertain."""
    face = PALE.get(colour, STATE) if state_only else colour
    if uncertain:
        bar = ax.bar(x, height, width=width, facecolor="white", edgecolor=colour, hatch="///", linestyle="--")
    else:
        bar = ax.bar(x, height, width=width, color=face, edgecolor=colour)
    bar.patches[0].set_gid(gid)
    return bar


LEGEND = [Patch(color=SOLID, label="independent source"), Patch(facecolor=STATE, edgecolor=SOLID, label="state media only"),
          Patch(facecolor="white", edgecolor=SOLID, hatch="///", label="uncertain")]


def plot_map(points: pd.DataFrame | None = None) -> plt.Figure:
    """A schematic map: the border, the main pipelines and the Northern Sea Route, from map_points.csv."""
    points = load_map_points() if points is None else points
    fig, ax = plt.subplots(figsize=(WIDTH, 7.4), dpi=DPI)
    fig.subplots_adjust(left=0.02, right=0.98, top=0.94, bottom=0.24)
    looks = {"border": dict(color="#444444", linewidth=3, linestyle="-"),
             "oil pipeline": dict(color="#7f3f00", linewidth=2.5),
             "gas pipeline": dict(color=OTHER, linewidth=2.5),
             "planned gas pipeline": dict(color=OTHER, linewidth=2, linestyle="--"),
             "sea route": dict(color=SOLID, linewidth=3),
             "sea link": dict(color=SOLID, linewidth=1.5, linestyle=":")}
    for feature, part in points[points["kind"] != "city"].groupby("feature", sort=False):
        part = part.sort_values("order")
        line, = ax.plot(part["lon"], part["lat"], **looks[part["kind"].iloc[0]])
        line.set_gid(feature)
    for city in points[points["kind"] == "city"].itertuples():
        ax.plot(city.lon, city.lat, "o", color="black", markersize=5, gid=city.feature)
        offset = (-8, -14) if city.feature in ("Beijing", "Moscow") else (6, -4)
        ax.annotate(city.feature, (city.lon, city.lat), xytext=offset, textcoords="offset points", fontsize=FONT - 3,
                    ha="right" if offset[0] < 0 else "left")
    for text, lon, lat, size in [("RUSSIA", 95, 63, FONT + 6), ("CHINA", 103, 36, FONT + 6), ("MONGOLIA", 103, 45.5, FONT - 2),
                                 ("KAZAKHSTAN", 70, 47, FONT - 2), ("Arctic Ocean", 120, 80.5, FONT), ("Pacific Ocean", 170, 43, FONT)]:
        ax.text(lon, lat, text, fontsize=size, color=GREY, ha="center", va="center")
    ax.set_xlim(28, 196)
    ax.set_ylim(31, 83)
    ax.set_aspect(1 / math.cos(math.radians(58)))
    ax.set_xticks([])
    ax.set_yticks([])
    handles = [Line2D([], [], label="Russia-China border", **looks["border"]),
               Line2D([], [], label="oil pipeline (ESPO spur)", **looks["oil pipeline"]),
               Line2D([], [], label="gas pipeline (Power of Siberia)", **looks["gas pipeline"]),
               Line2D([], [], label="planned gas pipeline (Power of Siberia 2)", **looks["planned gas pipeline"]),
               Line2D([], [], label="Northern Sea Route", **looks["sea route"]),
               Line2D([], [], label="onward sea links", **looks["sea link"])]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.01), ncol=3, fontsize=FONT - 3)
    _style(ax, "Schematic map: the border, the main pipelines and the Northern Sea Route")
    _caption(fig, "Schematic, not to scale: straight lines join approximate positions of named places "
                  "(helpers/data/map_points.csv, each with its source); no coastlines are drawn. Longitudes past "
                  "180° continue east to the Bering Strait.")
    return fig


def describe_map(points: pd.DataFrame | None = None) -> str:
    points = load_map_points() if points is None else points
    lines = points[points["kind"] != "city"]["feature"].unique()
    return (f"Schematic map with {len(lines)} lines drawn from {len(points)} sourced points: the Russia-China border "
            "along the Amur and Ussuri rivers (and a short western section), an oil and a gas pipeline crossing it "
            "near Mohe and Blagoveshchensk, a planned gas pipeline through Mongolia, and the Northern Sea Route "
            "along Russia's Arctic coast from the Kara Gates to the Bering Strait.")


def plot_trade_by_year(trade: pd.DataFrame | None = None) -> plt.Figure:
    """Bars: the headline total per year; diamonds: the Russian side's count where it differs."""
    trade = load_trade_by_year() if trade is None else trade
    head = headline_trade(trade)
    fig, ax = plt.subplots(figsize=(WIDTH, 6.4), dpi=DPI)
    fig.subplots_adjust(left=0.08, right=0.98, top=0.92, bottom=0.2)
    for row in head.itertuples():
        _bar(ax, row.year, row.total_usd_bn, row.uncertain, row.state_media_only, f"trade {row.year}")
    others = trade[trade["series"] != "headline"]
    for row in others.itertuples():
        russian = row.series == "Russian count"
        ax.plot(row.year, row.total_usd_bn, "D" if russian else "o", markersize=9,
                color=OTHER if russian else "white", markeredgecolor=OTHER, markeredgewidth=2,
                gid=f"{row.series} {row.year}")
    ax.set_xticks(range(int(head.year.min()), int(head.year.max()) + 1, 2))
    _style(ax, "China-Russia goods trade by year, and where the two sides' counts differ", "US$ billion (not adjusted)")
    handles = LEGEND + [Line2D([], [], marker="D", color=OTHER, linestyle="", markersize=9, label="Russian side's count"),
                        Line2D([], [], marker="o", color="white", markeredgecolor=OTHER, linestyle="", markersize=9,
                               markeredgewidth=2, label="rival figure (2015)")]
    ax.legend(handles=handles, loc="upper left", fontsize=FONT - 2)
    _caption(fig, "Bars: Chinese customs totals as reported (2007 from Russia's trade mission; 2012 from a Chinese "
                  "ministry, seen only on a low-quality site). Dollars of each year, goods only. "
                  "Source: helpers/data/trade_by_year.csv.")
    return fig


def describe_trade_by_year(trade: pd.DataFrame | None = None) -> str:
    trade = load_trade_by_year() if trade is None else trade
    head = headline_trade(trade)
    first, last, peak = head.iloc[0], head.iloc[-1], head.loc[head.total_usd_bn.idxmax()]
    return (f"Bar chart: trade rose from about ${first.total_usd_bn:g}bn in {first.year} to a peak of "
            f"${peak.total_usd_bn:g}bn in {peak.year}, then ${last.total_usd_bn:g}bn in {last.year}, with dips in 2009, "
            f"2015 and 2020; {int(head.state_media_only.sum())} of {len(head)} bars rest on state media only, "
            f"{int(head.uncertain.sum())} are uncertain, and {int((trade.series != 'headline').sum())} markers show a second count.")


def plot_shares(shares: pd.DataFrame | None = None) -> plt.Figure:
    """Two lines: China's share of Russia's trade and Russia's share of China's (per cent); hollow = uncertain."""
    shares = load_trade_shares() if shares is None else shares
    fig, ax = plt.subplots(figsize=(WIDTH, 6.2), dpi=DPI)
    fig.subplots_adjust(left=0.08, right=0.98, top=0.92, bottom=0.17)
    styles = {"China's share of Russia's trade": (OTHER, "o"), "Russia's share of China's trade": (SOLID, "s"),
              "China's share of Russia's imports": (OTHER, "^")}
    for measure, (colour, marker) in styles.items():
        part = shares[shares["measure"] == measure].sort_values("year")
        if measure != "China's share of Russia's imports":
            line, = ax.plot(part["year"], part["share_pct"], color=colour, linewidth=2, label=measure)
            line.set_gid(measure)
        for row in part.itertuples():
            ax.plot(row.year, row.share_pct, marker, markersize=9, color=colour if not row.uncertain else "white",
                    markeredgecolor=colour, markeredgewidth=2)
            if row.state_media_only:
                ax.annotate("*", (row.year, row.share_pct), xytext=(6, 4), textcoords="offset points", fontsize=FONT + 2)
    ax.plot([], [], "^", color=OTHER, markersize=9, label="China's share of Russia's imports (points only)")
    ax.plot([], [], "o", color="white", markeredgecolor=GREY, markeredgewidth=2, markersize=9, label="hollow: uncertain")
    ax.plot([], [], " ", label="*: state media only")
    ax.set_ylim(0, 40)
    _style(ax, "How much each matters to the other: shares of each other's trade", "per cent")
    ax.legend(loc="upper left", fontsize=FONT - 2)
    _caption(fig, "Years are joined by straight lines even where no figure exists in between. Source: "
                  "helpers/data/trade_shares.csv (several 2023-25 values are our arithmetic from published totals).")
    return fig


def describe_shares(shares: pd.DataFrame | None = None) -> str:
    shares = load_trade_shares() if shares is None else shares
    china = shares[shares.measure == "China's share of Russia's trade"].sort_values("year")
    russia = shares[shares.measure == "Russia's share of China's trade"].sort_values("year")
    return (f"Line chart: China's share of Russia's trade climbs from about {china.share_pct.iloc[0]:g}% "
            f"({china.year.iloc[0]}) to {china.share_pct.iloc[-1]:g}% ({china.year.iloc[-1]}), while Russia's share "
            f"of China's trade stays between {russia.share_pct.min():g}% and {russia.share_pct.max():g}%.")


def plot_power_of_siberia(gas: pd.DataFrame | None = None) -> plt.Figure:
    """Bars: gas delivered each year; dashed line: the 38 bcm a year in the 2014 contract."""
    gas = load_power_of_siberia() if gas is None else gas
    fig, ax = plt.subplots(figsize=(WIDTH, 5.6), dpi=DPI)
    fig.subplots_adjust(left=0.08, right=0.98, top=0.9, bottom=0.18)
    for row in gas.itertuples():
        _bar(ax, row.year, row.delivered_bcm, row.uncertain, row.state_media_only, f"gas {row.year}")
        ax.text(row.year, row.delivered_bcm + 0.8, f"{row.delivered_bcm:g}", ha="center", fontsize=FONT - 1)
    contract = gas["contract_bcm"].max()
    line = ax.axhline(contract, color=OTHER, linestyle="--", linewidth=2)
    line.set_gid("contract")
    ax.text(gas.year.max() + 0.4, contract + 1, f"contract: up to {contract:g} bcm a year", color=OTHER, fontsize=FONT,
            ha="right")
    ax.set_ylim(0, contract + 8)
    ax.set_xticks(list(gas.year))
    _style(ax, "Power of Siberia: gas sent to China each year against the contract", "billion cubic metres (bcm)")
    ax.legend(handles=LEGEND, loc="upper left", fontsize=FONT - 2, bbox_to_anchor=(0, 0.78))
    _caption(fig, "All yearly volumes are Gazprom's own figures as reported by Russian state media (pale bars); "
                  "officials' cross-checks agree within 0.1 bcm. Source: helpers/data/power_of_siberia.csv.")
    return fig


def describe_power_of_siberia(gas: pd.DataFrame | None = None) -> str:
    gas = load_power_of_siberia() if gas is None else gas
    return (f"Bar chart: deliveries rose every year, from {gas.delivered_bcm.iloc[0]:g} bcm in {gas.year.iloc[0]} to "
            f"{gas.delivered_bcm.iloc[-1]:g} bcm in {gas.year.iloc[-1]}, still below the dashed contract line at "
            f"{gas.contract_bcm.max():g} bcm; every bar rests on Gazprom's figures via state media.")


def plot_arms_shares(arms: pd.DataFrame | None = None) -> plt.Figure:
    """Bars by period: Russia's share of China's arms imports, and China's share of Russia's arms exports."""
    arms = load_arms_shares() if arms is None else arms
    periods = sorted(arms["period"].unique())
    fig, ax = plt.subplots(figsize=(WIDTH, 6.0), dpi=DPI)
    fig.subplots_adjust(left=0.08, right=0.98, top=0.9, bottom=0.2)
    measures = ["Russia's share of China's arms imports", "China's share of Russia's arms exports"]
    for k, (measure, colour) in enumerate(zip(measures, (SOLID, OTHER))):
        for row in arms[arms["measure"] == measure].itertuples():
            x = periods.index(row.period) + (k - 0.5) * 0.38
            _bar(ax, x, row.share_pct, row.uncertain, row.state_media_only, f"{measure} {row.period}", width=0.36, colour=colour)
            over = "over " if row.note.lower().startswith("'over") else ""
            ax.text(x, row.share_pct + 1.5, f"{over}{row.share_pct:g}%", ha="center", fontsize=FONT - 2)
    ax.set_xticks(range(len(periods)), periods, fontsize=FONT - 1)
    ax.set_ylim(0, 118)
    ax.set_yticks(range(0, 101, 20))
    _style(ax, "Arms trade shares by period (SIPRI data as relayed)", "per cent of the volume of major weapons")
    handles = [Patch(color=SOLID, label=measures[0]), Patch(color=OTHER, label=measures[1]),
               Patch(facecolor=PALE[SOLID], edgecolor=GREY, label="pale: state media only"),
               Patch(facecolor="white", edgecolor=GREY, hatch="///", label="hatched: uncertain")]
    ax.legend(handles=handles, loc="upper center", ncol=2, fontsize=FONT - 2)
    _caption(fig, "SIPRI measures the volume of weapons delivered (trend-indicator values), not money, and "
                  "compares five-year periods; the periods here overlap. Source: helpers/data/arms_shares.csv.")
    return fig


def describe_arms_shares(arms: pd.DataFrame | None = None) -> str:
    arms = load_arms_shares() if arms is None else arms
    imports = arms[arms.measure == "Russia's share of China's arms imports"]
    exports = arms[arms.measure == "China's share of Russia's arms exports"]
    return (f"Grouped bars: Russia supplied {imports.share_pct.min():g}-{imports.share_pct.max():g}% of China's "
            f"arms imports in every period shown, while China's share of Russia's arms exports fell from "
            f"{exports.share_pct.iloc[0]:g}% (1992-2007) to {exports.share_pct.min():g}% (2012-16) and was about "
            f"{exports.share_pct.iloc[-1]:g}% in 2018-22 (a state-media-only figure).")


def plot_northern_sea_route(nsr: pd.DataFrame | None = None) -> plt.Figure:
    """Bars: cargo carried right through the Northern Sea Route each year (million tonnes)."""
    nsr = load_northern_sea_route() if nsr is None else nsr
    fig, ax = plt.subplots(figsize=(WIDTH, 5.6), dpi=DPI)
    fig.subplots_adjust(left=0.08, right=0.98, top=0.9, bottom=0.18)
    for row in nsr.itertuples():
        _bar(ax, row.year, row.transit_mt, row.uncertain, row.state_media_only, f"transit {row.year}")
        ax.text(row.year, row.transit_mt + 0.08, f"{row.transit_mt:g} Mt\n{row.transit_voyages:g} voyages",
                ha="center", fontsize=FONT - 2)
    ax.set_ylim(0, 4)
    ax.set_xticks(list(nsr.year))
    _style(ax, "Northern Sea Route: cargo sailing the whole route (transit), by year", "million tonnes (Mt)")
    ax.legend(handles=LEGEND, loc="upper left", fontsize=FONT - 2)
    _caption(fig, "For scale: all cargo on the route (mostly Russian exports such as LNG) was about 36 Mt in 2023 and "
                  "38 Mt in 2024, figures from state media only. Source: helpers/data/northern_sea_route.csv.")
    return fig


def describe_northern_sea_route(nsr: pd.DataFrame | None = None) -> str:
    nsr = load_northern_sea_route() if nsr is None else nsr
    last = nsr.iloc[-1]
    return (f"Bar chart: transit cargo went from {nsr.transit_mt.iloc[0]:g} Mt in {nsr.year.iloc[0]} to almost nothing "
            f"in 2022 (uncertain) and a record {last.transit_mt:g} Mt in {last.year}, against about "
            f"{last.total_nsr_mt:g} Mt of all cargo on the route that year.")
