"""A source profile: the signals a careful reader checks, counted, each one traceable to the words behind it.

    from helpers import load_seeds, profile, signal_evidence
    profile(load_seeds())                                      # one row per article, one column per signal
    signal_evidence(load_seeds()["fragment"], "truncated")     # the spans behind one figure
    from helpers.profiles import SIGNAL_REGISTRY
    SIGNAL_REGISTRY["quotations"].shows                        # what that signal can and cannot show

Each signal is one small function below, registered with `@signal(...)` (the way `textstat` keeps one
metric per function). It gets the article and its `Spans` (the annotation rows it needs) and returns a
number; its evidence function returns the spans behind that number. Only the writer's own words are
counted: stance words inside a quotation belong to the speaker (a paraphrase of a source is still the
writer's choice of words, so it counts).

The signals are leads, not verdicts. None of them says who (or what) wrote a text, and adding them up
does not measure quality: the rubric and rankings (helpers.rubric) show how much an order depends on the
weights someone chose. `beside_references(article)` puts a new article's figures next to the range of the
seeds and of kinds of text (wire reports, think-tank briefs, sensational blogs...), so that a single number
never stands alone.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Callable

import pandas as pd
import textstat

from .annotations import annotate
from .articles import Article, Corpus
from .data_files import read_table
from .errors import PackError
from .paths import DATA_DIR
from .text import Span, count_words, is_heading, language_warning
from .inputs import articles_of

CALIBRATION_SAMPLE = DATA_DIR / "calibration_sample.txt"  # a careful text we wrote, with its sources
REFERENCE_FILE = DATA_DIR / "profile_reference.csv"        # made by `python -m helpers.reference_ranges`
EVIDENCE_COLUMNS = ["start", "end", "text", "note"]
MIN_QUOTATION_WORDS = 4  # shorter phrases in quotation marks are labels or scare quotes, not quotations


class ProfileError(PackError):
    """A request the profile cannot answer, in one sentence that says what to do instead."""


# --- what every signal works from ------------------------------------------------------------------


class Spans:
    """The annotation rows of one article that the signals read (attribution, stance, dates), as named tuples
    grouped once by (layer, label), so that each signal's look-up is quick."""

    def __init__(self, rows: pd.DataFrame, article: Article | None = None):
        self.rows = list(rows.itertuples(index=False))
        self.groups: dict[tuple[str, str], list] = {}
        for row in self.rows:
            self.groups.setdefault((row.layer, row.label), []).append(row)
        self.words = article.words if article is not None else 0  # counted once: every rate needs it
        self.not_english = language_warning(article) if article is not None else ""

    def of(self, layer: str, label: str | None = None, writer_only: bool = False) -> list:
        if label is None:
            rows = [row for row in self.rows if row.layer == layer]
        else:
            rows = self.groups.get((layer, label), [])
        return [row for row in rows if row.voice != "quoted"] if writer_only else rows


def is_given(value: str | None) -> bool:
    """False for a missing value or one that starts with 'unknown'."""
    return bool(value) and not str(value).strip().lower().startswith("unknown")


def text_sentences(article: Article) -> list[Span]:
    """The article's sentences (headings and clutter are already left out by the loader)."""
    return [s for s in article.sentences if not is_heading(s.text)]


def per_1000(count: int, words: int) -> float:
    """`count` per 1,000 words, to one decimal (0 for a text with no words)."""
    return round(1000 * count / words, 1) if words else 0.0


def rows_as_evidence(rows: list, note: Callable[[object], str] | None = None) -> list[dict]:
    return [{"start": r.start, "end": r.end, "text": r.text, "note": note(r) if note else r.canonical}
            for r in rows]


# --- the registry -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Signal:
    """One signal: its name, what the figure is, one line on what it can and cannot show, and how to
    measure it and find its evidence."""

    name: str
    meaning: str
    shows: str
    measure: Callable[[Article, Spans], object]
    evidence: Callable[[Article, Spans], list[dict]]
    source: str = ""  # where a figure with no spans in the text comes from


