"""The rubric and rankings: what the counted signals of a profile add up to under someone's weights.

    from helpers import load_seeds, profile
    from helpers.rubric import load_rubric, weighted_ranking, rank_spread
    profiles = profile(load_seeds())
    weighted_ranking(profiles)                      # one order, under the weights in rubric.csv
    weighted_ranking(profiles, {"byline": 0})       # ... and under yours
    rank_spread(profiles)                           # how often each article lands at each rank by chance

The weights live in `helpers/data/rubric.csv`; change them and see. A ranking is one possible order under
one set of choices, never a measure of quality.
"""

from __future__ import annotations

import numbers

import pandas as pd

from .data_files import read_table
from .paths import DATA_DIR
from .profiles import SIGNALS, ProfileError

RUBRIC_FILE = DATA_DIR / "rubric.csv"


def load_rubric() -> pd.DataFrame:
    """The two-layer rubric: computed signals (with direction and weight) and human-judgement rows."""
    rubric = read_table(RUBRIC_FILE, columns=("row", "layer", "signal", "weight"))
    weights = pd.to_numeric(rubric["weight"], errors="coerce")
    for number, row in enumerate(rubric.itertuples(), start=2):
        where = f"rubric.csv row {number} ({row.row})"
        if str(row.weight).strip() and (pd.isna(weights[row.Index]) or weights[row.Index] < 0):
            raise ProfileError(f"{where}: the weight '{row.weight}' should be a number, 0 or more (or blank for a human row).")
        if row.layer == "computed" and row.signal not in SIGNALS:
            raise ProfileError(f"{where}: there is no signal '{row.signal}'; the signals are {', '.join(SIGNALS)}.")
        if row.layer == "computed" and row.direction not in ("higher", "lower", "neither"):
            raise ProfileError(f"{where}: direction '{row.direction}' should be higher, lower or neither.")
    rubric["weight"] = weights.fillna(0.0)
    return rubric


def default_weights() -> dict[str, float]:
    """The weights in rubric.csv for the computed signals that have a direction."""
    rubric = load_rubric()
    rows = rubric[(rubric["layer"] == "computed") & rubric["direction"].isin(["higher", "lower"])]
    return dict(zip(rows["signal"], rows["weight"]))


def check_profiles(profiles: object, signals) -> None:
    """Raise ProfileError, in one sentence, unless `profiles` is a table from profile() with these signal columns."""
    if not isinstance(profiles, pd.DataFrame):
        raise ProfileError(f"Give the table that profile() returns, e.g. profiles = profile(corpus), "
                           f"not a {type(profiles).__name__}.")
    missing = [s for s in signals if s not in profiles.columns]
    if missing:
        raise ProfileError(f"The table has no column '{missing[0]}': give the whole table that profile() returns, "
                           "not a few of its columns.")


def checked_weights(weights: object) -> dict[str, float]:
    """The rubric.csv weights updated with yours; ProfileError, in one sentence, for an unknown signal or a bad weight."""
    base = default_weights()
    if weights is None:
        return base
    if not isinstance(weights, dict):
        raise ProfileError(f"Give the weights as a dictionary like {{'byline': 2, 'references': 0}}, not {weights!r}.")
    for signal, weight in weights.items():
        if signal not in base:
            raise ProfileError(f"'{signal}' cannot be weighted; the weighted signals are {', '.join(base)}.")
        if isinstance(weight, bool) or not isinstance(weight, numbers.Real) or not weight >= 0:  # NaN fails >= 0
            raise ProfileError(f"The weight for '{signal}' is {weight!r}; give a number, 0 or more, without quotes.")
    base.update(weights)
    return base


def scaled_signals(profiles: pd.DataFrame) -> pd.DataFrame:
    """Each ranked signal rescaled to 0-1 across the articles compared, flipped so that 1 is the rubric's 'better'."""
    rubric = load_rubric().set_index("signal")
    columns = {}
    for signal in default_weights():
        values = profiles[signal].astype(float)
        low, high = values.min(), values.max()
        scaled = (values - low) / (high - low) if high > low else values * 0 + 0.5
        columns[signal] = 1 - scaled if rubric.loc[signal, "direction"] == "lower" else scaled
    return pd.DataFrame(columns, index=profiles.index).round(3)


def weighted_ranking(profiles: pd.DataFrame, weights: dict[str, float] | None = None) -> pd.DataFrame:
    """Rank the articles by a weighted average of their scaled signals, under the weights given.

    `weights` maps signal -> weight; signals you leave out keep their rubric.csv weight.
    This is one possible ordering under one set of choices, not a measure of quality.
    """
    base = checked_weights(weights)
    check_profiles(profiles, base)
    total = sum(base.values())
    if total <= 0:
        raise ProfileError("All the weights are zero; give at least one signal a weight above zero.")
    scaled = scaled_signals(profiles)
    score = sum(scaled[s] * w for s, w in base.items()) / total
    table = pd.DataFrame({"weighted_average": score.round(3)})
    table["rank"] = table["weighted_average"].rank(ascending=False, method="min").astype(int)
    return table.sort_values(["rank", "weighted_average"])


