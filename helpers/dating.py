"""The date detective: when was an undated article written?

    from helpers import load_seeds
    from helpers.dating import date_article
    result = date_article(load_seeds()["fragment"])
    print(result.verdict)
    result.evidence            # one row per clue, with what it implies and why

Clues come from four places:
- dates, months and years in the text, and relative words such as "this week" (the `dates` layer of
  `helpers.annotate`);
- people named with an office, such as "Premier Li Keqiang", checked against their terms of office in
  `helpers/data/office_holders.csv` (the person must be in the `entities` layer of `lexicon.csv`);
- named events, such as "the ongoing Ukraine conflict", from `helpers/data/dating_cues.csv`;
- a date printed at the top of the article, or given in its header.

Each clue has a strength: **firm** (if the text is right, this must hold), **likely** (holds on the most
natural reading) or **weak** (a hint only). The proposal keeps them apart: firm bounds first, then the
range the likely clues point to. The evidence table shows every clue, so you can disagree with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from .annotate import annotate
from .articles import Article, Corpus
from .paths import DATA_DIR
from .timeline import describe_date, first_and_last_day, read_rows
from .errors import PackError
from .sources import check_source_types

OFFICE_FILE = DATA_DIR / "office_holders.csv"
CUES_FILE = DATA_DIR / "dating_cues.csv"
STRENGTHS = ("firm", "likely", "weak")
COLUMNS = ["article", "text", "start", "end", "kind", "earliest", "latest", "strength", "reason", "source"]
TITLE_DISTANCE = 30  # characters: how close an office title must be to the name it belongs to
PAST_MARKERS = re.compile(r"\b(?:former|the then|then-|late|ex-|one-time|erstwhile)\b", re.I)

# Relative words that give an upper bound, counted from the latest event or date the text mentions.
RELATIVE_WINDOWS = {"today": 1, "yesterday": 2, "this week": 7, "last week": 14, "this month": 31,
                    "last month": 62}
SAME_YEAR = ("this year", "earlier this year")
ANCHOR_KINDS = ("named event", "date in text", "month in text", "year in text")  # what such words can refer to


class DatingError(PackError):
    """A problem with the dating data files or the input, said in one sentence."""


@dataclass
class DatingResult:
    """What the detective proposes for one article, and the evidence behind it."""

    article: str
    evidence: pd.DataFrame
    earliest: pd.Timestamp | None         # firm clues only
    latest: pd.Timestamp | None
    likely_earliest: pd.Timestamp | None  # firm and likely clues
    likely_latest: pd.Timestamp | None
    weak_earliest: pd.Timestamp | None    # the best weak lower bound, when nothing stronger exists
    verdict: str

    def __repr__(self) -> str:
        return f"<DatingResult {self.article!r}: {self.verdict}>"


# --- the data files ---------------------------------------------------------------------


def day_or_none(text: str, last: bool, where: str) -> pd.Timestamp | None:
    """The first (or last) day of a date written as YYYY-MM-DD, YYYY-MM or YYYY; None if blank."""
    if not text.strip():
        return None
    try:
        return first_and_last_day(text.strip())[1 if last else 0]
    except ValueError as problem:
        raise DatingError(f"{where}: {problem}") from None


def split_phrases(text: str) -> list[str]:
    """'Premier | Chinese Premier' -> ['Premier', 'Chinese Premier']."""
    return [part.strip() for part in text.split("|") if part.strip()]


def describe_term(start: str, end: str) -> str:
    """'from 15 Mar 2013 to 11 Mar 2023', 'from 2013 onward', 'until 25 Dec 1991' or 'dates unknown'."""
    if start and end:
        return f"from {describe_date(start)} to {describe_date(end)}"
    if start:
        return f"from {describe_date(start)} onward"
    return f"until {describe_date(end)}" if end else "dates unknown"


def load_office_holders() -> pd.DataFrame:
    """Who held which office when: person, office, titles (a list), start, end, strength, note, url, source_type."""
    rows = []
    for number, row in enumerate(read_rows(OFFICE_FILE), start=2):
        where = f"office_holders.csv row {number}"
        check_source_types(row["url"], row.get("source_type", ""), where)
        if row["strength"] not in STRENGTHS:
            raise DatingError(f"{where}: strength '{row['strength']}' should be one of {', '.join(STRENGTHS)}.")
        rows.append({"person": row["person"], "office": row["office"], "titles": split_phrases(row["titles"]),
                     "start": day_or_none(row["start"], False, where), "end": day_or_none(row["end"], True, where),
                     "term": describe_term(row["start"], row["end"]),
                     "strength": row["strength"], "uncertain": row["uncertain"] == "yes", "note": row["note"],
                     "url": row["url"], "source_type": row["source_type"]})
    return pd.DataFrame(rows)


def load_dating_cues() -> pd.DataFrame:
    """Named events that date a text: cue, phrases (a list), earliest, latest, strength, event, reason, url,
    source_type."""
    rows = []
    for number, row in enumerate(read_rows(CUES_FILE), start=2):
        where = f"dating_cues.csv row {number}"
        check_source_types(row["url"], row.get("source_type", ""), where)
        if row["strength"] not in STRENGTHS:
            raise DatingError(f"{where}: strength '{row['strength']}' should be one of {', '.join(STRENGTHS)}.")
        if not split_phrases(row["phrases"]):
            raise DatingError(f"{where}: give at least one phrase to look for, separated by '|'.")
        rows.append({**row, "phrases": split_phrases(row["phrases"]),
                     "earliest": day_or_none(row["earliest"], False, where),
                     "latest": day_or_none(row["latest"], True, where)})
    return pd.DataFrame(rows)


# --- finding clues ----------------------------------------------------------------------------


def clue(article: Article, start: int | None, end: int | None, kind: str, earliest=None, latest=None,
         strength: str = "likely", reason: str = "", source: str = "") -> dict:
    """One row of the evidence table: the words at raw[start:end] and what they imply."""
    text = article.raw[start:end] if start is not None else ""
    return {"article": article.id, "text": text, "start": start, "end": end, "kind": kind,
            "earliest": earliest, "latest": latest, "strength": strength, "reason": reason, "source": source}


def enclosing(article: Article, start: int):
    """The sentence (or heading) that contains offset `start`."""
    for span in [*article.sentences, *article.paragraphs]:
        if span.start <= start < span.end:
            return span
    return None


def is_dateline(article: Article, start: int, end: int) -> bool:
    """True if the date stands alone on a line near the top: the article's printed date."""
    return any(paragraph.start == start and paragraph.end == end for paragraph in article.paragraphs[:6])


