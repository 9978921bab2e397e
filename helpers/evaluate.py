"""How well do the helpers read articles nobody here wrote? Scores against the gold set in `tests/gold/`.

    python -m helpers.evaluate            # print the table
    python -m helpers.evaluate --json     # the same figures as JSON
    make eval

    from helpers.evaluate import scores
    table = scores()                      # a DataFrame indexed by (section, measure)
    table.loc[("dating", "confidently wrong"), "count"]

The gold set (`tests/gold/gold.yaml`, described in `tests/gold/README.md`) gives, for 39 short articles, the spans
a careful reader would mark, each article's true date and whether it is cut off, and the expected outcome for
17 malformed files. Its articles are for measuring only: never show one in a notebook or teaching material.

Sections of the table:
- span layers (one row per layer and label, from `helpers/data/eval_layers.csv`): gold and found spans,
  precision / recall / F1 with exact spans and with overlapping spans, and how often a matched span's value
  (canonical name, date, article number) is right;
- `negatives`: the share of look-alikes (not sources, not stance, not clutter) the helpers still mark;
- `speakers`: quotations credited to the right named speaker (the quotation row's canonical);
- `treaty`: article numbers bound to the right treaty (the '[NATO]'-style tag at the start of the row's note);
- `dating`: `date_article()`'s verdicts: right range, confidently wrong, honest "cannot tell", missed, unsupported;
- `truncation`, `language`, `malformed`: texts cut off, texts not in English, files with format problems.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .annotations import annotate
from .articles import Article, ArticleError, load_article
from .dating import date_article
from .data_files import read_rows, read_yaml
from .errors import PackError
from .paths import DATA_DIR, GOLD_DIR
from .text import foreign_passages, main_language

LAYER_MAP_FILE = DATA_DIR / "eval_layers.csv"
SPAN_COLUMNS = ["gold", "found", "exact_precision", "exact_recall", "exact_f1",
                "precision", "recall", "f1", "values_right"]
COUNT_COLUMNS = ["count", "of", "share"]
COLUMNS = SPAN_COLUMNS + COUNT_COLUMNS
NEGATIVE_LAYERS = {"non_sources": ("attribution", ("named_source", "vague_source")),
                   "not_stance": ("stance", ("hedge", "booster", "loaded", "informal")),
                   "not_clutter": ("production", ("clutter",))}


# --- reading the gold set ---------------------------------------------------------------------


def read_gold(folder: Path = GOLD_DIR) -> dict:
    """gold.yaml as a dict with the keys `articles` and `malformed`."""
    return read_yaml(Path(folder) / "gold.yaml",
                     if_missing="There is no gold set here: the evaluation needs tests/gold/gold.yaml (it is left "
                                "out of the student copy); run it from the full pack.")


def read_layer_map(path: Path = LAYER_MAP_FILE) -> list[dict[str, str]]:
    """The rows of eval_layers.csv: which gold layer and label is scored against which annotate() rows."""
    return read_rows(path)


def locate(raw: str, text: str, occ: int) -> tuple[int, int] | None:
    """(start, end) of the `occ`-th occurrence of `text` in `raw`, overlapping occurrences counted."""
    position = -1
    for _ in range(max(occ, 1)):
        position = raw.find(text, position + 1)
        if position == -1:
            return None
    return position, position + len(text)


def gold_region(raw: str, item: dict, region: str) -> tuple[int, int] | None:
    """A gold item's span; with region 'with_verb', stretched to cover its reporting verb too."""
    span = locate(raw, item["text"], item.get("occ", 1))
    if span is None or region != "with_verb" or not item.get("verb"):
        return span
    verb = locate(raw, item["verb"], item.get("verb_occ") or 1)
    if verb is None:
        return span
    return min(span[0], verb[0]), max(span[1], verb[1])


# --- matching spans ------------------------------------------------------------------------------


