"""A smoke test of the benchmark (no timing is asserted: speed is measured by `python -m helpers.bench`)."""

from helpers import load_seeds
from helpers.bench import megabytes, naive_annotate, naive_matchers, replicate, run


def test_replicate_gives_unique_ids():
    seeds = load_seeds()
    copies = replicate(seeds, 3)
    assert len(copies) == 15 and len(set(copies.ids)) == 15
    assert round(megabytes(copies), 4) == round(3 * megabytes(seeds), 4)


def test_naive_matcher_finds_the_same_kind_of_thing():
    fragment = replicate(load_seeds(), 1)
    rows = naive_annotate(fragment, naive_matchers())
    assert ("essay-0", "entities", "President Jinping") in {(r[0], r[4], r[3]) for r in rows}


def test_run_gives_a_table():
    table = run(sizes=(1,), naive_sizes=())
    assert list(table.index) == [1]
    assert {"articles", "MB", "seconds", "MB/s", "ms/article", "vs linear"} <= set(table.columns)
    assert table.loc[1, "articles"] == 5
