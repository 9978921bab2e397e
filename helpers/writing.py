"""Reading a written answer without marking it.

A program cannot judge writing, so `check()` never calls a written answer correct. What it can do, and
what this module does, is look at the answer and report what it sees:

    >>> from helpers.writing import cue_found, quoted_passages, looks_like_junk
    >>> cue_found("us", "This is a useful idea.")          # whole words only
    False
    >>> cue_found("consult", "Article 9 says they consult.")
    True
    >>> cue_found("consult", "Article 9 only asks for consultation.")   # common endings count
    True
    >>> quoted_passages('The op-ed says “Make the Sino-Russian partnership a strategic priority.”')
    ['Make the Sino-Russian partnership a strategic priority.']
    >>> quoted_passages("It calls the talks 'a new era', and Russia's side agrees.")
    ['a new era']
    >>> looks_like_junk("lorem ipsum " * 20)
    'this looks like placeholder text (lorem ipsum), not your own answer; write what you think, in your own words.'

How cues are matched (the `key_ideas` and `misconceptions` of a solutions file):
- a cue is a word or phrase, matched as whole words, ignoring case: "us" does not match "useful";
- a cue written in capitals (US, UN, SCO) must appear in capitals, so "us" in a sentence is not "US";
- a cue of four or more letters also matches its usual endings (-s, -es, -ed, -ing, -ion, -ation, ...),
  so "consult" matches "consults" and "consultation", and "normalis" matches "normalised";
- a cue ending in * matches any word that starts with it ("defen*" matches "defence" and "defensive");
- a cue with no letters or digits (such as a quotation mark) is looked for as it is.
A misconception cue does not count when a negation comes just before it in the same clause
("they are NOT allies" is not the misconception "they are allies").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

# Endings a cue of four or more letters may carry and still count as the same word.
ENDINGS = ("", "s", "es", "e", "ed", "d", "ing", "ion", "ions", "ation", "ations", "al", "ally", "ly", "ment",
           "ments", "er", "ers", "ive", "ies", "y")
NEGATIONS = {"not", "no", "never", "nor", "neither", "without", "isn't", "aren't", "wasn't", "weren't", "don't",
             "doesn't", "didn't", "cannot", "can't", "won't", "hardly", "nothing", "none", "rather", "instead",
             "myth", "wrong", "false", "mistaken", "misconception"}
CLAUSE_BREAK = re.compile(r"[.;:!?,()\[\]]|\bbut\b|\bthough\b|\balthough\b|\bwhereas\b|\bhowever\b", re.IGNORECASE)
PLACEHOLDERS = ("lorem ipsum", "asdf", "qwerty", "blah blah", "bla bla", "test test", "xxx", "todo", "tbd")
QUOTE_PAIRS = re.compile(r"\"([^\"]+)\"|“([^”“]+)”|«([^»]+)»|‘([^‘’]+)’(?!\w)"
                         r"|(?<![\w'])'(?!\s)([^']+?)(?<!\s)'(?!\w)")  # single quotes: not apostrophes
SIMILAR_TO_ORIGINAL = 0.85  # share of the original's wording kept (0-1) above which a rewrite is sent back


def plain_punctuation(text: str) -> str:
    """Text with curly quotes, dashes and odd spaces made plain, and runs of whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text)
    for fancy, simple in (("‘", "'"), ("’", "'"), ("‛", "'"), ("′", "'"), ("“", '"'), ("”", '"'), ("„", '"'),
                          ("–", "-"), ("—", "-"), ("‐", "-"), ("‑", "-"), ("…", "..."), ("\u00ad", "")):
        text = text.replace(fancy, simple)
    return " ".join(text.split())


def word_list(text: str) -> list[str]:
    """The words of a text, lower case, without punctuation ("Sino-Russian" stays one word)."""
    return re.findall(r"[a-z0-9]+(?:['-][a-z0-9]+)*", plain_punctuation(text).casefold())


def cue_pattern(cue: str) -> re.Pattern:
    """The regular expression that finds one cue (see the module's notes for the rules)."""
    cue = plain_punctuation(str(cue))
    if not re.search(r"\w", cue):
        return re.compile(re.escape(cue))
    flags = 0 if (cue.isupper() and len(cue) > 1) else re.IGNORECASE
    if cue.endswith("*"):
        return re.compile(rf"(?<![\w-]){re.escape(cue[:-1])}[\w-]*", flags)
    body = r"\s+".join(re.escape(part) for part in cue.split())
    last = cue.split()[-1]
    if len(last) >= 4 and last.isalpha() and flags:
        body += "(?:" + "|".join(ENDINGS[1:]) + ")?"
    return re.compile(rf"(?<![\w-]){body}(?![\w])", flags)


