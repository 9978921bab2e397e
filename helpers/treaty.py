"""The 2001 China-Russia treaty: our digest of its articles, its key dates, and its renewal rule as code.

    load_digest()          one row per part of the treaty (preamble + 25 articles), in our own words
    treaty_article(9)      our digest entry for one part of the treaty
    key_dates()            signing, ratification, entry into force, the 2021 extension
    renewal_periods()      the Article 25 rule: 20 years, then five-year periods
    period_on(day)         which period a day falls in, and whether the notice deadline has passed
    load_official_text(p)  a copy of the treaty YOU saved, split into its articles
    explore(9, corpus)     our summary of Article 9 + every sentence in the corpus that mentions it

How we count days (the sources do not say, so the exact day is uncertain by one day):
  * A period runs from its `start` up to its `end`, the same calendar date some years later. The `end` day
    itself is the first day of the next period, so the last day inside a period is `end` minus one day.
    Example: the first term ran from 28 Feb 2002; it ended on 28 Feb 2022, when the first five-year
    period began. Its last full day was 27 Feb 2022.
  * Notice "at least one year before the period ends" must be given on or before `notice_deadline`, the
    same calendar date one year before `end` (28 Feb 2027 -> 28 Feb 2026). When a 29 February lies just
    after that date (28 Feb 2036, for the period ending 28 Feb 2037), we keep the earlier, safer day.
  * 29 February: a year after 29 Feb is 28 Feb when the next year has no 29 Feb. Each `end` is counted
    from the entry-into-force date (20, 25, 30 ... years on), never from the previous end, so one such
    shortening never shifts the later dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .articles import Article, Corpus
from .text import sentence_at
from .paths import DATA_DIR
from .data_files import read_table, read_text, read_yaml
from .errors import PackError
from .sources import check_source_types
from .inputs import is_whole_number

DIGEST_FILE = DATA_DIR / "treaty_digest.yaml"
DATES_FILE = DATA_DIR / "treaty_dates.csv"

CONFIDENCE_LEVELS = ("checked against a copy of the text", "secondary summary", "unconfirmed")
DIGEST_FIELDS = ("number", "topic", "summary", "areas", "keywords", "confidence", "note", "source", "source_type")
NUMBERS = ("preamble", *(str(n) for n in range(1, 26)))

ENTRY_INTO_FORCE = date(2002, 2, 28)
FIRST_TERM_YEARS = 20
PERIOD_YEARS = 5


class TreatyError(PackError):
    """Bad input to a treaty function, described in one sentence a student can act on."""


# --- the digest -----------------------------------------------------------------------


@lru_cache(maxsize=None)
def read_digest_file() -> dict:
    """The whole digest file (articles, areas, where to read, comparisons), as read from YAML."""
    return read_yaml(DIGEST_FILE)


def article_key(number: int | str) -> str:
    """Turn 9, "9", "Article 9", "Art. 9", 0 or "preamble" into the digest's number: "9" or "preamble"."""
    text = str(number).strip().lower()
    if text in ("0", "preamble"):
        return "preamble"
    match = re.fullmatch(r"(?:art(?:icle)?\.?\s*)?(\d{1,2})", text)
    if match and match.group(1).lstrip("0") in NUMBERS:
        return match.group(1).lstrip("0")
    raise TreatyError(f"{number!r} is not a part of the treaty: give an article number from 1 to 25, or 'preamble'.")


def load_digest() -> pd.DataFrame:
    """Our digest: one row per part of the treaty, with topic, summary, areas, confidence and sources.

    `number` is text ("preamble", "1" ... "25"); `areas`, `keywords` and `source` are lists.
    """
    rows = []
    for entry in read_digest_file()["articles"]:
        row = {name: entry.get(name) for name in DIGEST_FIELDS}
        row["number"] = article_key(row["number"])
        row["summary"] = " ".join(str(row["summary"]).split())
        row["note"] = " ".join(str(row["note"] or "").split())
        check_source_types(" ; ".join(row["source"] or []), " ; ".join(row["source_type"] or []),
                           f"treaty_digest.yaml, part {row['number']}")
        rows.append(row)
    return pd.DataFrame(rows, columns=list(DIGEST_FIELDS))


def treaty_article(number: int | str) -> pd.Series:
    """One row of the digest, for one part of the treaty: `treaty_article(9)` or `treaty_article("preamble")`."""
    key = article_key(number)
    digest = load_digest().set_index("number")
    return digest.loc[key]


