"""Mark up an article in layers: who is named, when, which areas, the treaty, sources, stance, clutter.

    from helpers import load_seeds
    from helpers.annotate import annotate
    spans = annotate(load_seeds())          # one row per marked span
    spans[spans.layer == "stance"]

Every row points into the article's raw text: `article.raw[start:end] == text` always holds.
The layers and their labels:

    entities     person, place, organisation (canonical = the full name: "President Xi" -> "Xi Jinping")
    dates        date (YYYY-MM-DD), month (YYYY-MM), year, decade, century, relative ("this week")
    areas        political, military, economic, energy, arctic_transport, technology_space, finance,
                 information_media: whole sentences, with the cue words in the note
    treaty       treaty (a mention of the 2001 treaty), extension, article (canonical = its number)
    attribution  named_source, vague_source, quotation
    stance       hedge, booster, loaded, informal
    production   clutter (scraped page furniture), truncated (the text stops mid-sentence)

Most of it comes from the word lists in `helpers/data/lexicon.csv`, one row per term:

    layer, label, term   where the term goes and what it is called
    canonical            the standard form (empty: the term itself)
    note                 shown when you hover over the term in show()
    case_sensitive       yes: "US" but not "us"; no: any capitals
    needs_nearby         only count the term if one of these words (separated by |) is within
                         200 characters, e.g. "treaty|pact" for "extension"

Dates, treaty article numbers, quotations and named or vague sources also use the patterns below.
Terms match whole words only ("Xi" never inside "Xinjiang"); where terms overlap, the longest wins.
Add your own terms for one call: `annotate(article, extra_terms=add_terms("stance", "loaded", ["thug"]))`.
"""

from __future__ import annotations

import bisect
import gc
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Iterable

import pandas as pd

from .articles import Article, Corpus
from .paths import DATA_DIR
from .errors import PackError

LEXICON_FILE = DATA_DIR / "lexicon.csv"
LAYERS = ("entities", "dates", "areas", "treaty", "attribution", "stance", "production")
COLUMNS = ["article", "start", "end", "text", "layer", "label", "canonical", "note"]
LEXICON_COLUMNS = ["layer", "label", "term", "canonical", "note", "case_sensitive", "needs_nearby"]
AREA_LABELS = ("political", "military", "economic", "energy", "arctic_transport", "technology_space",
               "finance", "information_media")
NEARBY_CHARS = 200  # how far (in characters, either side) `needs_nearby` looks


class AnnotationError(PackError):
    """Bad input to annotate(), described in one sentence a student can act on."""


# --- the lexicon -----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _read_lexicon_file() -> pd.DataFrame:
    return pd.read_csv(LEXICON_FILE, dtype=str, keep_default_na=False)


def load_lexicon() -> pd.DataFrame:
    """The word lists behind the layers: one row per term (a copy you may change freely)."""
    return _read_lexicon_file().copy()


def add_terms(layer: str, label: str, terms: Iterable[str] | str, canonical: str = "", note: str = "",
              case_sensitive: bool = False, to: pd.DataFrame | None = None) -> pd.DataFrame:
    """Lexicon rows for new terms, ready for `annotate(..., extra_terms=...)`.

    `add_terms("stance", "loaded", ["thug", "puppet"])`; pass `to=` an earlier result to collect more.
    `canonical` defaults to each term itself.
    """
    if isinstance(terms, str):
        terms = [terms]
    rows = pd.DataFrame([{"layer": layer, "label": label, "term": term, "canonical": canonical or term,
                          "note": note, "case_sensitive": "yes" if case_sensitive else "no", "needs_nearby": ""}
                         for term in terms], columns=LEXICON_COLUMNS)
    _check_terms(rows)
    return rows if to is None else pd.concat([_as_frame(to), rows], ignore_index=True)


