"""helpers.text: page furniture, cut-off endings and texts that are not in English (made-up examples)."""

import pytest

from helpers.articles import build_article
from helpers.text import (Span, clutter_kind, clutter_patterns, ends_mid_sentence, english_share, foreign_passages,
                          in_context, language_warning, main_language, passages_note, sentence_at)


def article(body: str, title: str = "A test"):
    raw = f"title: {title}\n\n{body}"
    return build_article("test", raw, {"title": title}, len(f"title: {title}\n\n"))


# --- clutter -----------------------------------------------------------------------------------------

FURNITURE = {
    "Also Read: Five things to know about the summit": "related-article link",
    "Read Also - Why the pipeline matters": "related-article link",
    "Like us on Facebook": "social media button",
    "Follow us on Telegram for breaking news": "social media button",
    "(Xinhua/Li Example)": "photo credit",
    "(AFP Photo/Jane Doe)": "photo credit",
    "Photo: Getty Images": "photo credit",
    "Image credit: Kremlin press service": "photo credit",
    "No posts to display": "empty widget",
    "Advertisement": "advertisement",
    "Story continues below advertisement": "advertisement",
    "Share on WhatsApp": "share button",
    "Subscribe to our weekly newsletter": "newsletter prompt",
    "Sign up for the morning briefing": "newsletter prompt",
    "Click here to read the full statement": "call to action",
    "Read more at example.org/world": "read-more link",
    "Listen to this story (4 min)": "audio player button",
    "7 min read": "reading-time label",
    "Reading time: 3 minutes": "reading-time label",
    "MORE STORIES": "related-articles heading",
    "You may also like": "related-articles heading",
    "Enditem": "wire end marker",
    "Leave a comment": "comments widget",
    "Accept all cookies": "cookie or paywall notice",
}

TEXT_LINES = [
    "Share prices in Moscow rose after the summit.",
    "Read the treaty itself before you judge it.",
    "Photographs of the signing were shown on state television, and the ceremony lasted an hour while "
    "officials from both sides looked on and journalists waited outside the hall for a statement.",
    "FOR IMMEDIATE RELEASE",
    "-ENDS-",
    "###",
    "Reporting by Jane Example; Editing by Sam Example",
    "Media contact: press@example.org",
    "Also, the two sides read the text differently.",
    "Like many treaties, it can be renewed.",
]


@pytest.mark.parametrize("line", FURNITURE, ids=list(FURNITURE))
def test_common_page_furniture_is_clutter(line):
    assert clutter_kind(line, inside_poll=False) == FURNITURE[line]


@pytest.mark.parametrize("line", TEXT_LINES)
def test_lines_that_belong_to_the_text_are_not_clutter(line):
    assert clutter_kind(line, inside_poll=False) == ""


def test_clutter_patterns_come_from_a_readable_file():
    kinds = {kind for kind, _ in clutter_patterns()}
    assert {"photo credit", "advertisement", "related-article link", "social media button"} <= kinds


def test_clutter_is_left_out_of_the_body_and_spans_point_into_raw():
    a = article("The leaders met in Moscow.\n\nAlso Read: Ten facts about pipelines\n\nThey signed a deal.\n\n"
                "Like us on Facebook\n")
    assert [c.text for c in a.clutter] == ["Also Read: Ten facts about pipelines", "Like us on Facebook"]
    assert "Also Read" not in a.body
    for span in [*a.clutter, *a.paragraphs, *a.sentences]:
        assert a.raw[span.start:span.end] == span.text


# --- truncation -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("ending", [
    "The talks went on. Then the minister",           # short last line cut after a word: not a heading
    "The talks went on. Both sides agreed to",
    "A panel will be chaired by Prof.",                  # a name should follow
    "The summit ended with a plan for…",                 # a site's teaser cut
    "The deal covers gas, oil,",
    'He smiled and said: "The treaty',
])
def test_a_text_cut_mid_sentence_is_truncated(ending):
    a = article(f"The leaders met in Moscow on Monday and talked for hours about trade.\n\n{ending}")
    assert a.truncated
    assert a.raw[a.truncation.start:a.truncation.end] == a.truncation.text
    assert a.truncation.text in ending
    assert a.paragraphs[-1] not in a.headings  # the cut line is text, so its words count


@pytest.mark.parametrize("ending", [
    "Is that enough to make them allies?",
    "Stay tuned, friends 🚀",
    "See you next week…",
    "— A. Reader, Glasgow",
    "###",
    "-ENDS-",
    "Reporting by Jane Example; Editing by Sam Example",
    "- 2021-06-28: the extension is announced",
    "Media contact: press@example.org",
    "The writer is a fellow at an example institute",
    "It was agreed in the U.S.",
    "中俄关系处于历史最高水平。",
])
def test_a_complete_text_is_not_truncated(ending):
    a = article(f"The leaders met in Moscow on Monday and talked for hours about trade.\n\n{ending}")
    assert not a.truncated, ending


def test_ends_mid_sentence_reads_only_the_end():
    assert ends_mid_sentence("They met Dr.") and not ends_mid_sentence("They met in the U.S.")


def test_the_cut_is_found_when_clutter_follows():
    a = article("The leaders met in Moscow.\n\nThe pipeline would add gas every year to\n\nAdvertisement\n\n"
                "Share this article\n")
    assert a.truncated and a.truncation.text == "The pipeline would add gas every year to"


