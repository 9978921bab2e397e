"""Cut an article's text into lines, paragraphs and sentences, and spot what a scraper left in.

Every piece is a `Span`: a start and end offset into the raw text, so that
`raw[span.start:span.end] == span.text` always holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A stretch of the raw text: `raw[start:end] == text`."""

    start: int
    end: int
    text: str
    kind: str = ""


# --- lines and scraped clutter -------------------------------------------------

CLUTTER_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("headline left as a Markdown link", re.compile(r"^\[[^\]]+\]\([^)]*\)$")),
    ("photo credit", re.compile(r"^(?:[A-Z]{2,}(?: [A-Z]{2,})*/[A-Z][\w.' -]+|(?:Photo|Image|Picture)(?: credit)?:.*|\(?(?:Photo|Image) by .*\)?|Getty Images|AP Photo.*)$")),
    ("share button", re.compile(r"^(?:Share(?: this)?(?: article| story| post)?|Share on \w+|Tweet|Print|Email|Copy link)$", re.I)),
    ("reader poll", re.compile(r"^(?:Poll(?: conducted)?|Vote|Results|Total votes:?.*)$", re.I)),
    ("poll vote count", re.compile(r"^\d+ \(\d+(?:\.\d+)?%\)$")),
    ("site menu", re.compile(r"^For (?:business|researchers|students|media|partners|investors)$", re.I)),
]


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
    for kind, pattern in CLUTTER_PATTERNS:
        if pattern.match(stripped):
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

END_PUNCTUATION = ".!?\"'”’)]…:"


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


def is_heading(paragraph: str) -> bool:
    """A short line with no full stop in it or at its end: a title, byline, date or section heading."""
    text = paragraph.rstrip()
    return len(text.split()) <= 20 and not text.endswith(tuple(".!?…")) and not re.search(r"[.!?] [A-Z]", text)


# --- sentences ----------------------------------------------------------------------

ABBREVIATIONS = {
    "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "vs", "etc", "no", "gen", "col", "lt", "sgt",
    "capt", "sen", "rep", "gov", "pres", "inc", "ltd", "co", "corp", "dept", "fig", "approx",
    "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "mt", "ft", "vol", "pp",
}
SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")


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


def truncation_point(raw: str, paragraphs: list[Span]) -> Span | None:
    """The last stretch of text if the article stops mid-sentence, else None."""
    text_paragraphs = [p for p in paragraphs if not is_heading(p.text)]
    if not text_paragraphs:
        return None
    last = text_paragraphs[-1]
    if last is not paragraphs[-1] or last.text.rstrip().endswith(tuple(END_PUNCTUATION)):
        return None
    tail_start = max(last.text.rfind(". "), last.text.rfind("? "), last.text.rfind("! "))
    offset = last.start + (tail_start + 2 if tail_start >= 0 else 0)
    return Span(offset, last.end, raw[offset:last.end], "truncated")
