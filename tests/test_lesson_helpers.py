"""Helpers the lessons call: treaty figures (values read back), lateral reading card, tables with linked labels."""

from datetime import date

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers.lateral import LateralError, load_people, online_route, people_cited, source_audit  # noqa: E402
from helpers.tables import table  # noqa: E402
from helpers.timeline import essay_history_check, events_card  # noqa: E402
from helpers.treaty import claims_about_treaty, ladder_card  # noqa: E402
from helpers.display import describe_figure  # noqa: E402
from helpers.treaty_plots import plot_ratification, plot_renewal  # noqa: E402


def test_renewal_figure_shows_guilin_23_days_after_the_deadline():
    figure = plot_renewal(as_of=date(2026, 11, 22))
    main, inset = figure.axes
    texts = [t.get_text() for t in inset.texts]
    assert "23 days" in texts
    assert any("28 Feb 2021" in t for t in texts) and any("23 Mar 2021" in t for t in texts)
    def day(value):
        return mdates.num2date(value).date() if isinstance(value, float) else pd.Timestamp(value).date()

    lines = sorted(day(line.get_xdata()[0]) for line in inset.lines if len(set(map(str, line.get_xdata()))) == 1)
    assert date(2021, 2, 28) in lines and date(2021, 3, 23) in lines and date(2022, 2, 28) in lines
    assert "23 days later" in describe_figure(figure)
    plt.close(figure)


def test_ratification_figure_marks_uncertain_steps_open():
    figure = plot_ratification()
    ax = figure.axes[0]
    open_dots = [line for line in ax.lines if line.get_marker() == "o" and line.get_markerfacecolor() == "white"]
    assert len(open_dots) == 2  # China's approval and Putin's signature of the law
    assert describe_figure(figure).startswith("Figure: 6 steps from the signing on 16 Jul 2001")
    plt.close(figure)


def test_lateral_card_says_what_we_do_not_know_and_invents_nothing():
    people = load_people()
    assert set(people["named_in"]) == {"oped", "essay"}
    assert {"Audrey Oien", "Vasily Kashin", "Michael Kofman"} <= set(people["person"])
    for row in people.itertuples():
        assert row.what_we_do_not_know.strip(), row.person
    oien = people.set_index("person").loc["Audrey Oien"]
    assert oien["what_our_sources_say"].startswith("Nothing")
    assert "Ekman" in people_cited().frame.index[2]


def test_online_route_is_three_tabs_and_refuses_unknown_names(capsys):
    online_route("kofman")
    out = capsys.readouterr().out
    assert out.count("Tab ") == 3 and "five minutes" in out
    with pytest.raises(LateralError, match="No one called"):
        online_route("Nobody Atall")


def test_source_audit_lists_three_sources():
    assert list(source_audit().frame.index) == ["A", "B", "C"]


def test_tables_link_short_labels_to_full_addresses():
    shown = events_card(era="alliance")._repr_html_()
    assert "<a href='https://worldjpn.net/documents/texts/docs/19500214.T1E.html'" in shown
    ladder = ladder_card()._repr_html_()
    assert "href='https://www.nato.int/cps/en/natolive/official_texts_17120.htm'" in ladder
    assert "https://www.nato.int" not in repr(ladder_card())  # plain text shows the label only


def test_essay_history_check_and_treaty_claims_find_their_sentences(seeds):
    corpus = seeds
    checked = essay_history_check(corpus["essay"]).frame
    assert "the May 1989 Sino-Soviet Summit which formally normalized relations" in checked.index
    claims = claims_about_treaty(corpus).frame
    assert list(claims.index) == ["O03", "O04", "S02", "E01", "E02"]
    assert not claims["sentence"].str.startswith("(not found").any()
    assert "first ratified in 2001" in claims.loc["E02", "sentence"]


def test_table_of_dates_has_no_midnight_times():
    import pandas as pd
    html = table(pd.DataFrame({"day": [pd.Timestamp("2001-07-16"), pd.NaT]}))._repr_html_()
    assert "2001-07-16<" in html and "00:00:00" not in html and "NaT" in html
