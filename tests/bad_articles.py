"""One table of bad article files, used three ways: load_article() raises one sentence, load_corpus() keeps the
good files and names the bad one, and `python -m helpers check` prints one line and exits with status 2.

Each case is (what to write, a fragment of the one-sentence message expected). What to write is the file's bytes,
or one of the markers below for a file that is not simply bytes. `conftest.bad_article` writes a case as
`my_articles/bad.txt` in a fresh folder.
"""

from __future__ import annotations

from pathlib import Path

MISSING = "a link to a file that is gone"      # bad.txt is a link whose target was deleted
OUTSIDE = "a link to a file outside the folder"  # bad.txt is a link to a good file outside my_articles/
FOLDER = "a folder"                               # bad.txt is a folder

GOOD = "title: A test article\nauthor: Sam Student\npublished: 2024-05\ngenre: news\n\nThe treaty was extended. It will last five years."

BAD_ARTICLES: dict[str, tuple[bytes | str, str]] = {
    "missing": (MISSING, "No file at"),
    "empty": (b"", "is empty"),
    "only blank lines": (b"\n \n\t\n", "is empty"),
    "a folder": (FOLDER, "is a folder, not an article file"),
    "not utf-8": ("title: x\n\nCaf\xe9".encode("latin-1"), "is not UTF-8 text"),
    "binary pdf": (b"%PDF-1.4\x00\x01\x02", "is a binary file"),
    "binary png": (b"\x89PNG\r\n\x1a\n\x00\x00", "is a binary file"),
    "too big": (b"title: x\n\n" + b"word " * 500_000, "over the 2 MB limit"),
    "unknown key": (b"title: x\nautor: y\n\nText.", "unknown header key 'autor'"),
    "unknown key with a usual meaning": (b"title: x\nsource: Example News\n\nText.",
                                         "unknown header key 'source'; the keys are title, author, outlet, published, "
                                         "url, genre (use outlet for the source)"),
    "a key twice": (b"title: x\ntitle: y\n\nText.", "'title' appears twice in the header"),
    "missing title": (b"author: y\n\nText.", "the header has no 'title:' line"),
    "header not ended by a blank line": (b"title: x\nThe text starts here.\n", "the header must end with a blank line"),
    "impossible date": (b"title: x\npublished: 2021-13-45\n\nText.", "is not a real date"),
    "not a date at all": (b"title: x\npublished: last spring\n\nText.", "is not a date; write it as YYYY-MM-DD"),
    "a word for a date": (b"title: x\npublished: yesterday\n\nText.", "published 'yesterday' is not a date"),
    "ambiguous date": (b"title: x\npublished: 06/07/2021\n\nText.", "write it as YYYY-MM-DD, e.g. 2021-07-06"),
    "no header": (b"Just some text without a header.\n\nMore.", "has no header: put 'title: Just some text"),
    "no header, headline with a colon": (b"Analysis: why it matters\n\nText.", "has no header: put 'title: Analysis: why"),
    "header only": (b"title: x\nauthor: y", "has a header but no text"),
    "link outside the folder": (OUTSIDE, "is outside the articles folder 'my_articles'"),
}


def write_bad(folder: Path, case: str, name: str = "bad.txt") -> Path:
    """Write the bad case `case` as `folder/name` (a good file beside `folder` for OUTSIDE); return its path."""
    content = BAD_ARTICLES[case][0]
    path = folder / name
    if content == MISSING:
        gone = folder / "deleted.txt"
        path.symlink_to(gone)
    elif content == OUTSIDE:
        outside = folder.parent / "outside.txt"
        outside.write_text(GOOD, encoding="utf-8")
        path.symlink_to(outside)
    elif content == FOLDER:
        path.mkdir()
    else:
        path.write_bytes(content)
    return path
