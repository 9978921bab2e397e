"""Cut an article's text into lines, paragraphs and sentences, and spot what a scraper left in.

`sentence_at(article, offset)` gives the sentence around a character, `in_context(article, start, end)` the
paragraph around some words with them marked: every helper that needs the text around an offset uses these two.

Every piece is a `Span`: a start and end offset into the raw text, so that
`raw[span.start:span.end] == span.text` always holds.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .data_files import read_rows
from .errors import PackError
from .paths import DATA_DIR


@dataclass(frozen=True)
class Span:
    """A stretch of the raw text: `raw[start:end] == text`."""

    start: int
    end: int
    text: str
    kind: str = ""


# --- lines and scraped clutter -------------------------------------------------

CLUTTER_FILE = DATA_DIR / "clutter_patterns.csv"
ENDINGS_FILE = DATA_DIR / "ending_patterns.csv"
MAX_CLUTTER_WORDS = 25  # page furniture is short: a longer line is article text, whatever it starts with


class TextDataError(PackError):
    """A broken row in one of the pattern files (clutter_patterns.csv, ending_patterns.csv)."""


def read_line_patterns(path: Path) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(kind, compiled pattern) for each row of a pattern file: kind, pattern, case_sensitive, ..."""
    patterns = []
    for number, row in enumerate(read_rows(path, columns=("kind", "pattern", "case_sensitive")), start=2):
        flags = 0 if row["case_sensitive"].strip().lower() == "yes" else re.IGNORECASE
        try:
            patterns.append((row["kind"], re.compile(row["pattern"], flags)))
        except re.error as problem:
            raise TextDataError(f"{path.name} row {number}: the pattern for '{row['kind']}' is not a valid "
                                f"regular expression ({problem}); fix or delete that row.") from None
    return tuple(patterns)