def date_clues(article: Article, spans: pd.DataFrame) -> list[dict]:
    """Clues from the dates layer: printed dates, dates/months/years/decades/centuries mentioned, relative words."""
    found = []
    for span in spans[spans.layer == "dates"].itertuples():
        label, value = span.label, span.canonical
        if label == "relative":
            found.append(clue(article, span.start, span.end, "relative expression", strength="weak",
                              reason=f"'{value}' is said from the writer's present; on its own it gives no date."))
            continue
        if "XXXX" in value:
            continue  # a day or month without a year dates nothing
        if label == "date" and is_dateline(article, span.start, span.end):
            day = pd.Timestamp(value)
            found.append(clue(article, span.start, span.end, "printed date", day, day, "firm",
                              "A date printed on its own line at the top: the publication date it gives.",
                              "the article"))
            continue
        if label in ("date", "month", "year"):
            earliest = first_and_last_day(value)[0]
        elif label == "decade":
            earliest = pd.Timestamp(f"{value[:4]}-01-01")
        elif label == "century":
            number = int(re.match(r"\d+", value).group())
            earliest = pd.Timestamp(f"{(number - 1) * 100 + 1}-01-01")
        else:
            continue
        found.append(clue(article, span.start, span.end, f"{label} in text", earliest, None, "likely",
                          "The text mentions this time, so it was written then or later "
                          "(unless it looks ahead to the future).", "the article"))
    return found


def header_clue(article: Article, found: list[dict]) -> list[dict]:
    """The date from an added article's header (`published:`), if no date is printed in the text."""
    published = article.meta.get("published", "unknown")
    if published == "unknown" or article.meta.get("date_status") != "stated":
        return []
    if any(row["kind"] == "printed date" for row in found):
        return []
    first, last = first_and_last_day(published)
    return [{**clue(article, None, None, "header date", first, last, "firm",
                    "The date given in the article's header (published: ...).", "the article's header"),
             "text": f"published: {published}"}]


def office_clues(article: Article, spans: pd.DataFrame) -> list[dict]:
    """People named with an office title close by, checked against office_holders.csv."""
    offices = load_office_holders()
    found = []
    seen = set()
    people = spans[(spans.layer == "entities") & (spans.label == "person")]
    for span in people.itertuples():
        for office in offices[offices.person == span.canonical].itertuples():
            sentence = enclosing(article, span.start)
            if sentence is None:
                continue
            others = [(p.start, p.end) for p in people.itertuples() if p.canonical != span.canonical]
            title = nearest_title(article.raw, sentence, span.start, span.end, office.titles, others)
            if title is None:
                continue
            start, end = min(title[0], span.start), max(title[1], span.end)
            if (office.person, office.office, start) in seen:
                continue
            seen.add((office.person, office.office, start))
            around = article.raw[max(sentence.start, start - 15):min(sentence.end, end + 15)]
            if PAST_MARKERS.search(around):
                found.append(clue(article, start, end, "office-holder (past)", None, None, "weak",
                                  f"Named as a past {office.office}: this dates nothing.", office.url))
                continue
            if office.start is None and office.end is None:
                found.append(clue(article, start, end, "office-holder", None, None, office.strength,
                                  f"Named as {office.office}, but our data has no dates for the term. {office.note}",
                                  office.url))
                continue
            found.append(clue(article, start, end, "office-holder", office.start, office.end, office.strength,
                              f"Called {office.office} as if in office now: {office.person} held that post "
                              f"{office.term}. {office.note}".strip(), office.url))
    return found


