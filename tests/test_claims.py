"""The claims register, the corroboration reference and the framing lab, on the five seeds."""

import pandas as pd
import pytest

from helpers.claims import (
    CLAIMS_FILE, CORROBORATION_FILE, TYPES, VERDICTS, ClaimsError, compare_with_reference, contradictions, corroboration_matrix,
    format_trace, load_claims, load_corroboration, quote_report, sentences_with, trace, verdict_table,
)
from helpers.framing import framing_spans, framing_table, load_framing

RAW_CLAIMS = pd.read_csv(CLAIMS_FILE, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def claims(seeds):
    return load_claims(corpus=seeds)


@pytest.fixture(scope="module")
def cells(seeds):
    return load_corroboration(corpus=seeds)


def test_sixty_one_claims_from_all_five_articles(claims):
    # (load_claims refuses an id used twice; here: how many claims each article gives)
    assert len(claims) == 61 and (claims["id"].iloc[0], claims["id"].iloc[-1]) == ("S01", "F08")
    assert claims["article"].value_counts().to_dict() == {"essay": 23, "oped": 12, "explainer": 10, "summary": 8,
                                                          "fragment": 8}


def test_start_and_end_point_at_each_quote_in_its_article(claims, seeds):
    # (load_claims itself refuses a quote that is not in its article: test_a_bad_row_is_named_in_one_sentence)
    for row in claims.itertuples():
        assert seeds[row.article].raw[row.start:row.end] == row.quote, row.id
    e02 = claims.set_index("id").loc["E02"]
    assert seeds["essay"].raw[e02.start - 40:e02.end].endswith("first ratified in 2001 by President Putin and Jiang Zemin")


def test_how_many_claims_of_each_type_and_verdict():
    # (load_claims refuses a type or verdict outside TYPES and VERDICTS; here: the register's real make-up)
    assert RAW_CLAIMS["type"].value_counts().to_dict() == {"fact": 44, "opinion": 12, "prediction": 3, "recommendation": 2}
    assert RAW_CLAIMS["verdict"].value_counts().to_dict() == {
        "accurate": 28, "contested": 15, "unverifiable": 9, "partly accurate": 7, "inaccurate": 2}
    assert set(RAW_CLAIMS["verdict"]) == set(VERDICTS) and set(RAW_CLAIMS["type"]) == set(TYPES)  # each is used


def test_every_verdict_has_reasoning_and_a_url():
    assert (RAW_CLAIMS["reasoning"].str.split().str.len() >= 8).all()
    for sources in RAW_CLAIMS["sources"]:
        assert all(url.startswith("http") for url in sources.split(" ; ")), sources


def test_hand_checked_verdicts(claims):
    verdict = claims.set_index("id")["verdict"]
    assert verdict["E02"] == "inaccurate"   # "first ratified in 2001": signed in 2001, ratified 2001-02
    assert verdict["E07"] == "inaccurate"   # Russia was China's 10th partner in 2018, inside the top ten
    assert verdict["E06"] == "accurate"     # China has been Russia's top trading partner since 2010
    assert verdict["O04"] == "partly accurate"  # Articles 7 and 16, as summarised by Wikipedia
    assert verdict["X01"] == "partly accurate"  # "can't get anywhere else" overstates it
    assert verdict["X02"] == "contested"        # Chinese investment in Russia


def test_the_contradictions_listed_in_our_research_are_all_there(claims):
    clashes = contradictions(claims)
    groups = clashes.groupby("conflict")["article"].apply(set).to_dict()
    assert groups == {
        "arms sales": {"essay", "explainer"},
        "military integration": {"essay", "explainer"},
        "alliance": {"essay", "oped"},
        "Crimea wording": {"essay", "fragment"},
    }
    crimea = clashes[clashes["conflict"] == "Crimea wording"]["quote"].tolist()
    assert any("secession" in q for q in crimea) and any("annexation" in q for q in crimea)


def test_verdict_table_counts_every_claim(seeds, claims):
    table = verdict_table(claims)
    assert list(table.index) == seeds.ids and table.to_numpy().sum() == len(claims)
    assert table.loc["essay", "inaccurate"] == 2


def test_trace_shows_the_quote_in_context_with_its_sources(seeds, claims):
    card = trace("O04", claims, seeds)
    assert "[[Articles 7 and 16 also discuss" in card["context"]
    assert "https://en.wikipedia.org/wiki/2001_Sino-Russian_Treaty_of_Friendship" in card["sources"]
    with pytest.raises(ClaimsError, match="There is no claim"):
        trace("Z99", claims, seeds)


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

def test_corroboration_cells_are_complete_and_a_silent_cell_quotes_nothing(cells, seeds):
    # (load_corroboration refuses a stance outside STANCES or evidence not in the article: see the test below)
    for theme_id, articles in cells.groupby("theme_id")["article"]:
        assert articles.tolist() == seeds.ids, theme_id
    assert (cells["evidence"] == "").tolist() == (cells["stance"] == "silent").tolist()
    assert cells["stance"].value_counts().to_dict() == {"supports": 29, "silent": 19, "contradicts": 7}


@pytest.mark.parametrize("change, message", [
    (("stance", "agrees"), "stance 'agrees' is not allowed; use one of supports, contradicts, silent"),
    (("evidence", "words that are in no article"), "the evidence is not in the article word for word"),
    (("evidence", ""), "the evidence is not in the article word for word"),  # a 'supports' cell needs its words
    (("article", "blog"), "there is no article 'blog'"),
])
def test_a_bad_corroboration_row_is_named_in_one_sentence(tmp_path, seeds, change, message):
    bad = pd.read_csv(CORROBORATION_FILE, dtype=str, keep_default_na=False)
    bad.loc[1, change[0]] = change[1]
    bad.to_csv(tmp_path / "corroboration.csv", index=False)
    with pytest.raises(ClaimsError, match=message):
        load_corroboration(tmp_path / "corroboration.csv", corpus=seeds)


def test_corroboration_matrix_puts_each_stance_in_its_cell(cells, seeds):
    matrix = corroboration_matrix(cells)
    assert matrix.shape == (11, 5) and list(matrix.columns) == seeds.ids
    assert matrix.index[0] == "The 2001 treaty was extended in June 2021 for five more years"
    arms = "Russian arms sales to China are large and continuing"
    assert matrix.loc[arms].tolist() == ["silent", "contradicts", "silent", "supports", "supports"]
    crimea = matrix.index[-1]
    assert crimea.startswith("Russia annexed Crimea") and matrix.loc[crimea, "essay"] == "contradicts"
    assert matrix.loc[crimea, "fragment"] == "supports"
    assert matrix.loc[matrix.index[0]].tolist() == ["supports"] * 3 + ["silent"] * 2
    for row in cells.itertuples():  # every cell of the file, and nothing else
        assert matrix.loc[row.theme, row.article] == row.stance


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


def test_framing_counts_whole_words_in_the_text(seeds):
    table = framing_table(seeds)
    assert table.loc[("Crimea 2014", "secession"), "essay"] == 2
    assert table.loc[("Crimea 2014", "annexation"), "fragment"] == 1
    assert table.loc[("who governs", "regimes"), "summary"] == 2
    assert table.loc[("who governs", "regime"), "summary"] == 0   # "regime" does not count "regimes"
    assert table.loc[("how close", "marriage of convenience"), "essay"] == 3
    assert len(table) == len(load_framing())


def test_framing_spans_point_into_the_article(seeds):
    spans = framing_spans(seeds)
    for row in spans.itertuples():
        assert seeds[row.article].raw[row.start:row.end] == row.text
        assert row.text in row.sentence



@pytest.mark.parametrize("call, message", [
    (lambda seeds, claims, cells: trace("X99", claims.iloc[0:0], seeds), r"The claims table is empty: use load_claims\(\)"),
    (lambda seeds, claims, cells: format_trace("O05"), r"format_trace\(\) takes the card that trace\(\) returns, e\.g\. format_trace\(trace\('O05'\)\), not 'O05'\."),
    (lambda seeds, claims, cells: sentences_with("essay", "customer"), r"sentences_with\(\) needs one article, e\.g\. sentences_with\(corpus\['essay'\], 'customer'\), not a str\."),
    (lambda seeds, claims, cells: sentences_with(seeds["essay"], 5), "Give the word to look for as text in quotes, e.g. 'customer', not 5."),
    (lambda seeds, claims, cells: sentences_with(seeds["essay"], ""), "not ''"),
    (lambda seeds, claims, cells: sentences_with(seeds["essay"], "customer", around="1"), "around is how many sentences to add either side"),
    (lambda seeds, claims, cells: sentences_with(seeds["essay"], "customer", around=-1), "0 or more, not -1"),
    (lambda seeds, claims, cells: quote_report("oped", 'It says "the treaty"'), r"quote_report\(\) needs one article first"),
    (lambda seeds, claims, cells: compare_with_reference({}, keys="arms_sales/essay"), r"Give keys as a list, e\.g\. keys=\['arms_sales/essay'\]\."),
])
def test_student_mistakes_get_one_sentence(call, message, seeds, claims, cells):
    with pytest.raises(ClaimsError, match=message):
        call(seeds, claims, cells)


@pytest.mark.parametrize("call, message", [
    (lambda seeds, claims, cells: framing_table(seeds["essay"]), r"Give a corpus, e\.g\. load_seeds\(\), or a list of articles: for one article write \[corpus\['essay'\]\]\."),
    (lambda seeds, claims, cells: framing_spans("essay"), "Give a corpus"),
    (lambda seeds, claims, cells: framing_table(seeds, framing=pd.DataFrame()), r"framing should be the table load_framing\(\) returns"),
])
def test_framing_mistakes_get_one_sentence(call, message, seeds, claims, cells):
    with pytest.raises(ValueError, match=message):
        call(seeds, claims, cells)


def test_framing_takes_a_list_of_articles(seeds):
    table = framing_table([seeds["essay"]])
    assert list(table.columns) == ["essay"] and table.equals(framing_table(seeds)[["essay"]])


def test_a_framing_row_without_a_term_is_named(tmp_path, monkeypatch):
    import sys

    framing = load_framing()
    framing.loc[len(framing)] = ["doubt words", " "] + [""] * (len(framing.columns) - 2)
    framing.to_csv(tmp_path / "framing.csv", index=False)
    monkeypatch.setattr(sys.modules["helpers.framing"], "FRAMING_FILE", tmp_path / "framing.csv")
    with pytest.raises(ValueError, match="framing.csv row 22: every row needs a group and a term with letters in it"):
        load_framing()