def _as_frame(terms) -> pd.DataFrame:
    """extra_terms (a DataFrame, a list of dicts or one dict) as a lexicon DataFrame of strings."""
    if isinstance(terms, dict):
        terms = [terms]
    if isinstance(terms, pd.DataFrame):
        frame = terms.copy()
    elif isinstance(terms, (list, tuple)) and all(isinstance(row, dict) for row in terms):
        frame = pd.DataFrame(list(terms))
    else:
        raise AnnotationError(
            f"extra_terms must be a DataFrame or a list of dicts with the columns layer, label, term "
            f"(e.g. add_terms('stance', 'loaded', ['thug'])), not a {type(terms).__name__}.")
    missing = [column for column in ("layer", "label", "term") if column not in frame.columns]
    if missing:
        raise AnnotationError(f"extra_terms is missing the column(s) {', '.join(missing)}: every row needs "
                              f"layer, label and term (canonical and note are optional).")
    frame = frame.fillna("")
    for column in LEXICON_COLUMNS:
        if column not in frame.columns:
            frame[column] = ""
    frame = frame[LEXICON_COLUMNS].astype(str)
    frame["canonical"] = frame["canonical"].where(frame["canonical"] != "", frame["term"])
    frame["case_sensitive"] = frame["case_sensitive"].where(frame["case_sensitive"] != "", "no")
    _check_terms(frame)
    return frame


def _check_terms(frame: pd.DataFrame) -> None:
    for number, row in enumerate(frame.itertuples(index=False), start=1):
        if row.layer not in LAYERS or row.layer == "production":
            raise AnnotationError(f"Term row {number} ('{row.term}'): layer '{row.layer}' is not one of "
                                  f"{', '.join(LAYERS[:-1])} (production comes from the article's layout).")
        if not str(row.term).strip() or not re.search(r"\w", str(row.term)):
            raise AnnotationError(f"Term row {number} in layer '{row.layer}' has no letters or digits in its term: "
                                  f"give the word or phrase to look for.")
        if not str(row.label).strip():
            raise AnnotationError(f"Term row {number} ('{row.term}') has no label: give one, e.g. 'hedge' or 'person'.")
        if str(row.case_sensitive).lower() not in ("yes", "no", "true", "false", "1", "0"):
            raise AnnotationError(f"Term row {number} ('{row.term}'): case_sensitive must be yes or no, "
                                  f"not '{row.case_sensitive}'.")


@dataclass(frozen=True)
class Term:
    """One lexicon row, ready to match."""

    layer: str
    label: str
    term: str
    canonical: str
    note: str
    case_sensitive: bool
    needs_nearby: tuple[str, ...]


def _normalise(text: str) -> str:
    """The form used to look a matched text up in the lexicon: single spaces, straight apostrophes."""
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("‘", "'"))