def nearest_title(raw: str, sentence, start: int, end: int, titles: list[str],
                  others: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where the title closest to a name is, if it is within TITLE_DISTANCE characters of it and no other
    person (in `others`) is named in between ("President Putin and Jiang Zemin": the title is Putin's)."""
    best = None
    for title in titles:
        for match in re.finditer(rf"(?<!\w){phrase_pattern(title)}(?!\w)", raw[sentence.start:sentence.end], re.I):
            t_start, t_end = sentence.start + match.start(), sentence.start + match.end()
            if t_start >= start and t_end <= end:
                gap = 0  # the title is part of the name's span, as in "Premier Li Keqiang"
            elif t_end <= start:
                gap = start - t_end
            elif t_start >= end:
                gap = t_start - end
            else:
                continue
            between = (min(t_end, end), max(t_start, start))
            if any(between[0] <= o_start and o_end <= between[1] for o_start, o_end in others):
                continue  # another person is named between the title and this name
            if any(o_start <= t_start and t_end <= o_end for o_start, o_end in others):
                continue  # the title is part of another person's name, as in "President Putin"
            if gap <= TITLE_DISTANCE and (best is None or gap < best[0]):
                best = (gap, t_start, t_end)
    return None if best is None else (best[1], best[2])


def phrase_pattern(phrase: str) -> str:
    """A phrase as a pattern that allows either apostrophe, any dash and any run of spaces."""
    pattern = re.escape(phrase)
    pattern = pattern.replace("'", "['’]").replace("\\-", "[-‐–]").replace("\\ ", r"\s+")
    return pattern


def event_clues(article: Article) -> list[dict]:
    """Named events from dating_cues.csv found in the article's paragraphs."""
    found = []
    for cue in load_dating_cues().itertuples():
        phrases = sorted(cue.phrases, key=len, reverse=True)
        regex = re.compile(rf"(?<!\w)(?:{'|'.join(phrase_pattern(p) for p in phrases)})(?!\w)", re.I)
        for paragraph in article.paragraphs:
            for match in regex.finditer(article.raw, paragraph.start, paragraph.end):
                found.append(clue(article, match.start(), match.end(), "named event", cue.earliest, cue.latest,
                                  cue.strength, cue.reason, cue.url))
    return found


def relative_bounds(article: Article, found: list[dict]) -> None:
    """Give 'this week', 'this year' and the like an upper bound when the same sentence names a dated event
    ("This week, the leaders renewed the treaty"): counted from that event."""
    for row in found:
        words = row["text"].lower()
        if row["kind"] != "relative expression" or (words not in RELATIVE_WINDOWS and words not in SAME_YEAR):
            continue
        sentence = enclosing(article, row["start"])
        anchors = [other["earliest"] for other in found
                   if other["kind"] in ANCHOR_KINDS and other["earliest"] is not None
                   and other["strength"] != "weak" and other["start"] is not None
                   and sentence is not None and sentence.start <= other["start"] < sentence.end]
        if not anchors:
            row["reason"] = f"'{words}' is said from the writer's present, but nothing dated in the same sentence tells us which {words.split()[-1]}."
            continue
        anchor = max(anchors)
        if words in RELATIVE_WINDOWS:
            row["latest"] = anchor + pd.Timedelta(days=RELATIVE_WINDOWS[words])
        else:
            row["latest"] = pd.Timestamp(f"{anchor.year}-12-31")
        row["strength"] = "likely"
        row["reason"] = (f"The same sentence names something from {describe(anchor)}; if '{words}' refers to it, "
                         f"the text was written by {describe(row['latest'])}.")


def dating_evidence(article: Article) -> pd.DataFrame:
    """Every dating clue in an article: one row each, with what it implies and why."""
    if not isinstance(article, Article):
        raise DatingError("dating_evidence() takes one article, e.g. corpus['essay']; for all of them use date_corpus(corpus).")
    spans = annotate(article, layers=["dates", "entities"])
    found = date_clues(article, spans) + office_clues(article, spans) + event_clues(article)
    found += header_clue(article, found)
    relative_bounds(article, found)
    evidence = pd.DataFrame(found, columns=COLUMNS)
    evidence["start"] = evidence["start"].astype("Int64")
    evidence["end"] = evidence["end"].astype("Int64")
    for column in ("earliest", "latest"):
        evidence[column] = pd.to_datetime(evidence[column])
    return evidence.sort_values(["start", "kind"], na_position="first").reset_index(drop=True)


# --- putting the clues together -----------------------------------------------------------------


def describe(day: pd.Timestamp | None) -> str:
    """A day as '2 Mar 1969'; '' for no day."""
    return "" if day is None or pd.isna(day) else f"{day.day} {day:%b %Y}"


def bound(values: pd.Series, pick) -> pd.Timestamp | None:
    """`pick` (max or min) of the dates given, or None if there are none."""
    values = values.dropna()
    return None if values.empty else pick(values)


def propose(evidence: pd.DataFrame, article_id: str = "") -> DatingResult:
    """Combine the clues: firm bounds, the likely range, and a sentence saying what they add up to."""
    firm = evidence[evidence.strength == "firm"]
    likely = evidence[evidence.strength.isin(["firm", "likely"])]
    weak = evidence[evidence.strength == "weak"]
    earliest, latest = bound(firm.earliest, max), bound(firm.latest, min)
    likely_earliest, likely_latest = bound(likely.earliest, max), bound(likely.latest, min)
    weak_earliest = bound(weak.earliest, max)
    return DatingResult(article_id, evidence, earliest, latest, likely_earliest, likely_latest, weak_earliest,
                        verdict(earliest, latest, likely_earliest, likely_latest, weak_earliest))


def verdict(earliest, latest, likely_earliest, likely_latest, weak_earliest) -> str:
    """One sentence: what the clues add up to."""
    if earliest is not None and latest is not None and earliest > latest:
        return (f"The firm clues disagree (after {describe(earliest)} but before {describe(latest)}): "
                "check the evidence rows, one of them is wrong or the text was updated later.")
    if earliest is not None and earliest == latest:
        return f"Dated: {describe(earliest)}."
    if earliest is None and latest is None:
        if likely_earliest is not None:
            return (f"No firm clue. The likely clues point to {describe(likely_earliest)} or later"
                    + (f", up to {describe(likely_latest)}." if likely_latest is not None else "."))
        if weak_earliest is not None:
            return f"Cannot be dated from its text: only a weak hint that it is from {describe(weak_earliest)} or later."
        return "Cannot be dated from its text: there is no clue to its date."
    if latest is None:
        firm_part = f"Written on or after {describe(earliest)}"
    elif earliest is None:
        firm_part = f"Written on or before {describe(latest)}"
    else:
        firm_part = f"Written between {describe(earliest)} and {describe(latest)}"
    narrower = (likely_earliest, likely_latest) != (earliest, latest)
    if narrower and likely_latest is not None and likely_earliest is not None and likely_earliest > likely_latest:
        return f"{firm_part}; the likely clues disagree with each other, so check them one by one."
    if narrower and likely_latest is not None:
        return f"{firm_part}; most consistent with {describe(likely_earliest)} to {describe(likely_latest)}."
    if latest is None:
        return f"{firm_part}; the text gives no upper bound."
    return f"{firm_part}."


def evidence_spans(evidence: pd.DataFrame) -> pd.DataFrame:
    """The clues as annotation rows (layer 'clue'), for `helpers.display.show(article, layers=['clue'], annotations=...)`."""
    if not isinstance(evidence, pd.DataFrame) or not set(COLUMNS) <= set(evidence.columns):
        raise DatingError("evidence_spans() needs the table of clues, e.g. evidence_spans(dating_evidence(article)) "
                          "or evidence_spans(date_article(article).evidence).")
    located = evidence[evidence.start.notna()]
    return pd.DataFrame({"article": located.article, "start": located.start.astype(int), "end": located.end.astype(int),
                         "text": located.text, "layer": "clue", "label": located.kind,
                         "canonical": located.strength, "note": located.reason, "voice": ""}).reset_index(drop=True)


def date_article(article: Article) -> DatingResult:
    """Gather the clues in one article and propose when it was written."""
    if not isinstance(article, Article):
        raise DatingError("date_article() takes one article, e.g. corpus['essay']; for all of them use date_corpus(corpus).")
    return propose(dating_evidence(article), article.id)


def date_corpus(corpus: Corpus) -> pd.DataFrame:
    """One row per article: the detective's bounds and verdict, next to the catalog's estimate."""
    if not (isinstance(corpus, Corpus) or (isinstance(corpus, list) and all(isinstance(a, Article) for a in corpus))):
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
