"""Load the articles: the five seeds (described in `seeds/catalog.csv`) and any you add to `my_articles/`.

An article file you add is plain UTF-8 text: a few `key: value` header lines, a blank line, then the text.

    title: Russia and China extend their friendship treaty
    author: Jane Doe
    outlet: Example News
    published: 2021-06-29
    url: https://example.org/news/treaty
    genre: news report

    The leaders of Russia and China ...

Only `title` is required. `published` is best written YYYY-MM-DD, YYYY-MM, YYYY or "unknown"; "June 28, 2021",
"28 June 2021" and timestamps such as 2021-06-28T10:15:00Z are read too (and stored as 2021-06-28).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .data_files import read_rows
from .paths import CATALOG_FILE, SEEDS_DIR, USER_ARTICLES_DIR
from .text import (
    Span,
    count_words,
    find_clutter,
    is_heading,
    split_paragraphs,
    split_sentences,
    truncation_point,
)
from .dates import DateFormatError, read_written_date
from .errors import PackError

HEADER_KEYS = ("title", "author", "outlet", "published", "url", "genre")
REQUIRED_KEYS = ("title",)
MAX_BYTES = 2 * 1024 * 1024
BYTE_ORDER_MARK = "\ufeff"  # put before the text by some Windows editors; invisible, so we drop it


class ArticleError(PackError):
    """A problem with an article file, described in one sentence a student can act on."""


@dataclass
class Article:
    """One article: its raw text, what we know about it, and its text cut into pieces.

    Every offset (in `paragraphs`, `sentences`, `headings`, `clutter`) points into `raw`.
    """

    id: str
    raw: str
    meta: dict[str, str]
    text_start: int = 0
    paragraphs: list[Span] = field(default_factory=list)
    headings: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    clutter: list[Span] = field(default_factory=list)
    truncation: Span | None = None

    @property
    def title(self) -> str:
        return self.meta.get("title", "unknown")

    @property
    def body(self) -> str:
        """The article's text without scraped page clutter: one paragraph per line."""
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def truncated(self) -> bool:
        return self.truncation is not None

    @property
    def words(self) -> int:
        return count_words(" ".join(p.text for p in self.paragraphs if p not in self.headings))

    def __repr__(self) -> str:
        return f"<Article {self.id!r}: {self.title[:60]!r}, {self.words} words>"


def build_article(article_id: str, raw: str, meta: dict[str, str], text_start: int = 0) -> Article:
    """Cut `raw` (from `text_start` on) into clutter, paragraphs, headings and sentences."""
    clutter = find_clutter(raw, text_start)
    paragraphs = split_paragraphs(raw, text_start, skip=clutter)
    truncation = truncation_point(raw, paragraphs)
    cut_short = paragraphs[-1] if truncation is not None else None  # a cut-off last line is text, not a heading
    headings = [p for p in paragraphs if is_heading(p.text) and p is not cut_short]
    sentences = [s for p in paragraphs if p not in headings for s in split_sentences(raw, p)]
    return Article(article_id, raw, meta, text_start, paragraphs, headings, sentences, clutter, truncation)


# --- reading files -------------------------------------------------------------------


def read_text_file(path: Path) -> str:
    """The text of `path` (without a byte-order mark), or an ArticleError saying in one sentence what is wrong."""
    name = path.name
    if not path.exists():
        raise ArticleError(f"No file at '{path}': check the name and the folder.")
    if path.is_dir():
        raise ArticleError(f"'{name}' is a folder, not an article file: give the path of a .txt file.")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ArticleError(f"'{name}' is {size / 1024 / 1024:.1f} MB, over the 2 MB limit for one article: trim it to the article text.")
    data = path.read_bytes()
    if not data.strip():
        raise ArticleError(f"'{name}' is empty: write a header (title: ...), a blank line, then the article text.")
    if b"\x00" in data:
        raise ArticleError(f"'{name}' is a binary file (a PDF or Word document?), not plain text: copy the article's text into a .txt file.")
    try:
        return data.decode("utf-8").removeprefix(BYTE_ORDER_MARK)
    except UnicodeDecodeError:
        raise ArticleError(f"'{name}' is not UTF-8 text: open it in an editor and save it again with the encoding UTF-8.") from None


def parse_date(value: str) -> str:
    """A `published:` value as YYYY-MM-DD, YYYY-MM, YYYY or 'unknown' ("June 28, 2021" -> "2021-06-28").

    Blank means unknown. Raises ValueError (a DateFormatError with one sentence) if it is not a date
    or cannot be read for certain (06/07/2021).
    """
    if not value.strip() or value.strip().lower() == "unknown":
        return "unknown"
    written = read_written_date(value)
    if written is None:
        raise ValueError(value)
    return written