def exact_matches(gold: list[tuple[int, int]], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pairs (gold index, found index) with the very same start and end, each span used once."""
    unused = {}
    for index, span in enumerate(found):
        unused.setdefault(span, []).append(index)
    pairs = []
    for index, span in enumerate(gold):
        if unused.get(span):
            pairs.append((index, unused[span].pop(0)))
    return pairs


def overlap_matches(gold: list[tuple[int, int]], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pairs (gold index, found index) that share a character, largest overlaps first, each span used once."""
    candidates = []
    for g, (g_start, g_end) in enumerate(gold):
        for f, (f_start, f_end) in enumerate(found):
            shared = min(g_end, f_end) - max(g_start, f_start)
            if shared > 0:
                candidates.append((-shared, g, f))
    pairs, used_gold, used_found = [], set(), set()
    for _, g, f in sorted(candidates):
        if g not in used_gold and f not in used_found:
            pairs.append((g, f))
            used_gold.add(g)
            used_found.add(f)
    return pairs


def prf(matched: int, gold: int, found: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (NaN where there is nothing to divide by)."""
    precision = matched / found if found else float("nan")
    recall = matched / gold if gold else float("nan")
    if precision != precision or recall != recall or precision + recall == 0:
        f1 = 0.0 if matched == 0 and gold and found else float("nan")
    else:
        f1 = 2 * precision * recall / (precision + recall)
    return precision, recall, f1


# --- what the helpers found ----------------------------------------------------------------------------


@dataclass
class ArticleRun:
    """One gold article with everything the helpers said about it."""

    gold: dict
    article: Article
    spans: pd.DataFrame


def tool_voice(spans: pd.DataFrame) -> pd.Series:
    """Whose words each row is, as annotate() says ('writer' unless it has a `voice` column saying otherwise)."""
    if "voice" in spans.columns:
        return spans["voice"].fillna("writer").replace("", "writer")
    return pd.Series("writer", index=spans.index)


def found_rows(spans: pd.DataFrame, layer: str, labels: list[str], voice: str) -> pd.DataFrame:
    """The annotate() rows of one layer and its labels (only the writer's own words if voice is 'writer')."""
    rows = spans[(spans.layer == layer) & spans.label.isin(labels)]
    if voice == "writer":
        rows = rows[tool_voice(rows) == "writer"]
    return rows


def gold_items(entry: dict, row: dict[str, str]) -> list[dict]:
    """The gold items of one layer that a row of eval_layers.csv selects."""
    items = entry.get(row["gold_layer"]) or []
    if row["gold_field"]:
        wanted = row["gold_values"].split("|")
        items = [item for item in items if str(item.get(row["gold_field"])) in wanted]
    if row["voice"] == "writer":
        items = [item for item in items if item.get("voice") == "writer"]
    return items


def value_right(gold_value, tool_value: str) -> bool:
    """True if the tool's canonical value agrees with the gold's (a source row may list several names)."""
    if gold_value is None:
        return False
    return str(gold_value).strip() in [part.strip() for part in str(tool_value).split(";")]


def count_span_layer(runs: list[ArticleRun], row: dict[str, str]) -> dict[str, int]:
    """Gold spans, found spans, exact and overlap matches (and right values) for one layer and label."""
    totals = {"gold": 0, "found": 0, "exact": 0, "overlap": 0, "valued": 0, "values_right": 0}
    for run in runs:
        items = gold_items(run.gold, row)
        gold = [gold_region(run.article.raw, item, row["region"]) for item in items]
        items = [item for item, span in zip(items, gold) if span is not None]
        gold = [span for span in gold if span is not None]
        found = found_rows(run.spans, row["pack_layer"], row["pack_labels"].split("|"), row["voice"])
        found_spans = list(zip(found.start.astype(int), found.end.astype(int)))
        totals["gold"] += len(gold)
        totals["found"] += len(found_spans)
        totals["exact"] += len(exact_matches(gold, found_spans))
        pairs = overlap_matches(gold, found_spans)
        totals["overlap"] += len(pairs)
        if row["gold_value"]:
            for g, f in pairs:
                totals["valued"] += 1
                totals["values_right"] += value_right(items[g].get(row["gold_value"]), found.canonical.iloc[f])
    return totals


def span_figures(totals: dict[str, int]) -> dict[str, float]:
    """Precision, recall and F1 (exact and overlap) and the share of right values, from the counts."""
    exact = prf(totals["exact"], totals["gold"], totals["found"])
    overlap = prf(totals["overlap"], totals["gold"], totals["found"])
    values = totals["values_right"] / totals["valued"] if totals["valued"] else float("nan")
    return {"gold": totals["gold"], "found": totals["found"], "exact_precision": exact[0], "exact_recall": exact[1],
            "exact_f1": exact[2], "precision": overlap[0], "recall": overlap[1], "f1": overlap[2],
            "values_right": values}


def span_scores(runs: list[ArticleRun]) -> list[tuple[str, str, dict]]:
    """(section, measure, figures) for every row of eval_layers.csv, plus 'all labels' rows for split layers."""
    results, groups = [], {}
    for row in read_layer_map():
        totals = count_span_layer(runs, row)
        results.append(("spans", row["measure"], span_figures(totals)))
        if " / " in row["measure"]:
            groups.setdefault(row["measure"].split(" / ")[0], []).append(totals)
    for name, members in groups.items():
        summed = {key: sum(member[key] for member in members) for key in members[0]}
        results.append(("spans", f"{name} / all labels", span_figures(summed)))
    return results


def count_row(count: int, of: int) -> dict[str, float]:
    return {"count": count, "of": of, "share": count / of if of else float("nan")}


def negative_scores(runs: list[ArticleRun]) -> list[tuple[str, str, dict]]:
    """For each list of look-alikes: how many the helpers still mark (lower is better)."""
    results = []
    for key, (layer, labels) in NEGATIVE_LAYERS.items():
        flagged = total = 0
        for run in runs:
            found = found_rows(run.spans, layer, list(labels), "all")
            for item in run.gold.get(key) or []:
                span = locate(run.article.raw, item["text"], item.get("occ", 1))
                total += 1
                flagged += any(s < span[1] and span[0] < e for s, e in zip(found.start, found.end))
        results.append(("negatives", f"{key} marked (lower is better)", count_row(flagged, total)))
    return results


def quotation_speaker(quote) -> str:
    """Whom annotate() credits with a quotation: the quotation row's `canonical` ("" when nobody named)."""
    return quote.canonical if isinstance(quote.canonical, str) else ""


def speaker_scores(runs: list[ArticleRun]) -> list[tuple[str, str, dict]]:
    """Gold quotations with a named speaker that the helpers mark and credit to that speaker."""
    right = total = 0
    for run in runs:
        quotes = run.spans[(run.spans.layer == "attribution") & (run.spans.label == "quotation")]
        quote_spans = list(zip(quotes.start.astype(int), quotes.end.astype(int)))
        items = [item for item in run.gold.get("quotations") or [] if item.get("speaker")]
        gold = [locate(run.article.raw, item["text"], item["occ"]) for item in items]
        matched = dict(overlap_matches(gold, quote_spans))
        for g, item in enumerate(items):
            total += 1
            if g in matched:
                speaker = quotation_speaker(quotes.iloc[matched[g]])
                right += value_right(item["speaker"], speaker)
    return [("speakers", "quotations credited to the right named speaker", count_row(right, total))]


def tool_treaty(note: str) -> str:
    """Which treaty annotate() binds an article number to: the '[NATO]'-style tag that starts its note;
    without a tag, '2001 treaty' unless the note calls it another document."""
    if note.startswith("[") and "]" in note:
        return note[1:note.index("]")]
    return "other" if "another document" in note else "2001 treaty"


def three_way(treaty: str) -> str:
    """The gold README's three-way treaty score: 2001 treaty, NATO, or other."""
    return treaty if treaty in ("2001 treaty", "NATO") else "other"


def treaty_binding_scores(runs: list[ArticleRun]) -> list[tuple[str, str, dict]]:
    """Gold treaty article references that annotate() marks and binds to the right treaty (3-way)."""
    right = total = 0
    for run in runs:
        found = run.spans[(run.spans.layer == "treaty") & (run.spans.label == "article")]
        items = run.gold.get("treaty_articles") or []
        gold = [locate(run.article.raw, item["text"], item["occ"]) for item in items]
        matched = dict(overlap_matches(gold, list(zip(found.start.astype(int), found.end.astype(int)))))
        for g, item in enumerate(items):
            total += 1
            if g in matched:
                right += three_way(tool_treaty(str(found.note.iloc[matched[g]]))) == three_way(item["treaty"])
    return [("treaty", "article references bound to the right treaty", count_row(right, total))]


# --- dating --------------------------------------------------------------------------------------------


def tool_range(result) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """The tightest range the detective states: its likely range if it gives one, else its firm range."""
    if result.likely_earliest is not None or result.likely_latest is not None:
        return result.likely_earliest, result.likely_latest
    return result.earliest, result.latest


def says_cannot_tell(result) -> bool:
    """True if the detective gives no bound (or reports that its clues conflict)."""
    if result.conflict:
        return True
    return all(value is None for value in (result.earliest, result.latest, result.likely_earliest,
                                           result.likely_latest))


def excludes(earliest, latest, day: pd.Timestamp) -> bool:
    """True if a range (open ends allowed) leaves out `day`."""
    return (earliest is not None and day < earliest) or (latest is not None and day > latest)


def dating_outcome(entry: dict, result) -> str:
    """right range / confidently wrong / honest cannot tell / missed / unsupported, as the gold README defines."""
    true_day = pd.Timestamp(entry["true_date"])
    gold_range = entry["dating"]["verdict"] == "range"
    if says_cannot_tell(result):
        return "missed (cannot tell, gold has a range)" if gold_range else "honest cannot tell"
    if excludes(*tool_range(result), true_day) or excludes(result.earliest, result.latest, true_day):
        return "confidently wrong"
    return "right range" if gold_range else "unsupported (a range where gold cannot tell)"


DATING_OUTCOMES = ("right range", "confidently wrong", "honest cannot tell",
                   "missed (cannot tell, gold has a range)", "unsupported (a range where gold cannot tell)")


def dating_table(runs: list[ArticleRun]) -> pd.DataFrame:
    """One row per gold article: the detective's verdict, its range and the outcome."""
    rows = []
    for run in runs:
        result = date_article(run.article)
        earliest, latest = tool_range(result)
        rows.append({"id": run.gold["id"], "true_date": run.gold["true_date"], "gold": run.gold["dating"]["verdict"],
                     "earliest": earliest, "latest": latest, "firm_earliest": result.earliest,
                     "firm_latest": result.latest, "outcome": dating_outcome(run.gold, result),
                     "verdict": result.verdict})
    return pd.DataFrame(rows).set_index("id")


def dating_scores(table: pd.DataFrame) -> list[tuple[str, str, dict]]:
    results = [("dating", outcome, count_row(int((table.outcome == outcome).sum()), len(table)))
               for outcome in DATING_OUTCOMES]
    firm_wrong = sum(excludes(row.firm_earliest if pd.notna(row.firm_earliest) else None,
                              row.firm_latest if pd.notna(row.firm_latest) else None, pd.Timestamp(row.true_date))
                     for row in table.itertuples())
    results.append(("dating", "firm range excludes the true date", count_row(firm_wrong, len(table))))
    right = table[table.outcome == "right range"]
    closed = right[right.earliest.notna() & right.latest.notna()]
    results.append(("dating", "right ranges closed at both ends", count_row(len(closed), len(right))))
    return results


# --- loader: truncation, language, malformed files ----------------------------------------------------------


def truncation_scores(runs: list[ArticleRun]) -> list[tuple[str, str, dict]]:
    """A 2x2 table of gold truncated or not against the loader's verdict, plus the tricky endings."""
    cells = {(g, t): 0 for g in (True, False) for t in (True, False)}
    tricky_right = tricky = 0
    for run in runs:
        gold_cut, tool_cut = bool(run.gold["ending"]["truncated"]), run.article.truncated
        cells[(gold_cut, tool_cut)] += 1
        if run.gold["ending"].get("looks_suspicious"):
            tricky += 1
            tricky_right += gold_cut == tool_cut
    cut = cells[(True, True)] + cells[(True, False)]
    whole = cells[(False, True)] + cells[(False, False)]
    right = cells[(True, True)] + cells[(False, False)]
    return [("truncation", "right (cut and whole texts)", count_row(right, len(runs))),
            ("truncation", "cut texts found cut", count_row(cells[(True, True)], cut)),
            ("truncation", "whole texts called cut", count_row(cells[(False, True)], whole)),
            ("truncation", "tricky endings right", count_row(tricky_right, tricky))]


def language_flags(article: Article) -> tuple[str, list[tuple[int, int]]]:
    """The loader's language verdict for a whole article and the passages it marks as not English."""
    return main_language(article), [(span.start, span.end) for span in foreign_passages(article)]


def language_scores(runs: list[ArticleRun]) -> list[tuple[str, str, dict]]:
    """How many non-English articles and non-English passages the helpers flag; English texts wrongly flagged."""
    texts_flagged = texts = passages_flagged = passages = english_flagged = english = 0
    for run in runs:
        language, spans = language_flags(run.article)
        if run.gold["language"] != "en":
            texts += 1
            texts_flagged += language != "en"
        else:
            english += 1
            english_flagged += language != "en"
        for item in run.gold.get("non_english") or []:
            start, end = locate(run.article.raw, item["text"], item["occ"])
            passages += 1
            passages_flagged += any(s < end and start < e for s, e in spans)
    return [("language", "non-English articles flagged", count_row(texts_flagged, texts)),
            ("language", "non-English passages flagged", count_row(passages_flagged, passages)),
            ("language", "English articles called not English", count_row(english_flagged, english))]


def malformed_outcome(entry: dict, folder: Path) -> tuple[bool, str]:
    """(passes, what happened) for one malformed file, judged as gold.yaml's README says."""
    path = Path(folder) / entry["file"]
    try:
        article = load_article(path, folder=None)
    except ArticleError as problem:
        message = str(problem)
        return rejection_passes(entry, message), f"rejected: {message}"
    except (OSError, ValueError) as problem:  # reading failed without an ArticleError: the student would see a
        # traceback, so it counts as a failure; any other error is a bug in the loader and stops the evaluation
        return False, f"crashed: {type(problem).__name__}: {problem}"
    return acceptance_passes(entry, article), f"accepted: title {article.meta.get('title')!r}, published {article.meta.get('published')!r}"


def allowed(entry: dict, outcome: str) -> bool:
    return entry["expected"] == outcome or str(entry.get("also_acceptable", "")).startswith(outcome)


def rejection_passes(entry: dict, message: str) -> bool:
    """A rejection passes if it is allowed, fits on one line and names (or avoids) the words gold.yaml lists."""
    if not allowed(entry, "rejected") or "\n" in message:
        return False
    lower = message.lower()
    if any(word.lower() not in lower for word in entry.get("message_should_mention") or []):
        return False
    if any(word.lower() in lower for word in entry.get("message_should_not_mention") or []):
        return False
    if entry["expected"] != "rejected":  # only acceptable if the message shows the date as it should be written
        wanted = (entry.get("normalised") or {}).get("published")
        return wanted is None or wanted in message
    return True


def acceptance_passes(entry: dict, article: Article) -> bool:
    """An acceptance passes if it is allowed and the header values come out as gold.yaml says."""
    if not allowed(entry, "accepted"):
        return False
    if article.raw.startswith("\ufeff") or any("\r" in v or "\ufeff" in v for v in article.meta.values()):
        return False
    for key, value in (entry.get("normalised") or {}).items():
        if key != "byte_order_mark" and article.meta.get(key) != value:
            return False
    return True


def malformed_table(folder: Path = GOLD_DIR) -> pd.DataFrame:
    """One row per malformed file: what was expected, what happened, and whether that passes."""
    rows = []
    for entry in read_gold(folder)["malformed"]:
        passes, happened = malformed_outcome(entry, folder)
        rows.append({"file": entry["file"], "expected": entry["expected"], "passes": passes, "happened": happened})
    return pd.DataFrame(rows).set_index("file")


# --- the table ------------------------------------------------------------------------------------------------


def run_helpers(folder: Path = GOLD_DIR) -> list[ArticleRun]:
    """Load and annotate every gold article."""
    gold = read_gold(folder)
    runs = []
    for entry in gold["articles"]:
        article = load_article(Path(folder) / entry["file"], folder=None)
        spans = annotate(article)
        runs.append(ArticleRun(entry, article, spans))
    return runs


def scores(folder: Path = GOLD_DIR) -> pd.DataFrame:
    """Every figure of the evaluation in one DataFrame, indexed by (section, measure)."""
    runs = run_helpers(folder)
    results = span_scores(runs) + negative_scores(runs) + speaker_scores(runs) + treaty_binding_scores(runs)
    results += dating_scores(dating_table(runs))
    results += truncation_scores(runs) + language_scores(runs)
    malformed = malformed_table(folder)
    results.append(("malformed", "files handled as expected", count_row(int(malformed.passes.sum()), len(malformed))))
    frame = pd.DataFrame([{"section": section, "measure": measure, **figures} for section, measure, figures in results])
    return frame.set_index(["section", "measure"]).reindex(columns=COLUMNS)


def format_table(table: pd.DataFrame) -> str:
    """The scores as fixed-width text: counts as whole numbers, shares and scores with two decimals."""
    shown = table.copy()
    for column in ("gold", "found", "count", "of"):
        shown[column] = shown[column].map(lambda v: "" if pd.isna(v) else str(int(v)))
    for column in SPAN_COLUMNS[2:] + ["share"]:
        shown[column] = shown[column].map(lambda v: "" if pd.isna(v) else f"{v:.2f}")
    shown.columns = ["gold", "found", "P exact", "R exact", "F1 exact", "P", "R", "F1", "value ok",
                     "count", "of", "share"]
    return shown.to_string()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers.evaluate",
                                     description="Score the helpers against the gold set in tests/gold/.")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--details", action="store_true", help="also print the dating and malformed-file tables")
    args = parser.parse_args(argv)
    try:
        table = scores()
    except PackError as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    if args.json:
        records = [{"section": s, "measure": m, **{k: (None if pd.isna(v) else v) for k, v in row.items()}}
                   for (s, m), row in table.iterrows()]
        print(json.dumps(records, indent=1))
        return 0
    print("Scores on the gold set (tests/gold/; P/R/F1 = precision/recall/F1, overlap unless 'exact').")
    print(format_table(table))
    if args.details:
        runs = run_helpers()
        print()
        print(dating_table(runs)[["true_date", "gold", "earliest", "latest", "outcome"]].to_string())
        print()
        print(malformed_table().to_string())
    return 0


if __name__ == "__main__":
    sys.exit(main())
