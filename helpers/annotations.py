"""Mark up an article in layers: who is named, when, which areas, the treaty, sources, stance, clutter.

    from helpers import load_seeds
    from helpers.annotations import annotate
    spans = annotate(load_seeds())          # one row per marked span
    spans[spans.layer == "stance"]

Every row points into the article's raw text: `article.raw[start:end] == text` always holds.
The layers and their labels:

    entities     person, place, organisation (canonical = the full name: "President Xi" -> "Xi Jinping")
    dates        date (YYYY-MM-DD), month (YYYY-MM), year, decade, century, relative ("this week")
    areas        political, military, economic, energy, arctic_transport, technology_space, finance,
                 information_media: whole sentences that speak of cooperation, with the cue words in the note
    treaty       treaty (a mention of the 2001 treaty), extension, article (canonical = its number; the note
                 starts with the treaty it belongs to: [2001 treaty], [NATO] or [other])
    attribution  named_source, vague_source, quotation (canonical = the speaker, "" if nobody is named)
    stance       hedge, booster, loaded, informal; the `voice` column says whose words they are: "writer",
                 "quoted" (inside a quotation: the speaker's) or "reported" (the writer's paraphrase of a source)
    production   clutter (scraped page furniture), truncated (the text stops mid-sentence)

Each layer is ONE plain regex built from the word lists in `helpers/data/lexicon.csv` (see helpers.lexicon),
plus a few patterns a word list cannot express: dates, treaty article numbers, and the attribution patterns
in helpers.attribution. Add your own terms for one call:
`annotate(article, extra_terms=add_terms("stance", "loaded", ["thug"]))`.
"""

from __future__ import annotations

import bisect
import re
from collections import OrderedDict
from datetime import date
from typing import Iterable, NamedTuple

import pandas as pd

from .articles import Article
from .attribution import find_quotations, find_sources, quotation_speakers, resolve_speakers, strip_title
from .suggest import load_user_lexicon
from .text import sentence_at
from .lexicon import (LAYERS, LEXICON_COLUMNS, AnnotationError, LayerRegex, add_terms, as_lexicon,
                      compile_lexicon, load_lexicon, regexes_with)
from .inputs import articles_of

__all__ = ["annotate", "annotate_article", "add_terms", "load_lexicon", "compile_lexicon", "COLUMNS", "LAYERS",
           "LEXICON_COLUMNS", "AnnotationError", "Mark"]

COLUMNS = ["article", "start", "end", "text", "layer", "label", "canonical", "note", "voice"]
AREA_LABELS = ("political", "military", "economic", "energy", "arctic_transport", "technology_space",
               "finance", "information_media")
NEARBY_CHARS = 200  # how far (in characters, either side) `needs_nearby` looks


class Mark(NamedTuple):
    """One marked span before it becomes a row of annotate()'s table."""

    start: int
    end: int
    layer: str
    label: str
    canonical: str
    note: str
    voice: str = ""


NOTES = {
    "quotation": "Words in quotation marks: a quotation to trace, or a phrase held at a distance (scare quotes).",
    "named_source": "A named source: can you find what they actually wrote or said, and where?",
    "vague_source": "A source that cannot be checked: who exactly?",
    "clutter": "Page furniture left by copying from a web page: not part of the article.",
    "truncated": "The text stops in mid-sentence here: the rest of the article is missing.",
}


# --- the text to search -------------------------------------------------------------------------


def searchable_text(article: Article) -> str:
    """The raw text with the header and every clutter line blanked out (offsets unchanged)."""
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
    return "".join(pieces)


def lexicon_marks(text: str, begin: int, regex: LayerRegex, layer: str) -> list[Mark]:
    """The lexicon terms of one layer found in `text`, with `needs_nearby` and `not_after` applied."""
    marks = []
    for start, end, terms in regex.find(text, begin):
        before = re.search(r"([\w'’]+)\W*$", text[max(0, start - 30):start])
        previous = before.group(1).lower() if before else ""
        for term in terms:
            if term.not_after and previous in term.not_after:
                continue
            if term.needs_nearby:
                window = text[max(0, start - NEARBY_CHARS):end + NEARBY_CHARS].lower()
                if not any(word.lower() in window for word in term.needs_nearby):
                    continue
            marks.append(Mark(start, end, layer, term.label, term.canonical, term.note))
    return marks