def _lower(text: str) -> str:
    """`text` in lower case, one character for one character (so that offsets still fit)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _units(term: str) -> list[str]:
    """A term as regex pieces: a run of spaces matches any whitespace, ' matches ' or ’."""
    units = []
    for piece in re.split(r"(\s+|['’])", term.strip()):
        if not piece:
            continue
        if piece.isspace():
            units.append(r"\s+")
        elif piece in "'’":
            units.append("['’]")
        else:
            units.extend(re.escape(c) for c in piece)
    return units


def _trie_regex(terms: list[str]) -> str:
    r"""One regex matching any of `terms`, longest first, built as a letter tree so it runs fast.

    ("Xi", "Xi Jinping") becomes Xi(?:\s+Jinping)?: the regex tries the longer term first.
    """
    tree: dict = {}
    for term in terms:
        node = tree
        for unit in _units(term):
            node = node.setdefault(unit, {})
        node[""] = {}  # the end of a term

    def build(node: dict) -> str:
        branches = [unit + build(child) for unit, child in sorted(node.items()) if unit]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return build(tree)


def _word_regex(terms: list[str]) -> re.Pattern[str] | None:
    """The regex for whole-word matches of `terms`, to be run on text that starts with a non-word character.

    The match includes the one non-word character before the term; see `_find`.
    """
    if not terms:
        return None
    return re.compile(r"[^\w](?:" + _trie_regex(terms) + r")(?!\w)")


def _find(regex: re.Pattern[str], padded: str, begin: int, stop: int | None = None):
    """Whole-word matches of `regex` in `padded` (the text with one character put in front), from `begin`.

    Yields (start, end, match) with start and end as offsets into the text without the padding.
    Each match includes the non-word character before it, so it never starts inside a word; and as a
    match is never followed by a word character, the next match still finds its own character before it.
    """
    for match in regex.finditer(padded, begin, len(padded) if stop is None else stop):
        yield match.start(), match.end() - 1, match


def _look_up(table: dict[str, list[Term]], matched: str) -> list[Term]:
    found = table.get(matched)
    return found if found is not None else table.get(_normalise(matched), [])


@dataclass
class LayerMatcher:
    """Some terms compiled into a regex for the case-sensitive ones and one for the others (run on the
    lower-cased text), with tables from the matched text to the lexicon rows."""

    exact_regex: re.Pattern[str] | None
    folded_regex: re.Pattern[str] | None
    exact: dict[str, list[Term]]
    folded: dict[str, list[Term]]

    def terms_for(self, matched: str) -> list[Term]:
        key = _normalise(matched)
        return self.exact.get(key, []) + self.folded.get(_lower(key), [])


def _compile_terms(terms: list[Term]) -> LayerMatcher:
    exact: dict[str, list[Term]] = {}
    folded: dict[str, list[Term]] = {}
    for term in terms:
        key = _normalise(term.term.strip())
        if term.case_sensitive:
            exact.setdefault(key, []).append(term)
        else:
            folded.setdefault(_lower(key), []).append(term)
    return LayerMatcher(_word_regex(list(exact)), _word_regex(list(folded)), exact, folded)


def _longest_first(hits: list[tuple]) -> list[tuple]:
    """Drop hits that overlap an earlier or longer one; hits with the very same span all stay."""
    kept, reach, last = [], -1, None
    for hit in sorted(hits, key=lambda h: (h[0], -h[1])):
        if (hit[0], hit[1]) == last:
            kept.append(hit)
        elif hit[0] >= reach:
            kept.append(hit)
            reach, last = hit[1], (hit[0], hit[1])
    return kept


@dataclass
class Lexicon:
    """Every layer's terms in one pair of regexes, so the text is read twice rather than once per layer.

    Where a term of one layer may hide a term of another layer inside it (the vague source
    "some in the media" hides the area cue "media"), that stretch is searched again with the
    other layer's own regex: `again` lists, for such a matched text, the layers to search.
    """

    combined: LayerMatcher
    layers: dict[str, LayerMatcher]
    again: dict[tuple[bool, str], tuple[str, ...]]
    longest: int

    def __getitem__(self, layer: str) -> LayerMatcher:
        return self.layers[layer]

    def hits(self, texts: "Texts", layers: Iterable[str]) -> dict[str, list[tuple[int, int, Term]]]:
        """(start, end, Term) for each layer in `layers`: longest match first, no overlaps within a layer."""
        found: dict[str, list[tuple[int, int, Term]]] = {layer: [] for layer in layers}
        passes = ((True, self.combined.exact_regex, self.combined.exact, texts.padded),
                  (False, self.combined.folded_regex, self.combined.folded, texts.padded_lower))
        mixed = set()  # layers whose hits may overlap: they came from both passes or from a second search
        for exact, regex, table, text in passes:
            if regex is None:
                continue
            for match in regex.finditer(text, texts.begin):
                start, end = match.start(), match.end() - 1
                key = match.group()[1:]
                terms = table.get(key)
                if terms is None:
                    key = _normalise(key)
                    terms = table.get(key, [])
                for term in terms:
                    hits = found.get(term.layer)
                    if hits is not None:
                        hits.append((start, end, term))
                for layer in self.again.get((exact, key), ()):
                    if layer in found:
                        found[layer] += self._inside(layer, exact, text, start, end)
                        mixed.add(layer)
            if not exact:
                mixed.update(layer for layer, matcher in self.layers.items() if matcher.exact and matcher.folded)
        return {layer: _longest_first(hits) if layer in mixed else hits for layer, hits in found.items()}

    def _inside(self, layer: str, exact: bool, text: str, start: int, end: int) -> list[tuple[int, int, Term]]:
        """The matches of one layer's terms that start between `start` and `end`."""
        matcher = self.layers[layer]
        regex, table = (matcher.exact_regex, matcher.exact) if exact else (matcher.folded_regex, matcher.folded)
        if regex is None:
            return []
        hits = []
        stop = min(len(text), end + 4 * self.longest + 8)
        for s, e, match in _find(regex, text, start, stop):
            if s >= end:
                break
            hits += [(s, e, term) for term in _look_up(table, match.group()[1:])]
        return hits


def _terms_from_frame(frame: pd.DataFrame) -> list[Term]:
    return [Term(row.layer, row.label, row.term, row.canonical or row.term, row.note,
                 str(row.case_sensitive).lower() in ("yes", "true", "1"),
                 tuple(word for word in str(row.needs_nearby).split("|") if word))
            for row in frame.itertuples(index=False)]


def _stems(table: dict[str, list[Term]]) -> set[str]:
    """Every beginning of a term that ends just before a space or punctuation: "United" for "United Nations"."""
    return {term[:j] for term in table for j in range(1, len(term)) if not (term[j].isalnum() or term[j] == "_")}


