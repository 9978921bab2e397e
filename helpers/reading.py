"""Read an article the way a historian reads a document: numbered lines, a headnote, a glossary.

    from helpers.reading import read
    read("oped")                        # the whole op-ed, every line numbered
    read("essay", lines=(12, 40))       # an excerpt: lines 12 to 40 (both included)
    print(read("summary"))              # plain text, e.g. in a terminal

The lines are the article's text wrapped at 80 characters and numbered from 1, so "line 14" means the
same thing in JupyterLab, in a printout and on a projector. Lines the scraper picked up from the web page
(photo credits, share buttons, polls, menus) keep their number but are marked "page clutter".

Above the text sits a **headnote** from `seeds/catalog.csv`: who wrote it, when, what kind of text it is, and
how sure we are of each. Below it, a **glossary** of the hard words in the lines shown (from
`helpers/data/glossary.csv`).

In JupyterLab the reading shows as HTML; everywhere else as plain text. The article's words are always
escaped (shown, never run), and dollar signs stay dollar signs, never maths.
"""

from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass

from .articles import Article, ArticleError, load_seed
from .errors import PackError
from .glossary import terms_in
from .inputs import is_whole_number

WIDTH = 80
WORDS_PER_MINUTE = 200


class ReadingError(PackError):
    """A request to read something that cannot be shown, in one sentence."""


@dataclass(frozen=True)
class Line:
    """One numbered line of an article as `read` shows it."""

    number: int
    text: str
    start: int      # offset of the raw line this comes from (into article.raw)
    clutter: str    # "" or the kind of page clutter ("photo credit", "reader poll" ...)
    new_paragraph: bool = False


def as_article(article: Article | str) -> Article:
    """An Article, or a seed looked up by its id ("oped", "essay" ...)."""
    if isinstance(article, Article):
        return article
    if isinstance(article, str):
        try:
            return load_seed(article.strip().lower())
        except ArticleError as problem:
            raise ReadingError(str(problem)) from None
    raise ReadingError(f"read() needs an article id in quotes, such as read(\"oped\"), not {type(article).__name__}.")


def numbered_lines(article: Article | str, width: int = WIDTH) -> list[Line]:
    """The article's text (from the end of any header) wrapped at `width` characters, numbered from 1."""
    article = as_article(article)
    clutter_at = {span.start: span.kind for span in article.clutter}
    lines: list[Line] = []
    offset = article.text_start
    for raw_line in article.raw[article.text_start:].split("\n"):
        start, offset = offset, offset + len(raw_line) + 1
        if not raw_line.strip():
            continue
        kind = clutter_at.get(start, "")
        for n, piece in enumerate(textwrap.wrap(raw_line.strip(), width) or [raw_line.strip()]):
            lines.append(Line(len(lines) + 1, piece, start, kind, new_paragraph=(n == 0 and bool(lines))))
    return lines


def line_of(article: Article | str, words: str) -> int:
    """The number of the first line that contains `words` (case-insensitive), for pointing students at it."""
    wanted = " ".join(str(words).split()).casefold()
    for line in numbered_lines(article):
        if wanted in line.text.casefold():
            return line.number
    raise ReadingError(f"The words {words!r} are not on any one line of {as_article(article).id}; try fewer words.")


def check_lines(lines: object, total: int) -> tuple[int, int]:
    """`lines` as (first, last), both included, or a ReadingError saying how to write it."""
    if lines is None:
        return 1, total
    if not (isinstance(lines, (tuple, list)) and len(lines) == 2
            and all(is_whole_number(n) for n in lines)):
        raise ReadingError(f"lines should be two whole numbers, first and last, e.g. lines=(1, 20), not {lines!r}.")
    first, last = int(lines[0]), int(lines[1])
    if not 1 <= first <= last:
        raise ReadingError(f"lines={lines!r} does not work: the first line is 1, and the first number must not be "
                           f"bigger than the second.")
    if first > total:
        raise ReadingError(f"lines={lines!r} starts after the end: this text has {total} lines.")
    return first, min(last, total)


# --- the headnote ----------------------------------------------------------------------------------

DATE_STATUS = {
    "stated": "printed on the article",
    "estimated": "not printed; estimated from clues inside the text",
    "unknown": "not printed, and the text gives no usable clue",
}