@lru_cache(maxsize=1)
def clutter_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The kinds of page furniture the loader knows, from helpers/data/clutter_patterns.csv."""
    return read_line_patterns(CLUTTER_FILE)


def lines_of(raw: str, start: int = 0) -> list[Span]:
    """Every line of `raw` from `start`, without its newline, with its offsets."""
    spans = []
    for match in re.finditer(r"[^\n]*", raw[start:]):
        if match.start() > 0 and raw[start + match.start() - 1] != "\n":
            continue  # the empty match right after a line's text
        spans.append(Span(start + match.start(), start + match.end(), match.group()))
    return spans


def clutter_kind(line: str, inside_poll: bool) -> str:
    """Name the kind of page clutter a line is, or return "" for article text."""
    stripped = line.strip()
    if len(stripped.split()) <= MAX_CLUTTER_WORDS:
        for kind, pattern in clutter_patterns():
            if pattern.search(stripped):
                return kind
    if inside_poll and (line.startswith("  ") or re.match(r"^\d+\. ", stripped)):
        return "reader poll"
    return ""


def find_clutter(raw: str, start: int = 0) -> list[Span]:
    """The lines of `raw` that are page furniture, not article text (poll, credits, menus...)."""
    found = []
    inside_poll = False
    for line in lines_of(raw, start):
        if not line.text.strip():
            continue
        kind = clutter_kind(line.text, inside_poll)
        if kind == "reader poll":
            inside_poll = True
        elif not kind:
            inside_poll = False
        if kind:
            text = line.text.rstrip()
            lead = len(text) - len(text.lstrip())
            found.append(Span(line.start + lead, line.start + len(text), text.strip(), kind))
    return found


# --- paragraphs and headings ------------------------------------------------------

def split_paragraphs(raw: str, start: int = 0, skip: list[Span] | None = None) -> list[Span]:
    """Paragraphs: runs of non-blank lines, where a new line starts a new paragraph unless it
    begins in lower case (a hard-wrapped line). Lines listed in `skip` are left out."""
    skipped = {s.start for s in skip or []}
    paragraphs: list[list[Span]] = []
    previous_blank = True
    for line in lines_of(raw, start):
        text = line.text.rstrip()
        lead = len(text) - len(text.lstrip())
        if not text.strip() or line.start + lead in skipped:
            previous_blank = True
            continue
        piece = Span(line.start + lead, line.start + len(text), text.strip())
        continues = not previous_blank and paragraphs and piece.text[0].islower()
        if continues:
            paragraphs[-1].append(piece)
        else:
            paragraphs.append([piece])
        previous_blank = False
    return [Span(p[0].start, p[-1].end, raw[p[0].start:p[-1].end]) for p in paragraphs]


FULL_STOPS = ".!?…。！？"
MAX_HEADING_CHARS = 150  # a line longer than this is text even without spaces (Chinese is written without them)


def is_heading(paragraph: str) -> bool:
    """A short line with no full stop in it or at its end: a title, byline, date or section heading."""
    text = paragraph.rstrip()
    return (len(text.split()) <= 20 and len(text) <= MAX_HEADING_CHARS and not text.endswith(tuple(FULL_STOPS))
            and not re.search(r"[.!?] [A-Z]|[。！？]", text))


# --- sentences ----------------------------------------------------------------------

ABBREVIATIONS = {
    "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "vs", "etc", "no", "gen", "col", "lt", "sgt",
    "capt", "sen", "rep", "gov", "pres", "inc", "ltd", "co", "corp", "dept", "fig", "approx",
    "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "mt", "ft", "vol", "pp",
}
CAPITALISED_ABBREVIATIONS = {"Art", "Arts", "Para", "Sec", "Ch"}
SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|[。！？]+[”’」』）]*(?=\S)")


def ends_with_abbreviation(text_before: str) -> bool:
    """True if the word just before a full stop is an abbreviation, an initial or a dotted acronym."""
    word = re.search(r"(\S+)$", text_before)
    if not word:
        return False
    token = word.group(1).lstrip("\"'“‘([")
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", token):
        return True  # U.S / U.N / e.g / i.e
    if re.fullmatch(r"[A-Z]", token):
        return True  # an initial, as in "J. Smith"
    if token in CAPITALISED_ABBREVIATIONS:
        return True  # "Art. 9", but "works of art. Then" still ends a sentence
    return token.lower() in ABBREVIATIONS


def split_sentences(raw: str, paragraph: Span) -> list[Span]:
    """The sentences of one paragraph, with offsets into `raw`."""
    sentences = []
    start = paragraph.start
    text = paragraph.text
    for match in SENTENCE_END.finditer(text):
        stop = paragraph.start + match.end()
        before = text[: match.start()]
        if match.group().startswith(".") and len(match.group().rstrip("\"'”’)]")) == 1 and ends_with_abbreviation(before):
            continue
        sentences.append(stop)
    spans = []
    for stop in sentences + [paragraph.end]:
        piece = raw[start:stop]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            spans.append(Span(start + lead, stop, raw[start + lead:stop]))
        start = stop
    return spans


WORD = re.compile(r"\w+(?:(?:['’]|\.-?|-)\w+)*")


def count_words(text: str) -> int:
    """Words in `text`: runs of letters and digits, keeping "U.S.", "don't" and "Sino-Russian" whole."""
    return len(WORD.findall(text))


# --- the text around an offset -------------------------------------------------------------


class TextError(PackError):
    """Bad input to sentence_at() or in_context(), described in one sentence a student can act on."""


def check_article(article, example: str) -> None:
    """A TextError unless `article` is one Article (`example` shows the call done right)."""
    from .articles import Article  # articles.py imports this module, so Article cannot be imported at the top

    if not isinstance(article, Article):
        raise TextError(f"{example.split('(')[0]}() needs one article, e.g. {example}, not a {type(article).__name__}.")


_LOOKUP: dict[str, object] = {}  # the last article's sentences and paragraphs, sorted, for quick look-ups


def pieces_by_start(article) -> tuple[list[Span], list[int], list[Span], list[int]]:
    """The article's sentences and paragraphs sorted by start, with their starts (kept for the last article asked)."""
    key = (id(article.sentences), len(article.sentences), id(article.paragraphs), len(article.paragraphs))
    if _LOOKUP.get("article") is not article or _LOOKUP.get("key") != key:
        sentences = sorted(article.sentences, key=lambda span: span.start)
        paragraphs = sorted(article.paragraphs, key=lambda span: span.start)
        _LOOKUP.update(article=article, key=key, pieces=(sentences, [s.start for s in sentences],
                                                         paragraphs, [p.start for p in paragraphs]))
    return _LOOKUP["pieces"]


def sentence_at(article, offset: int) -> Span:
    """The sentence of `article` holding character `offset` (or its paragraph, for a heading, which is not cut
    into sentences). An offset outside the article's text (in the header or in page clutter) gives an empty
    span at that offset.

        sentence_at(corpus["oped"], 120).text
    """
    from .inputs import is_whole_number  # not at the top: helpers.inputs imports articles.py, which imports this module

    check_article(article, "sentence_at(corpus['oped'], 120)")
    if not is_whole_number(offset) or not 0 <= offset <= len(article.raw):
        raise TextError(f"offset should be a whole number from 0 to {len(article.raw)} (a character position, as in "
                        f"the start column of a table), not {offset!r}.")
    sentences, sentence_starts, paragraphs, paragraph_starts = pieces_by_start(article)
    for spans, starts in ((sentences, sentence_starts), (paragraphs, paragraph_starts)):
        index = bisect.bisect_right(starts, offset) - 1  # the last piece starting at or before `offset`
        if index >= 0 and spans[index].start <= offset < spans[index].end:
            return spans[index]
    return Span(offset, offset, "")


