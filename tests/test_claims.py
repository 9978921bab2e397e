"""The claims register, the corroboration reference and the framing lab, on the five seeds."""

import pandas as pd
import pytest

from helpers.articles import load_seeds
from helpers.claims import (
    CLAIMS_FILE, STANCES, TYPES, VERDICTS, ClaimsError, compare_with_reference, contradictions, corroboration_matrix,
    format_trace, load_claims, load_corroboration, quote_report, sentences_with, trace, verdict_table,
)
from helpers.framing import framing_spans, framing_table, load_framing

CORPUS = load_seeds()
CLAIMS = load_claims()
RAW_CLAIMS = pd.read_csv(CLAIMS_FILE, dtype=str, keep_default_na=False)


def test_at_least_thirty_claims_from_all_five_articles():
    assert len(CLAIMS) >= 30
    assert set(CLAIMS["article"]) == set(CORPUS.ids)
    assert CLAIMS["id"].is_unique


def test_every_quote_is_an_exact_substring_of_its_article():
    for row in RAW_CLAIMS.itertuples():
        assert row.quote in CORPUS[row.article].raw, f"{row.id}: quote not found word for word"
    for row in CLAIMS.itertuples():
        assert CORPUS[row.article].raw[row.start:row.end] == row.quote


def test_types_and_verdicts_use_only_the_allowed_values():
    assert set(RAW_CLAIMS["type"]) <= set(TYPES)
    assert set(RAW_CLAIMS["verdict"]) <= set(VERDICTS)
    assert set(RAW_CLAIMS["verdict"]) == set(VERDICTS)  # every verdict is used at least once


def test_every_verdict_has_reasoning_and_a_url():
    assert (RAW_CLAIMS["reasoning"].str.split().str.len() >= 8).all()
    for sources in RAW_CLAIMS["sources"]:
        assert all(url.startswith("http") for url in sources.split(" ; ")), sources


def test_hand_checked_verdicts():
    verdict = CLAIMS.set_index("id")["verdict"]
    assert verdict["E02"] == "inaccurate"   # "first ratified in 2001": signed in 2001, ratified 2001-02
    assert verdict["E07"] == "inaccurate"   # Russia was China's 10th partner in 2018, inside the top ten
    assert verdict["E06"] == "accurate"     # China has been Russia's top trading partner since 2010
    assert verdict["O04"] == "partly accurate"  # Articles 7 and 16, as summarised by Wikipedia
    assert verdict["X01"] == "partly accurate"  # "can't get anywhere else" overstates it
    assert verdict["X02"] == "contested"        # Chinese investment in Russia


def test_the_contradictions_listed_in_our_research_are_all_there():
    clashes = contradictions(CLAIMS)
    groups = clashes.groupby("conflict")["article"].apply(set).to_dict()
    assert groups == {
        "arms sales": {"essay", "explainer"},
        "military integration": {"essay", "explainer"},
        "alliance": {"essay", "oped"},
        "Crimea wording": {"essay", "fragment"},
    }
    crimea = clashes[clashes["conflict"] == "Crimea wording"]["quote"].tolist()
    assert any("secession" in q for q in crimea) and any("annexation" in q for q in crimea)


def test_verdict_table_counts_every_claim():
    table = verdict_table(CLAIMS)
    assert list(table.index) == CORPUS.ids and table.to_numpy().sum() == len(CLAIMS)
    assert table.loc["essay", "inaccurate"] == 2


def test_trace_shows_the_quote_in_context_with_its_sources():
    card = trace("O04", CLAIMS, CORPUS)
    assert "[[Articles 7 and 16 also discuss" in card["context"]
    assert "https://en.wikipedia.org/wiki/2001_Sino-Russian_Treaty_of_Friendship" in card["sources"]
    with pytest.raises(ClaimsError, match="There is no claim"):
        trace("Z99", CLAIMS, CORPUS)


@pytest.mark.parametrize("change, message", [
    (("verdict", "true"), "verdict 'true' is not allowed"),
    (("type", "fiction"), "type 'fiction' is not allowed"),
    (("quote", "words that are in no article"), "not in the article word for word"),
    (("article", "blog"), "there is no article 'blog'"),
    (("sources", ""), "sources column is empty"),
])
def test_a_bad_row_is_named_in_one_sentence(tmp_path, change, message):
    bad = RAW_CLAIMS.copy()
    bad.loc[3, change[0]] = change[1]
    path = tmp_path / "claims.csv"
    bad.to_csv(path, index=False)
    with pytest.raises(ClaimsError, match=message):
        load_claims(path)


# --- corroboration -----------------------------------------------------------------------------

CELLS = load_corroboration()


def test_corroboration_cells_are_complete_and_quoted():
    assert set(CELLS["stance"]) <= set(STANCES)
    for theme_id, articles in CELLS.groupby("theme_id")["article"]:
        assert articles.tolist() == CORPUS.ids, theme_id
    for row in CELLS.itertuples():
        if row.stance == "silent":
            assert row.evidence == ""
        else:
            assert row.evidence and row.evidence in CORPUS[row.article].raw


