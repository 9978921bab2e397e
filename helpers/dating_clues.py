"""The clues the date detective (`helpers.dating`) collects from one article, one finder per kind of clue.

Every finder returns rows for the evidence table (see `clue()`): the words at `raw[start:end]`, the earliest and
latest writing date they allow, a strength (firm / likely / weak) and a reason in plain words.

- `printed_date_clues`: a date printed near the top ("MOSCOW, July 16, 2001 --", "July 17, 2001 | By ...").
- `date_clues`: dates, months and years in the text. Told as past ("was signed on 16 July 2001") they are lower
  bounds; told as still to come ("will turn 20 on February 28, 2022") they are upper bounds; otherwise a hint.
- `office_holder_clues`: people named with an office ("Premier Li Keqiang"), checked against office_holders.csv.
  Only a title with the full name, or with a short name no other holder of that title shares, counts:
  "Premier Li" could be Li Peng, Li Keqiang or Li Qiang.
- `event_clues`: named events from dating_cues.csv, unless the text speaks of them as a plan.
- `relative_clues`: "last week", "this year"... said from the writer's present.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from .articles import Article
from .text import sentence_at
from .dates import describe_date, describe_day, first_and_last_day
from .errors import PackError
from .paths import DATA_DIR
from .sources import check_source_types
from .data_files import read_rows

OFFICE_FILE = DATA_DIR / "office_holders.csv"
CUES_FILE = DATA_DIR / "dating_cues.csv"
STRENGTHS = ("firm", "likely", "weak")
TOP_PARAGRAPHS = 3  # a printed date counts only in the first paragraphs of the text

# Words that show how a clause speaks of the time it names.
FUTURE_WORDS = re.compile(
    r"\b(?:will|won't|shall|is\s+(?:due|set|expected|scheduled|planned|slated|going)\s+to|"
    r"are\s+(?:due|set|expected|scheduled|planned|slated|going)\s+to|(?:is|are)\s+(?:due|scheduled|planned)\b|"
    r"due\s+to\s+(?:start|open|begin|end|expire|take)|plans?\s+to|planned|upcoming|forthcoming|next|until|till|"
    r"ahead|runs?\s+(?:to|until|through)|expires?|aims?\s+to|target|deadline)\b|'ll\b", re.I)
WEAK_FUTURE_WORDS = re.compile(r"\b(?:would|could|might|may|if|unless|hopes?\s+to|wants?\s+to|proposed)\b", re.I)
PAST_WORDS = re.compile(
    r"\b(?:was|were|had|did|ago|since|last|earlier|previously|former(?:ly)?|became|began|came|went|met|"
    r"took|made|held|won|left|fell|rose|grew|broke|saw|gave|said|told|thought|brought|built|sent|spent|led|"
    r"fought|ran|set\s+up|wrote|signed|agreed|announced)\b", re.I)
PAST_ED = re.compile(r"\b[a-z]{3,}ed\b")
NOT_PAST_ED = {"united", "limited", "based", "related", "armed", "advanced", "detailed", "concerned",
               "interested", "supposed", "used", "indeed", "need", "speed", "hundred", "sacred", "expected",
               "scheduled", "planned", "intended", "proposed", "slated", "red", "bed", "seed", "feed", "embed",
               "naked", "wicked", "beloved", "aged", "allied", "mixed", "balanced", "skilled", "dedicated",
               "unprecedented", "unexpected", "unlimited", "unrelated", "unarmed", "talented", "crowded"}
# Qualifiers that make a title belong to someone else or to the past ("Vice Premier", "former President").
NOT_THE_OFFICE = re.compile(r"(?:\b(?:vice|deputy|acting|assistant|former|late|ex|then|one-time|erstwhile|"
                            r"future|incoming|would-be)[\s-]+|\bthe\s+then[\s-]+)$", re.I)
PAST_OFFICE = re.compile(r"\b(?:former|the then|then-|late|ex-|one-time|erstwhile)\b", re.I)
PLAN_WORDS = re.compile(r"\b(?:planned|proposed|future|possible|potential|prospective|would-be|discuss\w*|consider\w*|"
                        r"seek\w*|sought|propos\w*|negotiat\w*|talks?\s+(?:on|about)|hopes?\s+for|calls?\s+for)"
                        r"\s+(?:\w+\s+){0,2}$", re.I)

RELATIVE_WINDOWS = {"today": 1, "yesterday": 2, "this week": 7, "last week": 14, "earlier this week": 7,
                    "this month": 31, "last month": 62}
WEEKDAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"


class DatingError(PackError):
    """A problem with the dating data files or the input, said in one sentence."""


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


def checked_strength(value: str, where: str) -> str:
    if value not in STRENGTHS:
        raise DatingError(f"{where}: strength '{value}' should be one of {', '.join(STRENGTHS)}.")
    return value


def load_office_holders() -> pd.DataFrame:
    """Who held which office when: person, names (full forms), short_name, office, titles (a list), start, end,
    term, strength, uncertain, note, url, source_type."""
    rows = []
    for number, row in enumerate(read_rows(OFFICE_FILE), start=2):
        where = f"office_holders.csv row {number}"
        check_source_types(row["url"], row.get("source_type", ""), where)
        rows.append({"person": row["person"], "names": [row["person"], *split_phrases(row.get("other_names", ""))],
                     "short_name": row.get("short_name", "").strip(), "office": row["office"],
                     "titles": split_phrases(row["titles"]),
                     "start": day_or_none(row["start"], False, where), "end": day_or_none(row["end"], True, where),
                     "term": describe_term(row["start"], row["end"]),
                     "strength": checked_strength(row["strength"], where), "uncertain": row["uncertain"] == "yes",
                     "note": row["note"], "url": row["url"], "source_type": row["source_type"]})
    return pd.DataFrame(rows)


def load_dating_cues() -> pd.DataFrame:
    """Named events that date a text: cue, phrases (a list), earliest, latest, strength, event, reason, url,
    source_type."""
    rows = []
    for number, row in enumerate(read_rows(CUES_FILE), start=2):
        where = f"dating_cues.csv row {number}"
        check_source_types(row["url"], row.get("source_type", ""), where)
        checked_strength(row["strength"], where)
        if not split_phrases(row["phrases"]):
            raise DatingError(f"{where}: give at least one phrase to look for, separated by '|'.")
        rows.append({**row, "phrases": split_phrases(row["phrases"]),
                     "earliest": day_or_none(row["earliest"], False, where),
                     "latest": day_or_none(row["latest"], True, where)})
    return pd.DataFrame(rows)


# --- evidence rows -----------------------------------------------------------------------------


def clue(article: Article, start: int | None, end: int | None, kind: str, earliest=None, latest=None,
         strength: str = "likely", reason: str = "", source: str = "") -> dict:
    """One row of the evidence table: the words at raw[start:end] and what they imply."""
    text = article.raw[start:end] if start is not None else ""
    return {"article": article.id, "text": text, "start": start, "end": end, "kind": kind,
            "earliest": earliest, "latest": latest, "strength": strength, "reason": reason, "source": source}


def phrase_pattern(phrase: str) -> str:
    """A phrase as a pattern that allows either apostrophe, any dash and any run of spaces."""
    pattern = re.escape(phrase)
    return pattern.replace("'", "['’]").replace("\\-", "[-‐–]").replace("\\ ", r"\s+")


# --- how a clause speaks of time ------------------------------------------------------------------


CLAUSE = re.compile(r"[^,;:()—–]+?(?=[,;:()—–]|\s(?:and|but|while|whereas|because|although|though)\s|$)")


def clause_around(article: Article, start: int, end: int) -> str:
    """The clause holding raw[start:end], with the span itself blanked out (its commas do not split it).

    A clause is cut at commas, semicolons, colons, dashes, brackets and words such as "and" or "but"; a short
    opening phrase such as "In 2001," is read together with the clause that follows it.
    """
    sentence = sentence_at(article, start)
    if not sentence.text:
        return ""
    text = blanked_sentence(article, start, end)
    offset = start - sentence.start
    pieces = [(m.start(), m.end()) for m in CLAUSE.finditer(text) if m.end() > m.start()]
    for index, (p_start, p_end) in enumerate(pieces):
        if p_start <= offset < p_end:
            clause = text[p_start:p_end]
            if len(clause.split()) <= 4 and index + 1 < len(pieces):
                clause += " " + text[pieces[index + 1][0]:pieces[index + 1][1]]
            return clause
    return text


def blanked_sentence(article: Article, start: int, end: int) -> str:
    """The sentence holding raw[start:end] (see `sentence_at`), with the span itself blanked out as ###."""
    sentence = sentence_at(article, start)
    if not sentence.text:
        return ""
    return article.raw[sentence.start:start] + "#" * (end - start) + article.raw[end:sentence.end]


