"""Show an article with its annotation layers highlighted.

    from helpers.display import show, show_text
    show(corpus["essay"], layers=["entities", "stance"], max_chars=1500)   # HTML in Jupyter
    print(show_text(corpus["oped"], layers=["treaty"]))                      # plain text anywhere

(The checkbox widget that redraws this, `layer_toggle`, lives in helpers/widgets.py.)

In the HTML each layer has its own colour (the Okabe-Ito palette, readable with colour-blindness)
and its own underline style; hover over a span to read its label and note. In plain text a span is
written as [text|layer:label]. The article's own text is always escaped: it is shown, never run.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd

from .annotations import COLUMNS, LAYERS, annotate
from .articles import Article
from .inputs import is_table_with, is_whole_number

# Okabe & Ito (2008) colours, one per layer, and an underline style so colour is not the only cue.
LAYER_STYLE = {
    "entities": ("#0072B2", "solid"),      # blue
    "dates": ("#E69F00", "double"),        # orange
    "areas": ("#009E73", "dotted"),        # bluish green
    "treaty": ("#CC79A7", "solid"),        # reddish purple
    "attribution": ("#56B4E9", "dashed"),  # sky blue
    "stance": ("#D55E00", "solid"),        # vermilion
    "production": ("#000000", "dashed"),   # black
}
# Highlight strength (hex alpha, 0x55 = a third): strong enough to see on a washed-out projector, light
# enough that black text on it stays readable.
HIGHLIGHT_ALPHA = "55"
SHORT_NAME = {"entities": "entity", "dates": "date", "areas": "area", "treaty": "treaty",
              "attribution": "attribution", "stance": "stance", "production": "production"}


@dataclass
class Shown:
    """A highlighted article: HTML in Jupyter, bracketed plain text everywhere else."""

    html: str
    text: str

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return self.text

    __str__ = __repr__


def _window(article: Article, max_chars: int | None, sentences: tuple[int, int] | None) -> tuple[int, int]:
    """The stretch of raw text to show: all of the article text, some sentences, or the first max_chars."""
    start, end = article.text_start, len(article.raw)
    if sentences is not None:
        if not (isinstance(sentences, (tuple, list)) and len(sentences) == 2
                and all(is_whole_number(n) for n in sentences)):
            raise ValueError(f"sentences should be two whole numbers (first, last), e.g. sentences=(0, 3), "
                             f"not {sentences!r}.")
        first, last = sentences
        chosen = article.sentences[first:last]
        if not chosen:
            raise ValueError(f"sentences={sentences} selects no sentence: the article has "
                             f"{len(article.sentences)} sentences, numbered from 0.")
        start, end = chosen[0].start, chosen[-1].end
    while start < end and article.raw[start].isspace():
        start += 1  # no blank lines at the top
    if max_chars is not None:
        if not is_whole_number(max_chars) or max_chars < 1:
            raise ValueError(f"max_chars must be a whole number of characters, 1 or more, not {max_chars!r}.")
        if end - start > max_chars:
            cut = article.raw.rfind(" ", start, start + max_chars)
            end = cut if cut > start + max_chars // 2 else start + max_chars
    return start, end


def _spans(article: Article, layers, annotations: pd.DataFrame | None, extra_terms, start: int, end: int):
    """The annotation rows of `article` inside [start, end), clipped to it, as dicts."""
    if annotations is None:
        annotations = annotate(article, layers=layers, extra_terms=extra_terms)
    elif not is_table_with(annotations, COLUMNS):
        raise ValueError(f"annotations should be the DataFrame annotate() returns, or some of its rows "
                         f"(columns {', '.join(COLUMNS)}), e.g. annotations=annotate(article).")
    else:
        annotations = annotations[annotations["article"] == article.id]
        if layers is not None:
            annotations = annotations[annotations["layer"].isin(list(layers))]
    spans = []
    for row in annotations.itertuples(index=False):
        s, e = max(row.start, start), min(row.end, end)
        if s < e:
            spans.append({"start": s, "end": e, "text": row.text, "layer": row.layer, "label": row.label,
                          "canonical": row.canonical, "note": row.note})
    order = {layer: i for i, layer in enumerate(LAYERS)}
    # outer spans first: earlier start, then longer, then layer order
    spans.sort(key=lambda sp: (sp["start"], -sp["end"], order.get(sp["layer"], 99), sp["label"]))
    return spans


def _segments(spans: list[dict], start: int, end: int):
    """Cut [start, end) at every span edge; yield (from, to, spans active there, outermost first)."""
    cuts = sorted({start, end, *(sp["start"] for sp in spans), *(sp["end"] for sp in spans)})
    for a, b in zip(cuts, cuts[1:]):
        yield a, b, [sp for sp in spans if sp["start"] <= a and sp["end"] >= b]


def _nested(raw: str, spans: list[dict], start: int, end: int, open_tag, close_tag, escape) -> str:
    """Text with spans opened and closed so that tags always nest; a span that crosses another is split."""
    out, stack = [], []
    for a, b, active in _segments(spans, start, end):
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        for sp in reversed(stack[keep:]):
            out.append(close_tag(sp))
        for sp in active[keep:]:
            out.append(open_tag(sp))
        stack = active
        out.append(escape(raw[a:b]))
    for sp in reversed(stack):
        out.append(close_tag(sp))
    return "".join(out)


def _title(sp: dict) -> str:
    parts = [f"{sp['layer']}: {sp['label']}"]
    if sp["canonical"] and sp["canonical"].lower() not in (sp["label"].lower(), sp["text"].lower()):
        parts.append(f"→ {sp['canonical']}")
    if sp["note"]:
        parts.append(sp["note"])
    return " | ".join(parts)


def _open_html(sp: dict) -> str:
    colour, line = LAYER_STYLE.get(sp["layer"], ("#999999", "solid"))
    if sp["layer"] == "areas":
        style = f"border-bottom: 3px {line} {colour};"
    else:
        style = f"background: {colour}{HIGHLIGHT_ALPHA}; border-bottom: 3px {line} {colour}; padding: 0 1px;"
    return (f'<span class="ann ann-{html.escape(sp["layer"])}" data-label="{html.escape(sp["label"])}" '
            f'title="{html.escape(_title(sp))}" style="{style}">')


def _legend(layers) -> str:
    items = []
    for layer in layers:
        colour, line = LAYER_STYLE.get(layer, ("#999999", "solid"))
        items.append(f'<span style="margin-right: 1em; white-space: nowrap;"><span style="display: inline-block; '
                     f'width: 1.6em; border-bottom: 3px {line} {colour}; background: {colour}{HIGHLIGHT_ALPHA};">&nbsp;</span> '
                     f'{html.escape(layer)}</span>')
    return '<div class="ann-legend" style="margin-bottom: 0.5em; font-size: 90%;">' + "".join(items) + "</div>"


def layer_names(layers) -> list[str]:
    """The layers to show: all of them for None, one for a name, else the ones given."""
    if layers is None:
        return list(LAYERS)
    return [layers] if isinstance(layers, str) else list(layers)


def show(article: Article, layers=None, max_chars: int | None = None, sentences: tuple[int, int] | None = None,
         annotations: pd.DataFrame | None = None, extra_terms=None) -> Shown:
    """The article with its annotations highlighted (HTML in Jupyter, bracketed text when printed).

    `layers`: which layers (default all). `max_chars`: show only the start, about this many characters.
    `sentences=(first, last)`: show only those sentences (numbered from 0, last not included).
    `annotations`: a DataFrame from annotate() to show instead (e.g. one you filtered).
    """
    if not isinstance(article, Article):
        raise TypeError(f"show() needs one Article, e.g. corpus['essay'], not a {type(article).__name__}.")
    layers = layer_names(layers)
    start, end = _window(article, max_chars, sentences)
    spans = _spans(article, layers, annotations, extra_terms, start, end)
    raw = article.raw
    body = _nested(raw, spans, start, end, _open_html, lambda sp: "</span>", html.escape)
    more = "" if end >= len(raw.rstrip()) else '<span style="color: #666;"> […]</span>'
    page = (f'<div class="ann-article" style="line-height: 1.6;">{_legend(layers)}'
            f'<div style="white-space: pre-wrap; font-family: Georgia, serif;">{body}{more}</div></div>')
    return Shown(page, _plain(raw, spans, start, end))


def _plain(raw: str, spans: list[dict], start: int, end: int) -> str:
    text = _nested(raw, spans, start, end, lambda sp: "[",
                   lambda sp: f"|{SHORT_NAME.get(sp['layer'], sp['layer'])}:{sp['label']}]", lambda t: t)
    return text + (" […]" if end < len(raw.rstrip()) else "")


def show_text(article: Article, layers=None, max_chars: int | None = None, sentences: tuple[int, int] | None = None,
              annotations: pd.DataFrame | None = None, extra_terms=None) -> str:
    """The article as plain text with each span written [text|layer:label], e.g. [Xi Jinping|entity:person]."""
    return show(article, layers, max_chars, sentences, annotations, extra_terms).text


def describe_figure(figure) -> str:
    """The one-line description a pack figure carries (print it under the figure; the build makes it alt text)."""
    return getattr(figure, "pack_description", "Figure: (no description recorded for this figure).")


def table_html_with_dollars_as_text(table: pd.DataFrame) -> str | None:
    """A DataFrame's usual HTML; where it holds a `$`, marked so that JupyterLab shows the dollar signs as text
    instead of typesetting "$108bn ... $107bn" as maths (pandas' display.html.use_mathjax option, per table)."""
    if "$" not in table.to_string(max_rows=200, max_cols=50):
        return None  # None: IPython falls back to pandas' own HTML, unchanged
    with pd.option_context("display.html.use_mathjax", False):
        page = table._repr_html_()
    # Belt and braces: each `$` in its own <span>, so no maths renderer can pair two of them across the text.
    return page.replace("$", "<span>$</span>")


def keep_dollars_as_text() -> None:
    """In a notebook, show every DataFrame holding a `$` with its dollar signs as text (called on import of helpers)."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is not None:
        shell.display_formatter.formatters["text/html"].for_type(pd.DataFrame, table_html_with_dollars_as_text)