SIGNAL_REGISTRY: dict[str, Signal] = {}


def signal(name: str, meaning: str, shows: str, evidence: Callable[[Article, Spans], list[dict]] | None = None):
    """Register the decorated function as the measure of signal `name`."""
    def register(measure: Callable[[Article, Spans], object]):
        SIGNAL_REGISTRY[name] = Signal(name, meaning, shows, measure, evidence or (lambda article, spans: []))
        return measure
    return register


# --- the signals, one function each ---------------------------------------------------------------------


@signal("words", "words of article text (headings and page clutter left out)",
        "Length only: a long text is not a better one, and a short one may be a fair summary.")
def words(article: Article, spans: Spans) -> int:
    return spans.words


def _byline_evidence(article: Article, spans: Spans) -> list[dict]:
    author = article.meta.get("author", "")
    where = article.raw.find(author) if is_given(author) else -1
    return [{"start": where, "end": where + len(author), "text": author, "note": "author named in the text"}] \
        if where >= 0 else []


@signal("byline", "a named author is given",
        "Shows that someone signed it; cannot show who they are or whether they know the subject.",
        _byline_evidence)
def byline(article: Article, spans: Spans) -> bool:
    return is_given(article.meta.get("author"))


OFFICE_PATTERN = re.compile(
    r"\b(?:President|Premier|Prime Minister|Chancellor|Foreign Minister|Secretary-General)(?: [A-Z][\w’'-]+){1,3}"
    r"|\b(?:second|third)-highest-ranking official|\bNo\. ?2 official")


def office_title_spans(article: Article) -> list[Span]:
    """Mentions of a person by office ('Premier Li Keqiang', 'No.2 official') in the article text."""
    found = []
    for paragraph in article.paragraphs:
        for match in OFFICE_PATTERN.finditer(paragraph.text):
            start = paragraph.start + match.start()
            found.append(Span(start, start + len(match.group()), match.group(), "office"))
    return found


def _date_evidence(article: Article, spans: Spans) -> list[dict]:
    rows = rows_as_evidence(spans.of("dates"), lambda r: f"{r.label}: {r.canonical}")
    rows += [{"start": s.start, "end": s.end, "text": s.text, "note": "office: when did this person hold it?"}
             for s in office_title_spans(article)]
    return sorted(rows, key=lambda row: row["start"])


@signal("date_status", "date printed (stated), worked out from the text (estimated), or unknown",
        "Shows whether a reader can place the text in time; a printed date may be an update's, not the writing's.",
        _date_evidence)
def date_status(article: Article, spans: Spans) -> str:
    return article.meta.get("date_status", "unknown") or "unknown"


@signal("date_known", "1 stated, 0.5 estimated, 0 unknown",
        "The date status as a number, for charts and rankings; it says nothing about whether the date is right.",
        _date_evidence)
def date_known(article: Article, spans: Spans) -> float:
    return {"stated": 1.0, "estimated": 0.5}.get(date_status(article, spans), 0.0)


@signal("outlet_known", "we know which site or publisher put it out",
        "Shows that a publisher is named; only helps once you find out who runs it and why.")
def outlet_known(article: Article, spans: Spans) -> bool:
    return is_given(article.meta.get("outlet"))


@signal("named_sources_per_1000", "named sources with a reporting verb, per 1,000 words",
        "Shows how often the writer credits someone a reader could check; cannot show the source is reported fairly.",
        lambda article, spans: rows_as_evidence(spans.of("attribution", "named_source")))
def named_sources_per_1000(article: Article, spans: Spans) -> float:
    return per_1000(len(spans.of("attribution", "named_source")), spans.words)


@signal("vague_sources_per_1000", "attributions nobody can check ('some experts'), per 1,000 words",
        "Shows claims resting on unnamed people; a writer may be protecting a real source.",
        lambda article, spans: rows_as_evidence(spans.of("attribution", "vague_source"),
                                                lambda r: "who exactly?"))
def vague_sources_per_1000(article: Article, spans: Spans) -> float:
    return per_1000(len(spans.of("attribution", "vague_source")), spans.words)


