"""Tools for the capstone (notebook 05): pick an article, look for other sources in the pack, and the rubric.

    from helpers.capstone import choose_article, find_in_pack, timeline_around, rubric_table
    article = choose_article("wire-xi-moscow")     # a practice article, a seed, or your own file
    find_in_pack("abstain", exclude=article)        # other articles and pack data that mention a word
    timeline_around("2023-03-21")                   # what a writer on that day could and could not know
    rubric_table()                                  # how the teacher marks the capstone

Everything here only finds and shows: judging what it means is the student's job.
"""

from __future__ import annotations

import re
import textwrap
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .articles import Article, ArticleError, load_article, load_corpus, load_seeds
from .data_files import read_table, read_yaml
from .errors import PackError
from .paths import DATA_DIR, USER_ARTICLES_DIR
from .practice import is_practice, load_practice_articles, practice_ids
from .profiles import signal_evidence
from .timeline import first_and_last_day, load_timeline, load_trade
from .treaty import load_digest

RUBRIC_FILE = DATA_DIR / "capstone_rubric.csv"
MEMOS_FILE = DATA_DIR / "capstone_example_memos.yaml"
LEVELS = ("beginning", "developing", "secure", "excellent")
FIND_COLUMNS = ["source", "kind", "text", "location"]


class CapstoneError(PackError):
    """A problem choosing an article or reading the capstone's data files, said in one sentence."""


# --- choosing the article ----------------------------------------------------------------------


def choose_article(name: str) -> Article:
    """The article to judge: a practice article id, a seed id, an id from my_articles/, or the path of a .txt file.

    Raises CapstoneError with one sentence (and the ids you can use) if nothing matches.
    """
    if not isinstance(name, str) or not name.strip():
        raise CapstoneError(f"Give the article's id as text in quotes, e.g. ARTICLE = \"wire-xi-moscow\", not {name!r}.")
    wanted = name.strip()
    if wanted.lower() in practice_ids():
        return load_practice_articles()[wanted.lower()]
    corpus = load_corpus(USER_ARTICLES_DIR, report=False)
    if wanted.lower() in corpus:
        return corpus[wanted.lower()]
    path = Path(wanted)
    if path.suffix.lower() == ".txt" or "/" in wanted:
        candidates = [path] if path.is_absolute() else [path, Path("..") / path, USER_ARTICLES_DIR / path.name]
        for candidate in candidates:
            if candidate.is_file():
                try:
                    return load_article(candidate, folder=None)
                except ArticleError as problem:
                    raise CapstoneError(str(problem)) from None
        raise CapstoneError(f"No file at '{wanted}': put it in my_articles/ and give its name, e.g. \"my_articles/this-week.txt\".")
    problems = [message for file, message in corpus.problems if Path(file).stem.lower() == wanted.lower()]
    if problems:
        raise CapstoneError(problems[0])
    choices = practice_ids() + corpus.ids
    raise CapstoneError(f"There is no article '{wanted}'; choose one of {', '.join(choices)}, or give the path of a .txt file.")


def print_article(article: Article, width: int = 100) -> None:
    """Print what the header says, then the text with numbered paragraphs (page clutter left out)."""
    if not isinstance(article, Article):
        raise CapstoneError(f"print_article() needs one article, e.g. print_article(article), not a {type(article).__name__}.")
    meta = article.meta
    for key in ("title", "author", "outlet", "published", "genre"):
        print(textwrap.fill(f"{key + ':':11}{meta.get(key, 'unknown')}", width, subsequent_indent=" " * 11))
    print(f"{'words:':11}{article.words}{'   (the text stops mid-sentence)' if article.truncated else ''}\n")
    for number, paragraph in enumerate(article.paragraphs, start=1):
        print(textwrap.fill(paragraph.text, width, initial_indent=f"[{number}] ", subsequent_indent="    "))


# --- other sources in the pack -------------------------------------------------------------------


def pack_articles(exclude: Article | None = None, include_mine: bool = False) -> list[Article]:
    """The seeds and the practice articles (with include_mine=True, also yours in my_articles/), except `exclude`."""
    seeds = load_corpus(USER_ARTICLES_DIR, report=False) if include_mine else load_seeds()
    articles = list(seeds) + list(load_practice_articles())
    return [a for a in articles if exclude is None or a.id != exclude.id]


