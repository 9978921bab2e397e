"""The practice articles and their answer key: labelled, sourced, spans exact, and the planted features
found by the tools meant to find them."""

import re
from pathlib import Path

import pytest
import yaml

from helpers.annotations import annotate
from helpers.cli import main
from helpers.data_files import DataFileError
from helpers.dating import date_article
from helpers.practice import (KEY_FILE, PRACTICE_DIR, PracticeError, is_practice, load_answer_key, load_fact_checks,
                              load_practice, load_practice_articles, practice_ids, practice_table)
from helpers.profiles import signal_evidence
from helpers.timeline import load_timeline, load_trade

ROOT = Path(__file__).resolve().parent.parent
IDS = ["blog-chinese-cars", "brief-power-of-siberia-2", "oped-allies-in-all-but-name", "statemedia-trade-record",
       "wire-xi-moscow"]
REQUIRED_KINDS = {"vague_source", "unattributed_quotation", "unsourced_figure", "loaded_word", "undated_claim",
                  "date_clue", "contradicted_claim"}
ALL_KINDS = REQUIRED_KINDS | {"framing", "false_alarm"}
SOURCE_TYPES = {"official", "primary-archive", "statistics", "wire", "news", "state-media", "think-tank", "academic",
                "trade-press", "encyclopedia", "education", "advocacy/NGO"}
KEY = yaml.safe_load(KEY_FILE.read_text(encoding="utf-8"))


def overlaps(a_start, a_end, b_start, b_end):
    return a_start < b_end and b_start < a_end


def test_the_five_practice_articles_are_there():
    assert practice_ids() == IDS
    assert sorted(KEY) == IDS
    assert list(practice_table().index) == IDS


@pytest.mark.parametrize("article_id", IDS)
def test_each_is_labelled_short_and_passes_the_cli_check(article_id, capsys):
    article = load_practice(article_id)
    assert is_practice(article)
    assert "practice text written for this teaching pack" in article.meta["genre"]
    assert 250 <= article.words <= 500
    assert main(["--folder", str(PRACTICE_DIR), "check", str(PRACTICE_DIR / f"{article_id}.txt")]) == 0
    assert "OK: this file is ready to use." in capsys.readouterr().out


def test_an_unknown_practice_id_is_one_sentence():
    with pytest.raises(PracticeError, match="There is no practice article 'nope'; they are blog-chinese-cars"):
        load_practice("nope")
    with pytest.raises(PracticeError, match="has no article 'nope'"):
        load_answer_key("nope")


@pytest.mark.parametrize("article_id", IDS)
def test_key_spans_are_exact(article_id):
    raw = (PRACTICE_DIR / f"{article_id}.txt").read_text(encoding="utf-8")
    for part in ("features", "facts"):
        for item in KEY[article_id][part]:
            assert raw[item["start"]:item["end"]] == item["text"], (article_id, item["text"])


def test_key_covers_every_required_kind_and_each_article_has_at_least_five():
    features = load_answer_key()
    assert set(features.kind) <= ALL_KINDS
    assert REQUIRED_KINDS <= set(features.kind)
    assert features.groupby("article").size().min() >= 5
    assert len(features) == 31


def test_every_source_in_the_key_has_a_url_and_a_known_type():
    for article_id, entry in KEY.items():
        for item in entry["features"] + entry["facts"]:
            for source in item.get("sources", []):
                assert source["url"].startswith("http")
                assert source["source_type"].split("+")[0] in SOURCE_TYPES, source
            if item.get("kind") not in ("false_alarm",) and "invented" not in item.get("what", ""):
                assert item["sources"], (article_id, item["text"])


@pytest.mark.parametrize("article_id", IDS)
def test_every_quotation_in_an_article_is_traced_in_the_key(article_id):
    """No words in quotation marks that the key does not account for (real source, or an invented generic speaker)."""
    article = load_practice(article_id)
    features = load_answer_key(article_id)
    body = article.raw[article.text_start:]
    for match in re.finditer(r'"[^"\n]+"', body):
        start, end = match.start() + article.text_start, match.end() + article.text_start
        traced = features[[overlaps(start, end, s, e) for s, e in zip(features.start, features.end)]]
        nearby = features[[abs(s - start) < 200 and k == "unattributed_quotation"
                           for s, k in zip(features.start, features.kind)]]
        assert len(traced) or len(nearby), f"{article_id}: {match.group()} is not in the answer key"


def test_fact_checks_load_with_sources():
    facts = load_fact_checks()
    assert len(facts) >= 25
    assert facts.sources.str.startswith("http").all()


# --- the planted features are found by the tools meant to find them -------------------------------------

TOOL_LABELS = {"annotate:attribution/vague_source": ("attribution", "vague_source"),
               "annotate:attribution/quotation": ("attribution", "quotation"),
               "annotate:stance/loaded": ("stance", "loaded")}


def tool_features():
    rows = load_answer_key()
    for row in rows.itertuples():
        tool = row.found_by.split(" (")[0]
        if tool in TOOL_LABELS:
            yield pytest.param(row.article, row.start, row.end, *TOOL_LABELS[tool], id=row.id)


