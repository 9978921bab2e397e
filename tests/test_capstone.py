"""The capstone: choosing an article, finding other sources, the rubric and example memos, and notebook 05 run
end to end on every practice article, a seed and a bare added article (one kernel, to spare the CPU)."""

import re
from pathlib import Path

import jupytext
import nbformat
import pytest
from nbclient import NotebookClient

from helpers.capstone import (LEVELS, CapstoneError, choose_article, clue_table, domain, find_in_pack, signal_words, known_by_then,
                              load_capstone_rubric, load_example_memos, memo_levels, rubric_table, rubric_text, show_memo,
                              timeline_around)
from helpers.dating import date_article
from helpers.practice import practice_ids

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tools" / "notebook_src" / "05_capstone.py"
CRITERIA = ["sourcing and lateral reading", "context", "claim checking", "corroboration and framing",
            "argument and use of evidence"]
BARE = "title: A short note with no date\n\nRussia and China signed a treaty. Some experts say it matters.\n"


# --- choosing the article -----------------------------------------------------------------------------

def test_choose_article_takes_practice_and_seed_ids():
    assert choose_article("wire-xi-moscow").title.startswith("Putin says China's peace plan")
    assert choose_article(" Essay ").id == "essay"


def test_choose_article_takes_a_path(tmp_path):
    path = tmp_path / "bare-note.txt"
    path.write_text(BARE, encoding="utf-8")
    assert choose_article(str(path)).id == "bare-note"


@pytest.mark.parametrize("name,message", [
    ("nope", "There is no article 'nope'; choose one of blog-chinese-cars"),
    ("", "Give the article's id as text in quotes"),
    (42, "Give the article's id as text in quotes"),
    ("my_articles/missing.txt", "No file at 'my_articles/missing.txt'"),
])
def test_choose_article_explains_a_bad_name_in_one_sentence(name, message):
    with pytest.raises(CapstoneError, match=re.escape(message)):
        choose_article(name)


