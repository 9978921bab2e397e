"""The claims register and the corroboration matrix: what the articles claim, and whether it holds up.

Two plain CSV files in `helpers/data/` hold the reference answers; open them in any spreadsheet:

- `claims.csv`: one row per claim, quoted exactly from its article, with a type, an area, a verdict,
  our reasoning and the sources behind the verdict (URLs separated by " ; ").
- `corroboration.csv`: themes x articles; for each, whether the article supports the theme,
  contradicts it or is silent, with the words that show it.

You can add rows. `load_claims()` tells you, in one sentence, if a row breaks the rules.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pandas as pd

from .articles import Article, Corpus, load_seeds
from .data_files import read_table
from .paths import DATA_DIR
from .errors import PackError
from .text import in_context
from .sources import check_source_types, check_yes_no
from .inputs import is_whole_number

CLAIMS_FILE = DATA_DIR / "claims.csv"
CORROBORATION_FILE = DATA_DIR / "corroboration.csv"

TYPES = ("fact", "opinion", "prediction", "recommendation")
VERDICTS = ("accurate", "partly accurate", "inaccurate", "contested", "unverifiable")
STANCES = ("supports", "contradicts", "silent")
CLAIM_COLUMNS = ("id", "article", "quote", "type", "area", "verdict", "reasoning", "sources", "conflict")


class ClaimsError(PackError):
    """A problem in a claims or corroboration file, or in what was passed in, in one sentence that says how to fix it."""


def load_claims(path: str | Path = CLAIMS_FILE, corpus: Corpus | None = None) -> pd.DataFrame:
    """The claims register, one row per claim, with `start` and `end`: where the quote sits in its article.

    Raises ClaimsError if a type or verdict is not one of the allowed values, an article id is unknown,
    or a quote is not found word for word in its article.
    """
    corpus = corpus or load_seeds()
    claims = read_table(path, columns=CLAIM_COLUMNS)
    starts, ends = [], []
    for row in claims.itertuples():
        where = f"'{Path(path).name}', claim {row.id}"
        if row.type not in TYPES:
            raise ClaimsError(f"{where}: type '{row.type}' is not allowed; use one of {', '.join(TYPES)}.")
        if row.verdict not in VERDICTS:
            raise ClaimsError(f"{where}: verdict '{row.verdict}' is not allowed; use one of {', '.join(VERDICTS)}.")
        if row.article not in corpus:
            raise ClaimsError(f"{where}: there is no article '{row.article}'; the ids are {', '.join(corpus.ids)}.")
        if not row.sources.strip():
            raise ClaimsError(f"{where}: the sources column is empty; give at least one URL for the verdict.")
        if "source_type" in claims.columns:  # one type per source (helpers/data/source_types.csv)
            check_source_types(row.sources, row.source_type, where)
        if "state_media_only" in claims.columns:
            check_yes_no(row.state_media_only, where, "state_media_only")
        start = corpus[row.article].raw.find(row.quote)
        if not row.quote or start < 0:
            raise ClaimsError(f"{where}: the quote is not in the article word for word; copy it exactly, curly quotes included.")
        starts.append(start)
        ends.append(start + len(row.quote))
    duplicated = claims["id"][claims["id"].duplicated()].tolist()
    if duplicated:
        raise ClaimsError(f"'{Path(path).name}': the id {duplicated[0]} is used twice; give each claim its own id.")
    claims["start"], claims["end"] = starts, ends
    return claims


def contradictions(claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """The claims that clash with a claim in another article, grouped by what they clash over."""
    claims = load_claims() if claims is None else claims
    clashing = claims[claims["conflict"] != ""]
    return clashing.sort_values(["conflict", "article"])[["conflict", "id", "article", "quote", "verdict"]].reset_index(drop=True)


def verdict_table(claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """How many claims of each verdict each article makes (articles in corpus order)."""
    claims = load_claims() if claims is None else claims
    table = pd.crosstab(claims["article"], claims["verdict"]).reindex(columns=list(VERDICTS), fill_value=0)
    order = [a for a in load_seeds().ids if a in table.index]
    return table.reindex(order)


def trace(claim_id: str, claims: pd.DataFrame | None = None, corpus: Corpus | None = None) -> dict[str, object]:
    """Everything about one claim: the quote in context, its type, verdict, our reasoning and the sources."""
    corpus = corpus or load_seeds()
    claims = load_claims(corpus=corpus) if claims is None else claims
    found = claims[claims["id"] == claim_id]
    if claims.empty:
        raise ClaimsError("The claims table is empty: use load_claims(), or leave claims out to read the pack's file.")
    if found.empty:
        raise ClaimsError(f"There is no claim '{claim_id}'; the ids run {claims['id'].iloc[0]} ... {claims['id'].iloc[-1]}.")
    row = found.iloc[0]
    return {
        "id": row["id"], "article": row["article"], "quote": row["quote"],
        "start": int(row["start"]), "end": int(row["end"]),
        "context": in_context(corpus[row["article"]], int(row["start"]), int(row["end"]), marks=("[[", "]]")),
        "type": row["type"], "area": row["area"], "verdict": row["verdict"],
        "reasoning": row["reasoning"], "sources": row["sources"].split(" ; "),
    }


def format_trace(card: dict[str, object], width: int = 100) -> str:
    """A claim card from `trace()` as readable text."""
    if not isinstance(card, dict):
        raise ClaimsError(f"format_trace() takes the card that trace() returns, e.g. format_trace(trace('O05')), not {card!r}.")
    lines = [f"{card['id']} ({card['article']}, characters {card['start']}-{card['end']})",
             *textwrap.wrap(str(card["context"]), width, initial_indent="  ", subsequent_indent="  ", break_on_hyphens=False),
             f"  type: {card['type']}   area: {card['area']}   verdict: {card['verdict']}",
             *textwrap.wrap(f"why: {card['reasoning']}", width, initial_indent="  ", subsequent_indent="       ", break_on_hyphens=False),
             "  sources:", *[f"    {url}" for url in card["sources"]]]
    return "\n".join(lines)


def sentences_with(article: Article, word: str, around: int = 0) -> pd.DataFrame:
    """The sentences of `article` that contain `word` (any case): start, end, sentence.

    With `around=1`, each match comes with the sentence before and after it, for context.
    """
    if not isinstance(article, Article):
        raise ClaimsError(f"sentences_with() needs one article, e.g. sentences_with(corpus['essay'], 'customer'), "
                          f"not a {type(article).__name__}.")
    if not isinstance(word, str) or not word.strip():
        raise ClaimsError(f"Give the word to look for as text in quotes, e.g. 'customer', not {word!r}.")
    if not is_whole_number(around) or around < 0:
        raise ClaimsError(f"around is how many sentences to add either side: a whole number, 0 or more, not {around!r}.")
    pattern = re.compile(rf"\b{re.escape(word)}", re.IGNORECASE)
    sentences = article.sentences
    rows = []
    for i, sentence in enumerate(sentences):
        if pattern.search(sentence.text):
            chosen = sentences[max(0, i - around):i + around + 1]
            rows.append({"start": chosen[0].start, "end": chosen[-1].end, "sentence": " ".join(s.text for s in chosen)})
    return pd.DataFrame(rows, columns=["start", "end", "sentence"])


QUOTED = re.compile(r"[\"“]([^\"“”]{3,})[\"”]")


def quote_report(article: Article, answer: object) -> str:
    """Check the quotations in a written answer: is each one in `article` word for word?"""
    if not isinstance(article, Article):
        raise ClaimsError(f"quote_report() needs one article first, e.g. quote_report(corpus['oped'], my_answer), "
                          f"not a {type(article).__name__}.")
    if not isinstance(answer, str) or not answer.strip():
        return "No answer to look at yet."
    quotes = QUOTED.findall(answer)
    if not quotes:
        return "No quotation found: put the article's own words in quotation marks, \"like this\"."
    lines = []
    for quote in quotes:
        found = quote.strip() in article.raw
        lines.append(f"{'✓' if found else '✗'} \"{quote.strip()}\" {'is' if found else 'is NOT'} in the {article.id} word for word.")
    return "\n".join(lines)


# --- corroboration -------------------------------------------------------------------


def load_corroboration(path: str | Path = CORROBORATION_FILE, corpus: Corpus | None = None) -> pd.DataFrame:
    """The reference corroboration cells: theme_id, theme, article, stance, evidence (exact words or '')."""
    corpus = corpus or load_seeds()
    cells = read_table(path, columns=("theme_id", "theme", "article", "stance", "evidence"))
    for row in cells.itertuples():
        where = f"'{Path(path).name}', theme {row.theme_id} / {row.article}"
        if row.stance not in STANCES:
            raise ClaimsError(f"{where}: stance '{row.stance}' is not allowed; use one of {', '.join(STANCES)}.")
        if row.article not in corpus:
            raise ClaimsError(f"{where}: there is no article '{row.article}'; the ids are {', '.join(corpus.ids)}.")
        if row.stance != "silent" and (not row.evidence.strip() or row.evidence not in corpus[row.article].raw):
            raise ClaimsError(f"{where}: the evidence is not in the article word for word; copy it exactly.")
    return cells


def corroboration_matrix(cells: pd.DataFrame | None = None) -> pd.DataFrame:
    """Themes down, articles across, 'supports' / 'contradicts' / 'silent' in each cell."""
    cells = load_corroboration() if cells is None else cells
    matrix = cells.pivot(index="theme", columns="article", values="stance")
    themes = list(dict.fromkeys(cells["theme"]))
    articles = list(dict.fromkeys(cells["article"]))
    return matrix.reindex(index=themes, columns=articles)


STANCE_CODES = {"supports": 1, "silent": 0, "contradicts": -1}


def compare_with_reference(answers: object, keys: list[str] | None = None,
                           cells: pd.DataFrame | None = None) -> pd.DataFrame:
    """Your cells beside the reference ones. Keys are 'theme_id/article', e.g. 'arms_sales/essay'.

    `answers` is a dict {key: stance}; anything else (such as a blank ...) counts as no answers yet.
    `keys` lists the cells to show (default: the keys of `answers`).
    """
    cells = load_corroboration() if cells is None else cells
    answers = answers if isinstance(answers, dict) else {}
    if isinstance(keys, str):
        raise ClaimsError(f"Give keys as a list, e.g. keys=['{keys}'].")
    reference = {f"{r.theme_id}/{r.article}": r for r in cells.itertuples()}
    rows = []
    for key in (keys if keys is not None else list(answers)):
        ref = reference.get(key)
        if ref is None:
            raise ClaimsError(f"'{key}' is not a cell of the matrix; write it as theme_id/article, e.g. 'arms_sales/essay'.")
        given = answers.get(key)
        given = "" if given is ... or given is None else str(given).strip().lower()
        rows.append({"cell": key, "yours": given or "(blank)", "reference": ref.stance,
                     "agree": given == ref.stance, "evidence": ref.evidence or "(the article does not mention it)"})
    return pd.DataFrame(rows)


# --- display -------------------------------------------------------------------------


def plot_matrix(matrix: pd.DataFrame, ax=None):
    """The corroboration matrix as a heatmap: blue supports, orange contradicts, grey silent."""
    import matplotlib.pyplot as plt
    from matplotlib.colors import ListedColormap

    codes = matrix.apply(lambda column: column.map(STANCE_CODES)).astype(int)
    if ax is None:
        _, ax = plt.subplots(figsize=(12, 0.6 * len(matrix) + 1.2))
    colours = ListedColormap(["#e66100", "#e8e8e8", "#3b7dd8"])  # colour-blind-safe orange / grey / blue
    ax.imshow(codes.values, cmap=colours, vmin=-1, vmax=1, aspect="auto")
    ax.set_xticks(range(len(matrix.columns)), matrix.columns, fontsize=12)
    ax.set_yticks(range(len(matrix.index)), matrix.index, fontsize=11)
    ax.xaxis.tick_top()
    for i, theme in enumerate(matrix.index):
        for j, article in enumerate(matrix.columns):
            stance = matrix.loc[theme, article]
            ax.text(j, i, stance, ha="center", va="center", fontsize=11,
                    color="white" if stance != "silent" else "#777777")
    ax.set_xticks([x - 0.5 for x in range(1, len(matrix.columns))], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, len(matrix.index))], minor=True)
    ax.grid(which="minor", color="white", linewidth=2)
    ax.tick_params(which="minor", length=0)
    return ax