def cue_found(cue: str, text: str) -> bool:
    """Whether `cue` appears in `text` as a whole word or phrase (with the usual endings)."""
    return bool(cue_pattern(cue).search(plain_punctuation(text)))


def negated_before(text: str, start: int, window: int = 6) -> bool:
    """Whether a negation comes shortly before position `start`, in the same clause."""
    before = text[:start]
    clause = CLAUSE_BREAK.split(before)[-1] if before else ""
    recent = re.findall(r"[a-z']+", clause.casefold())[-window:]
    return any(word in NEGATIONS or word.endswith("n't") for word in recent)


def misconception_found(cues: list[str], text: str) -> str | None:
    """The first cue of a misconception that `text` states (not negated), or None."""
    text = plain_punctuation(text)
    for cue in cues:
        for match in cue_pattern(cue).finditer(text):
            if not negated_before(text, match.start()):
                return match.group(0)
    return None


def looks_like_junk(text: str) -> str | None:
    """Why `text` cannot be a real answer (placeholder, one word over and over, no words), or None."""
    found = word_list(text)
    lowered = " ".join(found)
    for placeholder in PLACEHOLDERS:
        if re.search(rf"\b{re.escape(placeholder)}\b", lowered):
            return (f"this looks like placeholder text ({placeholder}), not your own answer; "
                    "write what you think, in your own words.")
    if not found:
        return "there are no words in this answer yet; write a sentence or two in your own words."
    if len(found) >= 6:
        counts = Counter(found)
        distinct = len(counts) / len(found)
        top_word, top = counts.most_common(1)[0]
        if distinct < 0.35 or (top / len(found) > 0.3 and len(top_word) > 3):
            return ("the same words come over and over again; write sentences that say what you think, "
                    "and why.")
        long_nonsense = [w for w in found if len(w) > 25 and "-" not in w]
        if len(long_nonsense) > len(found) / 5:
            return "some of these 'words' are very long strings of letters; write real sentences."
    if len(found) >= 8 and known_share(found) < 0.35:
        return "most of these words are not English words this program knows; write real sentences in English."
    return None


@lru_cache(maxsize=1)
def known_words() -> frozenset:
    """Every word of the pack's articles (seeds and practice texts): a vocabulary of ordinary English."""
    from .paths import PACK_ROOT, SEEDS_DIR

    vocabulary = set()
    for folder in (SEEDS_DIR, PACK_ROOT / "practice"):
        for path in sorted(folder.glob("*.txt")):
            vocabulary.update(word_list(path.read_text(encoding="utf-8", errors="replace")))
    return frozenset(vocabulary)


def known_share(found: list[str]) -> float:
    """The share of words (three letters or more, not numbers) that the pack's articles also use."""
    vocabulary = known_words()
    if not vocabulary:
        return 1.0
    checked = [w for w in found if len(w) >= 3 and not w.isdigit()]
    if not checked:
        return 1.0
    return sum(1 for w in checked if w in vocabulary or w.rstrip("s") in vocabulary) / len(checked)


def quoted_passages(text: str) -> list[str]:
    """The passages of `text` in quotation marks: double (straight or curly), « », or single quotes
    that are not apostrophes ('no limits' is a quotation; Russia's is not)."""
    return [next(group for group in match.groups() if group is not None).strip()
            for match in QUOTE_PAIRS.finditer(unicodedata.normalize("NFKC", text))]


def comparable(text: str) -> str:
    """Text reduced for comparing a quotation with an article: plain, lower case, single spaces."""
    return plain_punctuation(text).casefold().replace('"', "")


def quotation_in(quote: str, article_text: str) -> bool:
    """Whether `quote` is in `article_text` word for word (case, curly quotes, spacing and an
    ellipsis for left-out words forgiven; punctuation at either end ignored)."""
    haystack = comparable(article_text)
    pieces = [piece.strip(" .,;:!?-'") for piece in re.split(r"\.\.\.|\[\.*\]", comparable(quote))]
    pieces = [piece for piece in pieces if piece]
    if not pieces:
        return False
    position = 0
    for piece in pieces:
        # whole words only: a quoted "x" is not found inside "next"
        pattern = (r"(?<![a-z0-9])" if piece[0].isalnum() else "") + re.escape(piece) + \
                  (r"(?![a-z0-9])" if piece[-1].isalnum() else "")
        found = re.compile(pattern).search(haystack, position)
        if found is None:
            return False
        position = found.end()
    return True


def similarity(answer: str, original: str) -> float:
    """How much of `original`'s wording `answer` keeps, from 0 (nothing) to 1 (the same words in order)."""
    a, b = word_list(answer), word_list(original)
    if not a or not b:
        return 0.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    kept = sum(block.size for block in matcher.get_matching_blocks())
    return min(kept / len(b), kept / len(a))