def criterion_scores(profiles: pd.DataFrame, weights: dict[str, float] | None = None) -> pd.DataFrame:
    """For each criterion in rubric.csv (who, evidence, language, ...), what the counted signals alone suggest:
    the weighted average of that criterion's scaled signals, from 0 (least) to 1 (most), relative to the
    articles compared. A starting point to argue with, not a grade."""
    rubric = load_rubric()
    base = checked_weights(weights)
    check_profiles(profiles, base)
    scaled = scaled_signals(profiles)
    columns = {}
    for criterion, rows in rubric[rubric["signal"].isin(base)].groupby("criterion", sort=False):
        used = {s: base[s] for s in rows["signal"] if base[s] > 0}
        if used:
            columns[criterion] = sum(scaled[s] * w for s, w in used.items()) / sum(used.values())
    return pd.DataFrame(columns, index=profiles.index).round(2)


RATING_CRITERIA = ("who", "evidence", "language")


def check_ratings(ratings: object, articles: list[str]) -> None:
    """Raise ProfileError, in one sentence, if `ratings` is not {article: {criterion: 1-5 or ...}}."""
    example = '{"essay": {"who": 4, "evidence": 5, "language": 3}, ...}'
    if not isinstance(ratings, dict):
        raise ProfileError(f"Give your ratings as a dictionary like {example}.")
    for article, given in ratings.items():
        if article not in articles:
            raise ProfileError(f"There is no article '{article}' to rate; the articles are {', '.join(articles)}.")
        if not isinstance(given, dict):
            raise ProfileError(f"The ratings for '{article}' should be a dictionary like {{\"who\": 4, \"evidence\": 5, \"language\": 3}}.")
        for criterion, value in given.items():
            if criterion not in RATING_CRITERIA:
                raise ProfileError(f"'{criterion}' is not a criterion here; use {', '.join(RATING_CRITERIA)}.")
            blank = value is ... or value is None
            whole = isinstance(value, numbers.Real) and not isinstance(value, bool) and float(value).is_integer()
            if not blank and not (whole and 1 <= value <= 5):
                raise ProfileError(f"{article} / {criterion}: {value!r} is not a rating; give a whole number from 1 to 5, "
                                   "without quotes (or leave ...).")


def compare_ratings(ratings: dict[str, dict[str, object]], profiles: pd.DataFrame) -> pd.DataFrame:
    """Your 1-5 ratings beside what the counted signals alone suggest (criterion_scores, put on the same 1-5 scale).

    `ratings` looks like {"essay": {"who": 4, "evidence": 5, "language": 3}, ...}; a rating left as ... is blank.
    Raises ProfileError, in one sentence, for an unknown article or criterion or a rating that is not 1-5.
    One row per article; for each criterion a column "yours" and a column "signals".
    """
    check_profiles(profiles, default_weights())
    check_ratings(ratings, list(profiles.index))
    suggested = criterion_scores(profiles)
    table = pd.DataFrame(index=profiles.index)
    for criterion in RATING_CRITERIA:
        yours = []
        for article in profiles.index:
            value = ratings.get(article, {}).get(criterion, ...)
            yours.append(None if value is ... or value is None else int(value))
        table[f"{criterion}: yours"] = pd.array(yours, dtype="Int64")
        table[f"{criterion}: signals"] = (1 + 4 * suggested[criterion]).round().astype(int)
    return table


def rank_table(profiles: pd.DataFrame, weight_sets: dict[str, dict[str, float]]) -> pd.DataFrame:
    """The rank of each article (rows) under each named set of weights (columns)."""
    if not isinstance(weight_sets, dict) or not all(isinstance(w, dict) for w in weight_sets.values()):
        raise ProfileError("Give named sets of weights, e.g. rank_table(profiles, {'rubric': {}, 'no byline': {'byline': 0}}).")
    return pd.DataFrame({name: weighted_ranking(profiles, weights)["rank"] for name, weights in weight_sets.items()}
                        ).reindex(profiles.index)


def rank_spread(profiles: pd.DataFrame, draws: int = 1000, seed: int = 0) -> pd.DataFrame:
    """How often each article lands at each rank when every weight is drawn at random between 0 and 1.

    Rows: articles; columns: rank 1, 2, ...; values: share of the draws. Same seed, same table.
    """
    import numpy as np

    generator = np.random.default_rng(seed)
    signals = list(default_weights())
    scaled = scaled_signals(profiles)[signals].to_numpy()
    counts = np.zeros((len(profiles), len(profiles)), dtype=int)
    for _ in range(draws):
        weights = generator.random(len(signals))
        scores = scaled @ weights
        order = (-scores).argsort(kind="stable")
        for position, row in enumerate(order):
            counts[row, position] += 1
    return pd.DataFrame(counts / draws, index=profiles.index,
                        columns=[f"rank {n}" for n in range(1, len(profiles) + 1)]).round(3)

