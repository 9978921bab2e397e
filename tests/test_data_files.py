"""helpers.data_files: every data file is read in one place, and every way a file can be wrong is one sentence."""

import pandas as pd
import pytest

from helpers.data_files import DataFileError, read_rows, read_table, read_yaml
from helpers.paths import DATA_DIR


def write(folder, name, content: bytes):
    path = folder / name
    path.write_bytes(content)
    return path


def test_a_table_keeps_every_cell_as_written(tmp_path):
    path = write(tmp_path, "t.csv", b"id,code,flag,note\n1,007,yes,\n2,10,no,\"a, b\"\n")
    frame = read_table(path, columns=["id", "code"])
    assert frame["code"].tolist() == ["007", "10"]       # no number guessing: "007" stays text
    assert frame["note"].tolist() == ["", "a, b"]          # empty cell is "", quoted comma kept
    assert read_rows(path)[1] == {"id": "2", "code": "10", "flag": "no", "note": "a, b"}


def test_number_columns_become_numbers_and_blank_is_missing(tmp_path):
    path = write(tmp_path, "t.csv", b"year,value\n2020,107.8\n2021,\n")
    frame = read_table(path, numbers=["year", "value"])
    assert frame["year"].tolist() == [2020, 2021]
    assert frame.loc[0, "value"] == pytest.approx(107.8) and pd.isna(frame.loc[1, "value"])


def test_a_byte_order_mark_does_not_rename_the_first_column(tmp_path):
    path = write(tmp_path, "excel.csv", "\ufeffterm,definition\nSCO,a club\n".encode("utf-8"))
    assert read_table(path, columns=["term"]).loc[0, "term"] == "SCO"
    assert read_rows(path, columns=["term"])[0]["term"] == "SCO"


BAD_FILES = {
    "missing elsewhere": (None, "No file at 'bad.csv': check the name and the folder."),
    "not utf-8": ("term,definition\nCaf\xe9,x\n".encode("latin-1"), "'bad.csv' is not UTF-8 text"),
    "empty": (b"", "'bad.csv' cannot be read as a table"),
    "too many cells": (b"a,b\n1,2\n3,4,5\n", "'bad.csv' cannot be read as a table"),
    "missing column": (b"term,meaning\nSCO,a club\n", "'bad.csv' has no column 'definition'"),
    "not a number": (b"term,definition,year\nSCO,a club,twenty\n", "'bad.csv' line 2: the column 'year' says 'twenty'"),
}


@pytest.mark.parametrize("case", BAD_FILES, ids=list(BAD_FILES))
def test_a_bad_table_is_one_sentence_naming_the_file(tmp_path, case):
    content, expected = BAD_FILES[case]
    path = tmp_path / "bad.csv"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DataFileError) as problem:
        read_table(path, columns=["term", "definition"], numbers=["year"] if case == "not a number" else [])
    message = str(problem.value)
    assert message.startswith(expected) and "\n" not in message and str(tmp_path) not in message


def test_a_missing_pack_file_says_restore_it(tmp_path):
    with pytest.raises(DataFileError, match=r"^The data file 'nothing_here.csv' is missing from helpers/data/"):
        read_rows(DATA_DIR / "nothing_here.csv")
    with pytest.raises(DataFileError, match="^Ask your teacher"):
        read_yaml(tmp_path / "key.yaml", if_missing="Ask your teacher for the key.")


def test_yaml_is_read_and_a_broken_file_names_its_line(tmp_path):
    assert read_yaml(write(tmp_path, "ok.yaml", b"a:\n  - 1\n  - two\n")) == {"a": [1, "two"]}
    with pytest.raises(DataFileError, match=r"^'broken.yaml' is not valid YAML near line 2:"):
        read_yaml(write(tmp_path, "broken.yaml", b"a: 1\nb: x: y\nc: 2\n"))


def test_a_folder_is_not_a_file(tmp_path):
    (tmp_path / "tables.csv").mkdir()
    with pytest.raises(DataFileError, match=r"^'tables.csv' is a folder, not a file"):
        read_table(tmp_path / "tables.csv")