# --- language ------------------------------------------------------------------------------------------------

RUSSIAN = "Министры встретились в Москве и обсудили торговлю. Переговоры продолжались весь день."
CHINESE = "两国外长在北京举行会谈。双方同意继续加强合作。"
FRENCH = ("Les deux pays ont signé un accord de coopération. Le texte prévoit des consultations régulières "
          "entre les ministres des affaires étrangères, sans aucune alliance militaire entre eux.")


def test_main_language_by_alphabet_and_common_words():
    assert main_language(RUSSIAN) == "ru"
    assert main_language(CHINESE) == "zh"
    assert main_language(FRENCH) == "other"
    assert main_language("The two countries signed a treaty of friendship in 2001.") == "en"
    assert main_language("2001 — 2021") == "none"
    assert english_share(FRENCH) < 0.1


@pytest.mark.parametrize("text, language", [(RUSSIAN, "Russian"), (CHINESE, "Chinese"), (FRENCH, "another language")])
def test_a_text_in_another_language_gets_one_sentence_saying_so(text, language):
    warning = language_warning(article(text))
    assert f"mostly in {language}, not English" in warning
    assert "readability is not computed" in warning and "\n" not in warning


def test_a_text_with_no_words_says_so():
    assert "no English words" in language_warning(article("2001 — 2021 — 2022"))


def test_an_english_text_gets_no_warning_but_its_foreign_passages_are_found():
    body = f"A commentator wrote on a forum:\n\n{RUSSIAN}\n\nAnother post said:\n\n{CHINESE}\n\nThe two posts disagree."
    a = article(body)
    assert language_warning(a) == ""
    passages = foreign_passages(a)
    assert [span.kind for span in passages] == ["ru", "zh"]
    assert passages[0].text == RUSSIAN and passages[1].text == CHINESE
    assert all(a.raw[s.start:s.end] == s.text for s in passages)
    assert passages_note(a).startswith("2 passage(s) in Chinese and Russian")


def test_a_chinese_paragraph_is_text_not_a_heading():
    a = article(CHINESE + CHINESE)
    assert a.headings == [] and len(a.sentences) == 4


def test_art_before_a_number_does_not_end_a_sentence():
    a = article("Under Art. 9 the sides consult. It is a work of art. Then more.")
    assert [s.text for s in a.sentences] == ["Under Art. 9 the sides consult.", "It is a work of art.", "Then more."]


# --- the text around an offset (sentence_at, in_context) ---------------------------------------------------


def test_sentence_at_gives_the_sentence_a_heading_or_nothing(seeds):
    corpus = seeds
    oped = corpus["oped"]
    sentence = sentence_at(oped, oped.raw.index("Article 9 states") + 20)
    assert sentence.text.startswith("Article 9 states that when either party")
    assert sentence.text.endswith("consult to eliminate the threat.")
    assert oped.raw[sentence.start:sentence.end] == sentence.text
    assert sentence_at(oped, 3).text == "By Audrey Oien"  # a heading is not cut into sentences: its paragraph
    credit = corpus["essay"].clutter[0]  # page clutter is no sentence: an empty span at the offset
    assert credit.text == "REUTERS/Tingshu Wang"
    assert sentence_at(corpus["essay"], credit.start + 2) == Span(credit.start + 2, credit.start + 2, "")


def test_in_context_marks_the_words_inside_their_paragraph(seeds):
    oped = seeds["oped"]
    sentence = sentence_at(oped, oped.raw.index("Article 9 states"))
    text = in_context(oped, sentence.start, sentence.end)
    assert "▶ Article 9 states" in text and "eliminate the threat. ◀" in text
    assert text.startswith("Furthermore, the idea of some sort of alliance")
    start = oped.raw.index("Article 9 states")
    assert in_context(oped, start, start + 9, marks=("[[", "]]")).count("[[Article 9]] states") == 1


@pytest.mark.parametrize("call, message", [
    (lambda seeds: in_context("oped", 0, 10),
     r"^in_context\(\) needs one article, e\.g\. in_context\(corpus\['oped'\], start, end\), not a str\.$"),
    (lambda seeds: in_context(seeds, 0, 10), r"needs one article, .* not a Corpus\.$"),
    (lambda seeds: in_context(seeds["oped"], "0", 10), "start and end should be whole numbers with start <= end"),
    (lambda seeds: in_context(seeds["oped"], 10, 5), "not 10 and 5"),
    (lambda seeds: sentence_at(seeds, 10), r"^sentence_at\(\) needs one article, e\.g\. sentence_at\(corpus\['oped'\], 120\)"),
    (lambda seeds: sentence_at(seeds["oped"], 2.5), r"offset should be a whole number from 0 to \d+ .* not 2\.5\.$"),
    (lambda seeds: sentence_at(seeds["oped"], -1), "not -1"),
    (lambda seeds: sentence_at(seeds["oped"], True), "not True"),
])
def test_bad_input_to_sentence_at_and_in_context_gets_one_sentence(call, message, seeds):
    from helpers.errors import PackError

    with pytest.raises(PackError, match=message) as raised:
        call(seeds)
    assert "\n" not in str(raised.value)
