"""Russia-China relations 1950-2023 as data: events, eras, bilateral trade, and when our articles were written.

The data lives in plain CSV files in `helpers/data/` that you can open and extend:

- `timeline.csv`: one row per event (date, how precise the date is, era, a short label, a one-line
  description, the areas it touches, whether it is uncertain, and its sources: a URL, and, where one of
  our articles mentions the event, the exact words and where they are in that article).
- `timeline_mentions.csv`: more places where the articles mention an event.
- `eras.csv`: where each era starts, and why we put the line there.
- `trade.csv`: yearly goods trade between the two countries, with sources.

Dates are written as precisely as we know them: `1969-03-02` (a day), `1992-02` (a month) or
`1960` (a year). A range has an `end_date` too. Figures are drawn by `helpers.timeline_plots`.
"""

from __future__ import annotations


import pandas as pd

from .articles import read_catalog
from .paths import DATA_DIR
from .data_files import read_rows
from .errors import PackError
from .dates import MONTH_ABBREVIATIONS, date_precision, describe_date, first_and_last_day
from .sources import check_source_types, check_yes_no, source_label, split_sources
from .tables import Table, short_label, table
from .inputs import is_table_with

TIMELINE_FILE = DATA_DIR / "timeline.csv"
MENTIONS_FILE = DATA_DIR / "timeline_mentions.csv"
ERAS_FILE = DATA_DIR / "eras.csv"
TRADE_FILE = DATA_DIR / "trade.csv"

PRECISIONS = ("day", "month", "year", "range")
AREAS = ("political", "military", "economic", "energy", "arctic_transport", "technology_space",
         "finance", "information_media", "border")
TIMELINE_END = pd.Timestamp("2023-12-31")


class TimelineError(PackError):
    """A problem in one of the timeline data files, said in one sentence."""


# --- dates written as precisely as we know them ---------------------------------------------


