"""The date detective: when was an undated article written?

    from helpers import load_seeds
    from helpers.dating import date_article
    result = date_article(load_seeds()["fragment"])
    print(result.verdict)
    result.evidence            # one row per clue, with what it implies and why

Clues come from five places (the finders are in `helpers.dating_clues`):
- a date printed at the top of the article ("MOSCOW, July 16, 2001 --"), or given in its header;
- dates, months and years in the text: told as past they are lower bounds, told as still to come
  ("will turn 20 on February 28, 2022") upper bounds, never the other way round;
- people named with an office and their full name, such as "Premier Li Keqiang", checked against their terms in
  `helpers/data/office_holders.csv` ("Premier Li" alone could be three different men, so it dates nothing);
- named events, such as "the full-scale invasion", from `helpers/data/dating_cues.csv`;
- relative words such as "this week", when the same sentence gives the day they count from.

Each clue has a strength: **firm** (if the text is right, this must hold), **likely** (holds on the most
natural reading) or **weak** (a hint only). The proposal keeps them apart: firm bounds first, then the
range the likely clues point to. When clues contradict each other the detective says so and gives no range
rather than a wrong one; the evidence table shows every clue, so you can disagree with it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .annotations import COLUMNS as ANNOTATION_COLUMNS
from .annotations import annotate
from .articles import Article, Corpus
from .dates import describe_day
from .dating_clues import (CUES_FILE, OFFICE_FILE, STRENGTHS, DatingError, date_clues, event_clues, header_clue,
                           load_dating_cues, load_office_holders, office_holder_clues, printed_date_clues,
                           relative_clues)
from .inputs import is_list_of_articles, is_table_with

__all__ = ["DatingError", "DatingResult", "STRENGTHS", "date_article", "date_corpus", "dating_evidence",
           "evidence_spans", "load_dating_cues", "load_office_holders", "CUES_FILE", "OFFICE_FILE"]

COLUMNS = ["article", "text", "start", "end", "kind", "earliest", "latest", "strength", "reason", "source"]


@dataclass
class DatingResult:
    """What the detective proposes for one article, and the evidence behind it.

    `conflict` is "" or one sentence saying which clues contradict each other; then no range is given.
    """

    article: str
    evidence: pd.DataFrame
    earliest: pd.Timestamp | None         # firm clues only
    latest: pd.Timestamp | None
    likely_earliest: pd.Timestamp | None  # firm and likely clues
    likely_latest: pd.Timestamp | None
    weak_earliest: pd.Timestamp | None    # the best weak lower bound, when nothing stronger exists
    verdict: str
    conflict: str = ""

    def __repr__(self) -> str:
        return f"<DatingResult {self.article!r}: {self.verdict}>"


# --- gathering the clues --------------------------------------------------------------------------


def dating_evidence(article: Article) -> pd.DataFrame:
    """Every dating clue in an article: one row each, with what it implies and why."""
    if not isinstance(article, Article):
        raise DatingError("dating_evidence() takes one article, e.g. corpus['essay']; for all of them use date_corpus(corpus).")
    dates = annotate(article, layers=["dates"])
    printed = printed_date_clues(article, dates)
    printed_spans = [(row["start"], row["end"]) for row in printed]
    found = (printed + date_clues(article, dates, {start for start, _ in printed_spans})
             + office_holder_clues(article, printed_spans) + event_clues(article) + relative_clues(article, dates))
    found += header_clue_if_needed(article, printed)
    fix_yearless_dates(found)
    evidence = pd.DataFrame(found, columns=COLUMNS)
    evidence["start"] = evidence["start"].astype("Int64")
    evidence["end"] = evidence["end"].astype("Int64")
    for column in ("earliest", "latest"):
        evidence[column] = pd.to_datetime(evidence[column])
    return evidence.sort_values(["start", "kind"], na_position="first").reset_index(drop=True)


def header_clue_if_needed(article: Article, printed: list[dict]) -> list[dict]:
    """The header's date, unless a date printed in the text already says the same."""
    header = header_clue(article)
    dated = [row for row in printed if row["kind"] == "printed date"]
    if header and dated and all(header[0]["earliest"] <= row["earliest"] <= header[0]["latest"] for row in dated):
        return []
    return header


def fix_yearless_dates(found: list[dict]) -> None:
    """Give a printed date without a year ("MOSCOW, June 28 --") its year when the other firm and likely clues
    allow exactly one; otherwise it stays a weak clue with no bound."""
    others = [row for row in found if row["strength"] in ("firm", "likely") and row["kind"] != "header date"]
    earliest = max((row["earliest"] for row in others if row["earliest"] is not None), default=None)
    latest = min((row["latest"] for row in others if row["latest"] is not None), default=None)
    if earliest is None or latest is None or earliest > latest:
        return
    for row in found:
        if row["kind"] != "printed date (no year)":
            continue
        month, day = month_and_day(row["text"])
        if month is None:
            continue
        fits = [pd.Timestamp(year=y, month=month, day=day) for y in range(earliest.year, latest.year + 1)
                if valid_day(y, month, day) and earliest <= pd.Timestamp(year=y, month=month, day=day) <= latest]
        if len(fits) == 1:
            row.update(earliest=fits[0], latest=fits[0], strength="likely",
                       reason=f"A date printed at the top without its year; the other clues allow only "
                              f"{fits[0].year}, so it is most likely {describe_day(fits[0])}.")


