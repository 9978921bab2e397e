"""How fast is annotate()? Run `python -m helpers.bench` (add `--quick` for a short run).

It annotates the five seeds copied 1, 10, 100 and 1000 times and prints, for each size, the time,
MB/s and milliseconds per article. Beside it runs a naive matcher (one regex search per lexicon term,
which is what you might write first) on the same input, on the smaller sizes only, because it is slow.
The naive matcher only finds lexicon terms; annotate() does that and all the patterns too, so the
speed-up shown is, if anything, too small.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import time

import pandas as pd

from .annotate import annotate, load_lexicon, searchable_text
from .lexicon import pack_regexes
from .articles import Article, Corpus, load_seeds


def replicate(corpus: Corpus, times: int) -> Corpus:
    """The corpus `times` over, each copy with its own ids (the texts are shared, not copied)."""
    return Corpus([dataclasses.replace(article, id=f"{article.id}-{k}")
                   for k in range(times) for article in corpus])


def megabytes(corpus: Corpus) -> float:
    """The size of the annotated text (from each article's text_start), in MB of UTF-8."""
    return sum(len(article.raw[article.text_start:].encode("utf-8")) for article in corpus) / 1e6


def naive_matchers() -> list[tuple[str, str, re.Pattern[str]]]:
    """One compiled regex per lexicon term: the slow, obvious way."""
    matchers = []
    for row in load_lexicon().itertuples(index=False):
        flags = 0 if row.case_sensitive == "yes" else re.IGNORECASE
        words = r"\s+".join(re.escape(word) for word in row.term.split())
        matchers.append((row.layer, row.label, re.compile(r"(?<!\w)" + words + r"(?!\w)", flags)))
    return matchers


def naive_annotate(corpus: Corpus, matchers) -> list[tuple]:
    """Every lexicon term searched on its own over every article (no dates, patterns or areas)."""
    rows = []
    for article in corpus:
        text = searchable_text(article)
        for layer, label, regex in matchers:
            for match in regex.finditer(text, article.text_start):
                rows.append((article.id, match.start(), match.end(), match.group(), layer, label))
    return rows


def timed(function, repeat: int = 1) -> float:
    """The best of `repeat` runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def run(sizes=(1, 10, 100, 1000), naive_sizes=(1, 10, 100)) -> pd.DataFrame:
    """Time annotate() and the naive matcher; one row per corpus size."""
    seeds = load_seeds()
    pack_regexes()                            # compile the lexicon once, as a notebook would
    annotate(seeds)                           # warm up
    naive = naive_matchers()
    rows = []
    for size in sizes:
        corpus = replicate(seeds, size)
        mb = megabytes(corpus)
        repeat = 7 if size == 1 else 3 if size <= 10 else 1
        seconds = timed(lambda: annotate(corpus), repeat)
        row = {"copies": size, "articles": len(corpus), "MB": round(mb, 2), "seconds": round(seconds, 3),
               "MB/s": round(mb / seconds, 2), "ms/article": round(seconds * 1000 / len(corpus), 2)}
        if size in naive_sizes:
            naive_seconds = timed(lambda: naive_annotate(corpus, naive), 3 if size == 1 else 1)
            row.update({"naive seconds": round(naive_seconds, 3), "naive MB/s": round(mb / naive_seconds, 2),
                        "speed-up": round(naive_seconds / seconds, 1)})
        rows.append(row)
    table = pd.DataFrame(rows).set_index("copies")
    base = table["ms/article"].iloc[0]
    table["vs linear"] = (table["ms/article"] / base).round(2)
    return table


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description="Time annotate() on the seeds copied many times.")
    parser.add_argument("--quick", action="store_true", help="only 1x and 10x (a smoke test)")
    args = parser.parse_args(argv)
    sizes, naive_sizes = ((1, 10), (1,)) if args.quick else ((1, 10, 100, 1000), (1, 10))
    table = run(sizes, naive_sizes)
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(table.to_string(na_rep="-"))
    print(f"\nnaive = one regex per lexicon term, run on {', '.join(f'{n}x' for n in naive_sizes)} only (it is slow).")
    print("'vs linear' = ms per article divided by ms per article at 1x (1.0 = perfectly linear).")


if __name__ == "__main__":
    main()
