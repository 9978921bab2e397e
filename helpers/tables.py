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


def cell_text(value: object) -> str:
    """How one cell reads: dates without a midnight time, NaT kept (pandas' "no date"), None and NaN blank."""
    if value is pd.NaT:
        return "NaT"
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d") if value == value.normalize() else value.isoformat(sep=" ")
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value)


@dataclass
class Table:
    frame: pd.DataFrame
    caption: str = ""
    links: dict | None = None  # {column: [url per row]}: the column's text becomes a link in HTML

    def __repr__(self) -> str:
        with pd.option_context("display.max_colwidth", None, "display.width", 200):
            text = self.frame.to_string()
        return f"{self.caption}\n{text}" if self.caption else text

    __str__ = __repr__

    def _repr_html_(self) -> str:
        def esc(value: object) -> str:
            return html.escape(cell_text(value)).replace("$", "&#36;")

        cell = "text-align:left;vertical-align:top;padding:0.25em 0.8em 0.25em 0"
        index_name = self.frame.index.name or ""
        head = f"<th style='{cell}'>{esc(index_name)}</th>" + "".join(
            f"<th style='{cell}'>{esc(c)}</th>" for c in self.frame.columns)
        links = self.links or {}

        def shown(column: str, number: int, value: object) -> str:
            url = (links.get(column) or [None] * (number + 1))[number]
            if url and str(url).startswith(("http://", "https://")):
                return f"<a href='{html.escape(str(url), quote=True)}' target='_blank' title='{esc(url)}'>{esc(value)}</a>"
            return esc(value)

        rows = "".join(
            f"<tr><th style='{cell}'>{esc(index)}</th>" + "".join(
                f"<td style='{cell}'>{shown(column, number, value)}</td>" for column, value in zip(self.frame.columns, row))
            + "</tr>" for number, (index, row) in enumerate(zip(self.frame.index, self.frame.itertuples(index=False))))
        caption = f"<caption style='text-align:left;font-weight:bold'>{esc(self.caption)}</caption>" if self.caption else ""
        return (f"<table class='tex2jax_ignore mathjax_ignore' style='border-collapse:collapse;font-size:100%'>"
                f"{caption}<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")


def table(frame: pd.DataFrame, caption: str = "", links: dict | None = None) -> Table:
    """A left-aligned table with whole cells, for the notebooks; `links={"source": urls}` makes a column's
    short labels clickable, so the full address is one click away rather than filling the column."""
    if not isinstance(frame, pd.DataFrame):
        frame = pd.DataFrame(frame)
    return Table(frame, caption, links)


def short_label(url: str) -> str:
    """A short label for a cited address: its site, without 'www.' ('https://www.reuters.com/x' -> 'reuters.com').
    Several addresses separated by ' ; ' give the first site and how many more."""
    addresses = [part.strip() for part in str(url or "").split(" ; ") if part.strip()]
    if not addresses:
        return ""
    site = addresses[0].split("://", 1)[-1].split("/", 1)[0].lower()
    for prefix in ("www.", "m.", "en."):
        if site.startswith(prefix) and site.count(".") > 1:
            site = site[len(prefix):]
    return site + (f" +{len(addresses) - 1}" if len(addresses) > 1 else "")
