"""The date detective on the five seeds (expected bounds from seeds.md) and on synthetic articles."""

import pandas as pd
import pytest

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


def test_summary_the_extension_is_firm_from_the_march_2021_agreement(results):
    result = results["summary"]
    assert result.earliest == T("2021-03-22") and result.latest is None
    assert (result.likely_earliest, result.likely_latest) == (T("2021-03-22"), None)
    events = rows(result.evidence, "named event")
    assert "renewed their friendship and cooperation treaty" in list(events.text)
    this_week = rows(result.evidence, "relative expression").iloc[0]
    assert (this_week.text, this_week.start) == ("This week", 73) and pd.isna(this_week.latest)  # no day to count from
    assert result.verdict == "Written on or after 22 Mar 2021; the text gives no upper bound."


def test_essay_has_a_printed_date(results):
    result = results["essay"]
    assert result.earliest == result.latest == T("2021-07-15")
    printed = rows(result.evidence, "printed date").iloc[0]
    assert (printed.text, printed.start, printed.end) == ("July 15, 2021", 160, 173)
    assert result.verdict == "Dated: 15 Jul 2021."
    assert rows(result.evidence, "header date").empty  # the catalog's date agrees with the printed one


def test_oped_the_conflict_in_ukraine_is_only_a_hint(results):
    result = results["oped"]
    assert result.earliest == T("2021-03-22") and result.latest is None
    war = rows(result.evidence, "named event").set_index("text").loc["Russia-Ukraine conflict"]
    assert war.start == 4206 and war.strength == "weak" and war.earliest == T("2014-01-01")
    assert result.likely_earliest == T("2021-06-28")  # "On June 28, 2021 ... leaders officially extended"
    assert result.verdict == ("Written on or after 22 Mar 2021; most likely on or after 28 Jun 2021 "
                              "(the text gives no upper bound).")


def test_fragment_premier_and_the_war(results):
    result = results["fragment"]
    assert (result.earliest, result.latest) == (T("2014-03-18"), T("2023-03-11"))
    assert result.likely_latest == T("2022-10-22")
    offices = rows(result.evidence, "office-holder").set_index("text")
    premier = offices.loc["Premier Li Keqiang"]
    assert (premier.start, premier.end, premier.strength) == (531, 549, "firm")
    number_two = offices.loc["second-highest-ranking official, Premier Li Keqiang"]
    assert (number_two.latest, number_two.strength) == (T("2022-10-22"), "likely")
    wars = rows(result.evidence, "named event").set_index("text")
    assert set(wars.index) >= {"Ukraine conflict", "Ukrainian war"}
    assert set(wars.loc[["Ukraine conflict", "Ukrainian war"], "strength"]) == {"weak"}
    assert result.verdict == ("Written between 18 Mar 2014 and 11 Mar 2023; "
                              "most consistent with 18 Mar 2014 to 22 Oct 2022.")


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


def test_bounds_never_exclude_the_catalog_estimate(seeds):
    table = date_corpus(seeds)
    for article in seeds:
        meta, row = article.meta, table.loc[article.id]
        if meta["date_status"] in ("stated", "estimated"):
            assert row.likely_earliest <= T(meta["earliest"])
            assert pd.isna(row.likely_latest) or row.likely_latest >= T(meta["latest"])


# --- synthetic articles ----------------------------------------------------------------------


def test_a_new_premier_and_a_former_one():
    article = synthetic("Premier Li Qiang met Putin. Former Premier Li Keqiang was not there. "
                        "They discussed the war in Ukraine.")
    result = date_article(article)
    assert result.earliest == T("2023-03-11") and result.latest is None
    assert result.verdict != "Dated: 11 Mar 2023."
    past = rows(result.evidence, "office-holder (past)")
    assert list(past.text) == ["Premier Li Keqiang"] and past.earliest.isna().all()


@pytest.mark.parametrize("text, earliest, latest", [
    ("Premier Li Peng flew to Moscow for talks on the border.", "1988-04-01", "1998-03-31"),
    ("Premier Li Keqiang opened the trade fair.", "2013-03-15", "2023-03-11"),
    ("Premier Li Qiang opened the trade fair.", "2023-03-11", None),
])
def test_three_premiers_li_are_told_apart_by_full_name(text, earliest, latest):
    result = date_article(synthetic(text))
    assert result.earliest == T(earliest)
    assert result.latest == (T(latest) if latest else None)