@pytest.mark.parametrize("article_id,start,end,layer,label", list(tool_features()))
def test_annotate_marks_the_planted_feature(article_id, start, end, layer, label):
    spans = annotate(load_practice(article_id), layers=[layer])
    spans = spans[spans.label == label]
    assert any(overlaps(start, end, s, e) for s, e in zip(spans.start, spans.end)), \
        f"{label} at {start}-{end} not marked in {article_id}"


def date_clues():
    rows = load_answer_key()
    for row in rows[rows.found_by.str.startswith("date_article")].itertuples():
        yield pytest.param(row.article, row.start, row.end, id=row.id)


@pytest.mark.parametrize("article_id,start,end", list(date_clues()))
def test_date_article_lists_the_planted_date_clue(article_id, start, end):
    clues = date_article(load_practice(article_id)).evidence.dropna(subset=["start"])
    assert any(overlaps(start, end, int(s), int(e)) for s, e in zip(clues.start, clues.end))


def test_date_detective_verdicts_on_the_practice_articles():
    verdicts = {article.id: date_article(article) for article in load_practice_articles()}
    assert verdicts["wire-xi-moscow"].verdict == "Dated: 21 Mar 2023."
    assert verdicts["statemedia-trade-record"].verdict == "Dated: 12 Jan 2024."
    # undated texts: the latest clue the detective finds is the planted one
    assert verdicts["brief-power-of-siberia-2"].likely_earliest.strftime("%Y-%m") == "2023-11"
    assert verdicts["oped-allies-in-all-but-name"].earliest.strftime("%Y-%m-%d") == "2022-02-04"
    blog = verdicts["blog-chinese-cars"].evidence
    assert blog[blog.text == "2024"].earliest.iloc[0].year == 2024


def test_the_planted_false_alarm_is_raised_by_the_profile():
    loaded = signal_evidence(load_practice("blog-chinese-cars"), "loaded")
    assert "regime" in set(loaded.text)
    assert "sanctions regime" in load_practice("blog-chinese-cars").raw


# --- the contradicted claims really are contradicted by the pack's own data ---------------------------------

def test_contradicted_claims_against_the_pack_data():
    timeline = load_timeline().set_index("id")
    trade = load_trade().set_index("year").total_usd_bn
    assert "China abstains" in timeline.loc["un_abstention", "description"]          # wire: "voted against it"
    assert trade[2015] < trade[2014] and trade[2020] < trade[2019]                   # state media: "grown every year"
    assert trade[2023] < 2 * trade[2021]                                             # blog: "more than doubled"
    assert str(timeline.loc["power_of_siberia", "date"].date()) == "2019-12-02"      # brief: "since December 2020"
    digest = yaml.safe_load((ROOT / "helpers" / "data" / "treaty_digest.yaml").read_text(encoding="utf-8"))
    article_9 = [a for a in digest["articles"] if a["number"] == 9][0]
    assert "consultation only" in article_9["summary"]                               # op-ed: "commits ... defence"


def trade_row(year):
    return f"{year}: ${load_trade().set_index('year').total_usd_bn[year]:g}bn"


@pytest.mark.parametrize("article_id,word,expected", [
    ("wire-xi-moscow", "abstain", "China abstains"),
    ("statemedia-trade-record", "trade", 2015),
    ("blog-chinese-cars", "trade", 2021),
    ("brief-power-of-siberia-2", "Power of Siberia", "2 Dec 2019"),
    ("oped-allies-in-all-but-name", "consult", "It promises consultation only"),
])
def test_the_corroboration_step_reaches_the_data_that_contradicts_each_planted_claim(article_id, word, expected):
    from helpers.capstone import find_in_pack

    expected = trade_row(expected) if isinstance(expected, int) else expected
    found = find_in_pack(word, exclude=load_practice(article_id))
    data = found[found.kind == "pack data"]
    assert any(expected in text for text in data.text), (article_id, word)


def test_no_practice_article_reuses_gold_set_text():
    gold = [p for folder in (ROOT / "tests" / "gold", ROOT.parent / "shared" / "eval") if folder.is_dir()
            for p in folder.rglob("*") if p.is_file() and p.suffix in (".txt", ".json", ".jsonl", ".md")]
    if not gold:
        pytest.skip("no gold set on this machine")
    gold_text = " ".join(" ".join(p.read_text(encoding="utf-8", errors="ignore").split()) for p in gold)
    for article in load_practice_articles():
        for sentence in article.sentences:
            if len(sentence.text) > 60:
                assert " ".join(sentence.text.split()) not in gold_text, (article.id, sentence.text)


def test_practice_table_and_articles_work_without_the_answer_key(monkeypatch, tmp_path):
    """A student copy has no answer key: the articles and their table still load; the key says who has it."""
    import helpers.practice as practice

    monkeypatch.setattr(practice, "KEY_FILE", tmp_path / "practice_key.yaml")
    practice._read_key.cache_clear()
    try:
        table = practice.practice_table()
        assert table.loc["wire-xi-moscow", "imitates"] == "wire-style report"
        with pytest.raises(DataFileError, match="your teacher has it"):
            practice.load_answer_key("wire-xi-moscow")
    finally:
        practice._read_key.cache_clear()