def kind_of(article: Article) -> str:
    """'seed article', 'practice article' or 'your article'."""
    if article.meta.get("source") == "seed":
        return "seed article"
    return "practice article" if is_practice(article) else "your article"


def domain(urls: str) -> str:
    """A short label for the first of some ' ; '-separated URLs: its site name, e.g. 'reuters.com'."""
    first = urls.split(" ; ")[0].strip()
    host = re.sub(r"^https?://", "", first).split("/")[0]
    return re.sub(r"^www\.", "", host) or "no source given"


def clue_table(dating) -> pd.DataFrame:
    """The date detective's clues as a table to read: the words, what kind of clue, the dates they allow
    (blank where a clue gives no bound) and how strong it is."""
    evidence = dating.evidence
    def day(value):
        return "" if value is None or pd.isna(value) else f"{value.day} {value:%b %Y}"
    return pd.DataFrame({"clue": evidence.text, "kind": evidence.kind,
                         "not before": evidence.earliest.map(day), "not after": evidence.latest.map(day),
                         "strength": evidence.strength})


def find_in_pack(word: str, exclude: Article | None = None, include_mine: bool = False) -> pd.DataFrame:
    """Every sentence in the pack's other articles, timeline, treaty digest and trade table that contains `word`.

    Columns: source (article id, 'timeline', 'treaty digest' or 'trade table'), kind, text, location (character span in the
    article, or the event id / treaty article / year and the site the data cites; the full address is in the
    data file). Case does not matter. Words match at their start: 'abstain'
    also finds 'abstained'. Your own articles in my_articles/ are searched only with include_mine=True.
    """
    if not isinstance(word, str) or len(word.strip()) < 3:
        raise CapstoneError(f"Give a word of three or more letters to look for, in quotes, e.g. find_in_pack(\"abstain\"), not {word!r}.")
    if exclude is not None and not isinstance(exclude, Article):
        raise CapstoneError("exclude= takes the article you are judging (e.g. exclude=article), so that it is left out.")
    pattern = re.compile(rf"\b{re.escape(word.strip())}", re.IGNORECASE)
    rows = []
    for article in pack_articles(exclude, include_mine):
        for sentence in article.sentences:
            if pattern.search(sentence.text):
                rows.append({"source": article.id, "kind": kind_of(article), "text": sentence.text,
                             "location": f"characters {sentence.start}-{sentence.end}"})
    for event in load_timeline().itertuples():
        if pattern.search(f"{event.label} {event.description}"):
            rows.append({"source": "timeline", "kind": "pack data", "text": f"{event.when}: {event.description}",
                         "location": f"event {event.id} ({domain(event.url)})"})
    for part in load_digest().itertuples():
        if pattern.search(f"{part.topic} {part.summary} {' '.join(part.keywords or [])}"):
            name = "Preamble" if part.number == "preamble" else f"Article {part.number}"
            rows.append({"source": "treaty digest", "kind": "pack data", "text": f"{name} ({part.topic}): {part.summary}",
                         "location": f"{name.lower()} ({domain(' ; '.join(part.source or []))})"})
    for year in load_trade().itertuples():
        if pattern.search(f"trade {year.note}"):
            rows.append({"source": "trade table", "kind": "pack data",
                         "text": f"{year.year}: ${year.total_usd_bn:g}bn. {year.note}".strip(),
                         "location": f"year {year.year} ({domain(year.url)})"})
    return pd.DataFrame(rows, columns=FIND_COLUMNS)


def timeline_around(day: str | pd.Timestamp, months: int = 18) -> pd.DataFrame:
    """The timeline's events from `months` before `day` to `months` after it, and whether a writer on `day`
    could have known of each (an event that had not started by then could not be known)."""
    try:
        start = pd.Timestamp(first_and_last_day(str(day)[:10])[0])
    except ValueError:  # not a date written YYYY-MM-DD, YYYY-MM or YYYY, or no such day
        raise CapstoneError(f"Give the day as text in the form YYYY-MM-DD (or YYYY-MM, YYYY), not {day!r}.") from None
    timeline = load_timeline()
    lower, upper = start - pd.DateOffset(months=months), start + pd.DateOffset(months=months)
    near = timeline[(timeline.until >= lower) & (timeline.date <= upper)]
    table = pd.DataFrame({"when": near.when.values, "event": near.label.values,
                          "could the writer know?": ["yes" if d <= start else "no: later" for d in near.date]})
    return table.set_index("when")