def areas() -> dict[str, str]:
    """The area labels the digest uses, each with a short description."""
    return dict(read_digest_file()["areas"])


def areas_by_confidence() -> pd.DataFrame:
    """How many parts of the treaty touch each area, split by how sure we are of the summary."""
    digest = load_digest().explode("areas")
    table = pd.crosstab(digest["areas"], digest["confidence"])
    table = table.reindex(index=list(areas()), columns=list(CONFIDENCE_LEVELS), fill_value=0)
    table.index.name, table.columns.name = "area", "confidence"
    return table


def where_to_read() -> pd.DataFrame:
    """Where the treaty's own text is published, and whether we could confirm each address."""
    return pd.DataFrame(read_digest_file()["where_to_read"])


def alliance_ladder() -> pd.DataFrame:
    """The 1950 treaty, the 2001 treaty and NATO's Article 5: what each promises if one side is attacked."""
    frame = pd.DataFrame(read_digest_file()["comparisons"])
    frame["if_one_is_attacked"] = frame["if_one_is_attacked"].map(lambda text: " ".join(text.split()))
    return frame


def key_dates() -> pd.DataFrame:
    """Signing, each ratification step, entry into force, the 2021 extension and the end of the first term."""
    frame = read_table(DATES_FILE, columns=("date", "source", "source_type"))
    for number, row in enumerate(frame.itertuples(), start=2):
        check_source_types(row.source, row.source_type, f"treaty_dates.csv row {number}")
    frame["date"] = [date.fromisoformat(value) for value in frame["date"]]
    return frame


# --- dates ----------------------------------------------------------------------------


def as_date(value: date | datetime | str) -> date:
    """A date from a date, a datetime or text like '2026-11-22'; anything else is a TreatyError."""
    if isinstance(value, datetime):  # also pandas Timestamps; NaT ("no date") is refused below
        if not pd.isna(value):
            return value.date()
    elif isinstance(value, date):
        return value
    elif isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise TreatyError(f"{value!r} is not a date: write it as text 'YYYY-MM-DD', for example '2026-11-22'.")


def add_years(day: date, years: int) -> date:
    """The same calendar date `years` later (or earlier, if negative); 29 Feb becomes 28 Feb in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


# --- the renewal rule (Article 25) -----------------------------------------------------


@dataclass
class Period:
    """One period of the treaty: it runs from `start` up to `end` (the day the next period begins)."""

    period: int
    label: str
    start: date
    end: date
    last_day: date
    notice_deadline: date


def check_rule(entry_into_force: date, first_term_years: int, period_years: int) -> date:
    """The entry-into-force date as a date; a TreatyError if either length of years is not a whole number, 1 or more."""
    entry = as_date(entry_into_force)
    for name, value in (("first_term_years", first_term_years), ("period_years", period_years)):
        if not is_whole_number(value) or value < 1:
            raise TreatyError(f"{name} must be a whole number of years, 1 or more (you gave {value!r}).")
    return entry


def nth_period(n: int, entry: date, first_term_years: int, period_years: int) -> Period:
    """Period `n` (0 = the first term, 1 = the first automatic renewal, ...)."""
    start_years = 0 if n == 0 else first_term_years + (n - 1) * period_years
    end_years = first_term_years + n * period_years
    start, end = add_years(entry, start_years), add_years(entry, end_years)
    label = f"first term ({first_term_years} years)" if n == 0 else f"renewal {n} ({period_years} years)"
    return Period(n, label, start, end, end - timedelta(days=1), add_years(end, -1))


def renewal_periods(entry_into_force: date | str = ENTRY_INTO_FORCE, first_term_years: int = FIRST_TERM_YEARS,
                    period_years: int = PERIOD_YEARS, until: date | str = date(2037, 12, 31)) -> pd.DataFrame:
    """Every period that starts on or before `until`: start, end, last day and notice deadline.

    Periods after the current one happen only if neither side gives notice in time.
    """
    entry = check_rule(entry_into_force, first_term_years, period_years)
    until = as_date(until)
    if until < entry:
        raise TreatyError(f"until ({until}) is before the treaty entered into force ({entry}): choose a later date.")
    if until.year > 2500:
        raise TreatyError(f"until ({until}) is centuries away: choose a date before 2500.")
    periods = []
    while not periods or periods[-1].end <= until:
        periods.append(nth_period(len(periods), entry, first_term_years, period_years))
    return pd.DataFrame([vars(p) for p in periods])


@dataclass
class PeriodStatus:
    """Where a given day sits in the treaty's periods."""

    as_of: date
    period: int
    label: str
    start: date
    end: date
    days_remaining: int
    notice_deadline: date
    notice_deadline_passed: bool
    days_to_notice_deadline: int

    def sentence(self) -> str:
        """The status in one plain sentence."""
        text = (f"On {self.as_of} the treaty is in {'the ' if self.period == 0 else ''}{self.label}, which began on {self.start} and ends on "
                f"{self.end} ({self.days_remaining} days left, counting that day). ")
        if self.notice_deadline_passed:
            return text + (f"The notice deadline for this period ({self.notice_deadline}) passed "
                           f"{-self.days_to_notice_deadline} days earlier; unless a side gave notice by then, "
                           "Article 25 rolls the treaty on into the next period.")
        return text + (f"Notice to end the treaty at that date can still be given until {self.notice_deadline} "
                       f"({self.days_to_notice_deadline} days from then).")