def telling_around(article: Article, start: int, end: int) -> str:
    """How the text speaks of raw[start:end]: from its clause, or from the whole sentence if the clause
    alone does not say (see `time_of_telling`)."""
    telling = time_of_telling(clause_around(article, start, end))
    if telling == "unclear":
        telling = time_of_telling(blanked_sentence(article, start, end))
    return telling


def has_past_verb(text: str) -> bool:
    """True if `text` has a past-tense word ("was", "signed", "agreed"...)."""
    if PAST_WORDS.search(text):
        return True
    return any(word.lower() not in NOT_PAST_ED for word in PAST_ED.findall(text))


def time_of_telling(clause: str) -> str:
    """'past', 'future', 'maybe future' (would, could, if...) or 'unclear', from the words of one clause."""
    future, past = bool(FUTURE_WORDS.search(clause)), has_past_verb(clause)
    if future and not past:
        return "maybe future" if WEAK_FUTURE_WORDS.search(clause) else "future"
    if past and not future:
        return "maybe future" if WEAK_FUTURE_WORDS.search(clause) else "past"
    if not past and WEAK_FUTURE_WORDS.search(clause):
        return "maybe future"
    return "unclear"


# --- printed dates ---------------------------------------------------------------------------------


def is_printed_date_line(line: str, date_text: str) -> bool:
    """True if a line holds a date with nothing but a place, a weekday, a byline, a time or separators
    ("Friday 4 February 2022", "Geneva, 28 February 2022", "July 17, 2001 | By Jane Doe")."""
    rest = line.replace(date_text, " ", 1)
    if re.match(r"\s*[A-Za-z ]+:", rest) and not re.match(r"\s*(?:Published|Updated|Posted|Date|Filed)\b", rest, re.I):
        return False  # a labelled line such as "Signed: 2001-07-16" belongs to an infobox
    rest = re.sub(rf"\b{WEEKDAYS}\b|\b(?:Published|Updated|Posted|Date|Filed)\b:?|\bBy\b.*$|\d{{1,2}}[:.]\d\d"
                  r"(?:\s*(?:am|pm|GMT|UTC|BST|CET|EST|[A-Z]{3}))?", " ", rest, flags=re.I)
    rest = re.sub(r"[|,/•·—–\-()]", " ", rest)
    return all(word[:1].isupper() for word in rest.split()) and len(rest.split()) <= 4