def real_quotations(spans: Spans) -> list:
    """Quotations of MIN_QUOTATION_WORDS words or more: a scare-quoted word or a label is not a quotation."""
    return [row for row in spans.of("attribution", "quotation") if count_words(row.text) >= MIN_QUOTATION_WORDS]


@signal("quotations", "direct quotations in quotation marks (four words or more; scare quotes left out)",
        "Shows words a reader can trace to a speaker; a quotation can be accurate and still out of context.",
        lambda article, spans: rows_as_evidence(real_quotations(spans),
                                                lambda r: f"speaker: {r.canonical}" if r.canonical else
                                                "speaker not named"))
def quotations(article: Article, spans: Spans) -> int:
    return len(real_quotations(spans))


REFERENCE_PATTERN = re.compile(
    r"https?://[^\s)\]]+"                                   # a web address
    r"|\bwww\.[^\s)\]]+"
    r"|\((?:[A-Z][\w'’-]+(?:,? (?:and|&) [A-Z][\w'’-]+| et al\.)?,? )?(?:19|20)\d\d[a-z]?(?:, pp?\. ?\d+)?\)"
    r"|\[\d{1,3}\]"                                         # a footnote mark [3]
)


def reference_spans(article: Article) -> list[Span]:
    """Links, '(2020)'-style citations and [1]-style footnote marks inside the article's paragraphs."""
    found = []
    for paragraph in article.paragraphs:
        for match in REFERENCE_PATTERN.finditer(paragraph.text):
            start = paragraph.start + match.start()
            found.append(Span(start, start + len(match.group()), match.group(), "reference"))
    return found


@signal("references", "links and (2020)-style references",
        "Shows where a reader could check a claim; a link can lead to a weak or unrelated page.",
        lambda article, spans: [{"start": s.start, "end": s.end, "text": s.text, "note": "reference"}
                                for s in reference_spans(article)])
def reference_count(article: Article, spans: Spans) -> int:
    return len(reference_spans(article))


def _stance(label: str):
    return lambda article, spans: rows_as_evidence(spans.of("stance", label, writer_only=True))


@signal("hedges_per_1000", "softening words (may, likely) in the writer's own voice, per 1,000 words",
        "Shows caution in the writer's claims; honest caution and evasion look the same here.", _stance("hedge"))
def hedges_per_1000(article: Article, spans: Spans) -> float:
    return per_1000(len(spans.of("stance", "hedge", writer_only=True)), spans.words)


@signal("boosters_per_1000", "certainty words (undeniably, clearly) in the writer's own voice, per 1,000 words",
        "Shows how sure the writer sounds; cannot show whether the certainty is earned.", _stance("booster"))
def boosters_per_1000(article: Article, spans: Spans) -> float:
    return per_1000(len(spans.of("stance", "booster", writer_only=True)), spans.words)


@signal("loaded", "loaded, judging or sensational words in the writer's own voice",
        "Shows words that take a side or alarm; sometimes the loaded word is the accurate one.", _stance("loaded"))
def loaded(article: Article, spans: Spans) -> int:
    return len(spans.of("stance", "loaded", writer_only=True))


@signal("loaded_per_1000", "loaded words in the writer's own voice, per 1,000 words",
        "The same words per 1,000 words, so long and short texts compare.", _stance("loaded"))
def loaded_per_1000(article: Article, spans: Spans) -> float:
    return per_1000(loaded(article, spans), spans.words)


@signal("informal", "chatty, informal phrases and emoji in the writer's own voice (Hey guys, buckle up)",
        "Shows register and audience; informal is a genre choice, not a sign of error.", _stance("informal"))
def informal(article: Article, spans: Spans) -> int:
    return len(spans.of("stance", "informal", writer_only=True))


@signal("informal_per_1000", "informal phrases in the writer's own voice, per 1,000 words",
        "The same phrases per 1,000 words, so long and short texts compare.", _stance("informal"))
def informal_per_1000(article: Article, spans: Spans) -> float:
    return per_1000(informal(article, spans), spans.words)


