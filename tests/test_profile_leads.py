"""Profiles as leads, not verdicts (issue 9): one function per signal, writer's voice only, scare quotes left out,
no readability for non-English text, and every figure shown beside the range of other texts."""

import math

import pandas as pd

from helpers import signal_evidence
from helpers.articles import build_article
from helpers.profiles import (REFERENCE_FILE, SIGNAL_REGISTRY, beside_references, profile_article,
                              signal_table)


def article(text, **meta):
    return build_article("t", text, {"title": "t", **meta})


def test_every_signal_is_one_registered_function_with_a_line_on_what_it_shows():
    assert list(SIGNAL_REGISTRY) == [
        "words", "byline", "date_status", "date_known", "outlet_known", "named_sources_per_1000",
        "vague_sources_per_1000", "quotations", "references", "hedges_per_1000", "boosters_per_1000", "loaded",
        "loaded_per_1000", "informal", "informal_per_1000", "flesch_reading_ease", "fk_grade", "repetition",
        "clutter_lines", "truncated"]
    table = signal_table()
    assert list(table.index) == list(SIGNAL_REGISTRY) and list(table.columns) == ["meaning", "can and cannot show"]
    assert table.loc["words"].tolist() == [
        "words of article text (headings and page clutter left out)",
        "Length only: a long text is not a better one, and a short one may be a fair summary."]
    for name, line in table["can and cannot show"].items():
        assert line.strip() and "\n" not in line, name
    # each column of a profile is its registered function's value: 16 words, one of each cue (1000 / 16 = 62.5)
    row = profile_article(article("Some experts believe the treaty may matter. It clearly does. "
                                  "Hey guys, see https://example.org (2020)."))
    assert list(row) == ["article", *SIGNAL_REGISTRY]
    assert (row["words"], row["references"], row["informal"], row["quotations"]) == (16, 2, 1, 0)
    assert row["vague_sources_per_1000"] == row["hedges_per_1000"] == row["boosters_per_1000"] == 62.5
    assert (row["byline"], row["date_status"], row["truncated"]) == (False, "unknown", False)


def test_stance_inside_a_quotation_is_not_the_writers():
    quoted = article('The talks ended. "It is certainly, clearly a regime of lies," said Olga Petrenko, an analyst.')
    row = profile_article(quoted)
    assert row["boosters_per_1000"] == 0 and row["loaded"] == 0
    own = article("The talks ended. It is certainly, clearly a regime of lies, said nobody at all.")
    assert profile_article(own)["loaded"] == 1


def test_a_scare_quoted_word_is_not_a_quotation():
    text = article('Officials call it a "partnership". "We will keep talking about trade next year," said Olga Petrenko.')
    assert profile_article(text)["quotations"] == 1
    assert signal_evidence(text, "quotations")["note"].tolist() == ["speaker: Olga Petrenko"]


def test_no_readability_for_a_text_in_another_language():
    russian = article("Президенты России и Китая продлили договор о добрососедстве на пять лет. " * 5)
    row = profile_article(russian)
    assert math.isnan(row["flesch_reading_ease"]) and math.isnan(row["fk_grade"])
    english = profile_article(article("The two presidents extended the treaty for five more years. " * 5))
    assert english["flesch_reading_ease"] > 0


def test_reference_ranges_hold_numbers_for_the_seeds_and_seven_kinds_of_text():
    references = pd.read_csv(REFERENCE_FILE)
    assert list(references.columns) == ["group", "signal", "n", "low", "median", "high", "mean"]
    assert list(references["group"].drop_duplicates()) == [
        "seeds", "wire", "state media", "think tank", "encyclopedia", "op-ed", "blog", "sensational"]
    assert (references["low"] <= references["median"]).all() and (references["median"] <= references["high"]).all()
    assert references.select_dtypes("object").columns.tolist() == ["group", "signal"]  # numbers only, no gold text


def test_sourcing_signals_do_not_put_sensational_texts_above_wire_and_think_tanks():
    means = pd.read_csv(REFERENCE_FILE).pivot(index="signal", columns="group", values="mean")
    for signal in ("named_sources_per_1000", "quotations", "references"):
        assert means.loc[signal, "sensational"] <= min(means.loc[signal, "wire"], means.loc[signal, "think tank"])
    assert means.loc["vague_sources_per_1000", "sensational"] >= means.loc["vague_sources_per_1000", "wire"]


def test_a_new_article_is_shown_beside_the_ranges():
    table = beside_references(article("Hey guys, buckle up! Some experts say a war is coming. " * 3))
    assert table.columns[0] == "this article" and "sensational" in table.columns and "seeds" in table.columns
    assert table.loc["informal", "this article"] != "0"
    assert table.loc["words", "seeds"].count("-") == 1 and "(" in table.loc["words", "seeds"]
