"""Reading the pack's data files: one home for it.

The pack keeps what it knows in small files you can open in a spreadsheet or a text editor: CSV tables in
`helpers/data/` (and `seeds/catalog.csv`), YAML files for the treaty digest, the exercises and the answer keys.
Every helper reads them through the three functions here, so a missing file, a file that is not UTF-8, a broken
table or a missing column always ends in one sentence (a `DataFileError`) that says which file and what to do.

    >>> from helpers.data_files import read_table
    >>> from helpers.paths import DATA_DIR
    >>> terms = read_table(DATA_DIR / "glossary.csv", columns=["term", "definition"])
    >>> terms.loc[0, "term"] != ""
    True

- `read_table(path)`: a pandas DataFrame in which every cell is text ("" for an empty cell), so that "007" or
  "yes" stay as they are written; name the columns to turn into numbers with `numbers=[...]`.
- `read_rows(path)`: the same rows as a list of dicts of text, for code that walks them one by one.
- `read_yaml(path)`: a YAML file as Python lists and dicts.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
import yaml

from .errors import PackError
from .paths import DATA_DIR, PACK_ROOT


class DataFileError(PackError):
    """A data file that is missing, cannot be read, or lacks a column the pack needs, told in one sentence."""


def shown_name(path: Path) -> str:
    """How a message names a file: its place in the pack (e.g. 'helpers/data/glossary.csv'), or just its
    name for a file elsewhere (so no messages show where a computer keeps its files)."""
    path = Path(path)
    try:
        return path.resolve().relative_to(PACK_ROOT).as_posix()
    except ValueError:
        return path.name


def missing_message(path: Path) -> str:
    if Path(path).resolve().parent == DATA_DIR:
        return f"The data file '{Path(path).name}' is missing from helpers/data/: restore it from the pack."
    if PACK_ROOT in Path(path).resolve().parents:
        return f"The file '{shown_name(path)}' is missing: restore it from the pack."
    return f"No file at '{Path(path).name}': check the name and the folder."


def read_text(path: str | Path, if_missing: str | None = None) -> str:
    """The whole of a UTF-8 text file (a byte order mark at the start is dropped)."""
    path = Path(path)
    if path.is_dir():
        raise DataFileError(f"'{path.name}' is a folder, not a file: give the path of the file inside it.")
    if not path.is_file():
        raise DataFileError(if_missing or missing_message(path))
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise DataFileError(f"'{shown_name(path)}' is not UTF-8 text: save it again with the encoding UTF-8 "
                            f"(in a spreadsheet: 'CSV UTF-8').") from None


def check_columns(found: Iterable[str], columns: Iterable[str], path: Path) -> None:
    missing = [column for column in columns if column not in found]
    if missing:
        raise DataFileError(f"'{shown_name(path)}' has no column {', '.join(repr(c) for c in missing)}; "
                            f"its first line should name the columns {', '.join(columns)}.")


def read_table(path: str | Path, columns: Iterable[str] = (), numbers: Iterable[str] = (),
               if_missing: str | None = None) -> pd.DataFrame:
    """A CSV file as a DataFrame of text; `columns` must all be there; `numbers` become numbers (blank = missing).

    A DataFileError, in one sentence, for a missing file, a file that is not UTF-8 or not a table, a missing
    column, or a cell in a `numbers` column that is not a number.
    """
    path = Path(path)
    text = read_text(path, if_missing)
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as problem:
        first_line = str(problem).strip().splitlines()[0] if str(problem).strip() else "no rows"
        raise DataFileError(f"'{shown_name(path)}' cannot be read as a table ({first_line.rstrip('.')}); "
                            f"check its commas and quotation marks.") from None
    check_columns(frame.columns, [*columns, *numbers], path)
    for column in numbers:
        values = pd.to_numeric(frame[column].str.strip().replace("", None), errors="coerce")
        bad = frame.index[values.isna() & (frame[column].str.strip() != "")]
        if len(bad):
            row = bad[0]
            raise DataFileError(f"'{shown_name(path)}' line {row + 2}: the column '{column}' says "
                                f"'{frame.at[row, column]}', which is not a number.")
        frame[column] = values
    return frame


def read_rows(path: str | Path, columns: Iterable[str] = (), if_missing: str | None = None) -> list[dict[str, str]]:
    """A CSV file as a list of rows, each a dict of text keyed by the header line; `columns` must all be there."""
    path = Path(path)
    text = read_text(path, if_missing)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows = list(reader)
    check_columns(reader.fieldnames or [], columns, path)
    return rows


def read_yaml(path: str | Path, if_missing: str | None = None) -> object:
    """A YAML file as Python data (an empty file gives None)."""
    path = Path(path)
    text = read_text(path, if_missing)
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as problem:
        mark = getattr(problem, "problem_mark", None)
        place = f" near line {mark.line + 1}" if mark is not None else ""
        raise DataFileError(f"'{shown_name(path)}' is not valid YAML{place}: check the indentation and the "
                            f"quotation marks there.") from None
