"""The date detective on the five seeds (expected bounds from seeds.md) and on synthetic articles."""

import pandas as pd
import pytest

from helpers import load_seeds
from helpers.articles import build_article
from helpers.dating import (STRENGTHS, DatingError, date_article, date_corpus, dating_evidence, evidence_spans,
                            load_dating_cues, load_office_holders)

T = pd.Timestamp


@pytest.fixture(scope="module")
def results(seeds):
    return {article.id: date_article(article) for article in seeds}


def synthetic(text: str, **meta):
    return build_article("test", text, {"title": "test", **meta})


def rows(evidence, kind):
    return evidence[evidence.kind == kind]


# --- the five seeds ---------------------------------------------------------------------


def test_summary_this_week_and_the_extension(results):
    result = results["summary"]
    assert result.earliest == T("2021-06-28") and result.latest is None
    assert (result.likely_earliest, result.likely_latest) == (T("2021-06-28"), T("2021-07-05"))
    this_week = rows(result.evidence, "relative expression").iloc[0]
    assert (this_week.text, this_week.start, this_week.latest) == ("This week", 73, T("2021-07-05"))
    events = rows(result.evidence, "named event")
    assert "renewed their friendship and cooperation treaty" in list(events.text)
    assert result.verdict == "Written on or after 28 Jun 2021; most consistent with 28 Jun 2021 to 5 Jul 2021."


def test_essay_has_a_printed_date(results):
    result = results["essay"]
    assert result.earliest == result.latest == T("2021-07-15")
    printed = rows(result.evidence, "printed date").iloc[0]
    assert (printed.text, printed.start, printed.end) == ("July 15, 2021", 160, 173)
    assert result.verdict == "Dated: 15 Jul 2021."
    jiang = rows(result.evidence, "office-holder (past)").iloc[0]
    assert jiang.text == "Jiang Zemin, the then President" and pd.isna(jiang.earliest)


def test_oped_after_the_invasion(results):
    result = results["oped"]
    assert result.earliest == T("2022-02-24") and result.latest is None
    war = rows(result.evidence, "named event").set_index("text").loc["Russia-Ukraine conflict"]
    assert war.start == 4206 and war.strength == "firm"
    assert "no upper bound" in result.verdict


def test_fragment_premier_and_the_war(results):
    result = results["fragment"]
    assert (result.earliest, result.latest) == (T("2022-02-24"), T("2023-03-11"))
    assert result.likely_latest == T("2022-10-22")
    offices = rows(result.evidence, "office-holder").set_index("text")
    premier = offices.loc["Premier Li Keqiang"]
    assert (premier.start, premier.end, premier.strength) == (531, 549, "firm")
    number_two = offices.loc["second-highest-ranking official, Premier Li Keqiang"]
    assert (number_two.latest, number_two.strength) == (T("2022-10-22"), "likely")
    assert set(rows(result.evidence, "named event").text) >= {"Ukraine conflict", "Ukrainian war"}
    assert result.verdict == ("Written between 24 Feb 2022 and 11 Mar 2023; "
                              "most consistent with 24 Feb 2022 to 22 Oct 2022.")


def test_explainer_cannot_be_dated(results):
    result = results["explainer"]
    assert result.earliest is None and result.latest is None and result.likely_earliest is None
    assert result.weak_earliest == T("2019-12-02")
    assert list(rows(result.evidence, "named event").text) == ["Power of Siberia", "Power of Siberia"]
    assert result.verdict.startswith("Cannot be dated from its text")


def test_every_clue_points_into_the_raw_text(seeds, results):
    for article_id, result in results.items():
        evidence = result.evidence
        assert set(evidence.strength) <= set(STRENGTHS)
        for clue in evidence[evidence.start.notna()].itertuples():
            assert seeds[article_id].raw[clue.start:clue.end] == clue.text


def test_bounds_agree_with_the_catalog(seeds):
    table = date_corpus(seeds)
    for article in seeds:
        meta, row = article.meta, table.loc[article.id]
        if meta["date_status"] in ("stated", "estimated"):
            assert row.likely_earliest == T(meta["earliest"])
    assert table.loc["fragment", "likely_latest"] == T(load_seeds()["fragment"].meta["latest"])


