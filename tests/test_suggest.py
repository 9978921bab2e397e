"""suggest: names no word list covers; the teacher's lexicon beside their articles (my_articles/lexicon.csv)."""

import subprocess
import sys

import pytest

from helpers import annotate
from helpers.articles import build_article
from helpers.lexicon import LexiconError
from helpers import suggest as suggest_module
from helpers.suggest import load_user_lexicon, suggest_terms

TEXT = ("title: A visit\n\nMOSCOW - Vladimir Putin met Ingrid Halvorsen of the Tromso Polar Institute on Monday. "
        "The Institute hopes to study ice. Halvorsen said the talks went well. Whether this helps is unclear.\n")


def article():
    return build_article("visit", TEXT, {"title": "A visit"}, text_start=TEXT.index("MOSCOW"))


def test_names_no_row_covers_are_suggested():
    table = suggest_terms(article())
    assert {"Ingrid Halvorsen", "Tromso Polar Institute"} <= set(table.text)
    assert "Vladimir Putin" not in set(table.text)              # already in the pack's lexicon
    assert not {"Monday", "The", "Whether", "The Institute"} & set(table.text)
    assert table.set_index("text").loc["Tromso Polar Institute", "guess"] == "organisation"


def test_a_users_lexicon_is_read_by_annotate(tmp_path, monkeypatch):
    (tmp_path / "lexicon.csv").write_text("layer,label,term,canonical\n"
                                          "entities,organisation,Tromso Polar Institute,Tromso Polar Institute\n",
                                          encoding="utf-8")
    monkeypatch.setattr(suggest_module, "USER_ARTICLES_DIR", tmp_path)
    rows = annotate(article(), layers=["entities"])
    assert "Tromso Polar Institute" in set(rows.canonical)
    assert "Tromso Polar Institute" not in set(suggest_terms(article(), load_user_lexicon()).text)


@pytest.mark.parametrize("content, message", [
    ("layer,label,term\nentity,person,Ingrid Halvorsen\n", "lexicon.csv row 1 ('Ingrid Halvorsen'): layer 'entity'"),
    ("layer,label\nentities,person\n", "missing the column(s) term"),
    ("layer,label,term\nentities,,Ingrid Halvorsen\n", "has no label"),
])
def test_a_broken_user_lexicon_is_one_sentence(tmp_path, content, message):
    (tmp_path / "lexicon.csv").write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_user_lexicon(tmp_path)


def test_cli_suggest_and_its_errors(tmp_path):
    path = tmp_path / "visit.txt"
    path.write_text(TEXT, encoding="utf-8")
    run = [sys.executable, "-m", "helpers", "--folder", str(tmp_path), "suggest", str(path)]
    result = subprocess.run(run, capture_output=True, text=True)
    assert result.returncode == 0 and "Ingrid Halvorsen" in result.stdout and "lexicon.csv" in result.stdout
    (tmp_path / "lexicon.csv").write_text("layer,label,term\nstance,loaded\n", encoding="utf-8")
    broken = subprocess.run(run, capture_output=True, text=True)
    assert broken.returncode == 2 and broken.stderr.count("\n") == 1 and "lexicon.csv" in broken.stderr