def test_premier_li_alone_could_be_any_of_three_and_dates_nothing():
    result = date_article(synthetic("Premier Li spoke about trade with Russia."))
    unclear = rows(result.evidence, "office-holder (unclear who)")
    assert len(unclear) == 1 and "Li Keqiang or Li Peng or Li Qiang" in unclear.reason.iloc[0]
    assert result.earliest is None and result.latest is None and result.likely_earliest is None


def test_a_vice_premier_is_not_the_premier():
    result = date_article(synthetic("Vice Premier Li Keqiang visited Moscow to discuss gas prices."))
    assert result.earliest is None and result.latest is None


def test_an_office_named_in_a_sentence_about_another_year_gives_no_upper_bound():
    result = date_article(synthetic("In 1990, Premier Li Peng visited Moscow, the first such trip in years."))
    assert result.latest is None and result.likely_latest is None


def test_a_future_date_is_an_upper_bound_never_a_lower_one():
    result = date_article(synthetic("The pact will reach its twentieth birthday on February 28, 2022, diplomats say."))
    clue = rows(result.evidence, "date in text").iloc[0]
    assert pd.isna(clue.earliest) and clue.latest == T("2022-02-27")
    assert result.likely_latest == T("2022-02-27") and result.likely_earliest is None


def test_a_past_date_is_a_lower_bound():
    result = date_article(synthetic("The two foreign ministers met in Guilin on 23 March 2021."))
    assert result.likely_earliest == T("2021-03-23") and result.likely_latest is None


def test_a_plan_or_a_wish_dates_nothing():
    result = date_article(synthetic("The leaders hope the treaty will be extended, and the planned Power of Siberia "
                                    "pipeline could open in 2019."))
    assert result.likely_earliest is None and result.likely_latest is None and result.earliest is None


def test_the_conflict_in_ukraine_is_weak_but_the_full_scale_invasion_is_firm():
    weak = date_article(synthetic("Analysts watched the Russia-Ukraine conflict closely."))
    assert weak.earliest is None and weak.likely_earliest is None and weak.weak_earliest == T("2014-01-01")
    firm = date_article(synthetic("Since the full-scale invasion, trade has grown."))
    assert firm.earliest == T("2022-02-24")


def test_the_extension_is_firm_from_the_march_2021_agreement():
    result = date_article(synthetic("Observers welcomed the extension of the treaty."))
    assert result.earliest == T("2021-03-22")


@pytest.mark.parametrize("text, day", [
    ("MOSCOW, July 16, 2001 (Reuters) - The two presidents signed a treaty.", "2001-07-16"),
    ("July 17, 2001 | By Jane Example\n\nThe treaty was signed yesterday.", "2001-07-17"),
    ("Wednesday 5 May 2021\n\nThe ministers talked for hours.", "2021-05-05"),
    ("Lisbon, 3 March 2020\n\nThe ministers talked for hours.", "2020-03-03"),
])
def test_datelines_and_printed_date_lines_count_as_stated_dates(text, day):
    result = date_article(synthetic(text))
    assert result.earliest == result.latest == T(day)
    assert len(rows(result.evidence, "printed date")) == 1


def test_a_labelled_date_near_the_top_is_not_the_writing_date():
    result = date_article(synthetic("Signed: 2001-07-16, Moscow\n\nThe treaty is still in force."))
    assert rows(result.evidence, "printed date").empty and result.latest is None


def test_a_dateline_without_a_year_takes_the_only_year_the_other_clues_allow():
    text = ("BEIJING, May 20 (Reuters) - Premier Li Qiang met the Russian delegation. "
            "Defence Minister Andrei Belousov, in office since the spring, joined them. The talks began on 12 May 2025, "
            "officials said, and the next round will start on 1 March 2026.")
    result = date_article(synthetic(text))
    printed = rows(result.evidence, "printed date (no year)").iloc[0]
    assert printed.strength == "likely" and printed.earliest == T("2025-05-20")


def test_contradicting_firm_clues_are_reported_never_an_upside_down_range():
    result = date_article(synthetic("March 3, 2019\n\nPremier Li Qiang spoke about trade."))
    assert result.earliest is None and result.latest is None and result.likely_earliest is None
    assert result.conflict and result.verdict.startswith("The firm clues contradict each other")
    assert "'March 3, 2019'" in result.verdict and "'Premier Li Qiang'" in result.verdict


