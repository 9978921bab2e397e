"""`python -m helpers`: list, show, check; every bad input is one line on stderr and exit status 2."""

import json
import subprocess
import sys

import pytest

GOOD = "title: A test article\nauthor: Sam Student\npublished: 2024-05-01\n\nThe treaty was extended. It will last"


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "helpers", *args], capture_output=True, text=True, cwd=cwd)


def test_list_shows_the_five_seeds(tmp_path):
    result = run("--folder", str(tmp_path), "list")
    assert result.returncode == 0
    for article_id in ("summary", "essay", "oped", "explainer", "fragment"):
        assert article_id in result.stdout


def test_show_prints_metadata_and_clean_text(tmp_path):
    result = run("--folder", str(tmp_path), "show", "essay")
    assert result.returncode == 0
    assert "Carter Boone" in result.stdout and "REUTERS/Tingshu Wang" in result.stdout  # listed as clutter
    assert "Share this article'" in result.stdout


def test_show_unknown_id(tmp_path):
    result = run("--folder", str(tmp_path), "show", "nonsense")
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "the ids are" in result.stderr


def test_check_good_file_prints_what_it_derived(tmp_path):
    (tmp_path / "new.txt").write_text(GOOD, encoding="utf-8")
    result = run("--folder", str(tmp_path), "check", str(tmp_path / "new.txt"))
    assert result.returncode == 0, result.stderr
    assert "Sam Student" in result.stdout and "truncated:    yes" in result.stdout


def test_check_json(tmp_path):
    (tmp_path / "new.txt").write_text(GOOD, encoding="utf-8")
    result = run("--folder", str(tmp_path), "check", "--json", str(tmp_path / "new.txt"))
    report = json.loads(result.stdout)
    assert report["words"] == 7 and report["sentences"] == 2 and report["truncated"] is True
    assert report["meta"]["published"] == "2024-05-01"


BAD = {
    "missing": (None, "No file at"),
    "empty": (b"", "is empty"),
    "latin1": ("title: x\n\nCaf\xe9".encode("latin-1"), "not UTF-8"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
    "unknown key": (b"title: x\nsource: y\n\nText.", "unknown header key"),
    "no title": (b"author: y\n\nText.", "no 'title:' line"),
    "bad date": (b"title: x\npublished: yesterday\n\nText.", "is not a date"),
    "too big": (b"title: x\n\n" + b"word " * 500_000, "2 MB"),
}


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_check_bad_input_is_one_line_and_exit_2(tmp_path, case):
    content, expected = BAD[case]
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    result = run("--folder", str(tmp_path), "check", str(path))
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    assert expected in result.stderr and "Traceback" not in result.stderr


def test_check_path_escaping_the_folder(tmp_path):
    folder = tmp_path / "my_articles"
    folder.mkdir()
    (tmp_path / "outside.txt").write_text(GOOD, encoding="utf-8")
    result = run("--folder", str(folder), "check", str(folder / ".." / "outside.txt"))
    assert result.returncode == 2 and "outside the articles folder" in result.stderr


def test_duplicate_id_is_reported_by_list(tmp_path):
    (tmp_path / "essay.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "fine.txt").write_text(GOOD, encoding="utf-8")
    result = run("--folder", str(tmp_path), "list")
    assert result.returncode == 2
    assert "fine" in result.stdout
    assert "already taken" in result.stderr and "Traceback" not in result.stderr


def test_check_duplicate_id(tmp_path):
    (tmp_path / "essay.txt").write_text(GOOD, encoding="utf-8")
    result = run("--folder", str(tmp_path), "check", str(tmp_path / "essay.txt"))
    assert result.returncode == 2 and "already used by the seed article" in result.stderr
    (tmp_path / "This Week.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "this-week.txt").write_text(GOOD, encoding="utf-8")
    result = run("--folder", str(tmp_path), "check", str(tmp_path / "this-week.txt"))
    assert result.returncode == 2 and "already used by This Week.txt" in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_missing_file_outside_the_folder_is_reported_as_missing(tmp_path):
    folder = tmp_path / "my_articles"
    folder.mkdir()
    for command in ("check", "profile"):
        result = run("--folder", str(folder), command, "mine.txt", cwd=tmp_path)
        assert result.returncode == 2 and result.stderr.count("\n") == 1
        assert result.stderr == ("error: No file at 'mine.txt': give the path from the folder you run the command in, "
                                 "e.g. my_articles/mine.txt.\n")


@pytest.mark.parametrize("body, language", [
    ("Министры встретились в Москве и обсудили торговлю. Переговоры шли весь день.", "Russian"),
    ("两国外长在北京举行会谈。双方同意继续加强合作。", "Chinese"),
])
def test_check_warns_in_one_line_about_a_text_not_in_english(tmp_path, body, language):
    (tmp_path / "foreign.txt").write_text(f"title: A report\n\n{body}\n", encoding="utf-8")
    result = run("--folder", str(tmp_path), "check", str(tmp_path / "foreign.txt"))
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stdout.splitlines() if line.startswith("Warning:")]
    assert len(warnings) == 1 and f"mostly in {language}, not English" in warnings[0]
    assert "readability is not computed" in warnings[0]
    assert "ready to use" not in result.stdout


def test_check_reads_a_byte_order_mark_and_a_worded_date(tmp_path):
    (tmp_path / "win.txt").write_bytes(b"\xef\xbb\xbf" + "title: A test\npublished: June 28, 2021\n\nThe treaty was extended.\n".encode())
    result = run("--folder", str(tmp_path), "check", str(tmp_path / "win.txt"))
    assert result.returncode == 0, result.stderr
    assert "published:    2021-06-28" in result.stdout and "ready to use" in result.stdout
