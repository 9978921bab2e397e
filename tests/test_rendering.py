"""What a reader sees without a browser: no `$...$` typeset as maths where text was meant (in Markdown cells and
in stored HTML tables), no stray True/False under a check cell, and no raw widget repr in a stored output."""

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from helpers.display import table_html_with_dollars_as_text

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))
IDS = [p.stem for p in NOTEBOOKS]


def cells(path):
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def text_dollars(markdown: str) -> list[str]:
    """The `$` signs that Markdown would treat as maths delimiters: not escaped, not inside code."""
    without_code = re.sub(r"```.*?```|`[^`\n]*`", "", markdown, flags=re.DOTALL)
    return re.findall(r"(?<!\\)\$", without_code)


def test_text_dollars_finds_pairs_and_ignores_escaped_and_code():
    assert len(text_dollars("about $108bn against China's $107bn")) == 2
    assert text_dollars(r"about \$108bn against China's \$107bn") == []
    assert text_dollars("run `print('$1 $2')` here") == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_markdown_dollars_are_escaped(path):
    for index, cell in enumerate(cells(path)):
        if cell["cell_type"] == "markdown":
            found = text_dollars("".join(cell["source"]))
            assert len(found) < 2, (f"{path.name} cell {index}: write \\$ for a dollar sign in Markdown, or "
                                    f"JupyterLab typesets the text between two $ as maths")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_html_tables_with_dollars_are_marked_as_text(path):
    for index, cell in enumerate(cells(path)):
        for output in cell.get("outputs", []):
            page = "".join(output.get("data", {}).get("text/html", ""))
            if page.count("$") >= 2:
                assert "tex2jax_ignore" in page, f"{path.name} cell {index}: a table with $ signs typeset as maths"


def test_tables_with_dollars_get_the_no_maths_class_and_others_are_unchanged():
    assert table_html_with_dollars_as_text(pd.DataFrame({"note": ["no money here"]})) is None
    page = table_html_with_dollars_as_text(pd.DataFrame({"note": ["about $108bn against $107bn"]}))
    assert 'class="dataframe tex2jax_ignore"' in page and "$108bn" in page


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_no_stray_booleans_or_widget_reprs(path):
    for index, cell in enumerate(cells(path)):
        source = "".join(cell.get("source", ""))
        for output in cell.get("outputs", []):
            plain = "".join(output.get("data", {}).get("text/plain", ""))
            if output["output_type"] == "execute_result" and "check(" in source:
                assert plain not in ("True", "False"), f"{path.name} cell {index}: a stray {plain} under check()"
            assert not re.match(r"(VBox|HBox|Box|Dropdown|IntSlider|Output)\(", plain), \
                f"{path.name} cell {index}: a raw widget repr ({plain[:40]}...)"