def _may_hide(key: str, regex: re.Pattern[str] | None, stems: set[str]) -> bool:
    """True if a term of another layer could start inside the text `key`: a term lying inside it
    ("media" in "some in the media"), or one that starts inside it and runs on past its end."""
    if regex is None:
        return False
    if regex.search(" " + key + " "):
        return True
    word_starts = [0] + [m.start() for m in re.finditer(r"(?<=\W)\w", key)]
    return any(key[i:] in stems for i in word_starts)


def compile_lexicon(frame: pd.DataFrame) -> Lexicon:
    """The regexes for a lexicon DataFrame (columns as in lexicon.csv)."""
    terms = _terms_from_frame(frame)
    layers = {layer: _compile_terms([t for t in terms if t.layer == layer]) for layer in LAYERS}
    combined = _compile_terms(terms)
    # For each matched text, the other layers that may have a term starting inside it.
    again = {}
    for exact in (True, False):
        others = [(layer, m.exact_regex if exact else m.folded_regex, _stems(m.exact if exact else m.folded))
                  for layer, m in layers.items()]
        for key, found in (combined.exact if exact else combined.folded).items():
            own = {term.layer for term in found}
            hidden = tuple(layer for layer, regex, stems in others
                           if layer not in own and _may_hide(key, regex, stems))
            if hidden:
                again[(exact, key)] = hidden
    longest = max((len(term.term) for term in terms), default=0)
    return Lexicon(combined, layers, again, longest)


@lru_cache(maxsize=1)
def _default_matchers() -> Lexicon:
    return compile_lexicon(_read_lexicon_file())


# --- patterns that a word list cannot express ------------------------------------------------
# Each pattern starts with [^\w]: the character before the match, so that a match starts a word
# (see `_find`). Group positions are read with `_at`.

MONTH_NUMBERS = {name: number for number, names in enumerate([
    ("January", "Jan."), ("February", "Feb."), ("March", "Mar."), ("April", "Apr."), ("May",),
    ("June", "Jun."), ("July", "Jul."), ("August", "Aug."), ("September", "Sept.", "Sep."),
    ("October", "Oct."), ("November", "Nov."), ("December", "Dec.")], start=1) for name in names}
_MONTH = "|".join(re.escape(name) for name in sorted(MONTH_NUMBERS, key=len, reverse=True))
_YEAR = r"(?:19|20)\d\d"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# A month alone only counts for names that are not also everyday words ("may", "march", "august").
_LONE_MONTHS = "January|February|April|June|July|September|October|November|December"
_NOT_A_YEAR_AFTER = (r"(?!\w|[.,]\d|\s*(?:%|per\s?cent\b|km\b|kilomet|miles?\b|votes?\b|people\b|troops\b|"
                     r"soldiers\b|tons?\b|tonnes\b|barrels\b|dollars\b|euros\b|yuan\b|rubles?\b|roubles?\b|"
                     r"metres\b|meters\b))")
DATE_PATTERN = re.compile(rf"""[^\w](?:
  (?=\d)(?:  # starting with a digit
    (?P<iso>(?<!-)(?P<iso_y>{_YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])(?![\w-]))
  | (?P<dmy>(?<!,)(?P<dmy_d>{_DAY})\s+(?:of\s+)?(?P<dmy_m>{_MONTH}),?\s+(?P<dmy_y>{_YEAR})(?!\w))
  | (?P<dm>(?<![,.])(?P<dm_d>{_DAY})\s+(?:of\s+)?(?P<dm_m>{_MONTH})(?!\w))
  | (?P<decade>(?<![$£€])(?:19|20)\d0s(?!\w))
  | (?P<century>(?:1[5-9]|2[01])(?:st|nd|rd|th)[\s-]+[Cc]entury(?!\w))
  | (?P<year>(?<![$£€.])(?<!\d,){_YEAR}{_NOT_A_YEAR_AFTER}))
| (?=[JFMASOND][a-z]+\.?\s)(?:  # starting with a month's name
    (?P<mdy>(?P<mdy_m>{_MONTH})\s+(?P<mdy_d>{_DAY}),?\s+(?P<mdy_y>{_YEAR})(?!\w))
  | (?P<my>(?P<my_m>{_MONTH}),?\s+(?:of\s+)?(?P<my_y>{_YEAR})(?!\w))
  | (?P<md>(?P<md_m>{_MONTH})\s+(?P<md_d>{_DAY})(?![\w:.,]\d|\w))
  | (?P<lone>(?:{_LONE_MONTHS})(?!\w)))
)""", re.VERBOSE)