def inside_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True if start..end lies inside one of the sorted `spans`."""
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]

# --- dates ---------------------------------------------------------------------------------------

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
DATE_PATTERN = re.compile(rf"""(?<!\w)(?:
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



NO_YEAR = "No year is given: XXXX stands for the unknown year."


def date_marks(text: str, begin: int) -> list[Mark]:
    """Dates (YYYY-MM-DD), months, years, decades and centuries, from DATE_PATTERN."""
    rows = []
    for match in DATE_PATTERN.finditer(text, begin):
        kind = next(name for name in ("iso", "mdy", "dmy", "my", "md", "dm", "decade", "century", "year", "lone")
                    if match.group(name) is not None)
        start, end = match.span(kind)
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
                rows.append(Mark(start, end, "dates", "date", f"{year}-{month:02d}-{day:02d}", ""))
            else:
                rows.append(Mark(start, end, "dates", "date", f"XXXX-{month:02d}-{day:02d}", NO_YEAR))
        elif kind == "my":
            rows.append(Mark(start, end, "dates", "month", f"{match.group('my_y')}-{MONTH_NUMBERS[match.group('my_m')]:02d}", ""))
        elif kind == "lone":
            rows.append(Mark(start, end, "dates", "month", f"XXXX-{MONTH_NUMBERS[text]:02d}", NO_YEAR))
        elif kind == "century":
            rows.append(Mark(start, end, "dates", "century", re.sub(r"[\s-]+", " ", text.lower()), ""))
        else:
            rows.append(Mark(start, end, "dates", kind, text, ""))
    return rows




# --- entities -------------------------------------------------------------------------------------

# A city in capitals opening a wire report: "MOSCOW, July 16, 2001 (Reuters) -".
DATELINE = re.compile(r"^(?P<city>[A-Z]{3,}(?:[ -][A-Z]{3,})*)(?=,\s|\s\()", re.MULTILINE)
# An organisation's name the lexicon may not know: capitalised words around a head such as "University".
ORG_HEADS = ("University", "Centre", "Center", "Institute", "Forum", "Academy", "Council", "Court", "Union",
             "Ministry", "Agency", "Foundation", "Organisation", "Organization", "Committee", "Commission",
             "Fund", "Corporation", "Association", "Club", "Society", "Bank")
ORG_PATTERN = re.compile(
    rf"(?<![\w'’-])(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{'|'.join(ORG_HEADS)})(?![\w-])"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})?")
LEADING_FUNCTION_WORDS = re.compile(r"^(?:(?:The|A|An|In|On|At|For|From|With|By|Of|To|And|But|This|That|Its|Their|"
                                    r"His|Her|Our|Both|Some|Many|As|When|While|If|Under|Since|After|Before)\s+)+")


def entity_marks(text: str, begin: int, regex: LayerRegex) -> list[Mark]:
    """People, places and organisations: the lexicon's names, datelines, and organisation-like names."""
    marks = [m for m in lexicon_marks(text, begin, regex, "entities")]
    for match in DATELINE.finditer(text, begin):
        city = match.group("city")
        known = [t for t in regex.terms_for(city.title()) if t.label == "place"]
        marks.append(Mark(match.start(), match.end(), "entities", "place",
                          known[0].canonical if known else city.title(), "A dateline: where the report was filed."))
    for match in ORG_PATTERN.finditer(text, begin):
        name = match.group()
        lead = LEADING_FUNCTION_WORDS.match(name)
        start = match.start() + (lead.end() if lead else 0)
        if start >= match.end() or text[start:match.end()] in ORG_HEADS:
            continue
        marks.append(Mark(start, match.end(), "entities", "organisation", text[start:match.end()], "", "pattern"))
    return longest_first(marks)


def longest_first(marks: list[Mark]) -> list[Mark]:
    """Drop marks that overlap a longer (or, at the same length, a lexicon) mark; `label` none is dropped last."""
    kept: list[Mark] = []
    starts: list[int] = []  # the kept marks never overlap, so their starts and ends are both in order
    ends: list[int] = []
    for mark in sorted(marks, key=lambda m: (-(m.end - m.start), m.voice == "pattern", m.start)):
        i = bisect.bisect_left(starts, mark.end)  # kept marks starting before this one ends
        if i > 0 and ends[i - 1] > mark.start:
            continue
        starts.insert(i, mark.start)
        ends.insert(i, mark.end)
        kept.append(mark)
    return sorted((m._replace(voice="") for m in kept if m.label != "none"), key=lambda m: m.start)


