"""The pack's interactive widgets, each one call in a notebook cell.

    from helpers.widgets import treaty_explorer, rating_sliders, timeline_explorer, layer_toggle
    treaty_explorer(corpus)            # a menu of treaty parts: our digest entry and every sentence about it
    rating_sliders(corpus, profiles)   # 1-5 sliders per article and criterion beside the counted signals
    timeline_explorer()                # the timeline redrawn for one area and a start year
    layer_toggle(corpus["essay"])      # one checkbox per annotation layer, redrawing the highlighted article

Every widget here has a static equivalent earlier in its notebook (a table or a figure): the widget is for
trying other choices, never the only place something is taught.

How they are built, and why:
- A widget redraws by setting the *value* of an HTML or Image widget. None uses an ``Output`` widget with
  ``clear_output``: when a notebook is run by a program (nbclient, nbval, the tests), the runner answers every
  write to an Output widget by sending a message back to the kernel on the same channel it is waiting on for the
  cell's reply, and about one run in six that reply is then not noticed until the cell times out.
- Rows wrap instead of clipping, so the widgets fit a 1024x768 projector.
- Before the notebook runs (on GitHub, or opened without a kernel) a widget cell shows one plain sentence saying
  what the widget does, not a Python description of its parts.
"""

from __future__ import annotations

import html
import io

import ipywidgets as widgets
import pandas as pd

from .errors import PackError

WRAP = widgets.Layout(display="flex", flex_flow="row wrap", align_items="center")
RATING_CRITERIA = ("who", "evidence", "language")


class Panel(widgets.VBox):
    """A VBox that describes itself in one sentence where it cannot be drawn (text/plain)."""

    def __init__(self, children, note: str):
        super().__init__(children)
        self.note = note

    def __repr__(self) -> str:
        return self.note

    def _repr_mimebundle_(self, **kwargs):
        bundle = super()._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = self.note  # whole, where ipywidgets would cut a repr at 110 characters
        return bundle


def table_html(table: pd.DataFrame | pd.Series) -> str:
    """A table as escaped HTML in which a `$` stays a dollar sign (never typeset as maths)."""
    frame = table.to_frame() if isinstance(table, pd.Series) else table
    if frame.index.name is not None and frame.columns.name is None:  # the index's name in the corner, not a row of its own
        frame = frame.rename_axis(index=None, columns=frame.index.name)
    return f'<div class="tex2jax_ignore">{frame.to_html(escape=True)}</div>'


def message_html(text: str) -> str:
    """One sentence as HTML, escaped."""
    return f'<p class="tex2jax_ignore" style="margin: 0.3em 0;">{html.escape(text)}</p>'


def treaty_explorer(corpus=None, start: int | str = 9) -> Panel:
    """A menu of the treaty's parts (the preamble and Articles 1-25). Choosing one shows our digest entry for
    it and every sentence in `corpus` (default: the five seeds) that refers to it, as `explore()` does."""
    from .treaty import explore

    options = [("Preamble", "preamble")] + [(f"Article {n}", str(n)) for n in range(1, 26)]
    choice = widgets.Dropdown(options=options, value=str(start), description="Treaty part:",
                              style={"description_width": "initial"})
    view = widgets.HTML()

    def redraw(_change=None):
        found = explore(choice.value, corpus)
        parts = [table_html(found.card)]
        if found.mentions.empty:
            parts.append(message_html("No sentence in the corpus refers to this part of the treaty."))
        else:
            parts.append(table_html(found.mentions[["article", "found", "sentence"]]))
        view.value = "".join(parts)

    choice.observe(redraw, names="value")
    redraw()
    return Panel([choice, view], "Treaty explorer: choose a part of the treaty to see our digest entry and every "
                                 "sentence that refers to it (run the notebook in JupyterLab to use it).")


def rating_sliders(corpus, profiles: pd.DataFrame) -> Panel:
    """One 1-5 slider per article and criterion (who, evidence, language); moving one redraws the table of your
    ratings beside the counted signals, as `compare_ratings()` does."""
    from .rubric import compare_ratings

    sliders = {}
    rows = []
    for article in corpus.ids:
        row = [widgets.Label(article, layout=widgets.Layout(width="90px"))]
        for criterion in RATING_CRITERIA:
            slider = widgets.IntSlider(value=3, min=1, max=5, description=criterion,
                                       style={"description_width": "70px"},
                                       layout=widgets.Layout(width="260px", min_width="220px"))
            sliders[(article, criterion)] = slider
            row.append(slider)
        rows.append(widgets.HBox(row, layout=WRAP))
    comparison = widgets.HTML()

    def redraw(_change=None):
        ratings = {article: {c: sliders[(article, c)].value for c in RATING_CRITERIA} for article in corpus.ids}
        try:
            comparison.value = table_html(compare_ratings(ratings, profiles))
        except PackError as problem:
            comparison.value = message_html(str(problem))

    for slider in sliders.values():
        slider.observe(redraw, names="value")
    redraw()
    return Panel([*rows, comparison], "Rating sliders: rate each article 1-5 for who, evidence and language and "
                                      "compare with the signals (run the notebook in JupyterLab to use it).")


def timeline_explorer() -> Panel:
    """Choose an area, a start year and key events or all, and see the timeline redrawn
    (`plot_timeline(area=..., since=..., key_only=...)` draws the same figure without a widget)."""
    import matplotlib.pyplot as plt

    from .timeline import AREAS
    from .timeline_plots import plot_timeline

    area = widgets.Dropdown(options=["all", *AREAS], value="all", description="area",
                            layout=widgets.Layout(width="220px"))
    since = widgets.IntSlider(value=1950, min=1950, max=2020, step=5, description="from",
                              layout=widgets.Layout(width="300px"))
    key_only = widgets.Checkbox(value=True, description="key events only", indent=False,
                                layout=widgets.Layout(width="auto"))
    picture = widgets.Image(format="png", layout=widgets.Layout(width="100%"))

    def redraw(_change=None):
        figure = plot_timeline(area=area.value, since=str(since.value), key_only=key_only.value)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=72)
        plt.close(figure)
        picture.value = buffer.getvalue()

    for control in (area, since, key_only):
        control.observe(redraw, names="value")
    redraw()
    return Panel([widgets.HBox([area, since, key_only], layout=WRAP), picture],
                 "Timeline explorer: pick an area and a start year to redraw the timeline "
                 "(run the notebook in JupyterLab to use it).")


def layer_toggle(article, max_chars: int | None = None, layers=None) -> Panel:
    """One checkbox per annotation layer; ticking or unticking one redraws the highlighted article."""
    from .annotations import LAYERS, annotate
    from .display import layer_names, show

    annotations = annotate(article)
    chosen = set(layer_names(layers))
    boxes = {layer: widgets.Checkbox(value=layer in chosen, description=layer, indent=False,
                                     layout=widgets.Layout(width="auto"))
             for layer in LAYERS}
    output = widgets.HTML()

    def redraw(_change=None):
        ticked = [layer for layer, box in boxes.items() if box.value]
        output.value = show(article, ticked, max_chars=max_chars, annotations=annotations).html

    for box in boxes.values():
        box.observe(redraw, names="value")
    redraw()
    return Panel([widgets.HBox(list(boxes.values()), layout=WRAP), output],
                 "Layer toggle: tick annotation layers to highlight them in the article "
                 "(run the notebook in JupyterLab to use it).")