_ARTICLE = (r"(?P<word>articles?|art\.)\s+(?P<numbers>\d{1,3}(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)\d{1,3})*)"
            r"(?![\d.,]\d|\w)")

QUOTE_PATTERN = re.compile(r'"(?P<straight>[^"\n]{1,400})"|“(?P<curly>[^”\n]{1,400})”')

_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_NAMES = rf"{_NAME}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_NAME})*"
REPORTING_VERBS = ["note", "notes", "noted", "mention", "mentions", "mentioned", "point out", "points out",
                   "pointed out", "say", "says", "said", "argue", "argues", "argued", "write", "writes", "wrote",
                   "claim", "claims", "claimed", "states", "stated", "explain", "explains", "explained", "observe",
                   "observes", "observed", "warn", "warns", "warned", "suggest", "suggests", "suggested", "believe",
                   "believes", "believed", "contend", "contends", "insist", "insists", "insisted", "expressed",
                   "told", "announced", "report", "reports", "reported", "assert", "asserts", "asserted",
                   "acknowledged", "emphasised", "emphasized", "stressed", "conclude", "concludes", "concluded",
                   "estimate", "estimates", "estimated", "finds", "found"]
# A named source is found from its verb: first the reporting verb ("notes", "point out", "according to"),
# then the names just before it (or, for "according to", just after it).
_REPORTING = rf"(?P<verb>(?:ha(?:s|ve|d)\s+)?(?:also\s+)?{_trie_regex(REPORTING_VERBS)})(?!\w)"
_ACCORDING = r"(?P<according>according\s+to\s+)"
NAMES_BEFORE = re.compile(rf"(?:(?<!\w)(?P<as>As)\s+)?(?<![\w'’.-])(?P<names>{_NAMES})\s\Z")
NAMES_AFTER = re.compile(_NAMES)
NOT_NAMES = {"The", "This", "That", "These", "Those", "It", "Its", "They", "Their", "He", "She", "We", "You", "I",
             "Both", "Neither", "Either", "Each", "Some", "Many", "Most", "Several", "All", "Other", "Others", "As",
             "And", "But", "Or", "So", "If", "While", "When", "Although", "However", "Moreover", "Meanwhile",
             "Also", "Even", "Yet", "Still", "Then", "There", "Here", "What", "Which", "Who", "Why", "How",
             "Our", "My", "His", "Her", "A", "An", "In", "On", "At", "For", "From", "With", "By", "Of", "To",
             "Such", "One", "No", "Not", "Western", "Chinese", "Russian", "American", "European", "Soviet",
             "Official", "Officials", "Experts", "Analysts", "Critics", "Observers", "Authors", "Sources"}

_VAGUE = (r"(?P<vague>(?:some|many|most|several|certain|a\s+few|numerous|various)\s+"
          r"(?:(?:western|russian|chinese|american|independent|foreign|outside|military|political|security)\s+)?"
          r"(?:experts?|analysts?|observers?|scholars?|commentators?|critics?|officials?|researchers|"
          r"pundits|insiders|diplomats|people|in\s+the\s+(?:media|west|academia))"
          r"(?:\s+(?:(?:have|has|had)\s+)?(?:\w+ly\s+)?(?:believe[sd]?|argued?|argues|say|said|speculated?|"
          r"assert(?:ed)?|think|thought|suggest(?:ed)?|claim(?:ed)?|warn(?:ed)?|question(?:ed)?|noted?|"
          r"point(?:ed)?\s+out|fear(?:ed)?|perceive))?(?!\w))")

# Treaty article numbers, vague sources and reporting verbs in one pattern, run once on the lower-cased text.
_CUE_FIRST_WORDS = ["some", "many", "most", "several", "certain", "a", "numerous", "various", "according", "has",
                    "have", "had", "also", "article", "articles", "art"] + [verb.split()[0] for verb in REPORTING_VERBS]
CUE_PATTERN = re.compile(rf"[^\w](?=(?:{_trie_regex(sorted(set(_CUE_FIRST_WORDS)))})(?!\w))"
                         rf"(?:{_VAGUE}|{_ACCORDING}|{_REPORTING}|(?P<article>{_ARTICLE}))")

