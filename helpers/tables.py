"""Tables for a projector: left-aligned text, whole cells (no "..."), readable in HTML and plain text.

    from helpers.tables import table
    table(glossary("00"))

`table(frame)` returns an object that JupyterLab shows as a left-aligned HTML table and that prints as
plain text anywhere else. Cell text is escaped, and dollar signs stay dollar signs (never maths).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd


@dataclass
class Table:
    frame: pd.DataFrame
    caption: str = ""

    def __repr__(self) -> str:
        with pd.option_context("display.max_colwidth", None, "display.width", 200):
            text = self.frame.to_string()
        return f"{self.caption}\n{text}" if self.caption else text

    __str__ = __repr__

    def _repr_html_(self) -> str:
        def esc(value: object) -> str:
            return html.escape("" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
                               ).replace("$", "&#36;")

        cell = "text-align:left;vertical-align:top;padding:0.25em 0.8em 0.25em 0"
        index_name = self.frame.index.name or ""
        head = f"<th style='{cell}'>{esc(index_name)}</th>" + "".join(
            f"<th style='{cell}'>{esc(c)}</th>" for c in self.frame.columns)
        rows = "".join(
            f"<tr><th style='{cell}'>{esc(index)}</th>" + "".join(f"<td style='{cell}'>{esc(v)}</td>" for v in row)
            + "</tr>" for index, row in zip(self.frame.index, self.frame.itertuples(index=False)))
        caption = f"<caption style='text-align:left;font-weight:bold'>{esc(self.caption)}</caption>" if self.caption else ""
        return (f"<table class='tex2jax_ignore mathjax_ignore' style='border-collapse:collapse;font-size:100%'>"
                f"{caption}<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")


def table(frame: pd.DataFrame, caption: str = "") -> Table:
    """A left-aligned table with whole cells, for the notebooks."""
    if not isinstance(frame, pd.DataFrame):
        frame = pd.DataFrame(frame)
    return Table(frame, caption)