# --- synthetic articles ----------------------------------------------------------------------


def test_a_new_premier_and_a_former_one():
    article = synthetic("Li Qiang, China's premier, met Putin. Former Premier Li Keqiang was not there. "
                        "They discussed the war in Ukraine.")
    result = date_article(article)
    assert result.earliest == T("2023-03-11") and result.latest is None
    past = rows(result.evidence, "office-holder (past)")
    assert list(past.text) == ["Premier Li Keqiang"] and past.earliest.isna().all()


def test_this_week_counts_from_an_event_in_the_same_sentence():
    result = date_article(synthetic("This week the two leaders renewed their friendship and cooperation treaty. "
                                    "Today is a good day."))
    assert result.likely_latest == T("2021-07-05")
    today = rows(result.evidence, "relative expression").set_index("text").loc["Today"]
    assert pd.isna(today.latest)  # nothing dated in its sentence


def test_conflicting_clues_are_reported():
    result = date_article(synthetic("March 3, 2019\n\nLi Qiang, China's premier, spoke about the war in Ukraine."))
    assert result.earliest > result.latest
    assert result.verdict.startswith("The firm clues disagree")


def test_no_clues_at_all():
    result = date_article(synthetic("The two countries are friends. They trade a lot."))
    assert result.evidence.empty
    assert result.verdict == "Cannot be dated from its text: there is no clue to its date."


def test_a_header_date_counts_when_nothing_is_printed():
    article = synthetic("The two countries are friends.", published="2022-05", date_status="stated")
    result = date_article(article)
    assert (result.earliest, result.latest) == (T("2022-05-01"), T("2022-05-31"))
    assert rows(result.evidence, "header date").text.iloc[0] == "published: 2022-05"


def test_wrong_input_gets_one_sentence(seeds):
    with pytest.raises(DatingError, match="takes one article"):
        dating_evidence(seeds)
    with pytest.raises(DatingError, match=r"date_article\(\) takes one article, e\.g\. corpus\['essay'\]"):
        date_article("fragment")
    with pytest.raises(DatingError, match=r"date_corpus\(\) takes a corpus such as load_seeds\(\); for one article"):
        date_corpus(seeds["essay"])
    with pytest.raises(DatingError, match=r"evidence_spans\(\) needs the table of clues"):
        evidence_spans(date_article(seeds["fragment"]))
    with pytest.raises(DatingError, match=r"evidence_spans\(\) needs the table of clues"):
        evidence_spans(pd.DataFrame())


def test_date_corpus_takes_a_list_of_articles(seeds):
    assert date_corpus([seeds["fragment"]]).loc["fragment", "verdict"] == date_article(seeds["fragment"]).verdict


# --- the data files -------------------------------------------------------------------------


def test_office_holders_data():
    offices = load_office_holders().set_index(["person", "office"])
    premier = offices.loc[("Li Keqiang", "premier of China")]
    assert (premier.start, premier.end) == (T("2013-03-15"), T("2023-03-11"))
    assert offices.loc[("Li Qiang", "premier of China")].start == T("2023-03-11")
    assert offices.loc[("Xi Jinping", "president of China")].uncertain
    assert load_office_holders().url.str.startswith("http").all()


def test_dating_cues_data():
    cues = load_dating_cues().set_index("cue")
    assert cues.loc["war in Ukraine", "earliest"] == T("2022-02-24")
    assert cues.loc["treaty extension", "earliest"] == T("2021-06-28")
    assert cues.loc["Power of Siberia", "strength"] == "weak"
    assert cues.url.str.startswith("http").all()


def test_clues_as_annotation_rows(seeds):
    from helpers.dating import evidence_spans
    spans = evidence_spans(dating_evidence(seeds["fragment"]))
    assert list(spans.columns) == ["article", "start", "end", "text", "layer", "label", "canonical", "note"]
    assert (spans.layer == "clue").all()
    for span in spans.itertuples():
        assert seeds["fragment"].raw[span.start:span.end] == span.text