def known_by_then(article: Article, dating=None, months: int = 18) -> pd.DataFrame:
    """Timeline events around the day an article was written: its printed date, or else the earliest day its
    clues allow (from `dating`, a date_article() result). Prints which day it used, or why there is none."""
    day = article.meta.get("published") if article.meta.get("date_status") == "stated" else None
    how = "the date printed in its header"
    if day is None and dating is not None:
        for value, label in ((dating.earliest, "the earliest day its firm clues allow"),
                             (dating.likely_earliest, "the earliest day its likely clues allow"),
                             (dating.weak_earliest, "the earliest day a weak clue hints at")):
            if value is not None and not pd.isna(value):
                day, how = f"{value:%Y-%m-%d}", label
                break
    if day is None:
        print("No date to anchor on: the text gives no clue to when it was written, so nothing can be ruled out.")
        return pd.DataFrame(columns=["event", "could the writer know?"]).rename_axis("when")
    print(f"Anchored on {day}, {how}.")
    return timeline_around(day, months)


def signal_words(article: Article, signals=("vague_sources_per_1000", "loaded", "hedges_per_1000")) -> pd.DataFrame:
    """The words behind some signals of an article's profile, one row each: signal, text, note (from
    helpers.profiles.signal_evidence). A signal with no words behind it gets one row saying so."""
    rows = []
    for signal in signals:
        found = signal_evidence(article, signal)
        rows += [{"signal": signal, "text": r.text, "note": r.note} for r in found.itertuples()] or \
                [{"signal": signal, "text": "", "note": "nothing found in this text"}]
    return pd.DataFrame(rows, columns=["signal", "text", "note"]).set_index("signal")


# --- the rubric and the example memos ------------------------------------------------------------


@lru_cache(maxsize=1)
def load_capstone_rubric() -> pd.DataFrame:
    """The capstone rubric: one row per criterion, what it looks for, and a description of each of four levels."""
    rubric = read_table(RUBRIC_FILE)
    needed = ["criterion", "looks_for", *LEVELS]
    if list(rubric.columns) != needed or (rubric[needed] == "").any().any():
        raise CapstoneError(f"{RUBRIC_FILE.name} needs the columns {', '.join(needed)}, each filled in on every row.")
    return rubric


def rubric_table() -> pd.DataFrame:
    """The rubric as a table to read: criteria down the side, the four levels across."""
    return load_capstone_rubric().set_index("criterion")


def rubric_text(width: int = 110) -> str:
    """The rubric as plain text (for printing, or where a table is too wide)."""
    lines = []
    for row in load_capstone_rubric().itertuples():
        lines.append(f"{row.criterion.upper()}: {row.looks_for}")
        for level in LEVELS:
            lines.append(textwrap.fill(getattr(row, level), width, initial_indent=f"  {level:>10}: ",
                                       subsequent_indent=" " * 14))
    return "\n".join(lines)


@lru_cache(maxsize=1)
def load_example_memos() -> dict:
    """The two example memos (strong and weak) with their levels on each criterion and the marker's notes."""
    return read_yaml(MEMOS_FILE)


def show_memo(which: str, width: int = 110) -> None:
    """Print one example memo ('strong' or 'weak'), its level on each criterion, and the marker's notes."""
    memos = load_example_memos()
    if which not in memos:
        raise CapstoneError(f"There is no example memo '{which}'; choose {' or '.join(memos)}.")
    memo = memos[which]
    print(f"Example memo ({which}, {len(memo['memo'].split())} words) on {memo['article']}:\n")
    print("\n\n".join(textwrap.fill(paragraph, width) for paragraph in memo["memo"].splitlines()))
    print("\nLevels:", "; ".join(f"{criterion}: {level}" for criterion, level in memo["levels"].items()))
    print("\nMarker's notes:")
    for note in memo["notes"]:
        print(textwrap.fill(f"- \"{note['words']}\" ({note['criterion']}): {note['comment']}", width,
                            subsequent_indent="  "))


def memo_levels() -> pd.DataFrame:
    """The two example memos side by side: their level on each rubric criterion."""
    memos = load_example_memos()
    criteria = list(load_capstone_rubric().criterion)
    return pd.DataFrame({which: [memo["levels"][c] for c in criteria] for which, memo in memos.items()},
                        index=pd.Index(criteria, name="criterion"))