def short_name_canonicals(marks: list[Mark], raw: str) -> list[Mark]:
    """A one-word name ("Li", "Mao", "Jiang") stands for the last full name before it that contains it:
    "Li" after "Li Peng" is Li Peng, not the lexicon's default."""
    people: list[Mark] = []
    result = []
    for mark in marks:
        if mark.label == "person":
            word = strip_title(raw[mark.start:mark.end])
            if " " not in word:
                for earlier in reversed(people):
                    parts = earlier.canonical.split()
                    if len(parts) > 1 and word in (parts[0], parts[-1]):
                        if earlier.canonical != mark.canonical:
                            mark = mark._replace(canonical=earlier.canonical,
                                                 note=f"Read as {earlier.canonical}, the last full name before it.")
                        break
            else:
                people.append(mark)
        result.append(mark)
    return result


# --- treaty article numbers -------------------------------------------------------------------------

ARTICLE_PATTERN = re.compile(
    r"(?<!\w)(?P<word>[Aa]rticles?|[Aa]rt\.)[ \t\u00a0]+"
    r"(?P<numbers>\d{1,3}(?:(?:\s*,\s*(?:and\s+)?|[ \t]+(?:and|&|or)[ \t]+)\d{1,3})*)(?![\d.,]\d|\w)"
    r"|(?<!\w)(?P<ru>[Сс]тать[яиюеёй]{1,2})[ \u00a0]+(?P<ru_number>\d{1,3})(?!\d)"
    r"|(?P<zh>第(?P<zh_number>[一二三四五六七八九十百]+)条)")
CHINESE_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# Words that tie an article number to a treaty other than the 2001 one, in the number's own phrase.
OTHER_TREATIES = [
    ("NATO", re.compile(r"NATO|Nato|North Atlantic|Washington Treaty|the alliance's|collective[- ]defen[cs]e"
                        r"|attack on one", re.IGNORECASE)),
    ("other", re.compile(r"UN Charter|United Nations Charter|Charter|1950|Sino-Soviet|constitution|WTO|"
                         r"Geneva|Minsk|Helsinki|New START|ABM", re.IGNORECASE)),
]
THIS_TREATY = re.compile(r"2001|friendship treaty|treaty of good|good-neighbo|the treaty's|this treaty|"
                         r"Sino-Russian treaty|Russia-China treaty|China-Russia treaty", re.IGNORECASE)


def chinese_number(text: str) -> int:
    """第二十五条 -> 25: the Chinese numerals up to 99."""
    if "十" not in text:
        return CHINESE_DIGITS.get(text, 0)
    tens, _, ones = text.partition("十")
    return (CHINESE_DIGITS.get(tens, 1) if tens else 1) * 10 + CHINESE_DIGITS.get(ones, 0)


NATO_CLAUSES = {4, 5, 6}  # NATO's consultation and collective-defence articles, the ones texts compare with
OWNER_BEFORE = re.compile(r"(?:NATO|Nato|North Atlantic Treaty|alliance|UN Charter|Charter)['’]s?\s+$|NATO\s+$")


def explicit_treaty(text: str, start: int, end: int) -> str | None:
    """The treaty named in the number's own phrase: "NATO's Article 5", "Article 51 of the UN Charter"."""
    before = OWNER_BEFORE.search(text[max(0, start - 30):start])
    if before:
        return "NATO" if re.search(r"NATO|Nato|North Atlantic|alliance", before.group()) else "other"
    after_of = re.match(r"\s+of\s+(?:the\s+)?([^,.;]{1,40})", text[end:end + 60])
    if after_of:
        if THIS_TREATY.search(after_of.group(1)):
            return "2001 treaty"
        for treaty, pattern in OTHER_TREATIES:
            if pattern.search(after_of.group(1)):
                return treaty
    return None


def which_treaty(text: str, start: int, end: int, sentence: tuple[int, int], number: int,
                 earlier: dict[int, str]) -> str:
    """The treaty an article number belongs to: 2001 treaty, NATO or other.

    1. the number's own phrase ("NATO's Article 5", "Article 51 of the UN Charter");
    2. the same number bound earlier in the text ("NATO's Article 5" ... later "Article 5");
    3. its sentence: about NATO and not the 2001 treaty -> NATO for Articles 4-6; about another document
       (UN Charter, the 1950 treaty) and not the 2001 treaty -> other;
    4. otherwise the 2001 treaty if it has that article (it has 25).
    """
    own = explicit_treaty(text, start, end)
    if own:
        earlier[number] = own
        return own
    if number in earlier:
        return earlier[number]
    whole = text[sentence[0]:sentence[1]]
    if not THIS_TREATY.search(whole):
        if OTHER_TREATIES[0][1].search(whole) and number in NATO_CLAUSES:
            return "NATO"
        if OTHER_TREATIES[1][1].search(whole):
            return "other"
    return "2001 treaty" if 1 <= number <= 25 else "other"