def period_on(day: date | str, entry_into_force: date | str = ENTRY_INTO_FORCE,
              first_term_years: int = FIRST_TERM_YEARS, period_years: int = PERIOD_YEARS) -> PeriodStatus:
    """Which period `day` falls in, how many days are left in it (counting `day`), and whether the
    deadline to give notice for it has passed. Assumes no notice has been given so far."""
    entry = check_rule(entry_into_force, first_term_years, period_years)
    day = as_date(day)
    if day < entry:
        raise TreatyError(f"{day} is before the treaty entered into force ({entry}): choose a later date.")
    n = 0
    while nth_period(n, entry, first_term_years, period_years).end <= day:
        n += 1
    p = nth_period(n, entry, first_term_years, period_years)
    return PeriodStatus(
        as_of=day, period=p.period, label=p.label, start=p.start, end=p.end,
        days_remaining=(p.end - day).days, notice_deadline=p.notice_deadline,
        notice_deadline_passed=day > p.notice_deadline,
        days_to_notice_deadline=(p.notice_deadline - day).days,
    )


# --- a copy of the official text, if you saved one -------------------------------------------

# "Article 7" alone on its line, or followed by ".", ":" or a dash, or by a capital letter ("Article 7 The
# parties ..."); NOT "Article 7 of this treaty", a cross-reference that happens to start a line.
ARTICLE_HEADING = re.compile(r"^[ \t]*(?i:article)[ \t]+(\d{1,2})(?:[ \t]*$|[ \t]*[.:\-–—][ \t]*|[ \t]+(?=[A-Z]))", re.M)


def load_official_text(path: str | Path) -> dict[str, str]:
    """Split a copy of the treaty that you saved as a .txt file into its parts: {"1": text, ..., "25": text}.

    Each article starts at a line beginning "Article N" (see ARTICLE_HEADING). Text before the first article is
    kept as "preamble".
    The pack does not include the treaty text: see `where_to_read()` for where it is published.
    """
    if not isinstance(path, (str, Path)) or not str(path).strip():
        raise TreatyError(f"Give the path of your .txt copy of the treaty as text, e.g. 'treaty_text.txt', not {path!r}.")
    path = Path(path)
    raw = read_text(path, if_missing=f"No file at '{path.name}': save a copy of the treaty as a .txt file and give its path.")
    headings = list(ARTICLE_HEADING.finditer(raw))
    if not headings:
        raise TreatyError(f"'{path.name}' has no lines starting 'Article 1', 'Article 2' ...: "
                          "check it is the treaty text, with each article on a new line.")
    parts: dict[str, str] = {}
    preamble = raw[: headings[0].start()].strip()
    if preamble:
        parts["preamble"] = preamble
    for heading, following in zip(headings, headings[1:] + [None]):
        key = str(int(heading.group(1)))
        if key in parts:
            line = raw.count("\n", 0, heading.start()) + 1
            raise TreatyError(f"'{path.name}' line {line}: Article {key} starts a second time; "
                              "keep one copy of each article.")
        parts[key] = raw[heading.end(): following.start() if following else len(raw)].strip()
    return parts


# --- where the corpus mentions the treaty ----------------------------------------------


def refers_to(label: str, canonical: str, key: str) -> bool:
    """Does a treaty-layer span point at part `key` of the treaty? (Extension words point at Article 25.)"""
    if label == "article":
        return key in re.findall(r"\d+", str(canonical))
    return key == "25" and label == "extension"


