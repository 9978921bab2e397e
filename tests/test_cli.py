"""`python -m helpers`: list, show, check, profile, suggest; every bad input is one line on stderr and exit status 2.

The commands are run in-process through helpers.cli.main (it returns the exit status); two smoke tests at the end
run `python -m helpers` as a real subprocess, end to end.
"""

import json
import subprocess
import sys

import pytest

from helpers.cli import EXIT_PROBLEM, main

GOOD = "title: A test article\nauthor: Sam Student\npublished: 2024-05-01\n\nThe treaty was extended. It will last"


def run(capsys, *args):
    """main(args) in-process: (exit status, stdout, stderr)."""
    status = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return status, out, err


def one_error_line(err: str) -> str:
    """The single `error: ...` line on stderr (asserting there is exactly one)."""
    assert err.startswith("error: ") and err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err[len("error: "):-1]


def test_list_shows_the_five_seeds_with_their_figures(tmp_path, capsys):
    status, out, err = run(capsys, "--folder", tmp_path, "list")
    assert status == 0 and err == ""
    rows = {line.split()[0]: line.split() for line in out.splitlines()[2:]}
    assert list(rows) == ["summary", "essay", "oped", "explainer", "fragment"]
    assert rows["essay"][-2:] == ["3622", "False"] and rows["fragment"][-2:] == ["410", "True"]
    assert "Carter Boone" in out.splitlines()[3] and "2021-07-15" in out.splitlines()[3]


def test_show_prints_metadata_and_clean_text(tmp_path, capsys):
    status, out, err = run(capsys, "--folder", tmp_path, "show", "essay")
    assert status == 0 and err == ""
    assert out.startswith("essay: Extending the Russia-China Friendship Treaty")
    assert "  author:       Carter Boone\n" in out and "  clutter:      15 line(s)\n" in out
    assert "    - photo credit: 'REUTERS/Tingshu Wang'\n" in out      # listed as clutter...
    body = out.split("  truncated:")[1]
    assert "REUTERS/Tingshu Wang" not in body.split("\n", 3)[3]      # ...and left out of the text below


def test_show_json_has_the_body(tmp_path, capsys):
    status, out, _ = run(capsys, "--folder", tmp_path, "show", "--json", "fragment")
    report = json.loads(out)
    assert status == 0 and report["id"] == "fragment" and report["words"] == 410
    assert report["truncation"]["text"] == "Similarly, in" and report["body"].rstrip().endswith("Similarly, in")


def test_show_unknown_id(tmp_path, capsys):
    status, out, err = run(capsys, "--folder", tmp_path, "show", "nonsense")
    assert status == EXIT_PROBLEM == 2 and out == ""
    assert one_error_line(err) == "There is no article 'nonsense'; the ids are summary, essay, oped, explainer, fragment."


def test_check_good_file_prints_what_it_derived(tmp_path, capsys):
    (tmp_path / "new.txt").write_text(GOOD, encoding="utf-8")
    status, out, err = run(capsys, "--folder", tmp_path, "check", tmp_path / "new.txt")
    assert status == 0, err
    assert out.startswith("new: A test article\n  author:       Sam Student\n")
    assert "  words:        7\n" in out and "  sentences:    2 in 1 paragraphs\n" in out
    assert "  truncated:    yes, it stops at 'It will last'\n" in out
    assert out.endswith("OK: this file is ready to use.\n")


def test_check_json(tmp_path, capsys):
    (tmp_path / "new.txt").write_text(GOOD, encoding="utf-8")
    status, out, _ = run(capsys, "--folder", tmp_path, "check", "--json", tmp_path / "new.txt")
    report = json.loads(out)
    assert status == 0
    assert report["words"] == 7 and report["sentences"] == 2 and report["truncated"] is True
    assert report["meta"]["published"] == "2024-05-01" and report["language"] == "en"


def test_check_bad_input_is_one_line_and_exit_2(bad_article, capsys):
    """Every case of tests/bad_articles.py (the table test_articles.py runs through the loader and the corpus)."""
    status, out, err = run(capsys, "--folder", bad_article.folder, "check", bad_article.path)
    assert status == 2 and out == ""
    message = one_error_line(err)
    assert bad_article.expected in message and "bad.txt" in message


def test_check_path_escaping_the_folder(tmp_path, capsys):
    folder = tmp_path / "my_articles"
    folder.mkdir()
    (tmp_path / "outside.txt").write_text(GOOD, encoding="utf-8")
    status, _, err = run(capsys, "--folder", folder, "check", folder / ".." / "outside.txt")
    assert status == 2 and "is outside the articles folder 'my_articles'" in one_error_line(err)