def article_marks(text: str, begin: int, article: Article) -> list[Mark]:
    marks = []
    earlier: dict[int, str] = {}
    for match in ARTICLE_PATTERN.finditer(text, begin):
        if match.group("zh"):
            items = [(match.start("zh"), match.end("zh"), chinese_number(match.group("zh_number")))]
        elif match.group("ru"):
            items = [(match.start("ru"), match.end("ru_number"), int(match.group("ru_number")))]
        else:
            numbers_start = match.start("numbers")
            items = []
            for k, number in enumerate(re.finditer(r"\d+", match.group("numbers"))):
                start = match.start("word") if k == 0 else numbers_start + number.start()
                items.append((start, numbers_start + number.end(), int(number.group())))
        phrase = re.sub(r"\s+", " ", match.group())
        for start, end, number in items:
            found = sentence_at(article, start)
            sentence = (found.start, found.end)
            while re.search(r"\b[Aa]rt\.\s*$", text[:sentence[0]]):  # "Art. 9" is no sentence end
                before = max(text[:sentence[0]].rstrip().rfind("Art") - 1, 0)
                sentence = (sentence_at(article, before).start, sentence[1])
            treaty = which_treaty(text, match.start(), match.end(), sentence, number, earlier)
            if treaty == "2001 treaty":
                note = f"From '{phrase}': an article of the 2001 treaty (it has 25 articles)."
            elif treaty == "NATO":
                note = f"From '{phrase}': an article of NATO's founding treaty, not of the 2001 treaty."
            else:
                note = f"From '{phrase}': an article of another document, not of the 2001 treaty."
            marks.append(Mark(start, end, "treaty", "article", str(number), f"[{treaty}] {note}"))
    return marks


# --- areas -----------------------------------------------------------------------------------------


def area_marks(text: str, begin: int, regex: LayerRegex, article: Article) -> list[Mark]:
    """One mark per (sentence, area) for sentences that speak of cooperation: an area cue word and a
    cooperation cue (label `context` in the lexicon) in the same sentence. "Cyberattacks from Russian
    hackers" names technology, but no cooperation, so it is not tagged."""
    sentences = sorted(article.sentences, key=lambda s: s.start)
    starts = [s.start for s in sentences]
    cues: dict[tuple[int, str], list[str]] = {}
    context: set[int] = set()
    for mark in lexicon_marks(text, begin, regex, "areas"):
        i = bisect.bisect_right(starts, mark.start) - 1
        if i < 0 or mark.end > sentences[i].end:
            continue
        if mark.label == "context":
            context.add(i)
            continue
        words = cues.setdefault((i, mark.label), [])
        word = text[mark.start:mark.end].lower()
        if word not in words:
            words.append(word)
    return [Mark(sentences[i].start, sentences[i].end, "areas", label, label, "cues: " + ", ".join(words))
            for (i, label), words in cues.items() if i in context]


# --- stance ----------------------------------------------------------------------------------------

EMOJI = re.compile("[\U0001F300-\U0001FAFF\U0001F000-\U0001F2FF\u2600-\u27BF]+")


def stance_marks(text: str, begin: int, regex: LayerRegex) -> list[Mark]:
    marks = lexicon_marks(text, begin, regex, "stance")
    marks += [Mark(m.start(), m.end(), "stance", "informal", "emoji",
                   "An emoji: chatty register, unusual in news or analysis.") for m in EMOJI.finditer(text, begin)]
    return marks


def with_voice(marks: list[Mark], quotes: list[tuple[int, int]], reported: list[tuple[int, int]],
               verbs: list[tuple[int, int]]) -> list[Mark]:
    """Stance marks with their voice: "quoted" inside a quotation, "reported" in the words a source is reported to
    have said ("Analysts say the regime..."), else "writer".
    A stance word that is itself a source's reporting verb ("than Gazprom suggests") is dropped."""
    result = []
    for mark in marks:
        if any(s <= mark.start and mark.end <= e for s, e in verbs):
            continue
        if inside_any(quotes, mark.start, mark.end):
            voice, extra = "quoted", " Inside a quotation: the speaker's word, not the writer's."
        elif inside_any(reported, mark.start, mark.end):
            voice, extra = "reported", " In what a source is reported to have said: the writer's paraphrase of it."
        else:
            voice, extra = "writer", ""
        result.append(mark._replace(voice=voice, note=(mark.note + extra).strip()))
    return result


