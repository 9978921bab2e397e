"""A smoke test of the benchmark (no timing is asserted: speed is measured by `python -m helpers.bench`)."""

from helpers.bench import big_article, replicate, scaling


def test_replicate_gives_unique_ids(seeds):
    copies = replicate(seeds, 3)
    assert len(copies) == 15 and len(set(copies.ids)) == 15


def test_the_big_article_is_200_kb_of_seed_text(seeds):
    big = big_article(seeds)
    assert len(big.raw.encode("utf-8")) >= 200_000
    summary = seeds["summary"]
    assert big.raw[big.text_start:].startswith(summary.raw[summary.text_start:].strip()[:40])


def test_scaling_gives_a_table():
    table = scaling(sizes=(1,))
    assert list(table.index) == [1] and table.loc[1, "articles"] == 5
    assert {"CPU s", "ms/article"} <= set(table.columns)