DATELINE = re.compile(r"^[A-Z][\w'.]*(?:[ /-][A-Z][\w'.]*)*(?:,\s+[A-Z][\w'.]*(?: [A-Z][\w'.]*)*)?,\s+$")


def is_dateline(article: Article, paragraph, start: int, end: int) -> bool:
    """True if the date follows a place at the very start of the paragraph and a dash, bracket, full stop or
    slash follows it: "MOSCOW, July 16, 2001 (Reuters) -", "MOSCOW, March 22. /TASS/."."""
    before = article.raw[paragraph.start:start]
    after = article.raw[end:end + 12]
    return bool(DATELINE.match(before)) and bool(re.match(r"\s*(?:\(|--|—|–|-\s|\.|/|\s*$)", after))


def printed_date_clues(article: Article, dates: pd.DataFrame) -> list[dict]:
    """Dates printed near the top of the text: a date line or a dateline. With a year they are firm; without
    one they wait for the other clues to fix the year (see `dating.fix_yearless_dates`)."""
    found = []
    top = article.paragraphs[:TOP_PARAGRAPHS]
    for span in dates[dates.label == "date"].itertuples():
        paragraph = next((p for p in top if p.start <= span.start < p.end), None)
        if paragraph is None:
            continue
        line_start = article.raw.rfind("\n", paragraph.start, span.start) + 1 or paragraph.start
        line_end = article.raw.find("\n", span.end, paragraph.end)
        line = article.raw[max(line_start, paragraph.start):paragraph.end if line_end == -1 else line_end]
        if not (is_printed_date_line(line, span.text) or is_dateline(article, paragraph, span.start, span.end)):
            continue
        if span.canonical.startswith("XXXX"):
            found.append(clue(article, span.start, span.end, "printed date (no year)", None, None, "weak",
                              "A date printed at the top without its year: it fixes the day once the other clues "
                              "fix the year.", "the article"))
        else:
            day = pd.Timestamp(span.canonical)
            found.append(clue(article, span.start, span.end, "printed date", day, day, "firm",
                              "A date printed at the top (a date line or a dateline): the day the text was published "
                              "or filed.", "the article"))
    return found