def readability(article: Article, not_english: str | None = None) -> tuple[float, float]:
    """Flesch reading ease and Flesch-Kincaid grade of the article text, from textstat; NaN for a text that
    is not (mostly) English, because both formulas count English syllables."""
    text = " ".join(s.text for s in text_sentences(article))
    if not text.strip() or (language_warning(article) if not_english is None else not_english):
        return float("nan"), float("nan")
    return round(textstat.flesch_reading_ease(text), 1), round(textstat.flesch_kincaid_grade(text), 1)


def _long_sentences(article: Article, spans: Spans) -> list[dict]:
    if spans.not_english:
        return []
    longest = sorted(text_sentences(article), key=lambda s: -len(s.text.split()))[:5]
    return [{"start": s.start, "end": s.end, "text": s.text,
             "note": f"{len(s.text.split())} words: one of the longest sentences"}
            for s in sorted(longest, key=lambda s: s.start)]


@signal("flesch_reading_ease", "Flesch reading ease (higher = easier; 60-70 is plain English; blank if not English)",
        "Counts word and sentence length only: easy is not untrustworthy, hard is not authoritative.",
        _long_sentences)
def flesch_reading_ease(article: Article, spans: Spans) -> float:
    return readability(article, spans.not_english)[0]


@signal("fk_grade", "Flesch-Kincaid grade (school year needed to read it; blank if not English)",
        "Counts word and sentence length only; ignores sense and the background a reader needs.", _long_sentences)
def fk_grade(article: Article, spans: Spans) -> float:
    return readability(article, spans.not_english)[1]


# Common words left out when comparing sentences, plus the two country names every sentence shares.
STOPWORDS = frozenset("""
a an the and or but if of to in on at by for with from as into about than then so such this that these those
it its they them their there here is are was were be been being has have had do does did not no nor can could
may might will would shall should must very more most much many some any each every other another both either
neither all also just only even still yet too own same which who whom whose what when where why how we you your
our he she his her me my one two while because over under between through during after before again once
china russia russian chinese sino
""".split())
CONTENT_WORD = re.compile(r"[a-z]+")
REPETITION_THRESHOLD = 0.4   # share of content words two sentences have in common (Jaccard)
REPETITION_MIN_WORDS = 4     # shorter sentences are not compared


def content_words(text: str) -> set[str]:
    """The words of `text` that carry meaning, lower-cased, with a plural -s taken off long words."""
    found = set()
    for word in CONTENT_WORD.findall(text.lower()):
        if word in STOPWORDS or len(word) < 3:
            continue
        found.add(word[:-1] if len(word) > 4 and word.endswith("s") else word)
    return found


def restatements(article: Article, threshold: float = REPETITION_THRESHOLD) -> pd.DataFrame:
    """Sentences that restate an earlier sentence: at least `threshold` of their content words in common.

    Columns: start, end, text (the restating sentence), earlier (the sentence it repeats), overlap.
    Two sentences can only share `threshold` of their words if they share one of each sentence's rarest
    words, so only sentences that do are compared (this keeps a long text quick).
    """
    sentences = text_sentences(article)
    bags = [content_words(s.text) for s in sentences]
    frequency: dict[str, int] = {}
    for bag in bags:
        for word in bag:
            frequency[word] = frequency.get(word, 0) + 1
    index: dict[str, list[int]] = {}  # rarest words of each earlier sentence -> the sentences
    rows = []
    for i, mine in enumerate(bags):
        if not mine:
            continue
        rarest = sorted(mine, key=lambda word: (frequency[word], word))
        prefix = rarest[:len(mine) - math.ceil(threshold * len(mine)) + 1]
        if len(mine) >= REPETITION_MIN_WORDS:
            candidates = sorted({j for word in prefix for j in index.get(word, ())})
            best, best_j = 0.0, -1
            for j in candidates:
                shared = len(mine & bags[j])
                overlap = shared / (len(mine) + len(bags[j]) - shared)
                if overlap > best:
                    best, best_j = overlap, j
            if best >= threshold:
                s = sentences[i]
                rows.append({"start": s.start, "end": s.end, "text": s.text,
                             "earlier": sentences[best_j].text, "overlap": round(best, 2)})
        for word in prefix:
            index.setdefault(word, []).append(i)
    return pd.DataFrame(rows, columns=["start", "end", "text", "earlier", "overlap"])