HEADER_LINE = re.compile(r"([A-Za-z_]+)[ \t]*:[ \t]*(.*?)\s*")


def header_block(lines: list[str]) -> list[str]:
    """The lines from the first non-blank one up to the next blank line."""
    block = []
    for line in lines:
        if not line.strip():
            if block:
                break
            continue
        block.append(line)
    return block


def has_header(lines: list[str]) -> bool:
    """True if at least one line of the first block is a `key: value` line with one of the known keys."""
    for line in header_block(lines):
        match = HEADER_LINE.fullmatch(line)
        if match and match.group(1).lower() in HEADER_KEYS:
            return True
    return False


def no_header_message(name: str, lines: list[str]) -> str:
    """The one sentence for a file that starts straight with its text."""
    first = header_block(lines)[0].strip()
    if len(first) > 60:
        first = first[:57].rstrip() + "..."
    return (f"'{name}' has no header: put 'title: {first}' (or another title) and a blank line at the top, "
            "then the text.")


KEY_HINTS = {"source": "outlet", "publisher": "outlet", "site": "outlet", "website": "outlet", "newspaper": "outlet",
             "date": "published", "published_date": "published", "byline": "author", "writer": "author",
             "by": "author", "link": "url", "headline": "title", "type": "genre", "kind": "genre"}


def key_hint(key: str) -> str:
    """' (use outlet for the source)' when an unknown key has a usual meaning; '' otherwise."""
    return f" (use {KEY_HINTS[key]} for the {key})" if key in KEY_HINTS else ""


def published_value(value: str, name: str, number: int) -> str:
    """The `published:` value made standard, or an ArticleError that says how to write it."""
    try:
        return parse_date(value)
    except DateFormatError as problem:
        raise ArticleError(f"'{name}' line {number}: published {problem}") from None
    except ValueError:
        raise ArticleError(f"'{name}' line {number}: published '{value}' is not a date; write it as YYYY-MM-DD "
                           "(e.g. 2021-06-28), YYYY-MM, YYYY or unknown.") from None


def parse_header(raw: str, name: str) -> tuple[dict[str, str], int]:
    """Read the `key: value` lines at the top of an added article; return them and where the text starts."""
    meta: dict[str, str] = {}
    offset = 0
    lines = raw.split("\n")
    if not has_header(lines):
        raise ArticleError(no_header_message(name, lines))
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            if not meta:
                offset += len(line) + 1
                continue
            offset += len(line) + 1
            break
        match = HEADER_LINE.fullmatch(line)
        if not match:
            if not meta:
                raise ArticleError(f"'{name}' line {number}: expected a header line such as 'title: ...'; an article file starts with key: value lines, then a blank line, then the text.")  # noqa: E501
            raise ArticleError(f"'{name}' line {number}: the header must end with a blank line before the text starts.")
        key, value = match.group(1).lower(), match.group(2)
        if key not in HEADER_KEYS:
            raise ArticleError(f"'{name}' line {number}: unknown header key '{key}'; the keys are "
                               f"{', '.join(HEADER_KEYS)}{key_hint(key)}.")
        if key in meta:
            raise ArticleError(f"'{name}' line {number}: '{key}' appears twice in the header; keep one.")
        if key == "published":
            value = published_value(value, name, number)
        meta[key] = value
        offset += len(line) + 1
    else:
        raise ArticleError(f"'{name}' has a header but no text: add a blank line after the header, then the article.")
    for key in REQUIRED_KEYS:
        if not meta.get(key):
            raise ArticleError(f"'{name}': the header has no '{key}:' line; add one, e.g. '{key}: Russia and China extend their treaty'.")
    if not raw[offset:].strip():
        raise ArticleError(f"'{name}' has a header but no text: add the article after the blank line.")
    return meta, offset


def id_from_filename(path: Path) -> str:
    """A readable id from a file name: 'This Week (BBC).txt' -> 'this-week-bbc'."""
    return re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "article"


def is_inside_folder(path: Path, folder: Path) -> bool:
    """True if `path`, with links and '..' resolved, lies inside `folder`."""
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


def load_article(path: str | Path, folder: str | Path | None = USER_ARTICLES_DIR) -> Article:
    """Read one article file you added (header, blank line, text).

    With `folder` set, the file must lie inside that folder; pass `folder=None` to read from anywhere.
    Raises ArticleError with a one-sentence explanation if anything is wrong.
    """
    path = Path(path)
    if not path.exists():
        raise ArticleError(f"No file at '{path}': check the name and the folder.")
    if folder is not None and not is_inside_folder(path, Path(folder)):
        raise ArticleError(f"'{path}' is outside the articles folder '{Path(folder).name}': copy the file into that folder and load it from there.")
    raw = read_text_file(path)
    meta, text_start = parse_header(raw, path.name)
    meta = {key: meta.get(key, "unknown") or "unknown" for key in HEADER_KEYS}
    meta["date_status"] = "unknown" if meta["published"] == "unknown" else "stated"
    meta["file"] = path.name
    meta["source"] = "added"
    return build_article(id_from_filename(path), raw, meta, text_start)