NOTES = {
    "quotation": "Words in quotation marks: a quotation to trace, or a phrase held at a distance (scare quotes).",
    "named_source": "A named source: can you find what they actually wrote or said, and where?",
    "vague_source": "A source that cannot be checked: who exactly?",
    "clutter": "Page furniture left by copying from a web page: not part of the article.",
    "truncated": "The text stops in mid-sentence here: the rest of the article is missing.",
}


# --- annotating ---------------------------------------------------------------------------


@dataclass
class Texts:
    """An article's text prepared for matching. `scan` is the raw text with the header and every
    clutter line blanked out (offsets unchanged); `padded` and `padded_lower` have one newline in front."""

    scan: str
    padded: str
    padded_lower: str
    begin: int


def _prepare(article: Article) -> Texts:
    raw = article.raw
    pieces = [re.sub(r"[^\n]", " ", raw[:article.text_start])]
    position = article.text_start
    for span in sorted(article.clutter, key=lambda s: s.start):
        if span.start < position:
            continue
        pieces.append(raw[position:span.start])
        pieces.append(re.sub(r"[^\n]", " ", raw[span.start:span.end]))
        position = span.end
    pieces.append(raw[position:])
    scan = "".join(pieces)
    padded = "\n" + scan
    return Texts(scan, padded, _lower(padded), article.text_start)


def _at(match: re.Match, group: str | int = 0) -> tuple[int, int]:
    """Where a group of a match on the padded text lies in the raw text."""
    return match.start(group) - 1, match.end(group) - 1