def test_choose_article_reports_a_broken_file(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_text("no header here\n\ntext\n", encoding="utf-8")
    with pytest.raises(CapstoneError, match="has no header"):
        choose_article(str(path))


# --- other sources and what the writer could know ------------------------------------------------------

def test_find_in_pack_finds_other_articles_and_pack_data_but_not_the_article_itself():
    wire = choose_article("wire-xi-moscow")
    found = find_in_pack("abstain", exclude=wire)
    assert "wire-xi-moscow" not in set(found.source)
    assert {"essay", "oped-allies-in-all-but-name", "timeline"} <= set(found.source)
    timeline_rows = found[found.source == "timeline"].set_index("location").text
    assert timeline_rows["event un_abstention (securitycouncilreport.org)"].startswith("25 Feb 2022")
    trade = find_in_pack("trade", exclude=wire)
    assert any(text.startswith("2022: $190.27bn. Up 29.3%") for text in trade.text)


@pytest.mark.parametrize("word,exclude", [("ab", None), (None, None), ("trade", "wire-xi-moscow")])
def test_find_in_pack_bad_input(word, exclude):
    with pytest.raises(CapstoneError):
        find_in_pack(word, exclude=exclude)


def test_known_by_then_uses_the_printed_date(capsys):
    wire = choose_article("wire-xi-moscow")
    table = known_by_then(wire, date_article(wire))
    assert "Anchored on 2023-03-21, the date printed in its header." in capsys.readouterr().out
    assert table.loc["20–22 Mar 2023", "could the writer know?"] == "yes"
    assert table.loc["4 Feb 2022", "event"] == "'No limits' statement"


def test_known_by_then_uses_the_clues_of_an_undated_text(capsys):
    brief = choose_article("brief-power-of-siberia-2")
    known_by_then(brief, date_article(brief))
    assert "Anchored on 2023-11-01, the earliest day its likely clues allow." in capsys.readouterr().out


def test_known_by_then_with_no_date_at_all(tmp_path, capsys):
    path = tmp_path / "bare.txt"
    path.write_text(BARE, encoding="utf-8")
    bare = choose_article(str(path))
    assert known_by_then(bare, date_article(bare)).empty
    assert "No date to anchor on" in capsys.readouterr().out


def test_clue_table_shows_days_and_blanks_not_nat():
    table = clue_table(date_article(choose_article("blog-chinese-cars")))
    row = table[table.clue == "invasion of Ukraine"].iloc[0]
    assert (row["not before"], row["not after"], row.strength) == ("1 Jan 2014", "", "weak")  # since 2014 (corrections.md)
    assert "NaT" not in table.to_string()


def test_signal_words_lists_the_words_behind_each_signal():
    words = signal_words(choose_article("statemedia-trade-record"), ["loaded", "informal"])
    assert "so-called" in set(words.loc[["loaded"], "text"])
    assert words.loc["informal", "note"] == "nothing found in this text"


def test_domain_is_a_short_label():
    assert domain("https://www.reuters.com/article/x ; http://tass.com/y") == "reuters.com"
    assert domain("") == "no source given"


def test_timeline_around_says_later_events_could_not_be_known():
    table = timeline_around("2022-02-10", months=1)
    assert table.loc["24 Feb 2022", "could the writer know?"] == "no: later"
    with pytest.raises(CapstoneError, match="YYYY-MM-DD"):
        timeline_around("last week")


# --- the rubric and the example memos -------------------------------------------------------------------

def test_rubric_has_five_criteria_at_four_levels():
    rubric = load_capstone_rubric()
    assert list(rubric.criterion) == CRITERIA
    assert list(rubric.columns[2:]) == list(LEVELS) == ["beginning", "developing", "secure", "excellent"]
    assert rubric_table().shape == (5, 5)
    assert rubric_text().count("excellent:") == 5


def test_example_memos_quote_the_article_exactly_and_are_marked_on_every_criterion():
    memos = load_example_memos()
    wire = choose_article("wire-xi-moscow").raw
    strong, weak = memos["strong"], memos["weak"]
    assert 250 <= len(strong["memo"].split()) <= 400
    assert len(weak["memo"].split()) < 250
    for memo in (strong, weak):
        assert memo["article"] == "wire-xi-moscow"
        assert list(memo["levels"]) == CRITERIA
        for quote in re.findall(r'"([^"]+)"', memo["memo"]):
            assert quote in wire, quote
        for note in memo["notes"]:
            assert note["words"] in memo["memo"] and note["criterion"] in CRITERIA
    rank = {level: i for i, level in enumerate(LEVELS)}
    levels = memo_levels()
    assert all(rank[s] > rank[w] for s, w in zip(levels.strong, levels.weak))


def test_show_memo(capsys):
    show_memo("weak")
    out = capsys.readouterr().out
    assert out.startswith("Example memo (weak, 90 words) on wire-xi-moscow:")
    assert "Marker's notes:" in out
    with pytest.raises(CapstoneError, match="choose strong or weak"):
        show_memo("medium")


# --- notebook 05 end to end on other articles -------------------------------------------------------------

def test_notebook_source_has_one_article_variable():
    source = SOURCE.read_text(encoding="utf-8")
    assert source.count('ARTICLE = "wire-xi-moscow"') == 1


def test_capstone_runs_end_to_end_on_every_practice_article_a_seed_and_an_added_file(tmp_path):
    """One kernel: the set-up cells once, then every cell after the article choice, once per article."""
    bare = tmp_path / "bare-note.txt"
    bare.write_text(BARE, encoding="utf-8")
    choices = practice_ids() + ["fragment", str(bare)]
    notebook = jupytext.read(SOURCE, fmt="py:percent")
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    pick = next(i for i, cell in enumerate(code) if cell.source.startswith("ARTICLE ="))
    after = [cell for cell in code[pick + 1:] if "helpers.export" not in cell.source]
    cells = [nbformat.v4.new_code_cell(cell.source) for cell in code[:pick]]
    for choice in choices:
        cells.append(nbformat.v4.new_code_cell(f'print("=== {Path(choice).stem}")\nARTICLE = {choice!r}\n'
                                               "article = choose_article(ARTICLE)"))
        cells += [nbformat.v4.new_code_cell(cell.source) for cell in after]
    run = nbformat.v4.new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "language": "python",
                                                                          "display_name": "Python 3"}})
    NotebookClient(run, timeout=60, kernel_name="python3",
                   resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    text = "\n".join(output.get("text", "") + str(output.get("data", {}).get("text/plain", ""))
                     for cell in run.cells for output in cell.get("outputs", []))
    assert not any(output.output_type == "error" or output.get("name") == "stderr"
                   for cell in run.cells for output in cell.get("outputs", []))
    blocks = text.split("=== ")[1:]
    assert [block.splitlines()[0] for block in blocks] == [Path(c).stem for c in choices]
    for block in blocks:
        assert block.count("○ not attempted yet") == 8, block.splitlines()[0]
    assert "No date to anchor on" in blocks[-1]
    assert "Anchored on 2024-01-12" in blocks[choices.index("statemedia-trade-record")]


def test_a_finished_capstone_exports_every_answer_for_the_teacher(tmp_path, capsys):
    """Answer every 05 exercise with its reference answer, then export: the page holds all eight, memo in full."""
    from helpers.exercises import all_exercises, check
    from helpers.export import export_answers

    article = choose_article("wire-xi-moscow")
    exercises = {key: ex for key, ex in all_exercises().items() if key.startswith("05.")}
    assert len(exercises) == 8 and {ex.kind for ex in exercises.values()} == {"text"}
    for key, exercise in exercises.items():
        namespace = {}
        exec(exercise.solution, namespace)
        check(key, namespace[exercise.answer_name], article=article)
    assert "✓" not in capsys.readouterr().out  # written answers are never ticked
    path = export_answers(name="Test Student", notebook="05", folder=tmp_path, when="2026-01-01")
    page = path.read_text(encoding="utf-8")
    assert all(key in page for key in exercises)
    assert "China voted against it alongside Russia" in page and "Warnings for the briefing" in page