def test_a_historical_year_after_a_printed_date_is_no_upper_bound():
    result = date_article(synthetic("MOSCOW, July 16, 2001 (Reuters) - It was the first such pact since 1950."))
    assert result.verdict == "Dated: 16 Jul 2001."


def test_a_header_date_that_disagrees_with_the_text_is_reported():
    article = synthetic("Premier Li Qiang and the full-scale invasion dominated the talks.",
                        published="2019-05-01", date_status="stated")
    result = date_article(article)
    assert result.conflict.startswith("The header says 'published: 2019-05-01'")
    assert result.earliest is None and result.likely_earliest is None


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
    offices = load_office_holders()
    premiers = offices[offices.office == "premier of China"].set_index("person")
    assert (premiers.loc["Li Keqiang", "start"], premiers.loc["Li Keqiang", "end"]) == (T("2013-03-15"), T("2023-03-11"))
    assert premiers.loc["Li Qiang", "start"] == T("2023-03-11")
    assert set(premiers.short_name) == {"Li"}  # so "Premier Li" alone is ambiguous
    assert offices.set_index("person").loc["Xi Jinping", "uncertain"]
    assert offices.url.str.startswith("http").all()


def test_dating_cues_data():
    cues = load_dating_cues().set_index("cue")
    assert cues.loc["war in Ukraine (since 2014)", "strength"] == "weak"
    assert cues.loc["full-scale invasion of Ukraine", "earliest"] == T("2022-02-24")
    assert cues.loc["treaty extension", "earliest"] == T("2021-03-22")
    assert cues.loc["Power of Siberia", "strength"] == "weak"
    assert cues.url.str.startswith("http").all()


def test_clues_as_annotation_rows(seeds):
    from helpers.dating import evidence_spans
    spans = evidence_spans(dating_evidence(seeds["fragment"]))
    from helpers.annotations import COLUMNS
    assert list(spans.columns) == COLUMNS  # so show(..., annotations=spans) accepts them
    assert (spans.layer == "clue").all()
    for span in spans.itertuples():
        assert seeds["fragment"].raw[span.start:span.end] == span.text


def test_a_timetable_in_the_present_tense_is_no_lower_bound():
    result = date_article(synthetic("The first term runs out on February 28, 2022, and then the pact rolls over "
                                    "for five more years."))
    assert result.likely_earliest is None and result.earliest is None


def test_dating_a_long_article_reads_each_sentence_once():
    text = " ".join(f"Talks went on for {day} hours. Premier Li Keqiang met officials." for day in range(1, 60))
    result = date_article(synthetic(text))
    offices = rows(result.evidence, "office-holder")
    assert len(offices) == 59 and (offices.latest == T("2023-03-11")).all()


@pytest.mark.parametrize("text", [
    "Russia and China are discussing the extension of the treaty.",
    "Moscow is seeking an extension of the treaty before it runs out.",
])
def test_an_extension_still_under_discussion_dates_nothing(text):
    assert date_article(synthetic(text)).earliest is None


def test_a_past_figure_and_a_target_give_a_range():
    result = date_article(synthetic("Trade reached 107 billion dollars in 2019 and is expected to hit 200 billion by 2024."))
    assert (result.likely_earliest, result.likely_latest) == (T("2019-01-01"), T("2023-12-31"))


def test_overlapping_event_phrases_count_once_as_the_longest():
    result = date_article(synthetic("It was his first visit since the February 2022 invasion of Ukraine."))
    events = rows(result.evidence, "named event")
    assert list(events.text) == ["February 2022 invasion"] and result.earliest == T("2022-02-24")


def test_clues_can_be_shown_with_show(seeds):
    import re

    from helpers.display import show
    shown = show(seeds["fragment"], layers=["clue"], annotations=evidence_spans(dating_evidence(seeds["fragment"])))
    assert re.findall(r"\[[^\[\]]*\|clue:[^\]]*\]", shown.text) == [
        "[ongoing|clue:relative expression]", "[Ukraine conflict|clue:named event]",
        "[Premier Li Keqiang|clue:office-holder]", "[annexation of Crimea|clue:named event]",
        "[Ukrainian war|clue:named event]"]
    assert "second-highest-ranking official, [Premier Li Keqiang|clue:office-holder]|clue:office-holder]" in shown.text
    assert shown.html.count('class="ann ann-clue"') == 6  # one highlight per clue, the outer one around the inner