def in_context(article, start: int, end: int, marks: tuple[str, str] = ("▶ ", " ◀")) -> str:
    """The paragraph of `article` around raw[start:end], with that stretch marked, for reading in context.

        in_context(corpus["oped"], row["start"], row["end"])                  # ▶ the words ◀ in their paragraph
        in_context(corpus["oped"], row["start"], row["end"], marks=("[[", "]]"))
    """
    from .inputs import is_whole_number  # not at the top: helpers.inputs imports articles.py, which imports this module

    check_article(article, "in_context(corpus['oped'], start, end)")
    if not all(is_whole_number(n) for n in (start, end)) or start > end:
        raise TextError(f"start and end should be whole numbers with start <= end (character offsets, as in the "
                        f"start and end columns of a table), not {start!r} and {end!r}.")
    for paragraph in article.paragraphs:
        if paragraph.start <= start < paragraph.end:
            raw = article.raw
            end = min(end, paragraph.end)
            return raw[paragraph.start:start] + marks[0] + raw[start:end] + marks[1] + raw[end:paragraph.end]
    return article.raw[start:end]


# --- is the text cut off? -----------------------------------------------------------------

END_PUNCTUATION = ".!?\"'”’)]…»。！？」』）"
TITLE_ABBREVIATIONS = {"dr", "mr", "mrs", "ms", "prof", "gen", "sen", "rep", "gov", "capt", "lt", "col", "sgt",
                       "rev", "hon", "amb", "pres"}  # they stand before a name, so a text cannot end on them
FUNCTION_WORDS = {"the", "a", "an", "of", "to", "for", "and", "or", "but", "nor", "with", "in", "on", "at", "by",
                  "from", "as", "that", "which", "who", "whose", "whom", "than", "into", "onto", "about",
                  "between", "its", "their", "his", "her", "our", "your", "my", "this", "these", "those", "is",
                  "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
                  "should", "can", "may", "might", "must", "not", "very", "such", "if", "because", "while",
                  "when", "where", "whether", "both", "either", "neither", "over", "under", "after", "before"}


@lru_cache(maxsize=1)
def ending_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Last lines that end a text without a full stop (a signature, an end marker...), from ending_patterns.csv."""
    return read_line_patterns(ENDINGS_FILE)


def without_trailing_symbols(text: str) -> str:
    """`text` without emoji and other symbols at its end ("Stay tuned. 🔥" -> "Stay tuned.")."""
    end = len(text)
    while end and (unicodedata.category(text[end - 1]) in ("So", "Sk", "Mn", "Cf") or text[end - 1].isspace()):
        end -= 1
    return text[:end]


def last_word(text: str) -> str:
    """The last word of `text`, lower-case, without punctuation."""
    words = re.findall(r"\w+", text)
    return words[-1].lower() if words else ""


def ending_line_kind(line: str) -> str:
    """The kind of closing line (signature, end marker, credit line...) `line` is, or ""."""
    for kind, pattern in ending_patterns():
        if pattern.search(line.strip()):
            return kind
    return ""


def ends_mid_sentence(text: str) -> bool:
    """True if the last paragraph of an article stops in the middle of a sentence.

    An emoji counts as a sentence end; an ellipsis only if the word before it could end a sentence
    ("for…" is a cut, "next week…" is not); a full stop after "Dr." or "Mr." is a cut (a name should follow);
    a closing line such as a signature or an end marker (helpers/data/ending_patterns.csv) needs no full stop.
    """
    text = text.rstrip()
    bare = without_trailing_symbols(text)
    if bare != text:
        return False
    if text.endswith(("…", "...")):
        return last_word(text) in FUNCTION_WORDS
    if text.endswith(".") and re.search(r"(?<![\w.])(\w+)\.$", text):
        return last_word(text) in TITLE_ABBREVIATIONS
    if text.endswith(tuple(END_PUNCTUATION)):
        return False
    last_line = text.split("\n")[-1]
    return not ending_line_kind(last_line)


def truncation_point(raw: str, paragraphs: list[Span]) -> Span | None:
    """The unfinished last sentence if the article stops mid-sentence, else None.

    Only the last paragraph counts (clutter is already left out); a short one is not taken for a heading,
    since nothing but page furniture follows a heading at the very end of a text.
    """
    if not paragraphs or not ends_mid_sentence(paragraphs[-1].text):
        return None
    last = paragraphs[-1]
    tail = split_sentences(raw, last)[-1]
    return Span(tail.start, tail.end, tail.text, "truncated")


# --- which language? ----------------------------------------------------------------------------

LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏ]+(?:['’][A-Za-z]+)?")
CYRILLIC_WORD = re.compile(r"[Ѐ-ӿ]+")
CHINESE_CHARACTER = re.compile(r"[㐀-䶿一-鿿豈-﫿]")
CHINESE_CHARACTERS_PER_WORD = 1.7  # roughly: an English word carries about as much as 1-2 Chinese characters
# Words nearly every English text uses; a long Latin-script text with almost none of them is another language.
ENGLISH_MARKERS = frozenset("""the of and to in is that for it as was with on be by are this which from or
have has had not but at an they their were its been would will we he she his her you our who what there can
also than more about into after over between""".split())
MIN_WORDS_FOR_OTHER = 20    # below this many Latin words, too little text to call it non-English
MIN_ENGLISH_SHARE = 0.10    # share of Latin words that are English markers; English texts have 0.3-0.5
LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "zh": "Chinese", "other": "another language"}
NON_LATIN_RUN = re.compile(r"[Ѐ-ӿ㐀-䶿一-鿿豈-﫿][^\nA-Za-z]*")


def article_text(article_or_text) -> str:
    """The words to judge: an article's paragraphs (clutter left out), or a string as it is."""
    if isinstance(article_or_text, str):
        return article_or_text
    return "\n\n".join(paragraph.text for paragraph in article_or_text.paragraphs)