def headnote(article: Article | str) -> dict[str, str]:
    """Who, when, what kind of text, and how sure we are: from the catalog (or an added file's header)."""
    article = as_article(article)
    meta = article.meta
    status = meta.get("date_status", "")
    if status == "estimated":
        if meta.get("latest"):
            when = f"between {meta.get('earliest') or '?'} and {meta['latest']} ({DATE_STATUS[status]})"
        else:
            when = f"after {meta.get('earliest') or '?'}, with no upper bound ({DATE_STATUS[status]})"
    elif status == "stated":
        when = f"{meta.get('published', 'unknown')} ({DATE_STATUS[status]})"
    else:
        published = meta.get("published", "unknown")
        when = published if published not in ("", "unknown") else "unknown"
        if status == "unknown":
            when = f"unknown ({DATE_STATUS['unknown']})"
    how_sure = meta.get("date_evidence", "")
    provenance = meta.get("provenance_notes", "")
    if article.truncated and "cut off" not in provenance.lower():
        provenance = (provenance + " " if provenance else "") + "The text stops in the middle of a sentence."
    return {
        "title": meta.get("title", "unknown") or "unknown",
        "who": meta.get("author", "unknown") or "unknown",
        "where": meta.get("outlet", "unknown") or "unknown",
        "when": when,
        "what kind": meta.get("genre", "unknown") or "unknown",
        "how we know the date": how_sure or "the file's header gives no evidence for its date",
        "where the copy came from": provenance or "nothing recorded",
    }


# --- the reading -----------------------------------------------------------------------------------


@dataclass
class Reading:
    """An article or an excerpt, ready to show: HTML in JupyterLab, plain text everywhere else."""

    article_id: str
    first: int
    last: int
    total: int
    words: int
    head: dict[str, str]
    lines: list[Line]
    glossary: list[tuple[str, str]]

    @property
    def whole(self) -> bool:
        return self.first == 1 and self.last == self.total

    @property
    def minutes(self) -> int:
        return max(1, round(self.words / WORDS_PER_MINUTE))

    def caption(self) -> str:
        part = "the whole text" if self.whole else f"lines {self.first}–{self.last} of {self.total}"
        return f"{self.article_id}: {part} · {self.words} words · about {self.minutes} min to read"

    def __repr__(self) -> str:
        out = [self.caption(), ""]
        out += [f"  {name}: {value}" for name, value in self.head.items()]
        out.append("")
        for line in self.lines:
            tag = f"   [page clutter: {line.clutter}]" if line.clutter else ""
            if line.new_paragraph and line is not self.lines[0]:
                out.append("")
            out.append(f"{line.number:>4}  {line.text}{tag}")
        if self.glossary:
            out += ["", "Glossary (words in these lines):"]
            out += [f"  {term}: {definition}" for term, definition in self.glossary]
        return "\n".join(out)

    __str__ = __repr__

    def _repr_html_(self) -> str:
        def esc(text: str) -> str:  # shown, never run; a dollar sign is text, not maths
            return html.escape(text).replace("$", "&#36;")

        head = "".join(f"<tr><th style='text-align:left;padding-right:1em;vertical-align:top'>{esc(k)}</th>"
                       f"<td style='text-align:left'>{esc(v)}</td></tr>" for k, v in self.head.items())
        rows = []
        for line in self.lines:
            style = "color:#666;font-style:italic" if line.clutter else ""
            tag = f" <span style='color:#B00;font-size:85%'>[page clutter: {esc(line.clutter)}]</span>" if line.clutter else ""
            gap = "padding-top:0.7em;" if line.new_paragraph and line is not self.lines[0] else ""
            rows.append(f"<tr style='{gap}'><td style='text-align:right;color:#555;padding-right:0.8em;user-select:none;"
                        f"vertical-align:top;{gap}'>{line.number}</td><td style='text-align:left;{gap}{style}'>"
                        f"{esc(line.text)}{tag}</td></tr>")
        gloss = ""
        if self.glossary:
            items = "".join(f"<li><b>{esc(t)}</b>: {esc(d)}</li>" for t, d in self.glossary)
            gloss = f"<p style='margin:0.6em 0 0.2em 0'><b>Glossary</b> (words in these lines)</p><ul>{items}</ul>"
        return (f"<div class='tex2jax_ignore mathjax_ignore' style='font-size:105%;max-width:62em'>"
                f"<p><b>{esc(self.caption())}</b></p>"
                f"<table style='border:1px solid #999;margin:0 0 0.6em 0'>{head}</table>"
                f"<table style='font-family:Georgia,serif;line-height:1.45;border-left:3px solid #0072B2'>"
                f"{''.join(rows)}</table>{gloss}</div>")


def read(article: Article | str, lines: tuple[int, int] | None = None, glossary: bool = True,
         width: int = WIDTH) -> Reading:
    """Show an article, or lines `(first, last)` of it, with a headnote and a glossary of its hard words."""
    article = as_article(article)
    every = numbered_lines(article, width)
    if not every:
        raise ReadingError(f"The article {article.id!r} has no text to show.")
    first, last = check_lines(lines, len(every))
    chosen = every[first - 1:last]
    text = " ".join(line.text for line in chosen if not line.clutter)
    found = terms_in(text) if glossary else []
    return Reading(article.id, first, last, len(every), len(text.split()), headnote(article), chosen, found)
