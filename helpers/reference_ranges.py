"""Write helpers/data/profile_reference.csv: each profile signal's range for the seeds and for kinds of text.

    python -m helpers.reference_ranges            # rewrite the CSV and print each signal's mean by kind of text

The kinds of text come from the gold set in tests/gold/ (articles written for measuring, never shown to
students): only numbers leave it, no words. Run it again after changing a signal or a word list.
"""

from __future__ import annotations

import argparse

import pandas as pd

from .articles import load_article, load_seeds
from .evaluate import read_gold
from .paths import DATA_DIR, GOLD_DIR
from .profiles import SIGNAL_REGISTRY, profile

REFERENCE_FILE = DATA_DIR / "profile_reference.csv"
# The gold set's genres grouped into the kinds of text the notebooks talk about.
KINDS = {
    "wire report": "wire", "news report": "wire", "news analysis": "wire", "live blog": "wire",
    "state-media report": "state media", "state-media commentary": "state media",
    "think-tank brief": "think tank", "think-tank blog": "think tank",
    "encyclopedia entry": "encyclopedia",
    "op-ed": "op-ed", "editorial": "op-ed", "letter to the editor": "op-ed",
    "explainer": "blog", "explainer (Q&A)": "blog", "explainer (chatty blog)": "blog", "newsletter": "blog",
    "sensational blog": "sensational",
}
KIND_ORDER = ["wire", "state media", "think tank", "encyclopedia", "op-ed", "blog", "sensational"]
NUMERIC = [name for name in SIGNAL_REGISTRY if name != "date_status"]


def gold_profiles() -> pd.DataFrame:
    """The profile of every English gold article, with its kind of text (column `kind`)."""
    gold = read_gold()
    articles, kinds = [], {}
    for item in gold["articles"]:
        if item["language"] != "en" or item["genre"] not in KINDS:
            continue
        articles.append(load_article(GOLD_DIR / item["file"], folder=None))
        kinds[item["id"]] = KINDS[item["genre"]]
    table = profile(articles)
    table["kind"] = [kinds[i] for i in table.index]
    return table


def ranges(table: pd.DataFrame, group: str) -> list[dict]:
    rows = []
    for signal in NUMERIC:
        values = pd.to_numeric(table[signal].astype(float), errors="coerce").dropna()
        if values.empty:
            continue
        rows.append({"group": group, "signal": signal, "n": len(values), "low": round(values.min(), 2),
                     "median": round(values.median(), 2), "high": round(values.max(), 2),
                     "mean": round(values.mean(), 2)})
    return rows


def build() -> tuple[pd.DataFrame, pd.DataFrame]:
    """(reference rows for the CSV, mean of each signal by kind of text)."""
    seeds = profile(load_seeds())
    gold = gold_profiles()
    rows = ranges(seeds, "seeds")
    for kind in KIND_ORDER:
        rows += ranges(gold[gold["kind"] == kind], kind)
    means = gold.groupby("kind")[NUMERIC].apply(lambda t: t.astype(float).mean()).reindex(KIND_ORDER).round(2)
    return pd.DataFrame(rows), means


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Rewrite helpers/data/profile_reference.csv.")
    parser.add_argument("--dry-run", action="store_true", help="print only; do not write the CSV")
    args = parser.parse_args(argv)
    references, means = build()
    if not args.dry_run:
        references.to_csv(REFERENCE_FILE, index=False)
        print(f"wrote {REFERENCE_FILE.name}: {len(references)} rows")
    with pd.option_context("display.width", 250, "display.max_columns", 30):
        print("Mean of each signal by kind of text (gold set, English articles):")
        print(means.T.to_string())


if __name__ == "__main__":
    main()
