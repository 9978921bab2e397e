"""Each notebook and its jupytext source are paired (jupytext.toml) and in step: same cells, same text."""

from pathlib import Path

import jupytext
import nbformat
import pytest
from jupytext.config import find_jupytext_configuration_file, load_jupytext_configuration_file
from jupytext.paired_paths import paired_paths

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "tools" / "notebook_src").glob("*.py"))
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_every_source_has_its_notebook_and_every_notebook_its_source():
    assert sorted(p.stem for p in SOURCES) == sorted(p.stem for p in NOTEBOOKS)


def test_jupytext_pairs_each_notebook_with_its_source():
    config = load_jupytext_configuration_file(find_jupytext_configuration_file(str(ROOT / "notebooks")))
    for notebook in NOTEBOOKS:
        formats = config.default_formats(str(notebook))
        paths = [Path(p) for p, _ in paired_paths(str(notebook), "ipynb", formats)]
        assert ROOT / "tools" / "notebook_src" / (notebook.stem + ".py") in paths


@pytest.mark.parametrize("source", SOURCES, ids=[p.stem for p in SOURCES])
def test_notebook_is_built_from_its_current_source(source):
    wanted = jupytext.read(source, fmt="py:percent").cells
    stored = nbformat.read(ROOT / "notebooks" / (source.stem + ".ipynb"), as_version=4).cells
    assert [c.cell_type for c in stored] == [c.cell_type for c in wanted], \
        f"{source.stem}: cells differ: rebuild with python tools/build_notebook.py {source.relative_to(ROOT)}"
    for index, (old, new) in enumerate(zip(stored, wanted)):
        assert old.source.strip() == new.source.strip(), \
            f"{source.stem} cell {index} changed since the last build: rebuild the notebook"
        assert old.metadata.get("tags", []) == new.metadata.get("tags", []), f"{source.stem} cell {index}: tags"