def treaty_sentences(corpus, number: int | str | None = None) -> pd.DataFrame:
    """Every sentence in `corpus` (a Corpus or one Article) where the treaty layer finds something.

    With `number`, only the sentences the layer ties to that article; for Article 25, the renewal clause,
    sentences about the treaty's extension count too.
    Columns: article, start, end (the sentence's offsets in the raw text), labels (treaty / extension /
    article), found (the words that matched, joined by " | "), sentence.
    """
    from .annotations import annotate

    key = None if number is None else article_key(number)
    if not isinstance(corpus, (Article, Corpus)):
        raise TreatyError(f"Give the articles to search as a corpus or one article, e.g. load_seeds() or "
                          f"corpus['oped'], not a {type(corpus).__name__}.")
    articles = {a.id: a for a in (corpus if isinstance(corpus, Corpus) else [corpus])}
    rows: dict[tuple[str, int], dict] = {}  # one row per sentence, however many matches it holds
    for span in annotate(corpus, layers=["treaty"]).itertuples():
        if key is not None and not refers_to(span.label, span.canonical, key):
            continue
        sentence = sentence_at(articles[span.article], span.start)
        row = rows.setdefault((span.article, sentence.start),
                              {"article": span.article, "start": sentence.start, "end": sentence.end,
                               "labels": [], "found": [], "sentence": sentence.text})
        if span.label not in row["labels"]:
            row["labels"].append(span.label)
        row["found"].append(span.text)
    for row in rows.values():
        row["labels"] = ", ".join(row["labels"])
        row["found"] = " | ".join(row["found"])
    return pd.DataFrame(list(rows.values()), columns=["article", "start", "end", "labels", "found", "sentence"])


def treaty_article_mentions(number: int | str, corpus=None) -> pd.DataFrame:
    """The sentences in `corpus` (default: the five seeds) that refer to one article of the treaty."""
    if corpus is None:
        from .articles import load_seeds
        corpus = load_seeds()
    return treaty_sentences(corpus, number).drop(columns="labels")


@dataclass
class Exploration:
    """What `explore` finds: our digest entry for one article, and the corpus sentences that mention it."""

    number: str
    card: pd.Series
    mentions: pd.DataFrame


def explore(number: int | str, corpus=None) -> Exploration:
    """Our summary, areas, confidence and source for one article, beside every sentence about it in
    `corpus` (default: the five seeds)."""
    key = article_key(number)
    entry = treaty_article(key)
    card = pd.Series({
        "topic": entry["topic"],
        "our summary": entry["summary"],
        "areas": ", ".join(entry["areas"]),
        "confidence": entry["confidence"],
        "note": entry["note"] or "-",
        "source": " ; ".join(entry["source"]),
    }, name="Preamble" if key == "preamble" else f"Article {key}")
    return Exploration(key, card, treaty_article_mentions(key, corpus))


# The five claims about the treaty that notebook 02 checks: claims-register id, article, a few words that find the
# sentence, and what to check it against.
TREATY_CLAIMS = [
    ("O03", "oped", "Article 9 states", "Article 9"),
    ("O04", "oped", "Articles 7 and 16", "Articles 7 and 16"),
    ("S02", "summary", "an additional five years", "Article 25, key dates"),
    ("E01", "essay", "announced the extension", "key dates"),
    ("E02", "essay", "first ratified in 2001", "key dates"),
]


def claims_about_treaty(corpus=None):
    """The five treaty claims of notebook 02, each with the one sentence of its article that holds it.

    A claim whose words are no longer found (an edited article) is reported in the sentence column, never skipped.
    """
    from .tables import table

    from .articles import load_seeds

    corpus = load_seeds() if corpus is None else corpus
    every = treaty_sentences(corpus)
    rows = []
    for claim, article_id, words, against in TREATY_CLAIMS:
        found = every[(every["article"] == article_id) & every["sentence"].str.contains(words, regex=False)]
        sentence = found.iloc[0]["sentence"] if len(found) == 1 else f"(not found: no single sentence with {words!r})"
        rows.append({"claim": claim, "article": article_id, "sentence": sentence, "check against": against})
    return table(pd.DataFrame(rows).set_index("claim"))


def ladder_card():
    """The ladder of commitment ready to show: each treaty's promise, with a short source label linking to the text."""
    from .sources import source_label
    from .tables import table

    ladder = alliance_ladder()
    shown = ladder[["treaty", "years", "promise", "if_one_is_attacked"]].assign(
        source=[source_label(url, kind) for url, kind in zip(ladder["source"], ladder["source_type"])])
    return table(shown.set_index("treaty"), links={"source": list(ladder["source"])})
