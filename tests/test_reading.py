"""read(): numbered lines, headnotes and glossaries; the glossary data file; keeping answers."""

import re
from pathlib import Path

import pytest

from helpers.articles import build_article
from helpers.glossary import define, load_glossary, terms_in
from helpers.keep import kept_answer, keep_answer
from helpers.reading import ReadingError, line_of, numbered_lines, read
from helpers.tables import table

ROOT = Path(__file__).resolve().parent.parent


def test_summary_is_read_whole_with_numbered_lines_and_a_headnote():
    reading = read("summary")
    assert reading.whole and reading.total == 53 and reading.first == 1
    assert reading.lines[0].clutter == "headline left as a Markdown link"
    assert reading.head["who"] == "unknown"
    assert "2021-06-28" in reading.head["when"]
    assert reading.words == 618 and reading.minutes == 3


def test_an_excerpt_counts_only_its_lines():
    reading = read("essay", lines=(6, 12))
    assert [line.number for line in reading.lines] == list(range(6, 13))
    assert reading.lines[0].text.startswith("On June 28, 2021")
    assert ("ratification" in dict(reading.glossary))  # "ratified" on line 8 counts as the term


def test_line_of_points_to_the_quoted_words():
    assert line_of("summary", "additional five years") == 9
    with pytest.raises(ReadingError):
        line_of("summary", "words that are not there")


@pytest.mark.parametrize("bad", [(0, 3), (5, 2), "1-3", (1.5, 3), (400, 500)])
def test_bad_line_ranges_get_one_sentence(bad):
    with pytest.raises(ReadingError) as problem:
        read("oped", lines=bad)
    assert str(problem.value).count(".") >= 1 and "\n" not in str(problem.value)


def test_unknown_id_and_wrong_type_are_refused_in_one_sentence():
    with pytest.raises(ReadingError, match="no seed article"):
        read("esay")
    with pytest.raises(ReadingError, match="article id in quotes"):
        read(42)


def test_html_escapes_markup_and_dollar_signs():
    article = build_article("t", "Trade reached $108bn <b>not bold</b> & more, against $107bn.", {"title": "t"})
    html = read(article)._repr_html_()
    assert "<b>not bold</b>" not in html and "&lt;b&gt;" in html
    assert "$" not in html and "&#36;108bn" in html
    assert "mathjax_ignore" in html
    assert "$108bn" in str(read(article))  # plain text keeps the dollar sign


def test_every_seed_wraps_at_80_characters():
    for article_id in ("summary", "essay", "oped", "explainer", "fragment"):
        assert max(len(line.text) for line in numbered_lines(article_id)) <= 80


def test_glossary_rows_are_complete_and_defined_where_first_used():
    rows = load_glossary()
    assert {"rapprochement", "confidence-building", "instruments of ratification",
            "Politburo Standing Committee", "NaT"} <= set(rows["term"])
    assert rows["term"].is_unique
    sources = {p.name[:2]: p.read_text(encoding="utf-8").casefold() for p in (ROOT / "tools/notebook_src").glob("0*.py")}
    for row in rows.itertuples():
        assert row.first_used_in in {"00", "01", "02", "03", "04", "05"}, row.term
        if row.first_used_in in sources:
            assert row.term.casefold() in sources[row.first_used_in], f"{row.term} is not in notebook {row.first_used_in}"


def test_terms_in_finds_other_forms_in_order(capsys):
    found = [term for term, _ in terms_in("They ratified it after years of rapprochement.")]
    assert found == ["ratification", "rapprochement"]
    define("NaT")
    assert capsys.readouterr().out.startswith("NaT: ")


def test_keep_answer_never_overwrites(tmp_path, capsys):
    keep_answer("00.sourcing", "first version of my verdict", folder=tmp_path)
    keep_answer("00.sourcing", "second version", folder=tmp_path)
    text = (tmp_path / "00.sourcing.txt").read_text(encoding="utf-8")
    assert "first version" in text and "second version" in text
    assert kept_answer("00.sourcing", folder=tmp_path) == "second version"
    assert kept_answer("04.other", folder=tmp_path) is None
    keep_answer("00.sourcing", ..., folder=tmp_path)
    assert "Nothing kept yet" in capsys.readouterr().out


def test_table_is_left_aligned_and_escaped():
    import pandas as pd
    shown = table(pd.DataFrame({"note": ["costs $5 <i>x</i>"]}))._repr_html_()
    assert "text-align:left" in shown and "&#36;5" in shown and "<i>" not in shown