def month_and_day(text: str) -> tuple[int | None, int | None]:
    """(month, day) from a printed date without a year ("June 28", "28 June")."""
    from .dates import month_number
    import re
    words = re.findall(r"[A-Za-z]+\.?|\d+", text)
    month = next((month_number(word) for word in words if month_number(word)), None)
    day = next((int(word) for word in words if word.isdigit()), None)
    return (month, day) if month and day else (None, None)


def valid_day(year: int, month: int, day: int) -> bool:
    try:
        pd.Timestamp(year=year, month=month, day=day)
        return True
    except ValueError:
        return False


# --- putting the clues together -----------------------------------------------------------------


def bound(values: pd.Series, pick) -> pd.Timestamp | None:
    """`pick` (max or min) of the dates given, or None if there are none."""
    values = values.dropna()
    return None if values.empty else pick(values)


@dataclass
class Range:
    """The earliest and latest day some clues allow (None: open)."""

    earliest: pd.Timestamp | None = None
    latest: pd.Timestamp | None = None

    @property
    def inverted(self) -> bool:
        return self.earliest is not None and self.latest is not None and self.earliest > self.latest

    def excludes(self, first: pd.Timestamp, last: pd.Timestamp) -> bool:
        """True if no day from `first` to `last` lies in this range."""
        return (self.earliest is not None and last < self.earliest) or (self.latest is not None and first > self.latest)


def range_of(rows: pd.DataFrame) -> Range:
    return Range(bound(rows.earliest, max), bound(rows.latest, min))


def row_words(rows: pd.DataFrame, column: str, pick) -> str:
    """'"the words" (kind)' for the clue that sets a bound: the row with the max earliest or min latest."""
    values = rows[column].dropna()
    row = rows.loc[values.idxmax() if pick is max else values.idxmin()]
    return f"'{row.text}' ({row.kind})"


def clash_sentence(rows: pd.DataFrame, strength: str) -> str:
    """One sentence naming the two clues that contradict each other."""
    span = range_of(rows)
    return (f"The {strength} clues contradict each other: {row_words(rows, 'earliest', max)} says on or after "
            f"{describe_day(span.earliest)}, but {row_words(rows, 'latest', min)} says on or before "
            f"{describe_day(span.latest)}. One of them may be a historical or future mention, or the text was updated; "
            "check them, because no range can be given.")


def header_clash(header: pd.DataFrame, text_range: Range) -> str:
    """A sentence if the header's date falls outside what the text's own clues allow; '' otherwise."""
    if header.empty:
        return ""
    first, last = header.earliest.iloc[0], header.latest.iloc[0]
    if not text_range.excludes(first, last):
        return ""
    allowed = " to ".join(describe_day(day) if day is not None else "open" for day in (text_range.earliest, text_range.latest))
    return (f"The header says {header.text.iloc[0]!r}, but the clues in the text allow only {allowed}: "
            "one of them is wrong (or the text was updated), so no range is given; check both.")


def propose(evidence: pd.DataFrame, article_id: str = "") -> DatingResult:
    """Combine the clues: firm bounds, the likely range, and a sentence saying what they add up to.
    Contradictions are reported (`conflict`) and never turned into an upside-down range."""
    header = evidence[evidence.kind == "header date"]
    text = evidence[evidence.kind != "header date"]
    firm_rows = text[text.strength == "firm"]
    likely_rows = text[text.strength.isin(["firm", "likely"])]
    weak_earliest = bound(evidence[evidence.strength == "weak"].earliest, max)
    firm, likely = range_of(firm_rows), range_of(likely_rows)
    if firm.inverted:
        return DatingResult(article_id, evidence, None, None, None, None, weak_earliest,
                            clash_sentence(firm_rows, "firm"), clash_sentence(firm_rows, "firm"))
    note = ""
    if likely.inverted:
        note = clash_sentence(likely_rows, "likely").replace(" because no range can be given", " so only the firm range stands")
        likely = firm
    clash = header_clash(header, likely if likely.earliest or likely.latest else firm)
    if clash:
        return DatingResult(article_id, evidence, None, None, None, None, weak_earliest, clash, clash)
    if not header.empty:
        firm = combine(firm, header)
        likely = combine(likely, header)
    sentence = verdict(firm.earliest, firm.latest, likely.earliest, likely.latest, weak_earliest)
    return DatingResult(article_id, evidence, firm.earliest, firm.latest, likely.earliest, likely.latest,
                        weak_earliest, f"{sentence} {note}".strip())