def header_clue(article: Article) -> list[dict]:
    """The date in an added article's header (`published:`)."""
    published = article.meta.get("published", "unknown")
    if published == "unknown" or article.meta.get("date_status") != "stated":
        return []
    first, last = first_and_last_day(published)
    return [{**clue(article, None, None, "header date", first, last, "firm",
                    "The date given in the article's header (published: ...).", "the article's header"),
             "text": f"published: {published}"}]


# --- dates in the text ---------------------------------------------------------------------------------


def date_bounds(label: str, value: str) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """First and last day of a date, month, year, decade or century as the dates layer writes it."""
    if label in ("date", "month", "year"):
        return first_and_last_day(value)
    if label == "decade":
        return pd.Timestamp(f"{value[:4]}-01-01"), pd.Timestamp(f"{int(value[:4]) + 9}-12-31")
    if label == "century":
        number = int(re.match(r"\d+", value).group())
        return pd.Timestamp(f"{(number - 1) * 100 + 1}-01-01"), pd.Timestamp(f"{number * 100}-12-31")
    return None


def date_clues(article: Article, dates: pd.DataFrame, printed: set[int]) -> list[dict]:
    """Dates, months, years, decades and centuries in the text, read by how their clause speaks of them."""
    found = []
    for span in dates[dates.label != "relative"].itertuples():
        if span.start in printed or "XXXX" in span.canonical:
            continue  # printed dates are read separately; a day or month without a year dates nothing
        bounds = date_bounds(span.label, span.canonical)
        if bounds is None:
            continue
        found.append(mentioned_date_clue(article, span, bounds))
    return found


def names_a_thing(article: Article, span) -> bool:
    """True for a year used as part of a name ("the 1972 ABM treaty", "the 2022 invasion", "its 2030 plan"):
    it says when that thing happened or is due, not when the clause's verb happens."""
    before = article.raw[max(0, span.start - 12):span.start]
    after = article.raw[span.end:span.end + 2]
    return (span.label == "year" and bool(re.search(r"(?:\b(?:the|a|an|its|their|his|her|this|that|our)|['’]s)\s+$", before, re.I))
            and bool(re.match(r"\s?[A-Za-z]", after)))


def mentioned_date_clue(article: Article, span, bounds) -> dict:
    """One date in the text: a lower bound if told as past, an upper bound if told as still to come."""
    first, last = bounds
    kind = f"{span.label} in text"
    if names_a_thing(article, span):
        return clue(article, span.start, span.end, kind, first, None, "weak",
                    "A year used as part of a name (the 2001 treaty): only a hint that the text is from then or later, "
                    "since a plan can carry a year still to come.", "the article")
    telling = telling_around(article, span.start, span.end)
    if telling == "past":
        return clue(article, span.start, span.end, kind, first, None, "likely",
                    "Told as something that has happened, so the text was written then or later.", "the article")
    if telling == "future":
        return clue(article, span.start, span.end, kind, None, first - pd.Timedelta(days=1), "likely",
                    "Told as still to come (will, due to, until...), so the text was written before it. "
                    "A future date is never a lower bound.", "the article")
    if telling == "maybe future":
        return clue(article, span.start, span.end, kind, None, None, "weak",
                    "Told as a plan, a wish or a possibility (would, could, if...): it dates nothing.", "the article")
    return clue(article, span.start, span.end, kind, first, None, "weak",
                "Mentioned without saying whether it is past or still to come: only a hint that the text is "
                "from then or later.", "the article")


# --- office-holders ------------------------------------------------------------------------------------------


@dataclass
class TitleMatch:
    """A title followed by a name in the text, and the office-holder rows (records) it could mean."""

    start: int
    end: int
    title: str
    rows: list
    ambiguous: bool


@dataclass
class OfficeIndex:
    """office_holders.csv made quick to search: one pattern for every title + name, and the rows for each
    (title, name) pair."""

    pattern: re.Pattern[str]
    holders: dict[tuple[str, str], list]


