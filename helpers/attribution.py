"""Who says what in an article: quotations, named sources, vague sources, and the speaker of each quotation.

Used by `annotate()` for its `attribution` layer. Three plain patterns do the finding:

- a **named source** is a speaker next to a reporting verb: "Lavrov added", "the ministry confirmed",
  "Olga Demina, an economist, argues", `"...," said Deputy Secretary of State Richard Armitage`,
  "according to the Kremlin". The span runs from the speaker to the verb (or the verb to the speaker).
- a **vague source** is a speaker nobody can check: "some analysts in Moscow said", "officials familiar with
  the talks said", "according to a Kremlin aide", "as per new reports", "said one Western diplomat".
- a **quotation** is text in quotation marks ("...", “...”, «...»); its speaker is the source introducing it.

The words (reporting verbs, titles, the heads of vague sources) are in `helpers/data/attribution_words.csv`.
What is NOT a source: a name after a preposition ("Reaction from Washington says"), a possessive noun
("China's claim of sovereignty"), the listener ("Xi told Putin"), the other person in "In a call with X, Y said".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, NamedTuple

from .lexicon import attribution_words, words_regex


class Source(NamedTuple):
    """A speaker found next to a reporting verb. `kind` is named_source or vague_source; `form` is
    name, description, pronoun or vague; `speaker` is the canonical name ("" for a vague one)."""

    start: int
    end: int
    kind: str
    speaker: str
    form: str
    speaker_start: int
    speaker_end: int
    verb_end: int


class Quotation(NamedTuple):
    start: int
    end: int
    speaker: str


# A name: capitalised words, with initials ("George W. Bush") and "of" inside ("Secretary of State").
NAME_WORD = r"(?:[A-ZА-ЯЁ][\w'’-]*|[A-Z]\.|[A-Z][a-z]?\.(?=\s[A-Z]))"
_RUN = rf"{NAME_WORD}(?:[ \u00a0]{NAME_WORD}){{0,3}}"
NAME_LIST = re.compile(rf"(?<![\w,] )(?<!\w)(?:{_RUN},\s+)+(?:and\s+){_RUN}$")  # "Elkman, Saari, and Secrieru"
NOT_NAMES = {
    "The", "This", "That", "These", "Those", "It", "Its", "They", "Their", "He", "She", "We", "You", "I", "Both",
    "Neither", "Either", "Each", "Some", "Many", "Most", "Several", "All", "Other", "Others", "As", "And", "But",
    "Or", "So", "If", "While", "When", "Although", "However", "Moreover", "Meanwhile", "Also", "Even", "Yet",
    "Still", "Then", "There", "Here", "What", "Which", "Who", "Why", "How", "Our", "My", "His", "Her", "A", "An",
    "In", "On", "At", "For", "From", "With", "By", "Of", "To", "Such", "One", "No", "Not", "Western", "Chinese",
    "Russian", "American", "European", "Soviet", "Official", "Officials", "Experts", "Analysts", "Critics",
    "Observers", "Authors", "Sources", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Last", "Next", "After", "Before", "Since", "Until", "During", "Asked", "Overnight",
    "Today", "Yesterday", "Now", "Later", "Earlier", "Sir", "Dear", "Yes", "OK", "Sure", "Why", "Is", "Are",
    "Was", "Were", "Do", "Does", "Did", "Has", "Have", "Had", "Will", "Would", "Could", "Should", "Can", "May",
}
PREPOSITIONS = {"with", "from", "to", "of", "by", "for", "about", "against", "at", "on", "in", "between", "among",
                "into", "over", "under", "toward", "towards", "without", "like", "unlike", "via", "per"}
NOUN_MARKERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that's", "whose"}
SAY_VERBS = {"say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "think", "thinks", "note",
             "notes", "noted", "write", "writes", "wrote", "stress", "stressed", "argue", "argues", "argued"}
NOT_CONTENT = re.compile(r"\s+(?:little|nothing|no\s+more|much\s+about)\b")
PLURAL_HEADS = {"people", "media", "state media", "chorus", "others", "some", "many"}
VAGUE_MODIFIERS = ("former", "senior", "state", "industry", "energy", "independent", "foreign", "military",
                   "political", "security", "widely", "shared", "outside", "local", "usual", "new", "unnamed",
                   "anonymous", "leading", "prominent", "well-placed", "government", "party")
ACCORDING = re.compile(r"(?<!\w)(?:[Aa]ccording\s+to|[Aa]s\s+per|[Пп]о\s+словам)\s+")


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern[str]]:
    """The compiled patterns, built from the words in attribution_words.csv."""
    words = attribution_words()
    verb = words_regex(words["verb"])
    adverbs = words_regex(words["adverb"] + ("are", "were", "is", "was"))
    head = words_regex(words["vague_head"])
    determiner = words_regex(words["vague_determiner"])
    modifier = words_regex(VAGUE_MODIFIERS)
    before_head = rf"(?:(?P<det>{determiner})\s+)?(?:(?:{modifier}|(?-i:[A-Z][\w-]*))\s+){{0,3}}"
    after_head = (r"(?:\s+(?:in|on|from|at|for|of|familiar\s+with|with\s+(?:close\s+)?ties\s+to|close\s+to)"
                  r"\s+[^,.;:\"“”«»\n]{1,50}?)?")
    vague_np = rf"{before_head}(?P<head>{head}){after_head}"
    return {
        # the verb, with any "has", "also", "publicly" in front of it
        "verb": re.compile(rf"(?<![\w'’-])(?P<verb>{verb})(?![\w-])(?!\s+by\b)", re.IGNORECASE),
        "adverbs_before": re.compile(rf"(?:(?<![\w'’-])(?:{adverbs}|\w+ly)\s+){{1,3}}\Z", re.IGNORECASE),
        # a vague source before its verb is found from its head word ("analysts"), then checked both ways
        "vague_head": re.compile(rf"(?<![\w'’-])(?P<head>{head})(?![\w'’-])", re.IGNORECASE),
        "vague_before_head": re.compile(rf"(?<![\w'’-]){before_head}\Z", re.IGNORECASE),
        "vague_after_head": re.compile(rf"{after_head}\s+(?:(?:{adverbs}|\w+ly)\s+){{0,3}}(?P<verb>{verb})(?![\w-])"
                                       rf"(?!\s+by\b)", re.IGNORECASE),  # "figures cited by X": passive
        "vague_np": re.compile(rf"(?P<np>{vague_np})(?=[\s,.;:]|$)", re.IGNORECASE),
        "after_quote": re.compile(rf"[,?!…]?[\"”»]\s+(?P<verb>{verb})\s+(?P<who>[^,.;:\"“”«»\n]{{1,80}})",
                                  re.IGNORECASE),
        "description": re.compile(rf"(?:(?<![\w-])(?:[Tt]he|[Bb]oth|[Tt]heir|[Yy]our|[Tt]he\s+two)\s+)"
                                  rf"(?:(?:official|state|[A-Z][\w-]*)\s+){{0,3}}"
                                  rf"(?P<desc>{words_regex(words['description'])})$"),
        "owned_description": re.compile(r"(?:[A-Z][\w-]*\s+){1,2}(?P<desc>news\s+agency|customs\s+data|data)$"),
        "pronoun": re.compile(r"(?<![\w-])(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey)$"),
    }


def titles() -> set[str]:
    return set(attribution_words()["title"])


def strip_title(name: str) -> str:
    """'Deputy Secretary of State Richard Armitage' -> 'Richard Armitage' (title words from the CSV)."""
    words = name.split()
    known = titles()
    while len(words) > 1 and (words[0] in known or words[0] in NOT_NAMES):
        words = words[1:]
    return " ".join(words)


def word_before(text: str, position: int) -> str:
    match = re.search(r"([\w'’]+)\W*$", text[max(0, position - 40):position])
    return match.group(1).lower() if match else ""


def speaker_before(text: str, end: int, begin: int) -> tuple[int, str, str] | None:
    """The speaker ending at `end` (just before the verb): (start, text, form), or None.

    Looks for, in order: a pronoun, a description ("the ministry"), a name run ("Vladimir Putin"),
    a name with an appositive in commas ("Olga Demina, an economist in Khabarovsk,").
    """
    pats = patterns()
    window_start = max(begin, end - 160)
    window = text[window_start:end].rstrip()
    stop = window_start + len(window)
    if stop < end - 3:
        return None
    for name in ("pronoun", "description", "owned_description"):
        match = pats[name].search(window)
        if match:
            start = window_start + match.start()
            return start, text[start:stop], {"pronoun": "pronoun"}.get(name, "description")
    if window.endswith(","):  # "Olga Demina, an economist in Khabarovsk, argues"
        inner = window[:-1]
        comma = inner.rfind(",")
        if comma > 0 and re.match(r",\s+(?:an?|the|who|which|[a-z])", inner[comma:]) and len(inner) - comma < 100:
            found = speaker_before(text, window_start + comma, begin)
            if found and found[2] == "name":
                return found
        return None
    listed = NAME_LIST.search(window)
    if listed:
        start = window_start + listed.start()
        return start, text[start:stop], "name"
    tokens = window.split(" ")
    run: list[str] = []
    for token in reversed(tokens):
        if re.fullmatch(NAME_WORD, token) or (token == "of" and run) or (token == "and" and run):
            run.insert(0, token)
        else:
            break
    while run and run[0] in ("of", "and"):
        run = run[1:]
    while run and run[0] in NOT_NAMES:
        run = run[1:]
    if not run:
        return None
    name = " ".join(run)
    start = stop - len(name)
    if text[start:stop] != name:
        return None
    return start, name, "name"


def find_sources(text: str, begin: int, canonical_of: Callable[[str, int], str],
                 sentence_start: Callable[[int], int]) -> list[Source]:
    """Every named and vague source in `text` from `begin` (header and clutter already blanked out).

    `canonical_of(name, offset)` gives the canonical name of the entity written at `offset` (or `name`);
    `sentence_start(i)` gives the start of the sentence containing offset i.
    """
    pats = patterns()
    found: list[Source] = []
    taken: list[tuple[int, int, int]] = []

    def add(source: Source) -> None:
        if any(s < source.end and source.start < e and verb_end != source.verb_end for s, e, verb_end in taken):
            return  # overlaps another source (two names before one verb may share it)
        taken.append((source.start, source.end, source.verb_end))
        found.append(source)

    # 1. according to X / as per X
    for match in ACCORDING.finditer(text, begin):
        rest = re.match(r"[^,.;:\"“”\n]{1,80}", text[match.end():])
        if not rest:
            continue
        phrase = rest.group().rstrip()
        vague = pats["vague_np"].match(phrase)
        if vague and (vague.group("det") or vague.group("head").lower() in PLURAL_HEADS
                      or vague.group("head").lower().endswith("s")):
            end = match.end() + vague.end("np")
            add(Source(match.start(), end, "vague_source", "", "vague", match.end(), end, match.end()))
            continue
        name = re.match(rf"(?:the\s+)?({NAME_WORD}(?:[ \u00a0]{NAME_WORD})*)", phrase)
        if name:
            speaker = strip_title(name.group(1))
            end = match.end() + name.end()
            canonical = canonical_of(speaker, end - len(speaker))
            add(Source(match.start(), end, "named_source", canonical, "name", match.end() + name.start(1), end,
                       match.end()))
    # 2. "...," said X
    for match in pats["after_quote"].finditer(text, begin):
        who = match.group("who")
        who_start = match.start("who")
        vague = pats["vague_np"].match(who)
        if vague and vague.group("det"):
            end = who_start + vague.end("np")
            add(Source(match.start("verb"), end, "vague_source", "", "vague", who_start, end, match.end("verb")))
            continue
        runs = list(re.finditer(rf"{NAME_WORD}(?:[ \u00a0](?:of[ \u00a0])?{NAME_WORD})*", who))
        if not runs or who[:1].islower() and not re.match(r"[a-z]+\s+[A-Z]", who):
            continue
        run = runs[0] if len(runs) == 1 else runs[-1] if runs[0].start() == 0 and " " not in runs[0].group() else runs[0]
        name = strip_title(run.group())
        if not name or name in NOT_NAMES:
            continue
        end = who_start + run.end()
        add(Source(match.start("verb"), end, "named_source", canonical_of(name, end - len(name)), "name",
                   end - len(name), end, match.end("verb")))
    # 3. vague sources before their verb
    for match in pats["vague_head"].finditer(text, begin):
        after = pats["vague_after_head"].match(text, match.end())
        if after is None:
            continue
        before = pats["vague_before_head"].search(text, max(begin, match.start() - 80), match.start())
        np_start = before.start() if before else match.start()
        head = match.group("head").lower()
        det = ((before.group("det") if before else "") or "").lower()
        if word_before(text, np_start) in ("the", "this", "that") and not det:
            continue  # "the diplomat noted": a description, a named source
        if not det and not (head.endswith("s") or head in PLURAL_HEADS):
            continue  # "diplomat said" needs "a" or "one" to be a vague source
        np_end = match.end() + len(text[match.end():after.start("verb")].rstrip())
        add(Source(np_start, after.end("verb"), "vague_source", "", "vague", np_start, np_end, after.end("verb")))
    # 4. named sources before their verb
    for match in pats["verb"].finditer(text, begin):
        verb = match.group("verb")
        adverbs = pats["adverbs_before"].search(text, max(begin, match.start() - 60), match.start())
        verb_start = adverbs.start() if adverbs else match.start()  # "has also said": the speaker is before "has"
        if verb[0].isupper() and not adverbs:
            continue  # a capitalised verb opens a sentence: no speaker before it
        if NOT_CONTENT.match(text, match.end()):
            continue  # "has said little about the war"
        before = word_before(text, verb_start)
        if before in NOUN_MARKERS or text[max(0, verb_start - 3):verb_start].rstrip().endswith(("'s", "’s")):
            continue  # "China's claim of sovereignty", "a call": a noun, not a verb
        speaker = speaker_before(text, verb_start, max(begin, sentence_start(verb_start)))
        if speaker is None:
            continue
        start, who, form = speaker
        if word_before(text, start) in PREPOSITIONS:
            continue  # "Reaction from Washington says", "a call with Xi Jinping"
        if word_before(text, start) in ("that", "which") and verb.lower() not in SAY_VERBS:
            continue  # "the friendship that Xi and Putin announced": an act, not a statement
        if form == "pronoun" and word_before(text, start) == "what":
            continue  # "condemned what he called an attack": a label, not a second statement
        if form == "name":
            parts = []
            for part in re.finditer(r"[^,]+?(?=,\s+(?:and\s+)?|\s+and\s+|$)", who):
                piece = re.sub(r"^(?:,\s+)?(?:and\s+)?", "", part.group().strip(" ,"))
                name = strip_title(piece)
                if not name:
                    continue
                name_start = start + part.start() + part.group().find(name)
                if not name or name in NOT_NAMES or name in titles():
                    parts = []
                    break
                parts.append((name_start, name_start + len(name), canonical_of(name, name_start)))
            for name_start, name_end, canonical in parts:  # "Putin and Xi declared": one source each
                add(Source(name_start, match.end("verb"), "named_source", canonical, "name", name_start, name_end,
                           match.end("verb")))
        else:
            named = canonical_of(who, start)
            speaker = named if named != who else re.sub(r"^(?:[Tt]he|[Yy]our|[Tt]heir|[Bb]oth)\s+", "", who)
            add(Source(start, match.end("verb"), "named_source", speaker, form, start, start + len(who),
                       match.end("verb")))
    return sorted(found)


QUOTE_PATTERN = re.compile(r'"(?P<straight>[^"\n]{1,600})"|“(?P<curly>[^”\n]{1,600})”|«(?P<guillemet>[^»\n]{1,600})»')
UNCLOSED_QUOTE = re.compile(r'(?<![\w"])"(?P<open>[^"\n]{1,300})$', re.MULTILINE)


def find_quotations(text: str, begin: int) -> list[tuple[int, int]]:
    """(start, end) of each quotation, marks included; an opening mark with no closing one at the end
    of a paragraph counts to the end of the paragraph (a text cut off mid-quotation)."""
    spans = [(m.start(), m.end()) for m in QUOTE_PATTERN.finditer(text, begin)
             if re.search(r"\w", m.group()[1:-1])]
    for match in UNCLOSED_QUOTE.finditer(text, begin):
        if not any(s <= match.start() < e for s, e in spans) and re.search(r"\w", match.group("open")):
            spans.append((match.start(), match.end()))
    return sorted(spans)


def resolve_speakers(sources: list[Source], people: Callable[..., str | None]) -> list[Source]:
    """Give pronouns and descriptions ("he", "the minister", "the ministry") the name they stand for:
    the last named speaker before them, or `people(offset)`, the last person named in the text before
    `offset` (`people(offset, "Ministry")`: the last organisation whose name contains "Ministry")."""
    resolved = []
    last_person = last_group = last_org = None
    for source in sources:
        speaker = source.speaker
        if source.form == "name":
            if "; " in speaker:
                last_group = speaker
            elif " " in speaker and not re.search(r"Ministry|Council|Agency|Kremlin|Government", speaker):
                last_person = speaker
            else:
                last_org = speaker
        elif source.form == "pronoun":
            if speaker.lower() == "they":
                speaker = last_group or speaker
            else:
                speaker = last_person or people(source.start) or speaker
        elif source.form == "description":
            lowered = speaker.lower()
            if re.search(r"minister|diplomat|spokes|president|premier", lowered) and not lowered.endswith("s"):
                speaker = last_person or people(source.start) or speaker
            elif "ministry" in lowered:
                speaker = (last_org if last_org and "Ministry" in last_org else
                           people(source.start, "Ministry") or speaker)
        if source.form == "pronoun" and speaker == source.speaker:
            continue  # "They believe" with nobody named before: no source a reader could check
        resolved.append(source._replace(speaker=speaker))
    return resolved


def quotation_speakers(text: str, quotes: list[tuple[int, int]], sources: list[Source],
                       sentence_start: Callable[[int], int]) -> list[Quotation]:
    """Each quotation with its speaker ("" when nobody, or only a vague source, is credited).

    `sentence_start(i)` gives the start of the sentence containing offset i."""
    result: list[Quotation] = []
    previous: Quotation | None = None
    for start, end in quotes:
        speaker = None
        for source in sources:  # `"...," said X` or `"...," X said`: the source starts right after
            if 0 <= source.start - end <= 3 and "\n" not in text[end:source.start]:
                speaker = source.speaker
                break
        if speaker is None:
            for source in sources:  # `X said: "..."`, `X wrote on Telegram: «...»`
                gap = text[source.end:start]
                if 0 <= start - source.end <= 25 and not re.search(r"[.!?]", gap):
                    speaker = source.speaker
                    break
        if speaker is None and previous is not None and previous.speaker is not None:
            between = text[previous.end:start]
            if "\n\n" not in between and re.fullmatch(r"[^\"“”«»]*", between) and any(
                    previous.end <= s.start < start for s in sources):
                speaker = previous.speaker  # `"A," said X. "B."`: B is X's too
        if speaker is None:
            s_start = sentence_start(start)
            credited = [s for s in sources if s_start <= s.start and s.end <= start]
            if credited:
                speaker = credited[-1].speaker
        quotation = Quotation(start, end, speaker or "")
        result.append(quotation)
        previous = quotation if speaker is not None else None
    return result
