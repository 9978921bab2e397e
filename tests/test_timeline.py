"""The timeline data (events, eras, mentions, trade) and the figures' layout, with real values."""

import csv

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from helpers.paths import DATA_DIR  # noqa: E402
from helpers.timeline import (AREAS, PRECISIONS, TimelineError, check_event, date_precision,  # noqa: E402
                              describe_date, describe_range, era_of, first_and_last_day, load_eras,
                              load_mentions, load_timeline, load_trade, mentions_table, seed_dates,
                              events_table, select_events)
from helpers.timeline_plots import (layout_eras, layout_events, place_labels, plot_timeline,  # noqa: E402
                                    plot_trade, stack_rows, trade_annotations, window)


def raw_rows(name):
    with open(DATA_DIR / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def timeline():
    return load_timeline()


# --- the events -------------------------------------------------------------------------


def test_fifty_events_from_1950_to_2023(timeline):
    # (load_timeline refuses an id used twice, a bad date, era or area: test_a_bad_row_gets_one_clear_sentence)
    assert len(timeline) == 50
    assert timeline.date.min() == pd.Timestamp("1950-02-14")
    assert timeline.until.max().year == 2023
    assert list(timeline.date) == sorted(timeline.date)  # in date order


def test_every_row_has_a_source():
    for row in raw_rows("timeline.csv"):
        assert row["url"].startswith("http") or row["seed"], row["id"]
        for url in filter(None, row["url"].split(" ; ")):
            assert url.startswith("http") and " " not in url, (row["id"], url)


def test_every_seed_span_is_exact(seeds, timeline):
    spans = load_mentions()
    assert len(spans) >= len(timeline[timeline.seed != ""])
    for span in spans.itertuples():
        assert seeds[span.seed].raw[span.seed_start:span.seed_end] == span.quote, (span.event, span.seed)


def test_dates_parse_and_precisions_are_valid():
    for row in raw_rows("timeline.csv"):
        assert row["precision"] in PRECISIONS
        first, last = first_and_last_day(row["date"])
        if row["precision"] == "range":
            assert first_and_last_day(row["end_date"])[1] > first, row["id"]
        else:
            assert date_precision(row["date"]) == row["precision"] and row["end_date"] == "", row["id"]


def test_each_event_sits_in_its_era(timeline):
    for event in timeline.itertuples():
        assert era_of(event.date) == event.era, event.id
    assert set(timeline.era) == set(load_eras().era)


def test_areas_are_read_as_lists_and_select_events(timeline):
    events = timeline.set_index("id")
    assert events.loc["power_of_siberia", "areas"] == ["energy", "economic"]
    assert events.loc["vostok_2018", "areas"] == ["military"]
    assert len(select_events(timeline, area="border")) == 10
    assert len(select_events(timeline, area="energy")) == 4
    assert all("energy" in areas for areas in select_events(timeline, area="energy").areas)


def test_the_1950_treaty_ran_out_in_april_1980(timeline):
    # corrections.md: no longer uncertain; in force 11 Apr 1950 for thirty years (FRUS), notice of non-renewal 3 Apr 1979
    lapse = timeline.set_index("id").loc["alliance_lapses"]
    assert not lapse.uncertain and lapse.precision == "day" and lapse.when == "11 Apr 1980"
    assert "history.state.gov" in lapse.url and "wikipedia" not in lapse.url
    notice = timeline.set_index("id").loc["alliance_notice"]
    assert notice.date == pd.Timestamp("1979-04-03") and not notice.uncertain


def test_key_dates_match_the_facts(timeline):
    dates = dict(zip(timeline.id, timeline.date))
    assert dates["normalisation"] == pd.Timestamp("1989-05-16")
    assert dates["treaty_signed"] == pd.Timestamp("2001-07-16")
    assert dates["treaty_in_force"] == pd.Timestamp("2002-02-28")
    assert dates["power_of_siberia"] == pd.Timestamp("2019-12-02")
    assert dates["treaty_extended"] == pd.Timestamp("2021-06-28")
    assert dates["invasion"] == pd.Timestamp("2022-02-24")


def test_readable_dates():
    assert describe_date("1969-03-02") == "2 Mar 1969"
    assert describe_date("1992-02") == "Feb 1992"
    assert describe_range("1989-05-15", "1989-05-18") == "15–18 May 1989"
    assert describe_range("1956", "1960") == "1956–1960"
    assert first_and_last_day("1992-02") == (pd.Timestamp("1992-02-01"), pd.Timestamp("1992-02-29"))


@pytest.mark.parametrize("bad", ["1992-13", "1969-02-30", "May 1969", ""])
def test_bad_dates_say_what_is_wrong(bad):
    with pytest.raises(ValueError, match="date"):
        first_and_last_day(bad)


def test_a_bad_row_gets_one_clear_sentence():
    row = {"id": "x", "date": "2001", "end_date": "", "precision": "week", "era": "treaty era", "areas": "political",
           "url": "https://example.org", "seed": "", "quote": "", "seed_start": "", "seed_end": ""}
    with pytest.raises(TimelineError, match="precision 'week'"):
        check_event(row, 5, list(load_eras().era))
    with pytest.raises(TimelineError, match="needs a source"):
        check_event({**row, "precision": "year", "url": ""}, 5, list(load_eras().era))
    with pytest.raises(TimelineError, match="area"):
        check_event({**row, "precision": "year", "areas": "sport"}, 5, list(load_eras().era))
    with pytest.raises(TimelineError, match="no area 'sport'"):
        select_events(area="sport")


# --- eras, mentions, seed dates, trade ------------------------------------------------------


def test_eras_in_order_with_reasons():
    eras = load_eras()
    assert list(eras.era) == ["alliance", "split and confrontation", "normalisation", "strategic partnership",
                              "treaty era", "after 2014", "after February 2022"]
    assert (eras.start_date.diff().dropna() > pd.Timedelta(0)).all()
    assert all(eras.reasoning.str.len() > 20) and all(eras.url.str.startswith("http"))
    assert era_of("1969-03-02") == "split and confrontation"
    assert era_of("2022-02-23") == "after 2014" and era_of("2022-02-24") == "after February 2022"


def test_which_article_mentions_which_event():
    table = mentions_table().set_index("event")
    assert table.loc["Treaty extension announced", ["summary", "essay", "oped"]].tolist() == ["✓", "✓", "✓"]
    assert table.loc["Power of Siberia opens", "explainer"] == "✓"
    assert table.loc["Russia invades Ukraine", ["oped", "fragment", "essay"]].tolist() == ["✓", "✓", ""]
    assert table.loc["Russia takes Crimea", ["essay", "fragment"]].tolist() == ["✓", "✓"]


def test_seed_dates_come_from_the_catalog():
    dates = seed_dates().set_index("id")
    assert dates.loc["essay", "date_status"] == "stated"
    assert dates.loc["essay", "earliest"] == pd.Timestamp("2021-07-15")
    assert dates.loc["fragment", "latest"] == pd.Timestamp("2022-10-22")
    assert pd.isna(dates.loc["explainer", "earliest"])


def test_trade_totals_with_uncertain_years():
    trade = load_trade().set_index("year")
    assert trade.loc[2014, "total_usd_bn"] == 95.28  # corrections.md: the customs figure
    assert trade.loc[2023, "total_usd_bn"] == 240.1
    assert set(trade.index[trade.uncertain]) == {2001, 2015}  # 2010: Rosstat and Chinese customs agree (sources.md)
    assert trade.url.str.startswith("http").all()
    assert "64.2" in trade.loc[2015, "note"]


# --- layout and figures ---------------------------------------------------------------------------


def test_stack_rows_puts_overlaps_on_new_rows():
    assert stack_rows([0, 1, 5, 5.5], [2, 3, 6, 7]) == [1, 2, 1, 2]


def overlaps_and_crossings(layout):
    found = []
    for a in layout.itertuples():
        for b in layout.itertuples():
            if a.Index < b.Index and a.row == b.row and not (a.right <= b.left or b.right <= a.left):
                found.append(("overlap", a.id, b.id))
            if a.Index != b.Index and a.left < b.x < a.right and b.row >= a.row:
                found.append(("stem crosses label", b.id, a.id))
    return found


@pytest.mark.parametrize("selection", [{"key_only": True}, {"since": "2012"}, *({"area": area} for area in AREAS)],
                         ids=lambda selection: "-".join(map(str, selection.values())))
def test_labels_never_overlap_or_cross_a_stem(timeline, selection):
    x_min, x_max = window(selection.get("since"), None)
    layout = layout_events(select_events(timeline, **selection), x_min, x_max)
    assert (layout.left >= x_min - 1e-9).all() and (layout.right <= x_max + 1e-9).all()
    assert overlaps_and_crossings(layout) == []


def test_labels_never_overlap_even_with_every_event(timeline):
    layout = layout_events(timeline, *window(None, None))
    assert [problem for problem in overlaps_and_crossings(layout) if problem[0] == "overlap"] == []


def test_place_labels_small_case():
    # three events a year apart, labels 2.5 years long running right: a staircase going down
    assert place_labels([0, 1, 2], [0, 1, 2], [2.5, 3.5, 4.5]) == [3, 2, 1]


def test_era_names_do_not_overlap():
    eras = layout_eras(*window(None, None))
    for a in eras.itertuples():
        for b in eras.itertuples():
            if a.Index < b.Index and a.row == b.row:
                assert a.right <= b.left or b.right <= a.left


def test_figures_say_what_they_show_in_their_titles_and_caption():
    figure = plot_timeline(key_only=True)
    assert figure.axes[0].get_title(loc="left") == "Russia and China: key events, 1950–2023, with the eras shaded"
    plt.close(figure)
    figure = plot_timeline(area="energy", since="2010")
    assert figure.axes[0].get_title(loc="left") == "Russia and China: 'energy' events, 2010–2023, with the eras shaded"
    plt.close(figure)
    figure = plot_trade()
    caption = " ".join(figure.texts[0].get_text().split())  # as drawn, wrapped on several lines
    assert caption.startswith("Goods trade between China and Russia, both directions added together, in billions of "
                              "US dollars of each year (not adjusted for inflation), as reported from Chinese customs data.")
    assert caption.endswith("Sources: helpers/data/trade.csv.")
    plt.close(figure)


def test_the_trade_figure_marks_three_events_from_the_timeline():
    notes = trade_annotations()
    assert list(notes.event) == ["crimea_2014", "power_of_siberia", "invasion"]
    assert list(notes.year) == [2014, 2019, 2022]
    figure = plot_trade()
    arrows = [a for a in figure.axes[0].texts if a.get_text() in set(notes.text)]
    assert [round(a.xy[0]) for a in arrows] == [2014, 2019, 2022]
    plt.close(figure)


def test_events_table_shows_sources_and_uncertainty():
    from helpers.timeline import events_table
    table = events_table(["vostok_2018", "normalisation"])
    assert list(table.index) == ["16 May 1989", "11–17 Sep 2018"]
    assert table.loc["11–17 Sep 2018", "uncertain"].startswith("Both troop figures come from the two governments")
    assert table.loc["16 May 1989", "uncertain"] == ""
    assert table.loc["16 May 1989", "url"] == "https://en.wikipedia.org/wiki/1989_Sino-Soviet_Summit"
    assert table.loc["16 May 1989", "source"].startswith("Wikipedia · encyclopedia")  # a short label; the url is one click away
    assert len(events_table(era="alliance")) == 2
    with pytest.raises(TimelineError, match="no event 'nonsense'"):
        events_table(["nonsense"])


@pytest.mark.parametrize("call, message", [
    (lambda: events_table(era="Alliance"), "There is no era 'Alliance'; choose one of: alliance, split and confrontation,"),
    (lambda: events_table("crimea_2014"), r"Give the event ids as a list, e\.g\. events_table\(\['crimea_2014'\]\), not 'crimea_2014'\."),
    (lambda: events_table(timeline=pd.DataFrame()), "timeline should be the table load_timeline"),
    (lambda: select_events("energy"), r"not a str; to choose an area or an era, name it: area='energy'"),
    (lambda: select_events(load_trade()), "timeline should be the table load_timeline"),
    (lambda: era_of("1969-13-02"), "not a real date"),
    (lambda: era_of("2/3/1969"), "write YYYY-MM-DD, YYYY-MM or YYYY"),
])
def test_student_mistakes_get_one_clear_sentence(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_era_of_reads_a_month_or_a_year_as_its_first_day():
    assert era_of("1989-06") == era_of("1989-06-01") == "normalisation"
    assert era_of("1960") == era_of("1960-01-01") == "split and confrontation"


@pytest.mark.parametrize("since, until", [("2030", None), ("2020", "2010"), (None, "1940")])
def test_an_empty_window_gets_one_clear_sentence(since, until):
    with pytest.raises(TimelineError, match="runs from 1950 to 2023: choose since before until"):
        plot_timeline(since=since, until=until)


def test_describe_date_accepts_a_year_as_a_number():
    from helpers.timeline import describe_date
    assert describe_date(1969) == "1969"