def test_corroboration_reference_values():
    matrix = corroboration_matrix(CELLS)
    assert matrix.shape == (11, 5) and list(matrix.columns) == CORPUS.ids
    stance = CELLS.set_index(["theme_id", "article"])["stance"]
    assert stance["arms_sales", "essay"] == "contradicts" and stance["arms_sales", "explainer"] == "supports"
    assert stance["crimea_annexation", "essay"] == "contradicts" and stance["crimea_annexation", "fragment"] == "supports"
    assert stance["alliance_possible", "oped"] == "supports" and stance["alliance_possible", "essay"] == "contradicts"
    assert (stance["extension"] == pd.Series(["supports"] * 3 + ["silent"] * 2, index=CORPUS.ids)).all()


def test_compare_with_reference():
    table = compare_with_reference({"arms_sales/essay": "contradicts", "extension/explainer": "supports",
                                    "energy/oped": ...})
    assert table["agree"].tolist() == [True, False, False]
    assert table["yours"].tolist()[-1] == "(blank)"
    with pytest.raises(ClaimsError, match="theme_id/article"):
        compare_with_reference({"arms sales": "supports"})
    blank = compare_with_reference(..., keys=["arms_sales/essay", "extension/explainer"])
    assert blank["yours"].tolist() == ["(blank)", "(blank)"] and blank["reference"].tolist() == ["contradicts", "silent"]


# --- framing -------------------------------------------------------------------------------------


def test_framing_counts_whole_words_in_the_text():
    table = framing_table(CORPUS)
    assert table.loc[("Crimea 2014", "secession"), "essay"] == 2
    assert table.loc[("Crimea 2014", "annexation"), "fragment"] == 1
    assert table.loc[("who governs", "regimes"), "summary"] == 2
    assert table.loc[("who governs", "regime"), "summary"] == 0   # "regime" does not count "regimes"
    assert table.loc[("how close", "marriage of convenience"), "essay"] == 3
    assert len(table) == len(load_framing())


def test_framing_spans_point_into_the_article():
    spans = framing_spans(CORPUS)
    for row in spans.itertuples():
        assert CORPUS[row.article].raw[row.start:row.end] == row.text
        assert row.text in row.sentence



@pytest.mark.parametrize("call, message", [
    (lambda: trace("X99", CLAIMS.iloc[0:0], CORPUS), r"The claims table is empty: use load_claims\(\)"),
    (lambda: format_trace("O05"), r"format_trace\(\) takes the card that trace\(\) returns, e\.g\. format_trace\(trace\('O05'\)\), not 'O05'\."),
    (lambda: sentences_with("essay", "customer"), r"sentences_with\(\) needs one article, e\.g\. sentences_with\(corpus\['essay'\], 'customer'\), not a str\."),
    (lambda: sentences_with(CORPUS["essay"], 5), "Give the word to look for as text in quotes, e.g. 'customer', not 5."),
    (lambda: sentences_with(CORPUS["essay"], ""), "not ''"),
    (lambda: sentences_with(CORPUS["essay"], "customer", around="1"), "around is how many sentences to add either side"),
    (lambda: sentences_with(CORPUS["essay"], "customer", around=-1), "0 or more, not -1"),
    (lambda: quote_report("oped", 'It says "the treaty"'), r"quote_report\(\) needs one article first"),
    (lambda: compare_with_reference({}, keys="arms_sales/essay"), r"Give keys as a list, e\.g\. keys=\['arms_sales/essay'\]\."),
])
def test_student_mistakes_get_one_sentence(call, message):
    with pytest.raises(ClaimsError, match=message):
        call()


@pytest.mark.parametrize("call, message", [
    (lambda: framing_table(CORPUS["essay"]), r"Give a corpus, e\.g\. load_seeds\(\), or a list of articles: for one article write \[corpus\['essay'\]\]\."),
    (lambda: framing_spans("essay"), "Give a corpus"),
    (lambda: framing_table(CORPUS, framing=pd.DataFrame()), r"framing should be the table load_framing\(\) returns"),
])
def test_framing_mistakes_get_one_sentence(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_framing_takes_a_list_of_articles():
    table = framing_table([CORPUS["essay"]])
    assert list(table.columns) == ["essay"] and table.equals(framing_table(CORPUS)[["essay"]])


def test_a_framing_row_without_a_term_is_named(tmp_path, monkeypatch):
    import sys

    framing = load_framing()
    framing.loc[len(framing)] = ["doubt words", " "] + [""] * (len(framing.columns) - 2)
    framing.to_csv(tmp_path / "framing.csv", index=False)
    monkeypatch.setattr(sys.modules["helpers.framing"], "FRAMING_FILE", tmp_path / "framing.csv")
    with pytest.raises(ValueError, match="framing.csv row 22: every row needs a group and a term with letters in it"):
        load_framing()