def id_clash(path: Path, folder: Path | None) -> str | None:
    """The name of another article (a seed or another file in `folder`) with the same id as `path`, if any."""
    article_id = id_from_filename(path)
    for row in read_catalog():
        if row["id"] == article_id:
            return f"the seed article {row['file']}"
    if folder is not None and Path(folder).is_dir():
        for other in sorted(Path(folder).glob("*.txt")):
            if other.resolve() != path.resolve() and id_from_filename(other) == article_id:
                return other.name
    return None


def read_catalog() -> list[dict[str, str]]:
    """The rows of `seeds/catalog.csv`: what we know about each seed article."""
    return read_rows(CATALOG_FILE)


def load_seed(article_id: str) -> Article:
    """One of the five seed articles, by its id in the catalog (e.g. 'essay')."""
    for row in read_catalog():
        if row["id"] == article_id:
            raw = (SEEDS_DIR / row["file"]).read_text(encoding="utf-8")
            return build_article(row["id"], raw, {**row, "source": "seed"})
    ids = ", ".join(row["id"] for row in read_catalog())
    raise ArticleError(f"There is no seed article '{article_id}'; the seeds are {ids}.")


# --- the corpus ----------------------------------------------------------------------


class Corpus:
    """The articles, in order, looked up by id: `corpus['essay']`, `for article in corpus`."""

    def __init__(self, articles: list[Article], problems: list[tuple[str, str]] | None = None):
        self.articles = articles
        self.problems = problems or []

    def __iter__(self):
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)

    def __getitem__(self, article_id: str) -> Article:
        wanted = str(article_id).strip().lower()
        for article in self.articles:
            if article.id == wanted:
                return article
        raise KeyError(f"No article with id '{article_id}'; the ids are {', '.join(self.ids)}.")

    def __contains__(self, article_id: str) -> bool:
        return str(article_id).strip().lower() in self.ids

    @property
    def ids(self) -> list[str]:
        return [article.id for article in self.articles]

    def frame(self) -> pd.DataFrame:
        """One row per article: who, when, what kind, and how long."""
        return pd.DataFrame([article_facts(article) for article in self.articles]).set_index("id")

    def __repr__(self) -> str:
        return f"<Corpus of {len(self)} articles: {', '.join(self.ids)}>"


def article_facts(article: Article) -> dict[str, object]:
    """The facts about one article that `Corpus.frame()` puts in a row."""
    meta = article.meta
    published = meta.get("published", "unknown")
    if meta.get("date_status") == "estimated":
        published = (f"{meta['earliest']} to {meta['latest']} (estimated)" if meta.get("latest")
                     else f"from {meta['earliest']} (estimated; no upper bound)")
    return {
        "id": article.id,
        "title": meta.get("title", "unknown"),
        "author": meta.get("author", "unknown"),
        "published": published,
        "date_status": meta.get("date_status", "unknown"),
        "genre": meta.get("genre", "unknown"),
        "words": article.words,
        "sentences": len(article.sentences),
        "clutter_lines": len(article.clutter),
        "truncated": article.truncated,
    }


def load_seeds() -> Corpus:
    """The five seed articles, always the same: what the notebooks' stored outputs are built on."""
    return Corpus([load_seed(row["id"]) for row in read_catalog()])


def load_corpus(folder: str | Path | None = USER_ARTICLES_DIR, report: bool = True) -> Corpus:
    """The five seeds plus every article file in `folder` (default `my_articles/`).

    A file that cannot be read is left out and named, with the reason, in `corpus.problems`
    (and printed, unless `report=False`); the good files still load.
    """
    corpus = load_seeds()
    if folder is None or not Path(folder).is_dir():
        return corpus
    folder = Path(folder)
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.name.lower() == "readme.md":
            continue
        try:
            if path.suffix.lower() != ".txt":
                raise ArticleError(f"'{path.name}' is not a .txt file: save the article as plain text with the ending .txt.")
            article = load_article(path, folder)
            if article.id in corpus:
                raise ArticleError(f"'{path.name}': the id '{article.id}' is already taken by another article; rename the file.")
            corpus.articles.append(article)
        except ArticleError as problem:
            corpus.problems.append((path.name, str(problem)))
    if report:
        for name, message in corpus.problems:
            print(f"Not loaded: {message}")
    return corpus