def test_duplicate_id_is_reported_by_list(tmp_path, capsys):
    (tmp_path / "essay.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "fine.txt").write_text(GOOD, encoding="utf-8")
    status, out, err = run(capsys, "--folder", tmp_path, "list")
    assert status == 2
    assert [line.split()[0] for line in out.splitlines()[2:]] == ["summary", "essay", "oped", "explainer", "fragment",
                                                                  "fine"]
    assert err == ("Not loaded: 'essay.txt': the id 'essay' is already taken by another article; rename the file.\n")


def test_check_duplicate_id(tmp_path, capsys):
    (tmp_path / "essay.txt").write_text(GOOD, encoding="utf-8")
    status, _, err = run(capsys, "--folder", tmp_path, "check", tmp_path / "essay.txt")
    assert status == 2
    assert one_error_line(err) == ("'essay.txt' gets the id 'essay', already used by the seed article "
                                   "001_243d04be1667a563.txt: rename the file.")
    (tmp_path / "This Week.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "this-week.txt").write_text(GOOD, encoding="utf-8")
    status, _, err = run(capsys, "--folder", tmp_path, "check", tmp_path / "this-week.txt")
    assert status == 2 and one_error_line(err).endswith("already used by This Week.txt: rename the file.")


@pytest.mark.parametrize("command", ["check", "profile", "suggest"])
def test_a_missing_file_outside_the_folder_is_reported_as_missing(tmp_path, monkeypatch, capsys, command):
    folder = tmp_path / "my_articles"
    folder.mkdir()
    monkeypatch.chdir(tmp_path)
    status, _, err = run(capsys, "--folder", folder, command, "mine.txt")
    assert status == 2
    assert one_error_line(err) == ("No file at 'mine.txt': give the path from the folder you run the command in, "
                                   "e.g. my_articles/mine.txt.")


@pytest.mark.parametrize("body, language", [
    ("Министры встретились в Москве и обсудили торговлю. Переговоры шли весь день.", "Russian"),
    ("两国外长在北京举行会谈。双方同意继续加强合作。", "Chinese"),
])
def test_check_warns_in_one_line_about_a_text_not_in_english(tmp_path, capsys, body, language):
    (tmp_path / "foreign.txt").write_text(f"title: A report\n\n{body}\n", encoding="utf-8")
    status, out, err = run(capsys, "--folder", tmp_path, "check", tmp_path / "foreign.txt")
    assert status == 0, err
    warnings = [line for line in out.splitlines() if line.startswith("Warning:")]
    assert len(warnings) == 1 and f"mostly in {language}, not English" in warnings[0]
    assert "readability is not computed" in warnings[0]
    assert "ready to use" not in out and out.endswith("read the warning above before you use its figures.\n")


def test_check_reads_a_byte_order_mark_and_a_worded_date(tmp_path, capsys):
    (tmp_path / "win.txt").write_bytes(b"\xef\xbb\xbf" + "title: A test\npublished: June 28, 2021\n\nThe treaty was extended.\n".encode())
    status, out, err = run(capsys, "--folder", tmp_path, "check", tmp_path / "win.txt")
    assert status == 0, err
    assert out.startswith("win: A test\n") and "published:    2021-06-28" in out and "ready to use" in out


# --- profile and suggest ---------------------------------------------------------------------------------------


def test_profile_of_a_seed(tmp_path, capsys):
    status, out, err = run(capsys, "--folder", tmp_path, "profile", "fragment")
    assert status == 0, err
    assert out.startswith("fragment: unknown (no title in the text)\n")
    assert "truncated: True" in out and "'Similarly, in'" in out
    assert "Premier Li Keqiang" in out


def test_profile_json_of_a_new_file(tmp_path, capsys):
    path = tmp_path / "week.txt"
    path.write_text("title: This week\nauthor: Jo Teacher\npublished: 2024-09-01\n\n"
                    "Russia and China may extend the treaty. Analysts say it matters.", encoding="utf-8")
    status, out, err = run(capsys, "--folder", tmp_path, "profile", "--json", path)
    assert status == 0, err
    report = json.loads(out)
    assert report["id"] == "week" and report["signals"]["byline"]["value"] is True
    assert report["signals"]["words"]["value"] == 11
    assert report["signals"]["hedges_per_1000"]["spans"][0]["text"] == "may"


def test_profile_of_an_unknown_id_is_one_line(tmp_path, capsys):
    status, _, err = run(capsys, "--folder", tmp_path, "profile", "nonsense")
    assert status == 2
    assert one_error_line(err).startswith("There is no article 'nonsense'; the ids are summary, essay, oped, ")


SUGGEST_TEXT = ("title: A visit\n\nMOSCOW - Vladimir Putin met Ingrid Halvorsen of the Tromso Polar Institute on Monday. "
                "The Institute hopes to study ice. Halvorsen said the talks went well. Whether this helps is unclear.\n")


def test_suggest_and_a_broken_lexicon(tmp_path, capsys):
    path = tmp_path / "visit.txt"
    path.write_text(SUGGEST_TEXT, encoding="utf-8")
    status, out, err = run(capsys, "--folder", tmp_path, "suggest", path)
    assert status == 0 and err == ""
    assert out.startswith("visit: 3 name(s) no word list covers")
    assert "Ingrid Halvorsen" in out and "Tromso Polar Institute" in out and "Vladimir Putin" not in out
    assert f"add a row to {tmp_path.name}/lexicon.csv" in out
    status, out, _ = run(capsys, "--folder", tmp_path, "suggest", "--csv", path)
    assert out.splitlines() == ["layer,label,term,canonical", "entities,person,Ingrid Halvorsen,Ingrid Halvorsen",
                                "entities,organisation,Tromso Polar Institute,Tromso Polar Institute",
                                "entities,organisation,Institute,Institute"]
    (tmp_path / "lexicon.csv").write_text("layer,label,term\nstance,loaded\n", encoding="utf-8")
    status, out, err = run(capsys, "--folder", tmp_path, "suggest", path)
    assert status == 2 and out == "" and "lexicon.csv" in one_error_line(err)


# --- two smoke tests: the real command, end to end ------------------------------------------------------------


def python_m_helpers(*args):
    return subprocess.run([sys.executable, "-m", "helpers", *map(str, args)], capture_output=True, text=True)


def test_smoke_python_m_helpers_list(tmp_path):
    result = python_m_helpers("--folder", tmp_path, "list")
    assert result.returncode == 0 and result.stderr == ""
    assert [line.split()[0] for line in result.stdout.splitlines()[2:]] == ["summary", "essay", "oped", "explainer",
                                                                            "fragment"]


def test_smoke_python_m_helpers_bad_input_exits_2_with_one_line(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = python_m_helpers("--folder", tmp_path, "check", tmp_path / "empty.txt")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == ("error: 'empty.txt' is empty: write a header (title: ...), a blank line, then the "
                             "article text.\n")
