"""The treaty digest, the key dates, the Article 25 renewal arithmetic and the official-text loader."""

from datetime import date

import pandas as pd
import pytest

from helpers.data_files import DataFileError
from helpers.treaty import (
    CONFIDENCE_LEVELS,
    DIGEST_FIELDS,
    TreatyError,
    add_years,
    alliance_ladder,
    areas,
    areas_by_confidence,
    article_key,
    explore,
    key_dates,
    load_digest,
    load_official_text,
    period_on,
    renewal_periods,
    treaty_article,
    treaty_sentences,
    where_to_read,
)

# --- the digest ---------------------------------------------------------------------


def test_digest_has_preamble_and_25_articles_in_order():
    digest = load_digest()
    assert len(digest) == 26
    assert list(digest["number"]) == ["preamble"] + [str(n) for n in range(1, 26)]


def test_every_field_is_present_and_filled():
    digest = load_digest()
    assert list(digest.columns) == list(DIGEST_FIELDS)
    for row in digest.itertuples():
        for name in ("topic", "summary", "confidence"):
            assert str(getattr(row, name)).strip(), f"{row.number}: empty {name}"
        assert row.areas and row.keywords, f"{row.number}: no areas or keywords"
        assert row.source and all(url.startswith("http") for url in row.source), f"{row.number}: source"
        assert isinstance(row.note, str)


def test_areas_come_from_the_fixed_list():
    allowed = set(areas())
    assert allowed == {"political", "military", "economic", "energy", "arctic_transport", "technology_space",
                       "finance", "information_media", "border", "legal"}
    for row in load_digest().itertuples():
        assert set(row.areas) <= allowed, row.number


def test_confidence_values_are_the_three_allowed():
    assert set(load_digest()["confidence"]) <= set(CONFIDENCE_LEVELS)


def test_summaries_are_short():
    for row in load_digest().itertuples():
        sentences = [s for s in row.summary.replace("(", " ").split(". ") if s.strip()]
        assert len(sentences) <= 3, f"{row.number}: {len(sentences)} sentences"
        assert len(row.summary.split()) <= 70, f"{row.number}: {len(row.summary.split())} words"


def test_unconfirmed_articles_say_so_in_their_summary():
    digest = load_digest()
    unconfirmed = digest[digest["confidence"] == "unconfirmed"]
    assert list(unconfirmed["number"]) == ["10", "14", "15", "17", "18", "19", "20", "21", "23", "24"]
    for row in unconfirmed.itertuples():
        assert row.summary.startswith("Unconfirmed:"), row.number


def test_checked_articles_match_the_fact_sheet():
    digest = load_digest().set_index("number")
    checked = digest.index[digest["confidence"] == "checked against a copy of the text"]
    assert list(checked) == ["preamble", "1", "2", "3", "4", "5", "7", "9"]


def test_key_articles_say_what_the_lessons_rely_on():
    assert "consult" in treaty_article(9)["summary"] and "not military" in treaty_article(9)["summary"]
    assert "Taiwan" in treaty_article("Article 5")["summary"]
    assert "nuclear" in treaty_article("art. 2")["summary"]
    assert "military know-how" in treaty_article(16)["note"]
    assert "written notice at least one year" in treaty_article(25)["summary"]


@pytest.mark.parametrize("given, key", [(9, "9"), ("09", "9"), ("Article 16", "16"), ("Art. 7", "7"),
                                        (0, "preamble"), ("Preamble", "preamble")])
def test_article_key_reads_the_usual_spellings(given, key):
    assert article_key(given) == key


@pytest.mark.parametrize("given", [26, "Article 30", "nine", "", -1])
def test_article_key_refuses_other_numbers_in_one_sentence(given):
    with pytest.raises(TreatyError, match="from 1 to 25"):
        article_key(given)


def test_areas_by_confidence_counts_each_area_once_per_article():
    table = areas_by_confidence()
    assert table.loc["political", "checked against a copy of the text"] == 6
    assert table.loc["finance"].sum() == 0
    assert table.values.sum() == load_digest()["areas"].map(len).sum()


def test_where_to_read_marks_the_foreign_ministry_addresses_unconfirmed():
    places = where_to_read()
    grips = places[places["url"].str.contains("worldjpn.grips")]
    assert grips["status"].str.startswith("confirmed").all()
    fmprc = places[places["url"].str.contains("fmprc")]
    assert len(fmprc) == 2 and fmprc["status"].str.startswith("unconfirmed").all()


def test_alliance_ladder_runs_from_mutual_defence_down_to_consultation():
    assert list(alliance_ladder()["promise"]) == ["mutual defence", "collective defence", "consultation only"]