# --- attribution ---------------------------------------------------------------------------------


def attribution_marks(text: str, begin: int, article: Article, entities: list[Mark], regex: LayerRegex):
    """Sources and quotations as marks, plus what the other layers need: quotation spans, reported
    stretches, verb spans and the people named only as speakers."""
    starts = [m.start for m in entities]

    def canonical_of(name: str, offset: int) -> str:
        """The canonical name of the entity written at `offset` (inside `name`), else `name` itself."""
        i = bisect.bisect_right(starts, offset + len(name) - 1) - 1
        while i >= 0 and entities[i].end > offset:
            if entities[i].start < offset + len(name) and entities[i].label != "place" or \
                    entities[i].start == offset and entities[i].end == offset + len(name):
                return entities[i].canonical
            i -= 1
        return name

    def last_person(offset: int, containing: str = "") -> str | None:
        """The last person named before `offset` (or, with `containing`, the last organisation with that word)."""
        if containing:
            found = [m for m in entities if m.label == "organisation" and m.end <= offset and containing in m.canonical]
        else:
            found = [m for m in entities if m.label == "person" and m.end <= offset and " " in m.canonical]
        return found[-1].canonical if found else None

    def sentence_start(offset: int) -> int:
        return sentence_at(article, offset).start

    sources = resolve_speakers(find_sources(text, begin, canonical_of, sentence_start), last_person)
    quotes = find_quotations(text, begin)
    speakers = quotation_speakers(text, quotes, sources, sentence_start)
    marks = [Mark(q.start, q.end, "attribution", "quotation", q.speaker, NOTES["quotation"]) for q in speakers]
    marks += [Mark(s.start, s.end, "attribution", s.kind, s.speaker, NOTES[s.kind]) for s in sources]
    marks += lexicon_marks(text, begin, regex, "attribution")
    reported = []
    for source in sources:
        if source.speaker_start <= source.start and source.verb_end == source.end:
            reported.append((source.end, sentence_at(article, source.end - 1).end))
    verbs = [(s.speaker_end, s.verb_end) for s in sources if s.verb_end > s.speaker_end]
    new_people = [Mark(s.speaker_start, s.speaker_end, "entities", "person", s.speaker,
                       "Named as a speaker.", "pattern")
                  for s in sources if s.form == "name" and "; " not in s.speaker and len(s.speaker.split()) >= 2
                  and article.raw[s.speaker_start:s.speaker_end] == s.speaker]
    return drop_contained(marks), sorted(quotes), sorted(reported), verbs, new_people


def drop_contained(marks: list[Mark]) -> list[Mark]:
    """Drop a source that lies inside another source (a lexicon phrase inside a pattern's)."""
    sources = sorted((m for m in marks if m.label in ("named_source", "vague_source")), key=lambda m: (m.start, -m.end))
    kept, reach = [], -1
    for mark in sources:
        if mark.end <= reach and not (mark.label == "named_source" and any(k.end == mark.end and k.label == mark.label for k in kept)):
            continue  # inside another source, unless both end at the same verb ("Putin and Xi said")
        kept.append(mark)
        reach = max(reach, mark.end)
    return [m for m in marks if m.label not in ("named_source", "vague_source")] + kept


# --- the whole article ----------------------------------------------------------------------------


_MARKS_CACHE: OrderedDict[tuple, tuple[dict, list[Mark]]] = OrderedDict()
STANDALONE_LAYERS = {"dates", "treaty", "areas", "production"}  # layers that need no other layer's marks
CACHE_SIZE = 64  # articles whose marks are kept, so annotate(), profile() and date_article() share one reading


