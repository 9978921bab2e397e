"""helpers.inputs: what counts as a whole number, a table, an article or a corpus, decided in one place."""

import numpy as np
import pandas as pd
import pytest

from helpers.errors import PackError
from helpers.inputs import articles_of, is_list_of_articles, is_table_with, is_whole_number


@pytest.mark.parametrize("value, whole", [(3, True), (np.int64(3), True), (0, True), (True, False), (False, False),
                                          (2.5, False), (3.0, False), ("3", False), (None, False)])
def test_whole_numbers_are_integers_but_not_booleans(value, whole):
    assert is_whole_number(value) is whole


def test_a_table_needs_every_named_column():
    frame = pd.DataFrame({"group": ["a"], "term": ["b"], "extra": ["c"]})
    assert is_table_with(frame, ("group", "term"))
    assert not is_table_with(frame, ("group", "label"))
    assert not is_table_with(frame.to_dict("records"), ("group",))


def test_articles_of_takes_one_article_a_corpus_or_a_list(seeds):
    assert [a.id for a in articles_of(seeds["oped"], "f()")] == ["oped"]
    assert [a.id for a in articles_of(seeds, "f()")] == list(seeds.ids)
    assert [a.id for a in articles_of((seeds["essay"], seeds["summary"]), "f()")] == ["essay", "summary"]
    assert is_list_of_articles([seeds["essay"]]) and not is_list_of_articles([seeds["essay"], "summary"])


class TopicError(PackError):
    pass


@pytest.mark.parametrize("bad, words", [("essay", "annotate() needs an article or a corpus, not a string"),
                                        (42, "annotate() needs an article or a corpus (from load_seeds()"),
                                        (["essay"], "annotate() needs an article or a corpus (from load_seeds() or load_corpus()), not a list.")])
def test_anything_else_is_the_callers_error_in_one_sentence(bad, words):
    with pytest.raises(TopicError) as problem:
        articles_of(bad, "annotate()", TopicError)
    assert str(problem.value).startswith(words) and "\n" not in str(problem.value)