def build_office_index(offices: pd.DataFrame) -> OfficeIndex:
    """The pattern and lookup table for a table of office-holders (see load_office_holders)."""
    titles = "|".join(phrase_pattern(t) for t in sorted({t for ts in offices.titles for t in ts}, key=len, reverse=True))
    holders: dict[tuple[str, str], list] = {}
    for row in offices.itertuples(index=False):
        for title in row.titles:
            for name in {*row.names, row.short_name} - {""}:
                holders.setdefault((title.lower(), name), []).append(row)
    names = "|".join(phrase_pattern(n) for n in sorted({name for _, name in holders}, key=len, reverse=True))
    # A lookahead, so that "second-highest-ranking official, Premier Li Keqiang" gives two matches.
    pattern = re.compile(rf"(?<![\w-])(?=(?P<title>{titles})(?:,?\s+(?:the\s+)?(?:{titles}))?\s+"
                         rf"(?P<name>(?-i:{names}))(?![\w-])(?!\s+(?-i:[A-Z][a-z])))", re.I)
    return OfficeIndex(pattern, holders)


@lru_cache(maxsize=2)
def office_index_for(modified: float) -> OfficeIndex:
    """The index of office_holders.csv as last saved (`modified`: the file's time, so an edit is picked up)."""
    return build_office_index(load_office_holders())


def title_matches(article: Article, index: OfficeIndex) -> list[TitleMatch]:
    """Each place where a title is followed by a full name, or by a short name, of someone in office_holders.csv
    ("Premier Li Keqiang"; "second-highest-ranking official, Premier Li Keqiang"; "President Xi")."""
    found = []
    for paragraph in article.paragraphs:
        for match in index.pattern.finditer(article.raw, paragraph.start, paragraph.end):
            rows = index.holders.get((" ".join(match.group("title").lower().split()), match.group("name")), [])
            if rows:
                found.append(TitleMatch(match.start("title"), match.end("name"), match.group("title"), rows,
                                        len({row.person for row in rows}) > 1))
    return found


def office_holder_clues(article: Article, printed: list[tuple[int, int]], offices: pd.DataFrame | None = None) -> list[dict]:
    """People named with an office, checked against their terms in office_holders.csv (`printed`: where the
    printed dates are, which do not make a sentence "about another time")."""
    index = office_index_for(OFFICE_FILE.stat().st_mtime) if offices is None else build_office_index(offices)
    found = []
    for match in title_matches(article, index):
        before = article.raw[max(0, match.start - 20):match.start]
        first = match.rows[0]
        if match.ambiguous:
            people = " or ".join(sorted({row.person for row in match.rows}))
            found.append(clue(article, match.start, match.end, "office-holder (unclear who)", None, None, "weak",
                              f"'{article.raw[match.start:match.end]}' could be {people}: it dates nothing "
                              "until the full name is given.", ""))
        elif NOT_THE_OFFICE.search(before) or PAST_OFFICE.search(article.raw[match.start:match.end]):
            found.append(clue(article, match.start, match.end, "office-holder (past)", None, None, "weak",
                              f"Named as a past or a deputy {first.office}: this dates nothing.", first.url))
        else:
            found.append(office_holder_clue(article, match, printed))
    return found


def is_known_day(day) -> bool:
    return day is not None and not pd.isna(day)


def office_holder_clue(article: Article, match: TitleMatch, printed: list[tuple[int, int]]) -> dict:
    """A title with an unambiguous name: the person's term(s) in that office, unless the sentence is about
    another time (it names a year or a date of its own)."""
    rows, first = match.rows, match.rows[0]
    start = min(row.start for row in rows) if all(is_known_day(row.start) for row in rows) else None
    end = max(row.end for row in rows) if all(is_known_day(row.end) for row in rows) else None
    terms = "; ".join(row.term for row in rows)
    if start is None and end is None:
        return clue(article, match.start, match.end, "office-holder", None, None, "weak",
                    f"Named as {first.office}, but our data has no dates for the term. {first.note}", first.url)
    if sentence_names_another_time(article, match, printed):
        return clue(article, match.start, match.end, "office-holder (in a dated sentence)", start, None, "weak",
                    f"The sentence is about a time it names itself, so '{match.title}' need not be true when "
                    f"the text was written; it only shows the text is from after {first.person} took office "
                    f"({terms}).", first.url)
    return clue(article, match.start, match.end, "office-holder", start, end, first.strength,
                f"Called {first.office} as if in office now: {first.person} held that post {terms}. "
                f"{first.note}".strip(), first.url)