# --- key dates ------------------------------------------------------------------------


def test_key_dates_in_order_with_sources():
    dates = key_dates()
    assert list(dates["date"]) == sorted(dates["date"])
    assert dates["date"].iloc[0] == date(2001, 7, 16)
    force = dates[dates["step"] == "entry into force"]
    assert list(force["date"]) == [date(2002, 2, 28)]
    assert (dates["source"].str.len() > 0).all()


def test_putins_ratification_law_is_marked_uncertain():
    dates = key_dates()
    row = dates[dates["event"].str.contains("Putin signs")].iloc[0]
    assert row["certainty"] == "uncertain" and "28 January" in row["note"]


# --- the renewal rule ----------------------------------------------------------------


def test_renewal_periods_for_the_treaty():
    periods = renewal_periods()
    assert list(periods["start"]) == [date(2002, 2, 28), date(2022, 2, 28), date(2027, 2, 28),
                                      date(2032, 2, 28), date(2037, 2, 28)]
    first, renewal = periods.iloc[0], periods.iloc[1]
    assert (first["end"], first["last_day"], first["notice_deadline"]) == \
        (date(2022, 2, 28), date(2022, 2, 27), date(2021, 2, 28))
    assert (renewal["end"], renewal["notice_deadline"]) == (date(2027, 2, 28), date(2026, 2, 28))
    assert list(periods["label"][:2]) == ["first term (20 years)", "renewal 1 (5 years)"]


def test_renewal_periods_until_limits_the_list():
    assert len(renewal_periods(until=date(2027, 2, 27))) == 2
    assert len(renewal_periods(until="2027-02-28")) == 3


def test_the_fixed_as_of_date_of_the_notebook():
    status = period_on(date(2026, 11, 22))
    assert (status.period, status.end, status.days_remaining) == (1, date(2027, 2, 28), 98)
    assert status.notice_deadline_passed and status.days_to_notice_deadline == -267


def test_last_day_of_a_period_and_the_next_first_day():
    last = period_on(date(2027, 2, 27))
    assert (last.period, last.days_remaining) == (1, 1)
    first = period_on(date(2027, 2, 28))
    assert (first.period, first.start, first.days_remaining) == (2, date(2027, 2, 28), 1826)


def test_the_notice_deadline_itself_is_still_in_time():
    on_time = period_on(date(2026, 2, 28))
    assert not on_time.notice_deadline_passed and on_time.days_to_notice_deadline == 0
    late = period_on(date(2026, 3, 1))
    assert late.notice_deadline_passed and late.days_to_notice_deadline == -1


def test_the_guilin_meeting_came_after_the_first_terms_notice_deadline():
    status = period_on("2021-03-23")
    assert status.period == 0 and status.notice_deadline == date(2021, 2, 28) and status.notice_deadline_passed


def test_entry_into_force_day_is_the_first_day():
    status = period_on(date(2002, 2, 28))
    assert (status.period, status.days_remaining) == (0, 7305)


def test_leap_days_inside_a_period_are_counted():
    status = period_on(date(2024, 2, 29))
    assert status.period == 1 and status.days_remaining == 1095


def test_a_leap_day_just_after_a_notice_deadline_is_too_late():
    status = period_on(date(2036, 2, 29))
    assert status.end == date(2037, 2, 28) and status.notice_deadline == date(2036, 2, 28)
    assert status.notice_deadline_passed


def test_a_29_february_start_falls_back_to_28_february_without_drifting():
    periods = renewal_periods(date(2000, 2, 29), until=date(2040, 12, 31))
    assert list(periods["end"]) == [date(2020, 2, 29), date(2025, 2, 28), date(2030, 2, 28), date(2035, 2, 28),
                                    date(2040, 2, 29), date(2045, 2, 28)]
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert add_years(date(2024, 2, 29), -4) == date(2020, 2, 29)


def test_other_rules_can_be_tried():
    periods = renewal_periods(date(2010, 1, 1), first_term_years=10, period_years=3, until=date(2025, 1, 1))
    assert list(periods["end"]) == [date(2020, 1, 1), date(2023, 1, 1), date(2026, 1, 1)]


def test_sentence_reads_plainly():
    text = period_on("2026-11-22").sentence()
    assert text.startswith("On 2026-11-22 the treaty is in renewal 1 (5 years)")
    assert "98 days left" in text and "passed 267 days earlier; unless a side gave notice" in text
    assert "can still be given until 2026-02-28" in period_on("2025-06-01").sentence()