def _nearby(scan: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    window = scan[max(0, start - NEARBY_CHARS):end + NEARBY_CHARS].lower()
    return any(word.lower() in window for word in words)


def _kept(hits: list[tuple[int, int, Term]], texts: Texts, blocked: list[tuple[int, int]]):
    """The hits that are not inside a `blocked` span and have their `needs_nearby` words nearby."""
    blocked_starts = [b[0] for b in blocked]
    for start, end, term in hits:
        if blocked:
            i = bisect.bisect_right(blocked_starts, start) - 1
            if i >= 0 and blocked[i][1] >= end:
                continue
        if term.needs_nearby and not _nearby(texts.scan, start, end, term.needs_nearby):
            continue
        yield start, end, term


NO_YEAR = "No year is given: XXXX stands for the unknown year."


def _date_rows(texts: Texts) -> list[tuple[int, int, str, str, str]]:
    """(start, end, label, canonical, note) for dates, months, years, decades and centuries."""
    rows = []
    for _, _, match in _find(DATE_PATTERN, texts.padded, texts.begin):
        kind = next(name for name in ("iso", "mdy", "dmy", "my", "md", "dm", "decade", "century", "year", "lone")
                    if match.group(name) is not None)
        start, end = _at(match, kind)
        text = match.group(kind)
        if kind in ("iso", "mdy", "dmy", "md", "dm"):
            month_text = match.group(kind + "_m")
            month = int(month_text) if kind == "iso" else MONTH_NUMBERS[month_text]
            day = int(re.match(r"\d+", match.group(kind + "_d")).group())
            year = match.group(kind + "_y") if kind in ("iso", "mdy", "dmy") else None
            try:
                date(int(year) if year else 2000, month, day)
            except ValueError:
                continue  # not a real day, such as 31 June
            if year:
                rows.append((start, end, "date", f"{year}-{month:02d}-{day:02d}", ""))
            else:
                rows.append((start, end, "date", f"XXXX-{month:02d}-{day:02d}", NO_YEAR))
        elif kind == "my":
            rows.append((start, end, "month", f"{match.group('my_y')}-{MONTH_NUMBERS[match.group('my_m')]:02d}", ""))
        elif kind == "lone":
            rows.append((start, end, "month", f"XXXX-{MONTH_NUMBERS[text]:02d}", NO_YEAR))
        elif kind == "century":
            rows.append((start, end, "century", re.sub(r"[\s-]+", " ", text.lower()), ""))
        else:
            rows.append((start, end, kind, text, ""))
    return rows


def _area_rows(article: Article, hits) -> list[tuple]:
    """One row per (sentence, area): the whole sentence, with the cue words that triggered it."""
    sentences = sorted(article.sentences, key=lambda s: s.start)
    starts = [s.start for s in sentences]
    cues: dict[tuple[int, str], list[str]] = {}
    for start, end, term in hits:
        i = bisect.bisect_right(starts, start) - 1
        if i < 0 or end > sentences[i].end:
            continue
        found = cues.setdefault((i, term.label), [])
        word = term.term if term.case_sensitive else term.term.lower()
        if word not in found:
            found.append(word)
    rows = []
    for (i, label), words in cues.items():
        sentence = sentences[i]
        rows.append((sentence.start, sentence.end, "areas", label, label, "cues: " + ", ".join(words)))
    return rows


def _article_number_rows(texts: Texts, cues: list[re.Match]) -> list[tuple]:
    rows = []
    for match in cues:
        if match.group("article") is None:
            continue
        phrase = re.sub(r"\s+", " ", texts.padded[match.start("article"):match.end("article")])
        numbers_start = _at(match, "numbers")[0]
        for k, number in enumerate(re.finditer(r"\d+", match.group("numbers"))):
            start = _at(match, "word")[0] if k == 0 else numbers_start + number.start()
            end = numbers_start + number.end()
            n = int(number.group())
            note = (f"From '{phrase}': an article of the treaty (the 2001 treaty has 25 articles)." if n <= 25 else
                    f"From '{phrase}': the 2001 treaty has only 25 articles, so this is another document.")
            rows.append((start, end, "treaty", "article", str(n), note))
    return rows


def _is_source_name(name: str, entity_matcher: LayerMatcher) -> str | None:
    """The canonical name if `name` names a person or organisation (not a place), else None."""
    words = name.split()
    while words and words[0] in NOT_NAMES:
        words = words[1:]
    name = " ".join(words)
    if not name:
        return None
    labels = {t.label: t.canonical for t in entity_matcher.terms_for(name)}
    if "person" in labels or "organisation" in labels:
        return labels.get("person") or labels["organisation"]
    if labels or any(word in NOT_NAMES for word in words):
        return None  # a place such as "Russia" or "the West", or a phrase like "Russian officials"
    return name


def _attribution_rows(texts: Texts, cues: list[re.Match], entity_matcher: LayerMatcher) -> list[tuple]:
    rows = []
    for match in QUOTE_PATTERN.finditer(texts.scan, texts.begin):
        inner = match.group("straight") or match.group("curly")
        if re.search(r"\w", inner):
            rows.append((match.start(), match.end(), "attribution", "quotation", inner.strip(), NOTES["quotation"]))
    padded = texts.padded
    for match in cues:
        end = match.end() - 1
        if match.group("vague"):
            rows.append((match.start(), end, "attribution", "vague_source", _normalise(match.group("vague")),
                         NOTES["vague_source"]))
            continue
        if match.group("according"):
            names = NAMES_AFTER.match(padded, match.end())
            if names is None:
                continue
            start, end, names_text = match.start(), names.end() - 1, names.group()
        elif match.group("verb") and padded[match.start("verb"):match.end("verb")].islower():
            before = max(texts.begin, match.start() - 160)
            names = NAMES_BEFORE.search(padded, before, match.start() + 1)
            if names is None:
                continue
            start, names_text = names.start("as" if names.group("as") else "names") - 1, names.group("names")
        else:
            continue
        listed = [n for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", names_text) if n]
        canonical = [_is_source_name(name, entity_matcher) for name in listed]
        if listed and None not in canonical:
            rows.append((start, end, "attribution", "named_source", "; ".join(canonical), NOTES["named_source"]))
    return rows


def _drop_contained(rows: list[tuple], label: str) -> list[tuple]:
    """Drop rows of `label` that lie inside a longer row of the same label."""
    same = sorted((r for r in rows if r[3] == label), key=lambda r: (r[0], -r[1]))
    kept, reach = [], -1
    for row in same:
        if row[1] <= reach:
            continue
        kept.append(row)
        reach = max(reach, row[1])
    return [r for r in rows if r[3] != label] + kept


LAYER_ORDER = {layer: i for i, layer in enumerate(LAYERS)}


def annotate_article(article: Article, layers: Iterable[str] | None = None,
                     matchers: Lexicon | None = None) -> list[tuple]:
    """The annotation rows of one article as tuples in COLUMNS order (used by `annotate`)."""
    layers = LAYERS if layers is None else tuple(layers)
    matchers = matchers or _default_matchers()
    texts = _prepare(article)
    rows: list[tuple] = []  # (start, end, layer, label, canonical, note)

    dates = _date_rows(texts)
    # words inside a date ("May" in "May 1989") are not read as anything else
    blocked = sorted((s, e) for s, e, label, _, _ in dates if label in ("date", "month"))

    hits = matchers.hits(texts, [layer for layer in layers if layer != "production"])
    for layer in ("entities", "treaty", "stance", "dates", "attribution"):
        if layer in layers:
            rows += [(s, e, layer, t.label, t.canonical, t.note) for s, e, t in
                     _kept(hits[layer], texts, blocked if layer != "dates" else [])]
    if "dates" in layers:
        rows += [(s, e, "dates", label, canonical, note) for s, e, label, canonical, note in dates]
    cues = []
    if "treaty" in layers or "attribution" in layers:
        cues = [match for _, _, match in _find(CUE_PATTERN, texts.padded_lower, texts.begin)]
    if "treaty" in layers:
        rows += _article_number_rows(texts, cues)
    if "attribution" in layers:
        rows += _attribution_rows(texts, cues, matchers["entities"])
        rows = _drop_contained(rows, "vague_source")
    if "areas" in layers:
        rows += _area_rows(article, _kept(hits["areas"], texts, blocked))
    if "production" in layers:
        rows += [(s.start, s.end, "production", "clutter", s.kind, NOTES["clutter"]) for s in article.clutter]
        if article.truncation is not None:
            t = article.truncation
            rows.append((t.start, t.end, "production", "truncated", "truncated", NOTES["truncated"]))

    rows = sorted(set(rows), key=lambda r: (r[0], LAYER_ORDER[r[2]], -r[1], r[3], r[4]))
    raw = article.raw
    return [(article.id, s, e, raw[s:e], layer, label, canonical, note)
            for s, e, layer, label, canonical, note in rows]


_EXTRA_CACHE: dict[tuple, Lexicon] = {}


def _with_extra_terms(extra: pd.DataFrame) -> Lexicon:
    """The lexicon plus `extra`, compiled (and kept, so calling again with the same terms is quick)."""
    key = tuple(map(tuple, extra.itertuples(index=False)))
    if key not in _EXTRA_CACHE:
        if len(_EXTRA_CACHE) >= 8:
            _EXTRA_CACHE.clear()
        _EXTRA_CACHE[key] = compile_lexicon(pd.concat([_read_lexicon_file(), extra], ignore_index=True))
    return _EXTRA_CACHE[key]


def _articles_of(article_or_corpus) -> list[Article]:
    if isinstance(article_or_corpus, Article):
        return [article_or_corpus]
    if isinstance(article_or_corpus, Corpus):
        return list(article_or_corpus)
    if isinstance(article_or_corpus, (list, tuple)) and all(isinstance(a, Article) for a in article_or_corpus):
        return list(article_or_corpus)
    if isinstance(article_or_corpus, str):
        raise AnnotationError("annotate() needs an Article or a Corpus, not a string: load one first, "
                              "e.g. corpus = load_seeds(); annotate(corpus['essay']).")
    raise AnnotationError(f"annotate() needs an Article or a Corpus (e.g. load_seeds()), "
                          f"not a {type(article_or_corpus).__name__}.")


def _check_layers(layers) -> tuple[str, ...]:
    if layers is None:
        return LAYERS
    if isinstance(layers, str):
        layers = [layers]
    layers = tuple(layers)
    unknown = [layer for layer in layers if layer not in LAYERS]
    if unknown:
        raise AnnotationError(f"Unknown layer '{unknown[0]}': the layers are {', '.join(LAYERS)}.")
    return layers


def annotate(article_or_corpus, layers: Iterable[str] | str | None = None, extra_terms=None) -> pd.DataFrame:
    """One row per marked span, with the columns article, start, end, text, layer, label, canonical, note.

    `article_or_corpus`: an Article or a Corpus (the articles' rows follow each other, in corpus order).
    `layers`: the layers to compute, from LAYERS (default: all).
    `extra_terms`: more lexicon rows for this call only (a DataFrame or list of dicts with at least
    layer, label and term; see `add_terms`). Rows are sorted by article, then start.
    """
    articles = _articles_of(article_or_corpus)
    layers = _check_layers(layers)
    matchers = _default_matchers() if extra_terms is None else _with_extra_terms(_as_frame(extra_terms))
    collecting = gc.isenabled()
    gc.disable()  # millions of small rows and no cycles: pausing the collector keeps big corpora linear
    try:
        rows = [row for article in articles for row in annotate_article(article, layers, matchers)]
    finally:
        if collecting:
            gc.enable()
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame["start"] = frame["start"].astype("int64")
    frame["end"] = frame["end"].astype("int64")
    return frame
