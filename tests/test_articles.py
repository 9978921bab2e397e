"""The loader: seeds with real expected values, added articles, and every kind of bad input."""


import pytest

from helpers import ArticleError, load_article, load_corpus
from helpers.articles import build_article
from helpers.errors import PackError
from helpers.text import count_words


def test_five_seeds_in_catalog_order(seeds):
    assert seeds.ids == ["summary", "essay", "oped", "explainer", "fragment"]


def test_every_piece_points_back_into_the_raw_text(seeds):
    for article in seeds:
        for span in [*article.paragraphs, *article.sentences, *article.headings, *article.clutter]:
            assert article.raw[span.start:span.end] == span.text


def test_essay_clutter_is_kept_out_of_the_body_but_inspectable(seeds):
    essay = seeds["essay"]
    kinds = [c.kind for c in essay.clutter]
    assert "REUTERS/Tingshu Wang" in [c.text for c in essay.clutter]
    assert kinds.count("poll vote count") == 4
    assert {"photo credit", "share button", "reader poll", "site menu"} <= set(kinds)
    assert len(essay.clutter) == 15
    for line in ("REUTERS/Tingshu Wang", "Share this article", "33 (31%)", "For researchers", "Poll conducted"):
        assert line not in essay.body
    assert "Kashin" in essay.body


def test_summary_headline_link_is_clutter(seeds):
    summary = seeds["summary"]
    assert [c.kind for c in summary.clutter] == ["headline left as a Markdown link"]
    assert not summary.body.startswith("[")


def test_only_the_fragment_is_truncated(seeds):
    assert [a.id for a in seeds if a.truncated] == ["fragment"]
    assert seeds["fragment"].truncation.text == "Similarly, in"


def test_word_and_sentence_counts(seeds):
    frame = seeds.frame()
    assert frame.loc["essay", "words"] == 3622
    assert frame.loc["fragment", "words"] == 410
    assert frame.loc["summary", "sentences"] == 26
    assert list(frame.columns) == ["title", "author", "published", "date_status", "genre", "words",
                                   "sentences", "clutter_lines", "truncated"]
    assert frame.loc["fragment", "published"] == "2022-02-24 to 2022-10-22 (estimated)"


def test_sentences_keep_abbreviations_initials_and_decimals_whole():
    raw = ("The U.S. and the U.N. met Dr. Li in 2021. J. R. Smith said growth was 3.5 per cent. "
           "Is that all? Yes! It ends here.")
    article = build_article("t", raw, {})
    assert [s.text for s in article.sentences] == [
        "The U.S. and the U.N. met Dr. Li in 2021.",
        "J. R. Smith said growth was 3.5 per cent.",
        "Is that all?",
        "Yes!",
        "It ends here.",
    ]


def test_essay_sentence_with_us_led_is_one_sentence(seeds):
    texts = [s.text for s in seeds["essay"].sentences]
    assert any(t.startswith("Many analysts have argued that these exercises") and t.endswith("actual combat.") for t in texts)


def test_count_words_keeps_compounds():
    assert count_words("The U.S.-led order isn't Sino-Russian.") == 5


# --- added articles -----------------------------------------------------------------

GOOD = "title: A test article\nauthor: Sam Student\npublished: 2024-05\ngenre: news\n\nThe treaty was extended. It will last five years."


def write(folder, name, content):
    path = folder / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_added_article_is_read_with_its_header(tmp_path):
    article = load_article(write(tmp_path, "This Week (BBC).txt", GOOD), tmp_path)
    assert article.id == "this-week-bbc"
    assert article.meta["author"] == "Sam Student" and article.meta["outlet"] == "unknown"
    assert article.meta["date_status"] == "stated"
    assert [s.text for s in article.sentences] == ["The treaty was extended.", "It will last five years."]
    assert article.raw[article.text_start:].startswith("The treaty")


ACCEPTED_HEADERS = {  # what a student's editor or a web page may give -> what the loader stores
    "month name first": ("published: June 28, 2021", "2021-06-28"),
    "day first": ("published: 28 June 2021", "2021-06-28"),
    "short month with a dot": ("published: Jun. 28 2021", "2021-06-28"),
    "ISO timestamp": ("published: 2021-06-28T10:15:00Z", "2021-06-28"),
    "timestamp with a zone": ("published: 2021-06-28 23:50:00+08:00", "2021-06-28"),
    "empty": ("published:", "unknown"),
    "a day no one can misread": ("published: 28/06/2021", "2021-06-28"),
}