@signal("repetition", "share of sentences that restate an earlier sentence",
        "Shows padding or low-effort publishing; summaries and recaps repeat on purpose.",
        lambda article, spans: [{"start": r.start, "end": r.end, "text": r.text,
                                 "note": f"restates ({r.overlap:.0%} shared words): {r.earlier}"}
                                for r in restatements(article).itertuples()])
def repetition(article: Article, spans: Spans) -> float:
    sentences = text_sentences(article)
    return round(len(restatements(article)) / len(sentences), 3) if sentences else 0.0


@signal("clutter_lines", "lines of web-page furniture left in by the scraper",
        "Tells you about the copy, not the writer; a photo credit or a poll can even be a clue.",
        lambda article, spans: [{"start": s.start, "end": s.end, "text": s.text, "note": s.kind}
                                for s in article.clutter])
def clutter_lines(article: Article, spans: Spans) -> int:
    return len(article.clutter)


@signal("truncated", "the text stops mid-sentence",
        "Shows we are judging part of a text; cannot show what the missing part said.",
        lambda article, spans: [] if article.truncation is None else [
            {"start": article.truncation.start, "end": article.truncation.end, "text": article.truncation.text,
             "note": "the text stops here, mid-sentence"}])
def truncated(article: Article, spans: Spans) -> bool:
    return article.truncated


# What each column of a profile means (the same words appear in the CLI and the notebooks).
SIGNALS: dict[str, str] = {name: s.meaning for name, s in SIGNAL_REGISTRY.items()}


# --- the profile --------------------------------------------------------------------------------------


def spans_of(article: Article) -> Spans:
    return Spans(annotate(article, layers=["dates", "attribution", "stance"]), article)


def profile_article(article: Article, spans: Spans | None = None) -> dict[str, object]:
    """The signals of one article as a dict (signal -> value)."""
    spans = spans or spans_of(article)
    return {"article": article.id, **{name: s.measure(article, spans) for name, s in SIGNAL_REGISTRY.items()}}


def profile(article_or_corpus: Article | Corpus) -> pd.DataFrame:
    """The source profile: one row per article (index = article id), one column per signal (see SIGNALS)."""
    articles = articles_of(article_or_corpus, "profile()", ProfileError)
    rows = [profile_article(article) for article in articles]
    return pd.DataFrame(rows, columns=["article", *SIGNALS]).set_index("article")


def signal_evidence(article: Article, signal: str) -> pd.DataFrame:
    """The spans of `article` behind one signal of its profile: start, end, text, note.

    Signals read from the header or catalog (outlet_known) have no spans in the text;
    `evidence_note(article, signal)` says where such a figure comes from.
    """
    if not isinstance(article, Article):
        raise ProfileError("signal_evidence() needs one article, e.g. signal_evidence(corpus['essay'], 'hedges_per_1000').")
    if signal not in SIGNAL_REGISTRY:
        raise ProfileError(f"There is no signal '{signal}'; the signals are {', '.join(SIGNAL_REGISTRY)}.")
    rows = SIGNAL_REGISTRY[signal].evidence(article, spans_of(article))
    return pd.DataFrame(rows, columns=EVIDENCE_COLUMNS)


def evidence_note(article: Article, signal: str) -> str:
    """Where a figure with no spans comes from (header, catalog), in words."""
    if signal == "outlet_known":
        return f"outlet from the header or catalog: {article.meta.get('outlet', 'unknown')}"
    if signal == "byline" and not is_given(article.meta.get("author")):
        return "no author in the header or catalog"
    if signal in ("date_status", "date_known"):
        status = article.meta.get("date_status", "unknown")
        detail = article.meta.get("date_evidence") or article.meta.get("published", "unknown")
        return f"date {status}: {detail}"
    if signal in ("flesch_reading_ease", "fk_grade") and language_warning(article):
        return language_warning(article)
    return ""