def combine(span: Range, header: pd.DataFrame) -> Range:
    """A range narrowed by the header's date (which lies inside it)."""
    first, last = header.earliest.iloc[0], header.latest.iloc[0]
    earliest = first if span.earliest is None else max(span.earliest, first)
    latest = last if span.latest is None else min(span.latest, last)
    return Range(earliest, latest)


def verdict(earliest, latest, likely_earliest, likely_latest, weak_earliest) -> str:
    """One sentence: what the clues add up to (the ranges are never upside down here)."""
    if earliest is not None and earliest == latest:
        return f"Dated: {describe_day(earliest)}."
    if earliest is None and latest is None:
        if likely_earliest is not None or likely_latest is not None:
            start = f"{describe_day(likely_earliest)} or later" if likely_earliest is not None else "no lower bound"
            end = f", up to {describe_day(likely_latest)}." if likely_latest is not None else "."
            if likely_earliest is None:
                return f"No firm clue. The likely clues point to a date on or before {describe_day(likely_latest)}."
            if likely_earliest == likely_latest:
                return f"No firm clue. The likely clues point to {describe_day(likely_earliest)}."
            return f"No firm clue. The likely clues point to {start}{end}"
        if weak_earliest is not None:
            return f"Cannot be dated from its text: only a weak hint that it is from {describe_day(weak_earliest)} or later."
        return "Cannot be dated from its text: there is no clue to its date."
    if latest is None:
        firm_part = f"Written on or after {describe_day(earliest)}"
    elif earliest is None:
        firm_part = f"Written on or before {describe_day(latest)}"
    else:
        firm_part = f"Written between {describe_day(earliest)} and {describe_day(latest)}"
    narrower = (likely_earliest, likely_latest) != (earliest, latest)
    if narrower and (likely_latest is not None or likely_earliest is not None):
        if likely_earliest == likely_latest:
            return f"{firm_part}; most consistent with {describe_day(likely_earliest)}."
        if likely_latest is None:
            return f"{firm_part}; most likely on or after {describe_day(likely_earliest)} (the text gives no upper bound)."
        if likely_earliest is None:
            return f"{firm_part}; most likely on or before {describe_day(likely_latest)}."
        return f"{firm_part}; most consistent with {describe_day(likely_earliest)} to {describe_day(likely_latest)}."
    if latest is None:
        return f"{firm_part}; the text gives no upper bound."
    return f"{firm_part}."


def evidence_spans(evidence: pd.DataFrame) -> pd.DataFrame:
    """The clues as annotation rows (layer 'clue'), for `helpers.display.show(article, layers=['clue'], annotations=...)`."""
    if not is_table_with(evidence, COLUMNS):
        raise DatingError("evidence_spans() needs the table of clues, e.g. evidence_spans(dating_evidence(article)) "
                          "or evidence_spans(date_article(article).evidence).")
    located = evidence[evidence.start.notna()]
    rows = pd.DataFrame({"article": located.article, "start": located.start.astype(int), "end": located.end.astype(int),
                         "text": located.text, "layer": "clue", "label": located.kind,
                         "canonical": located.strength, "note": located.reason}).reset_index(drop=True)
    return rows.reindex(columns=ANNOTATION_COLUMNS, fill_value="")  # the same columns as annotate()


def date_article(article: Article) -> DatingResult:
    """Gather the clues in one article and propose when it was written."""
    if not isinstance(article, Article):
        raise DatingError("date_article() takes one article, e.g. corpus['essay']; for all of them use date_corpus(corpus).")
    return propose(dating_evidence(article), article.id)


def date_corpus(corpus: Corpus) -> pd.DataFrame:
    """One row per article: the detective's bounds and verdict, next to the catalog's estimate."""
    if not is_list_of_articles(corpus):
        raise DatingError("date_corpus() takes a corpus such as load_seeds(); for one article, "
                          "such as corpus['essay'], use date_article().")
    rows = []
    for article in corpus:
        result = date_article(article)
        rows.append({"id": article.id, "earliest": result.earliest, "latest": result.latest,
                     "likely_earliest": result.likely_earliest, "likely_latest": result.likely_latest,
                     "clues": len(result.evidence), "verdict": result.verdict,
                     "catalog": catalog_estimate(article)})
    return pd.DataFrame(rows).set_index("id")


def catalog_estimate(article: Article) -> str:
    """What seeds/catalog.csv (or the header) says about when the article was written."""
    meta = article.meta
    status = meta.get("date_status", "unknown")
    if status == "stated":
        return f"{meta.get('published')} (printed)"
    if status == "estimated":
        if not meta.get("latest"):
            return f"from {meta.get('earliest')} (estimated; no upper bound)"
        return f"{meta.get('earliest')} to {meta.get('latest')} (estimated)"
    return "unknown"