@pytest.mark.parametrize("case", ACCEPTED_HEADERS, ids=list(ACCEPTED_HEADERS))
def test_common_ways_of_writing_the_date_are_read(tmp_path, case):
    line, stored = ACCEPTED_HEADERS[case]
    article = load_article(write(tmp_path, "dated.txt", f"title: A test\n{line}\n\nSome text here."), tmp_path)
    assert article.meta["published"] == stored


def test_byte_order_mark_is_dropped_and_offsets_still_hold(tmp_path):
    content = b"\xef\xbb\xbf" + "title: Made on Windows\n\nThe treaty was extended.".encode("utf-8")
    article = load_article(write(tmp_path, "notepad.txt", content), tmp_path)
    assert article.title == "Made on Windows"
    assert not article.raw.startswith("\ufeff")
    for span in [*article.paragraphs, *article.sentences]:
        assert article.raw[span.start:span.end] == span.text


def test_windows_line_endings_leave_no_carriage_return_in_the_header(tmp_path):
    article = load_article(write(tmp_path, "crlf.txt", "title: A test\r\nauthor: Sam\r\n\r\nText here.\r\n"), tmp_path)
    assert article.meta["title"] == "A test" and article.meta["author"] == "Sam"


# --- bad input: one table (tests/bad_articles.py), used here and by test_cli.py ------------------------------


def test_a_bad_file_gets_one_sentence_naming_it(bad_article):
    with pytest.raises(ArticleError) as problem:
        load_article(bad_article.path, bad_article.folder)
    message = str(problem.value)
    assert isinstance(problem.value, PackError)
    assert bad_article.expected in message, message
    assert "\n" not in message and message.endswith(".") and "bad.txt" in message, message


def test_load_corpus_keeps_the_good_files_and_names_the_bad_one(bad_article, capsys):
    write(bad_article.folder, "good.txt", GOOD)
    corpus = load_corpus(bad_article.folder)
    assert corpus.ids == ["summary", "essay", "oped", "explainer", "fragment", "good"]
    assert [name for name, _ in corpus.problems] == ["bad.txt"]
    assert bad_article.expected in corpus.problems[0][1] and "\n" not in corpus.problems[0][1]
    assert capsys.readouterr().out == f"Not loaded: {corpus.problems[0][1]}\n"


def test_path_escaping_the_folder_with_dots(tmp_path):
    folder = tmp_path / "my_articles"
    folder.mkdir()
    outside = write(tmp_path, "outside.txt", GOOD)
    with pytest.raises(ArticleError, match="outside the articles folder"):
        load_article(folder / ".." / outside.name, folder)


def test_corpus_loads_good_files_and_names_bad_ones(tmp_path, capsys):
    write(tmp_path, "good.txt", GOOD)
    write(tmp_path, "empty.txt", "")
    write(tmp_path, "essay.txt", GOOD)  # same id as a seed
    write(tmp_path, "notes.docx", b"PK\x03\x04")
    write(tmp_path, "README.md", "how to add articles")
    corpus = load_corpus(tmp_path)
    assert corpus.ids == ["summary", "essay", "oped", "explainer", "fragment", "good"]
    problems = dict(corpus.problems)
    assert set(problems) == {"empty.txt", "essay.txt", "notes.docx"}
    assert "already taken" in problems["essay.txt"]
    assert "not a .txt file" in problems["notes.docx"]
    printed = capsys.readouterr().out
    assert printed.count("Not loaded:") == 3


def test_corpus_without_user_folder_is_the_seeds(tmp_path, capsys):
    assert load_corpus(tmp_path / "missing").ids == ["summary", "essay", "oped", "explainer", "fragment"]
    assert capsys.readouterr().out == ""


def test_corpus_lookup_forgives_case_and_spaces(seeds):
    assert seeds[" Essay "].id == "essay" and "OPED" in seeds
    with pytest.raises(KeyError, match="the ids are summary, essay"):
        seeds["blog"]
