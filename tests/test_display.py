"""show() and show_text(): escaped HTML, a plain-text form, nested spans."""

import re

import pandas as pd
import pytest

from helpers.articles import build_article
from helpers.display import LAYER_STYLE, show, show_text


def test_plain_text_brackets_and_labels(corpus):
    text = show_text(corpus["summary"], layers=["entities"], max_chars=700)
    assert "[President Xi|entity:person]" in text
    assert "[President Putin|entity:person]" in text
    assert text.endswith("[…]")
    essay = show_text(corpus["essay"], layers=["entities"])
    assert "[Xi Jinping|entity:person]" in essay and "Xinjiang" in essay and "[Xinjiang|entity:place]" in essay


def test_plain_text_without_brackets_is_the_article(corpus):
    article = corpus["oped"]
    text = show_text(article)
    stripped = re.sub(r"\|[a-z]+:[a-z_]+\]", "", text).replace("[", "")
    assert stripped == article.raw.replace("[", "")


def test_html_escapes_the_article_and_nests(corpus):
    raw = 'Putin said "<script>alert(1)</script>" & Xi may <b>agree</b> in May 2021.'
    shown = show(build_article("x", raw, {}))
    assert "<script>" not in shown.html and "&lt;script&gt;" in shown.html
    assert "<b>" not in shown.html
    assert shown.html.count("<span") == shown.html.count("</span>")
    # printed (repr/str), the article is bracketed plain text, shown as it is, nested spans inside out
    assert str(shown) == repr(shown) == (
        '[[Putin|entity:person] said|attribution:named_source] ["<script>alert(1)</script>"|attribution:quotation] '
        '& [Xi|entity:person] [may|stance:hedge] <b>agree</b> in [May 2021|date:month].')
    # in Jupyter, the HTML: the legend, then the escaped text with the quotation highlighted
    page = shown._repr_html_()
    assert page.startswith('<div class="ann-article"') and '<div class="ann-legend"' in page
    assert 'data-label="quotation" title="attribution: quotation | → Vladimir Putin | Words in quotation marks' in page
    assert ('style="background: #56B4E955; border-bottom: 3px dashed #56B4E9; padding: 0 1px;">'
            '&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;</span>') in page


def test_html_has_legend_titles_and_palette(corpus):
    page = show(corpus["essay"], layers=["entities", "stance"], max_chars=2500).html
    assert LAYER_STYLE["entities"][0] in page and LAYER_STYLE["stance"][0] in page
    assert LAYER_STYLE["dates"][0] not in page
    assert 'title="entities: person | → Vladimir Putin"' in page
    assert 'title="stance: loaded | Loaded word' in page
    # tags nest properly even with whole-sentence areas overlapping everything else
    full = show(corpus["essay"]).html
    depth = 0
    for tag in re.findall(r"</?span", full):
        depth += 1 if tag == "<span" else -1
        assert depth >= 0
    assert depth == 0


def test_highlight_is_strong_enough_for_a_projector(corpus):
    """Each highlight's background is at least a quarter-strength tint of its layer colour (it was 0x22, too faint
    on a projector), and its underline 3 px."""
    page = show(corpus["explainer"], layers=["stance"]).html
    tints = re.findall(r"background: (#[0-9A-Fa-f]{6})([0-9A-Fa-f]{2});", page)
    assert tints and all(colour == LAYER_STYLE["stance"][0] and int(alpha, 16) >= 0x40 for colour, alpha in tints)
    assert "border-bottom: 3px solid #D55E00" in page


def test_excerpts(corpus):
    oped = corpus["oped"]
    part = show_text(oped, layers=["treaty"], sentences=(20, 22))
    assert "[Article 9|treaty:article]" in part
    assert "[Articles 7|treaty:article] and [16|treaty:article]" in part
    assert len(show_text(oped, max_chars=300)) < 600
    with pytest.raises(ValueError, match="selects no sentence"):
        show(oped, sentences=(500, 501))


def test_given_annotations_are_used(corpus):
    from helpers.annotations import annotate

    spans = annotate(corpus)
    informal = spans[spans.label == "informal"]
    text = show_text(corpus["explainer"], annotations=informal, max_chars=400)
    assert "[Hey guys|stance:informal]" in text and "entity:" not in text


@pytest.mark.parametrize("options, message", [
    ({"sentences": 3}, r"sentences should be two whole numbers \(first, last\), e\.g\. sentences=\(0, 3\), not 3\."),
    ({"sentences": (0, "2")}, r"not \(0, '2'\)\."),
    ({"max_chars": "100"}, r"max_chars must be a whole number of characters, 1 or more, not '100'\."),
    ({"annotations": pd.DataFrame()}, r"annotations should be the DataFrame annotate\(\) returns"),
    ({"annotations": []}, r"columns article, start, end, text, layer, label, canonical, note"),
])
def test_wrong_options_get_one_clear_sentence(corpus, options, message):
    with pytest.raises(ValueError, match=message):
        show(corpus["essay"], **options)


def test_numpy_whole_numbers_are_accepted(corpus):
    """A number from pandas or numpy (np.int64) selects the same sentences and length as a plain int would."""
    import numpy as np

    part = show_text(corpus["oped"], layers=["treaty"], sentences=(np.int64(20), np.int64(22)))
    assert part == ("[Article 9|treaty:article] states that when either party’s peace or security is confronted or "
                    "threatened, then both parties will consult to eliminate the threat.\n[Articles 7|treaty:article] "
                    "and [16|treaty:article] also discuss increasing cooperation and trust between their militaries, "
                    "while deepening confidence-building measures to consolidate security and cooperating in military "
                    "know-how. […]")
    start = show_text(corpus["oped"], layers=[], max_chars=np.int64(300))
    assert start.startswith("By Audrey Oien\nOver the past few decades, Russia and China") and start.endswith(" […]")
    assert 250 < len(start) - len(" […]") <= 300