def script_sizes(text: str) -> dict[str, float]:
    """How much of `text` is written in Latin letters, Cyrillic and Chinese, in words (Chinese: characters
    converted to about as many words)."""
    return {"latin": len(LATIN_WORD.findall(text)), "cyrillic": len(CYRILLIC_WORD.findall(text)),
            "chinese": len(CHINESE_CHARACTER.findall(text)) / CHINESE_CHARACTERS_PER_WORD}


def english_share(text: str) -> float:
    """The share of Latin-script words that are common English words (the, of, and...)."""
    words = [word.lower() for word in LATIN_WORD.findall(text)]
    return sum(word in ENGLISH_MARKERS for word in words) / len(words) if words else 0.0


def main_language(article_or_text) -> str:
    """'en', 'ru', 'zh', 'other' (Latin letters but hardly any English words) or 'none' (no words at all).

    A rough guide from the alphabet and the commonest English words, not a translation tool: it is meant to
    warn before the pack counts words or computes an English readability score on text that is not English.
    """
    text = article_text(article_or_text)
    sizes = script_sizes(text)
    if not any(sizes.values()):
        return "none"
    biggest = max(sizes, key=sizes.get)
    if biggest == "cyrillic":
        return "ru"
    if biggest == "chinese":
        return "zh"
    if sizes["latin"] >= MIN_WORDS_FOR_OTHER and english_share(text) < MIN_ENGLISH_SHARE:
        return "other"
    return "en"


def foreign_passages(article) -> list[Span]:
    """Stretches of Russian (Cyrillic) or Chinese text in an article, as spans (kind 'ru' or 'zh')."""
    spans = []
    for paragraph in article.paragraphs:
        for match in NON_LATIN_RUN.finditer(article.raw, paragraph.start, paragraph.end):
            text = match.group().rstrip(" \t\"'“‘«(-–—")
            kind = "zh" if CHINESE_CHARACTER.search(text) and not CYRILLIC_WORD.search(text) else "ru"
            spans.append(Span(match.start(), match.start() + len(text), text, kind))
    return spans


def language_warning(article_or_text) -> str:
    """One sentence when a text is not (mostly) English, saying what the pack will not compute; "" otherwise."""
    language = main_language(article_or_text)
    if language == "en":
        return ""
    if language == "none":
        return "This text has no English words (nor Russian or Chinese ones): there is nothing for the pack to count or score."
    name = LANGUAGE_NAMES[language]
    return (f"This text is mostly in {name}, not English: the pack's word lists and readability score are built "
            "for English, so readability is not computed and word counts mean little.")


def passages_note(article) -> str:
    """One sentence naming the passages in Russian or Chinese inside a mostly English article; "" if none."""
    passages = foreign_passages(article)
    if not passages or main_language(article) != "en":
        return ""
    languages = sorted({LANGUAGE_NAMES[span.kind] for span in passages})
    return (f"{len(passages)} passage(s) in {' and '.join(languages)} are not English: the English word lists "
            "do not read them.")