@pytest.mark.parametrize("call, message", [
    (lambda: period_on("2001-12-31"), "before the treaty entered into force"),
    (lambda: period_on("28/02/2026"), "is not a date"),
    (lambda: period_on(2026), "is not a date"),
    (lambda: renewal_periods(period_years=0), "whole number of years"),
    (lambda: renewal_periods(first_term_years=2.5), "whole number of years"),
    (lambda: renewal_periods(until="1999-01-01"), "before the treaty entered into force"),
    (lambda: period_on(pd.NaT), "NaT is not a date: write it as text 'YYYY-MM-DD'"),
    (lambda: explore(9, "essay"), "corpus or one article, e.g. load_seeds\\(\\) or corpus\\['oped'\\], not a str"),
    (lambda: treaty_sentences([]), "not a list"),
    (lambda: load_official_text(None), "Give the path of your .txt copy of the treaty as text"),
    (lambda: load_official_text(""), "not ''"),
])
def test_bad_input_gets_one_clear_sentence(call, message):
    with pytest.raises(TreatyError, match=message):
        call()


# --- a copy of the official text (synthetic here: the pack holds no treaty text) ---------

SYNTHETIC = """A MADE-UP TREATY FOR TESTING
The parties, wishing to test a loader, agree as follows:

Article 1
The parties shall test things.

ARTICLE 2.
The parties shall test
more things, over two lines.

Article 3: Each party keeps to Article 1 and
Article 2 of this text.
"""


def test_official_text_is_split_by_article_headings(tmp_path):
    path = tmp_path / "treaty.txt"
    path.write_text(SYNTHETIC, encoding="utf-8")
    parts = load_official_text(path)
    assert list(parts) == ["preamble", "1", "2", "3"]
    assert parts["preamble"].startswith("A MADE-UP TREATY")
    assert parts["1"] == "The parties shall test things."
    assert parts["2"] == "The parties shall test\nmore things, over two lines."
    assert parts["3"] == "Each party keeps to Article 1 and\nArticle 2 of this text."


def test_official_text_cross_reference_at_line_start_is_reported(tmp_path):
    path = tmp_path / "treaty.txt"
    path.write_text("Article 1\nText.\nArticle 2\nMore.\nArticle 1\nAgain.", encoding="utf-8")
    with pytest.raises(TreatyError, match="line 5: Article 1 starts a second time"):
        load_official_text(path)


def test_official_text_problems_get_one_sentence(tmp_path):
    with pytest.raises(DataFileError, match="No file at 'missing.txt'"):
        load_official_text(tmp_path / "missing.txt")
    with pytest.raises(DataFileError, match="is a folder"):
        load_official_text(tmp_path)
    plain = tmp_path / "notes.txt"
    plain.write_text("Some notes about the treaty, with no headings.", encoding="utf-8")
    with pytest.raises(TreatyError, match="no lines starting 'Article 1'"):
        load_official_text(plain)
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Article 1\nCaf\xe9".encode("latin-1"))
    with pytest.raises(DataFileError, match="not UTF-8"):
        load_official_text(latin1)


# --- the treaty annotation layer on the seeds ----------------------------------------------


def test_explore_article_9_finds_the_op_eds_sentence(seeds):
    from helpers.treaty import explore

    found = explore(9, seeds)
    assert found.card["confidence"] == "checked against a copy of the text"
    assert list(found.mentions["article"]) == ["oped"]
    assert found.mentions["sentence"].iloc[0].startswith("Article 9 states that when either party")


def test_articles_7_and_16_share_one_sentence_and_25_collects_the_extension(seeds):
    from helpers.treaty import treaty_article_mentions, treaty_sentences

    corpus = seeds
    assert treaty_article_mentions(7, corpus)["sentence"].tolist() == treaty_article_mentions(16, corpus)["sentence"].tolist()
    assert treaty_article_mentions(7, corpus)["sentence"].iloc[0].startswith("Articles 7 and 16 also discuss")
    assert set(treaty_article_mentions(25, corpus)["article"]) == {"summary", "essay", "oped"}
    assert treaty_article_mentions(5, corpus).empty
    every = treaty_sentences(corpus)
    assert set(every["article"]) == {"summary", "essay", "oped"}
    ratified = every[every["sentence"].str.contains("first ratified in 2001")]
    assert list(ratified["article"]) == ["essay"] and "treaty" in ratified["labels"].iloc[0]


def test_explore_defaults_to_the_seeds_and_far_dates_are_refused():
    import pytest
    from helpers.treaty import TreatyError, explore, renewal_periods
    assert set(explore(9).mentions["article"]) == {"oped"}
    with pytest.raises(TreatyError, match="centuries away"):
        renewal_periods(until="9999-12-31")