def signal_table() -> pd.DataFrame:
    """Every signal with what it measures and one line on what it can and cannot show."""
    return pd.DataFrame([{"signal": s.name, "meaning": s.meaning, "can and cannot show": s.shows}
                         for s in SIGNAL_REGISTRY.values()]).set_index("signal")


# --- beside the seeds and kinds of text ---------------------------------------------------------------


def load_references() -> pd.DataFrame:
    """The reference ranges (helpers/data/profile_reference.csv): for the seeds and for kinds of text,
    each signal's low, median and high value. Made by `python -m helpers.reference_ranges`."""
    return read_table(REFERENCE_FILE, columns=("group", "signal"), numbers=("n", "low", "median", "high", "mean"),
                      if_missing="helpers/data/profile_reference.csv is missing: run `python -m helpers.reference_ranges`.")


def beside_references(article: Article, signals: list[str] | None = None) -> pd.DataFrame:
    """One row per signal: this article's value, then 'low-high (median)' for the seeds and each kind of text.

    A number means little alone: a wire report and a sensational blog differ in most signals, and so do
    texts of the same kind. Read the row, then open the words behind it with signal_evidence().
    """
    if not isinstance(article, Article):
        raise ProfileError("beside_references() needs one article, e.g. beside_references(corpus['essay']).")
    values = profile_article(article)
    references = load_references()
    signals = signals or list(references["signal"].drop_duplicates())
    table = {}
    for group, rows in references.groupby("group", sort=False):
        rows = rows.set_index("signal")
        table[group] = [_range_text(rows.loc[s]) if s in rows.index else "" for s in signals]
    frame = pd.DataFrame(table, index=signals)
    frame.insert(0, "this article", [_value_text(values.get(s)) for s in signals])
    frame.index.name = "signal"
    return frame


def _value_text(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and math.isnan(value):
        return "not computed"
    return f"{value:g}" if isinstance(value, (int, float)) else str(value)


def _range_text(row: pd.Series) -> str:
    return f"{row['low']:g}-{row['high']:g} ({row['median']:g})"


# --- articles from a notebook cell --------------------------------------------------------------------


def article_from_text(text: str, article_id: str = "my-text", **meta: str) -> Article:
    """An Article made from text in a notebook cell (no file needed), e.g. for the calibration exercise.

    Give what you know as keywords: article_from_text(text, title="...", author="...", published="2024-05-01").
    """
    from .articles import HEADER_KEYS, build_article, parse_date

    if not isinstance(text, str) or not text.strip():
        raise ProfileError("Give the article's text as a string between triple quotes: my_text = \"\"\"...\"\"\".")
    if not isinstance(article_id, str) or not article_id.strip():
        raise ProfileError(f"article_id should be a short name in quotes, e.g. article_id='mine', not {article_id!r}.")
    unknown = [key for key in meta if key not in HEADER_KEYS]
    if unknown:
        raise ProfileError(f"'{unknown[0]}' is not something we record about an article; use {', '.join(HEADER_KEYS)}.")
    published = meta.get("published") or "unknown"
    try:
        published = parse_date(published)
    except (ValueError, AttributeError):  # AttributeError: not text at all, e.g. a number
        raise ProfileError(f"published={published!r} is not a date; write it as text: 'YYYY-MM-DD', 'YYYY-MM', "
                           "'YYYY' or 'unknown'.") from None
    meta = {key: meta.get(key, "unknown") or "unknown" for key in HEADER_KEYS}
    meta["published"] = published
    meta["date_status"] = "unknown" if published == "unknown" else "stated"
    return build_article(article_id, text, meta)


def load_calibration_sample() -> Article:
    """The careful sample text in helpers/data/calibration_sample.txt, to see which signals are false alarms."""
    from .articles import load_article

    return load_article(CALIBRATION_SAMPLE, folder=None)
