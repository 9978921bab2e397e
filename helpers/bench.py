"""How fast are the helpers? Run `python -m helpers.bench` (add `--scaling` for the corpus-size table).

It prints two figures the pack promises (issue 9), each the best of a few warm runs:

- the five seeds annotated, profiled and dated (goal: under 300 ms);
- one article of about 200 KB (the seeds' texts repeated) annotated, profiled and dated (goal: under 1.5 s).

Each run starts with annotate()'s cache emptied (within one run, profile() and date_article() reuse
the marks annotate() found). Times are CPU seconds of this process (`time.process_time`), so that other programs on a shared machine
do not inflate them; the wall-clock time is printed beside them. `--scaling` also annotates the seeds
copied 1, 10 and 100 times, to show that the time per article stays flat.
"""

from __future__ import annotations

import argparse
import dataclasses
import time

import pandas as pd

from .annotations import annotate, forget_marks
from .articles import Article, Corpus, build_article, load_seeds
from .dating import date_article, date_corpus
from .lexicon import pack_regexes
from .profiles import profile

SEEDS_GOAL_MS = 300
BIG_GOAL_S = 1.5
BIG_BYTES = 200_000


def replicate(corpus: Corpus, times: int) -> Corpus:
    """The corpus `times` over, each copy with its own ids (the texts are shared, not copied)."""
    return Corpus([dataclasses.replace(article, id=f"{article.id}-{k}")
                   for k in range(times) for article in corpus])


def big_article(corpus: Corpus, size: int = BIG_BYTES) -> Article:
    """One article of at least `size` bytes: the seeds' texts, one after another, repeated."""
    body = "\n\n".join(article.raw[article.text_start:].strip() for article in corpus)
    text = body
    while len(text.encode("utf-8")) < size:
        text += "\n\n" + body
    header = "title: Two hundred kilobytes of the seeds\n\n"
    return build_article("big", header + text, {"title": "Two hundred kilobytes of the seeds"},
                         text_start=len(header))


def timed(function, repeat: int = 3) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of the fastest of `repeat` runs."""
    best = (float("inf"), float("inf"))
    for _ in range(repeat):
        forget_marks()  # every run reads the text afresh: "warm" means libraries and word lists loaded, no more
        cpu, wall = time.process_time(), time.perf_counter()
        function()
        best = min(best, (time.process_time() - cpu, time.perf_counter() - wall))
    return best


def all_three(articles) -> None:
    annotate(articles)
    profile(articles)
    if isinstance(articles, Article):
        date_article(articles)
    else:
        date_corpus(articles)


def run(repeat: int = 3) -> pd.DataFrame:
    """One row per task: CPU ms, wall ms and the goal."""
    seeds = load_seeds()
    pack_regexes()
    all_three(seeds)  # warm: word lists compiled, files read
    rows = []
    for task, function in [("annotate 5 seeds", lambda: annotate(seeds)),
                           ("profile 5 seeds", lambda: profile(seeds)),
                           ("date 5 seeds", lambda: date_corpus(seeds)),
                           ("5 seeds: all three", lambda: all_three(seeds))]:
        cpu, wall = timed(function, repeat)
        rows.append({"task": task, "CPU ms": round(cpu * 1000), "wall ms": round(wall * 1000),
                     "goal ms": SEEDS_GOAL_MS if "all three" in task else None})
    big = big_article(seeds)
    kb = len(big.raw.encode("utf-8")) / 1000
    for task, function in [(f"annotate {kb:.0f} KB", lambda: annotate(big)),
                           (f"profile {kb:.0f} KB", lambda: profile(big)),
                           (f"date {kb:.0f} KB", lambda: date_article(big)),
                           (f"{kb:.0f} KB: all three", lambda: all_three(big))]:
        cpu, wall = timed(function, 1)
        rows.append({"task": task, "CPU ms": round(cpu * 1000), "wall ms": round(wall * 1000),
                     "goal ms": BIG_GOAL_S * 1000 if "all three" in task else None})
    return pd.DataFrame(rows).set_index("task")


def scaling(sizes=(1, 10, 100)) -> pd.DataFrame:
    """annotate() on the seeds copied `sizes` times: CPU seconds and ms per article."""
    seeds = load_seeds()
    rows = []
    for size in sizes:
        corpus = replicate(seeds, size)
        cpu, wall = timed(lambda: annotate(corpus), 3 if size == 1 else 1)
        rows.append({"copies": size, "articles": len(corpus), "CPU s": round(cpu, 3),
                     "ms/article": round(cpu * 1000 / len(corpus), 1)})
    return pd.DataFrame(rows).set_index("copies")


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print the tables."""
    parser = argparse.ArgumentParser(description="Time annotate(), profile() and date_article() on the seeds.")
    parser.add_argument("--scaling", action="store_true", help="also annotate the seeds copied 1, 10 and 100 times")
    parser.add_argument("--repeat", type=int, default=3, help="warm runs per task (the fastest is shown)")
    args = parser.parse_args(argv)
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(run(args.repeat).to_string(na_rep="-"))
        if args.scaling:
            print()
            print(scaling().to_string())
    print("\nCPU ms = time this process spent computing (other programs on the machine do not count); "
          "the goals are for the CPU figure.")


if __name__ == "__main__":
    main()