def sentence_names_another_time(article: Article, match: TitleMatch, printed: list[tuple[int, int]]) -> bool:
    """True if the sentence holding a title also names a year of its own (a printed date does not count)."""
    sentence = sentence_at(article, match.start)
    if not sentence.text:
        return False
    text = article.raw[sentence.start:sentence.end]
    for start, end in [*printed, (match.start, match.end)]:
        if sentence.start <= start < sentence.end:
            a, b = start - sentence.start, min(end, sentence.end) - sentence.start
            text = text[:a] + " " * (b - a) + text[b:]
    return bool(re.search(r"(?<![\w$£€.,])(?:19|20)\d\d(?![\w%])", text))


# --- named events ----------------------------------------------------------------------------------------------


def cue_patterns(cues: pd.DataFrame) -> list[tuple[object, re.Pattern[str]]]:
    """(cue row, one pattern for all its phrases, longest first) for each row of dating_cues.csv."""
    return [(cue, re.compile(rf"(?<!\w)(?:{'|'.join(phrase_pattern(p) for p in sorted(cue.phrases, key=len, reverse=True))})(?!\w)", re.I))
            for cue in cues.itertuples()]


@lru_cache(maxsize=2)
def cue_patterns_for(modified: float) -> list[tuple[object, re.Pattern[str]]]:
    """The patterns of dating_cues.csv as last saved (`modified`: the file's time, so an edit is picked up)."""
    return cue_patterns(load_dating_cues())


def event_clues(article: Article, cues: pd.DataFrame | None = None) -> list[dict]:
    """Named events from dating_cues.csv found in the text; a plan or a future step dates nothing."""
    patterns = cue_patterns_for(CUES_FILE.stat().st_mtime) if cues is None else cue_patterns(cues)
    matches = []
    for cue, regex in patterns:
        for paragraph in article.paragraphs:
            matches += [(match.start(), match.end(), cue) for match in regex.finditer(article.raw, paragraph.start, paragraph.end)]
    return [event_clue(article, cue, start, end) for start, end, cue in longest_events(matches)]


def longest_events(matches: list[tuple[int, int, object]]) -> list[tuple[int, int, object]]:
    """Overlapping event phrases reduced to the longest ("February 2022 invasion of Ukraine" is one event, not
    also an "invasion of Ukraine")."""
    kept: list[tuple[int, int, object]] = []
    for start, end, cue in sorted(matches, key=lambda m: (m[0] - m[1], m[0])):
        if not any(start < k_end and k_start < end for k_start, k_end, _ in kept):
            kept.append((start, end, cue))
    return sorted(kept, key=lambda m: m[0])


def event_clue(article: Article, cue, start: int, end: int) -> dict:
    """One named event: its bounds from dating_cues.csv, or no bound when it is spoken of as a plan."""
    before = article.raw[max(0, start - 40):start]
    telling = telling_around(article, start, end)
    if PLAN_WORDS.search(before) or telling in ("future", "maybe future"):
        return clue(article, start, end, "named event (as a plan)", None, None, "weak",
                    f"Spoken of as a plan or as still to come, so it dates nothing. ({cue.reason})", cue.url)
    return clue(article, start, end, "named event", cue.earliest, cue.latest, cue.strength, cue.reason, cue.url)


# --- relative words ------------------------------------------------------------------------------------------------


def relative_clues(article: Article, dates: pd.DataFrame) -> list[dict]:
    """'This week', 'last month' and the like: an upper bound only when the same sentence gives the day they
    count from ("On 28 June 2021 ... this week"); otherwise a hint only."""
    found = []
    days = dates[(dates.label == "date") & ~dates.canonical.str.startswith("XXXX")]
    days_by_sentence: dict[int, list[pd.Timestamp]] = {}
    for day in days.itertuples():
        sentence = sentence_at(article, day.start)
        if sentence.text:
            days_by_sentence.setdefault(sentence.start, []).append(pd.Timestamp(day.canonical))
    for span in dates[dates.label == "relative"].itertuples():
        words = span.text.lower()
        sentence = sentence_at(article, span.start)
        anchors = days_by_sentence.get(sentence.start, []) if sentence.text else []
        if words in RELATIVE_WINDOWS and anchors:
            latest = max(anchors) + pd.Timedelta(days=RELATIVE_WINDOWS[words])
            found.append(clue(article, span.start, span.end, "relative expression", None, latest, "likely",
                              f"The same sentence gives the day {describe_day(max(anchors))}; if '{words}' counts "
                              f"from it, the text was written by {describe_day(latest)}.", "the article"))
        else:
            found.append(clue(article, span.start, span.end, "relative expression", None, None, "weak",
                              f"'{words}' is said from the writer's present; on its own it gives no date.",
                              "the article"))
    return found