def annotate_article(article: Article, layers: Iterable[str] | None = None,
                     regexes: dict[str, LayerRegex] | None = None) -> list[Mark]:
    """The marks of one article in `layers` (default: all), sorted by start (used by `annotate`).

    All layers are computed at once and kept for the last CACHE_SIZE articles: asking again (another
    layer, or profile() after annotate()) costs nothing. Marks are tuples, so nobody can change them.
    """
    layers = LAYERS if layers is None else tuple(layers)
    regexes = regexes or regexes_with(None)
    key = (article.id, article.raw, article.text_start, tuple((c.start, c.end) for c in article.clutter),
           None if article.truncation is None else (article.truncation.start, article.truncation.end), id(regexes))
    if set(layers) <= STANDALONE_LAYERS and key not in _MARKS_CACHE:
        return _all_marks(article, regexes, layers)  # dates alone (the date detective): no need to read the rest
    cached = _MARKS_CACHE.get(key)
    if cached is None:
        marks = _all_marks(article, regexes)
        _MARKS_CACHE[key] = (regexes, marks)  # holding `regexes` keeps its id from being reused
        if len(_MARKS_CACHE) > CACHE_SIZE:
            _MARKS_CACHE.popitem(last=False)
    else:
        marks = cached[1]
        _MARKS_CACHE.move_to_end(key)
    wanted = set(layers)
    return [m for m in marks if m.layer in wanted]


def forget_marks() -> None:
    """Empty the cache of marks (the benchmark uses it to time a first reading)."""
    _MARKS_CACHE.clear()


def _all_marks(article: Article, regexes: dict[str, LayerRegex], layers: Iterable[str] = LAYERS) -> list[Mark]:
    text = searchable_text(article)
    begin = article.text_start
    marks: list[Mark] = []

    dates = date_marks(text, begin)
    in_dates = sorted((m.start, m.end) for m in dates if m.label in ("date", "month"))
    need_attribution = any(layer in layers for layer in ("attribution", "stance", "entities"))
    entities: list[Mark] = []
    if need_attribution:
        entities = [m for m in entity_marks(text, begin, regexes["entities"]) if not inside_any(in_dates, m.start, m.end)]
        entities = short_name_canonicals(entities, article.raw)
        attribution, quotes, reported, verbs, new_people = attribution_marks(
            text, begin, article, entities, regexes["attribution"])
        entities = longest_first(entities + new_people)
    entities = short_name_canonicals(entities, article.raw)
    if "entities" in layers:
        marks += entities
    if "dates" in layers:
        marks += dates + lexicon_marks(text, begin, regexes["dates"], "dates")
    if "treaty" in layers:
        marks += [m for m in lexicon_marks(text, begin, regexes["treaty"], "treaty")]
        marks += article_marks(text, begin, article)
    if "attribution" in layers:
        marks += attribution
    if "stance" in layers:
        stance = [m for m in stance_marks(text, begin, regexes["stance"]) if not inside_any(in_dates, m.start, m.end)]
        marks += with_voice(stance, quotes, reported, verbs)
    if "areas" in layers:
        marks += area_marks(text, begin, regexes["areas"], article)
    if "production" in layers:
        marks += [Mark(s.start, s.end, "production", "clutter", s.kind, NOTES["clutter"]) for s in article.clutter]
        if article.truncation is not None:
            t = article.truncation
            marks.append(Mark(t.start, t.end, "production", "truncated", "truncated", NOTES["truncated"]))
    order = {layer: i for i, layer in enumerate(LAYERS)}
    return sorted(set(marks), key=lambda m: (m.start, order[m.layer], -m.end, m.label, m.canonical))


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
    """One row per marked span, with the columns article, start, end, text, layer, label, canonical, note, voice.

    `article_or_corpus`: an Article or a Corpus (the articles' rows follow each other, in corpus order).
    `layers`: the layers to compute, from LAYERS (default: all).
    `extra_terms`: more lexicon rows for this call only (a DataFrame or list of dicts with at least
    layer, label and term; see `add_terms`). A teacher's word list in my_articles/lexicon.csv, when there
    is one, is always added (see helpers.suggest). Rows are sorted by article, then start.
    """
    articles = articles_of(article_or_corpus, "annotate()", AnnotationError)
    layers = _check_layers(layers)
    extra = [frame for frame in (load_user_lexicon(), None if extra_terms is None else as_lexicon(extra_terms))
             if frame is not None]
    regexes = regexes_with(pd.concat(extra, ignore_index=True) if extra else None)
    rows = [(article.id, m.start, m.end, article.raw[m.start:m.end], m.layer, m.label, m.canonical, m.note, m.voice)
            for article in articles for m in annotate_article(article, layers, regexes)]
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame["start"] = frame["start"].astype("int64")
    frame["end"] = frame["end"].astype("int64")
    return frame
