"""The widgets in helpers/widgets.py: each one redraws when a control changes, none uses an Output widget
(the cause of the notebook runner's stalls), rows wrap on a narrow screen, and unrun they read as one sentence."""

import re
from pathlib import Path

import ipywidgets
import pytest

from helpers.widgets import layer_toggle, rating_sliders, timeline_explorer, treaty_explorer

ROOT = Path(__file__).resolve().parent.parent


def every_widget(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from every_widget(child)


def plain_text(widget):
    return widget._repr_mimebundle_()["text/plain"]


def test_treaty_explorer_redraws_for_the_chosen_article(corpus):
    panel = treaty_explorer(corpus)
    menu, view = panel.children
    assert menu.value == "9" and "Article 9" in view.value
    menu.value = "25"
    assert "Article 25" in view.value and "Article 9<" not in view.value
    menu.value = "5"  # no seed cites Article 5
    assert "No sentence in the corpus refers to this part of the treaty." in view.value


def test_rating_sliders_redraw_the_comparison(corpus, seed_profiles):
    panel = rating_sliders(corpus, seed_profiles)
    sliders = [w for w in every_widget(panel) if isinstance(w, ipywidgets.IntSlider)]
    assert len(sliders) == 15
    table = panel.children[-1]
    first = re.search(r"<th>summary</th>\s*<td>(\d)</td>", table.value).group(1)
    assert first == "3"
    sliders[0].value = 5  # summary, who
    assert re.search(r"<th>summary</th>\s*<td>(\d)</td>", table.value).group(1) == "5"


def test_timeline_explorer_redraws_the_picture():
    panel = timeline_explorer()
    controls, picture = panel.children
    before = picture.value
    assert before[:4] == b"\x89PNG"
    controls.children[0].value = "energy"
    assert picture.value != before


def test_layer_toggle(corpus):
    panel = layer_toggle(corpus["fragment"], layers=["production"])
    boxes, html_out = panel.children
    assert "Similarly, in" in html_out.value and "ann-production" in html_out.value
    assert "ann-entities" not in html_out.value
    next(box for box in boxes.children if box.description == "entities").value = True
    assert "ann-entities" in html_out.value


@pytest.fixture(scope="module")
def all_panels(corpus, seed_profiles):
    return [treaty_explorer(corpus), rating_sliders(corpus, seed_profiles), timeline_explorer(),
            layer_toggle(corpus["essay"], max_chars=300)]


def test_no_widget_uses_an_output_widget(all_panels):
    for panel in all_panels:
        assert not any(isinstance(w, ipywidgets.Output) for w in every_widget(panel))


def test_unrun_widgets_read_as_one_sentence(all_panels):
    for panel in all_panels:
        text = plain_text(panel)
        assert "\n" not in text and "children=" not in text and "(run the notebook in JupyterLab" in text


def test_rows_of_controls_wrap_on_a_narrow_screen(all_panels):
    for panel in all_panels:
        rows = [w for w in every_widget(panel) if isinstance(w, ipywidgets.HBox)]
        assert all(row.layout.flex_flow == "row wrap" for row in rows)
    assert len([w for w in every_widget(all_panels[1]) if isinstance(w, ipywidgets.HBox)]) == 5


def test_dollars_in_widget_tables_are_not_typeset(corpus):
    from helpers.widgets import table_html
    import pandas as pd

    page = table_html(pd.DataFrame({"note": ["about $108bn against $107bn"]}))
    assert page.startswith('<div class="tex2jax_ignore">') and "$108bn" in page


def test_a_widget_table_names_its_rows_in_the_corner_not_in_an_empty_row():
    from helpers.widgets import table_html
    import pandas as pd

    page = table_html(pd.DataFrame({"who": [4, 3]}, index=pd.Index(["summary", "essay"], name="article")))
    header = page.split("<tbody>")[0]
    assert header.count("<tr") == 1 and "<th>article</th>" in header and "<th>who</th>" in header


def test_notebook_sources_build_widgets_only_through_the_helpers():
    for source in sorted((ROOT / "tools" / "notebook_src").glob("*.py")):
        text = source.read_text(encoding="utf-8")
        assert "widgets.Output(" not in text and "clear_output" not in text, source.name
        assert "import ipywidgets" not in text, f"{source.name}: build widgets in helpers/widgets.py"