def describe_range(start: str, end: str) -> str:
    """A range as people write it: '15-18 May 1989', or 'Jan 1991 – Dec 1992' when it spans months."""
    first, last = first_and_last_day(start)[0], first_and_last_day(end)[1]
    if date_precision(start) == date_precision(end) == "day" and (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {MONTH_ABBREVIATIONS[first.month - 1]} {first.year}"
    if date_precision(start) == date_precision(end) == "year":
        return f"{first.year}–{last.year}"
    return f"{describe_date(start)} – {describe_date(end)}"


def yes(value: str, row: str, column: str) -> bool:
    """True for "yes", False for "no" (any case); a TimelineError naming the row for anything else."""
    if value.strip().lower() not in ("yes", "no"):
        raise TimelineError(f"{row}: the column '{column}' says '{value}'; write yes or no.")
    return value.strip().lower() == "yes"


def load_eras() -> pd.DataFrame:
    """The eras in order: name, first and last day, short label, the event that opens it, and why."""
    rows = read_rows(ERAS_FILE)
    for row in rows:
        check_source_types(row["url"], row.get("source_type", ""), f"eras.csv, era '{row['era']}'")
    starts = []
    for row in rows:
        try:
            starts.append(first_and_last_day(row["start"])[0])
        except ValueError as problem:
            raise TimelineError(f"eras.csv, era '{row['era']}': {problem}") from None
    if starts != sorted(starts):
        raise TimelineError("eras.csv: the eras must be listed in time order, earliest first.")
    ends = [start - pd.Timedelta(days=1) for start in starts[1:]] + [TIMELINE_END]
    eras = pd.DataFrame(rows)
    eras.insert(1, "start_date", starts)
    eras.insert(2, "end_date", ends)
    return eras.drop(columns="start")


def era_of(day: str | pd.Timestamp) -> str:
    """The era a day falls in, by the start dates in eras.csv."""
    day = first_and_last_day(day)[0] if isinstance(day, str) else pd.Timestamp(day)
    eras = load_eras()
    found = eras[(eras.start_date <= day) & (eras.end_date >= day)]
    if found.empty:
        return "before 1950" if day < eras.start_date.iloc[0] else "after 2023"
    return found.era.iloc[0]


def source_text(row: dict[str, str]) -> str:
    """A short 'where this comes from' for one event: the first URL (where the fact can be checked), else
    the seed span. A seed that mentions an event is not proof of it; mentions are in load_mentions()."""
    if row["url"]:
        return row["url"].split(" ; ")[0]
    return f"{row['seed']} [{row['seed_start']}:{row['seed_end']}]"


def check_event(row: dict[str, str], number: int, era_names: list[str]) -> None:
    """Raise TimelineError, in one sentence, for the first problem in one row of timeline.csv."""
    where = f"timeline.csv row {number} ({row.get('id') or 'no id'})"
    if row["precision"] not in PRECISIONS:
        raise TimelineError(f"{where}: precision '{row['precision']}' should be one of {', '.join(PRECISIONS)}.")
    try:
        kind = date_precision(row["date"])
        first_and_last_day(row["date"])
        if row["end_date"]:
            first_and_last_day(row["end_date"])
    except ValueError as problem:
        raise TimelineError(f"{where}: {problem}") from None
    if row["precision"] == "range" and not row["end_date"]:
        raise TimelineError(f"{where}: a range needs an end_date.")
    if row["precision"] != "range" and (row["end_date"] or kind != row["precision"]):
        raise TimelineError(f"{where}: the date '{row['date']}' does not match precision '{row['precision']}' "
                            "(a day is YYYY-MM-DD, a month YYYY-MM, a year YYYY; only a range has an end_date).")
    if row["era"] not in era_names:
        raise TimelineError(f"{where}: era '{row['era']}' is not in eras.csv; use one of: {', '.join(era_names)}.")
    unknown = [area for area in split_list(row["areas"]) if area not in AREAS]
    if unknown or not row["areas"].strip():
        raise TimelineError(f"{where}: areas should be some of {', '.join(AREAS)}, separated by ';'.")
    if not row["url"] and not row["seed"]:
        raise TimelineError(f"{where}: every event needs a source: a URL, or a seed span (seed, quote, seed_start, seed_end).")
    check_source_types(row["url"], row.get("source_type", ""), where)  # one type per URL (source_types.csv)
    check_yes_no(row.get("state_media_only", "no"), where, "state_media_only")
    if row["seed"] and not (row["quote"] and row["seed_start"].isdigit() and row["seed_end"].isdigit()):
        raise TimelineError(f"{where}: a seed source needs the exact quote and its seed_start and seed_end offsets.")


def split_list(text: str) -> list[str]:
    """'political; border' -> ['political', 'border']."""
    return [part.strip() for part in text.split(";") if part.strip()]


def load_timeline() -> pd.DataFrame:
    """Every event, in date order, one row each.

    Columns: id, when (as people write it), date (first day), until (last day), precision, era, label,
    description, areas (a list), key (shown on the overview figure), uncertain, note, url, seed, quote,
    seed_start, seed_end, source (a short reference).
    """
    era_names = list(load_eras().era)
    rows = read_rows(TIMELINE_FILE)
    if not rows:
        raise TimelineError("timeline.csv has no events: add at least one row under the header.")
    seen = set()
    records = []
    for number, row in enumerate(rows, start=2):
        check_event(row, number, era_names)
        if row["id"] in seen:
            raise TimelineError(f"timeline.csv row {number}: the id '{row['id']}' is used twice; give each event its own id.")
        seen.add(row["id"])
        first, last = first_and_last_day(row["date"])
        when = describe_date(row["date"])
        if row["end_date"]:
            last = first_and_last_day(row["end_date"])[1]
            when = describe_range(row["date"], row["end_date"])
        records.append({
            "id": row["id"], "when": when, "date": first, "until": last, "precision": row["precision"],
            "era": row["era"], "label": row["label"], "description": row["description"],
            "areas": split_list(row["areas"]), "key": yes(row["key"], f"timeline.csv row {number}", "key"),
            "uncertain": yes(row["uncertain"], f"timeline.csv row {number}", "uncertain"), "note": row["note"],
            "url": row["url"], "source_type": row["source_type"],
            "state_media_only": row["state_media_only"] == "yes", "seed": row["seed"], "quote": row["quote"],
            "seed_start": int(row["seed_start"]) if row["seed"] else None,
            "seed_end": int(row["seed_end"]) if row["seed"] else None,
            "source": source_text(row),
        })
    timeline = pd.DataFrame(records).sort_values(["date", "until"], kind="stable").reset_index(drop=True)
    timeline["seed_start"] = timeline["seed_start"].astype("Int64")
    timeline["seed_end"] = timeline["seed_end"].astype("Int64")
    return timeline


def load_mentions() -> pd.DataFrame:
    """Every place where one of the five seed articles mentions a timeline event.

    Columns: event, label, seed, quote, seed_start, seed_end, note. The first mention of each event is
    the seed source given in timeline.csv; the others come from timeline_mentions.csv.
    """
    timeline = load_timeline()
    labels = dict(zip(timeline.id, timeline.label))
    rows = [{"event": e.id, "seed": e.seed, "quote": e.quote, "seed_start": int(e.seed_start),
             "seed_end": int(e.seed_end), "note": ""} for e in timeline.itertuples() if e.seed]
    for number, row in enumerate(read_rows(MENTIONS_FILE), start=2):
        if row["event"] not in labels:
            raise TimelineError(f"timeline_mentions.csv row {number}: there is no event '{row['event']}' in timeline.csv.")
        if not (row["seed_start"].isdigit() and row["seed_end"].isdigit()):
            raise TimelineError(f"timeline_mentions.csv row {number}: seed_start and seed_end must be whole numbers.")
        rows.append({**row, "seed_start": int(row["seed_start"]), "seed_end": int(row["seed_end"])})
    mentions = pd.DataFrame(rows)
    mentions.insert(1, "label", mentions.event.map(labels))
    return mentions.sort_values(["seed", "seed_start"]).reset_index(drop=True)


def mentions_table() -> pd.DataFrame:
    """Which article mentions which event: one row per event, one column per seed, ✓ where it does."""
    mentions = load_mentions()
    seeds = [row["id"] for row in read_catalog()]
    timeline = load_timeline()
    mentioned = timeline[timeline.id.isin(mentions.event)]
    table = pd.DataFrame({"when": mentioned.when.values, "event": mentioned.label.values}, index=mentioned.id.values)
    for seed in seeds:
        events = set(mentions.event[mentions.seed == seed])
        table[seed] = ["✓" if event in events else "" for event in table.index]
    return table.set_index("when")


def load_trade() -> pd.DataFrame:
    """Yearly goods trade between China and Russia (both directions, billions of US dollars, Chinese customs
    figures as reported, not adjusted for inflation), with an `uncertain` flag, a note and sources."""
    rows = read_rows(TRADE_FILE)
    records = []
    for number, row in enumerate(rows, start=2):
        try:
            year, total = int(row["year"]), float(row["total_usd_bn"])
        except ValueError:
            raise TimelineError(f"trade.csv row {number}: year must be a whole number and total_usd_bn a number, e.g. 2019,110.75.") from None
        if not row["url"]:
            raise TimelineError(f"trade.csv row {number}: every figure needs a source URL.")
        if "source_type" in row:  # checked once the coop team adds the column (helpers/data/source_types.csv)
            check_source_types(row["url"], row["source_type"], f"trade.csv row {number}")
        records.append({"year": year, "total_usd_bn": total,
                        "uncertain": yes(row["uncertain"], f"trade.csv row {number}", "uncertain"),
                        "note": row["note"], "url": row["url"],
                        **{key: row[key] for key in ("source_type", "state_media_only") if key in row}})
    return pd.DataFrame(records).sort_values("year").reset_index(drop=True)


# --- choosing events ------------------------------------------------------------------


def check_timeline(timeline: object) -> pd.DataFrame:
    """`timeline` itself if it is a table of events like load_timeline() returns; else a TimelineError."""
    needed = ("id", "when", "date", "until", "era", "label", "description", "areas", "key", "uncertain", "note", "source")
    if not is_table_with(timeline, needed):
        raise TimelineError(f"timeline should be the table load_timeline() returns (or some of its rows), not a "
                            f"{type(timeline).__name__}; to choose an area or an era, name it: area='energy', era='alliance'.")
    return timeline


def select_events(timeline: pd.DataFrame | None = None, area: str | None = None, since: str | None = None,
                  until: str | None = None, key_only: bool = False) -> pd.DataFrame:
    """The events in one area (e.g. 'energy'), between two dates, or only the key ones."""
    timeline = load_timeline() if timeline is None else check_timeline(timeline)
    chosen = timeline
    if area not in (None, "", "all"):
        if area not in AREAS:
            raise TimelineError(f"There is no area '{area}'; choose one of: {', '.join(AREAS)}.")
        chosen = chosen[chosen.areas.apply(lambda areas: area in areas)]
    if since:
        chosen = chosen[chosen.until >= first_and_last_day(str(since))[0]]
    if until:
        chosen = chosen[chosen.date <= first_and_last_day(str(until))[1]]
    if key_only:
        chosen = chosen[chosen.key]
    return chosen.reset_index(drop=True)


def events_table(ids: list[str] | None = None, era: str | None = None,
                 timeline: pd.DataFrame | None = None) -> pd.DataFrame:
    """A readable table of some events (by id, or all events of one era): when, what, and the source."""
    timeline = load_timeline() if timeline is None else check_timeline(timeline)
    chosen = timeline
    if ids is not None:
        if isinstance(ids, str) or not isinstance(ids, (list, tuple, set)):
            raise TimelineError(f"Give the event ids as a list, e.g. events_table(['crimea_2014']), not {ids!r}.")
        unknown = [event for event in ids if event not in set(timeline.id)]
        if unknown:
            raise TimelineError(f"There is no event '{unknown[0]}' in timeline.csv; the ids are in its first column.")
        chosen = chosen[chosen.id.isin(ids)]
    if era is not None:
        eras = list(load_eras().era)
        if era not in eras:
            raise TimelineError(f"There is no era '{era}'; choose one of: {', '.join(eras)}.")
        chosen = chosen[chosen.era == era]
    table = chosen[["when", "label", "description", "uncertain", "source"]].copy()
    table["uncertain"] = [(note or "yes") if flag else "" for flag, note in zip(chosen.uncertain, chosen.note)]
    table["url"] = table["source"]
    kinds = chosen["source_type"] if "source_type" in chosen.columns else [""] * len(chosen)
    table["source"] = [first_label(url, kind) for url, kind in zip(table["url"], kinds)]
    return table.set_index("when")


def first_label(address: str, types: str) -> str:
    """The short label of the first address of a fact ('Reuters · wire'), and how many more sources it has."""
    addresses, kinds = split_sources(address), split_sources(types or "")
    if not addresses or not addresses[0].startswith("http"):
        return address
    label = source_label(addresses[0], kinds[0]) if kinds else short_label(addresses[0])
    return label + (f" (+{len(addresses) - 1} more)" if len(addresses) > 1 else "")


def events_card(ids: list[str] | None = None, era: str | None = None, timeline: pd.DataFrame | None = None) -> Table:
    """events_table() ready to show: left-aligned, whole descriptions, a short source label that links to
    the full address."""
    chosen = events_table(ids, era, timeline)
    return table(chosen.drop(columns="url"), links={"source": list(chosen["url"])})


def seed_dates() -> pd.DataFrame:
    """When each seed article was written, from seeds/catalog.csv: stated, estimated (a range) or unknown."""
    rows = []
    for row in read_catalog():
        earliest = pd.Timestamp(row["earliest"]) if row["earliest"] else pd.NaT
        latest = pd.Timestamp(row["latest"]) if row["latest"] else pd.NaT
        rows.append({"id": row["id"], "date_status": row["date_status"], "earliest": earliest, "latest": latest,
                     "evidence": row["date_evidence"]})
    return pd.DataFrame(rows)


def essay_history_check(essay, start_heading: str = "Historical Context", end_heading: str = "Political Cooperation") -> Table:
    """The events an article mentions between two of its headings, each with the timeline's date and source:
    its history section checked against the timeline. (Notebook 01 uses it on the essay.)"""
    starts = [p for p in essay.paragraphs if p.text.startswith(start_heading)]
    ends = [p for p in essay.paragraphs if p.text.startswith(end_heading)]
    if not starts or not ends:
        raise TimelineError(f"The article {essay.id!r} has no section from {start_heading!r} to {end_heading!r}.")
    mentions = load_mentions()
    inside = mentions[(mentions.seed == essay.id) & mentions.seed_start.between(starts[0].start, ends[0].start)]
    timeline = load_timeline()
    checked = inside.merge(timeline[["id", "when", "url", "source_type"]], left_on="event", right_on="id")
    shown = pd.DataFrame({"the essay says": checked["quote"], "timeline event": checked["label"],
                          "when": checked["when"],
                          "source": [first_label(u, k) for u, k in zip(checked["url"], checked["source_type"])]})
    return table(shown.set_index("the essay says"), links={"source": list(checked["url"])})
