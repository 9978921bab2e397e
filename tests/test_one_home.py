"""One home for every job, checked on the source: a reader who finds a name in helpers/ finds the one place it
lives, and a data file is read in one module only (so every missing or broken file gets the same one sentence)."""

import ast
from collections import defaultdict
from pathlib import Path

HELPERS = Path(__file__).resolve().parents[1] / "helpers"
ENTRY_POINTS = {"main"}  # each `python -m helpers.X` module has its own main(): that is the convention
READERS = {("pd", "read_csv"), ("pandas", "read_csv"), ("csv", "DictReader"), ("csv", "reader"), ("yaml", "safe_load"),
           ("yaml", "load")}


def trees(folder: Path):
    for path in sorted(folder.glob("*.py")):
        yield path.name, ast.parse(path.read_text(encoding="utf-8"))


def names_with_two_homes(folder: Path) -> dict[str, list[str]]:
    """Top-level functions and classes defined in more than one module of `folder`."""
    homes = defaultdict(list)
    for name, tree in trees(folder):
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name not in ENTRY_POINTS:
                homes[node.name].append(name)
    return {function: files for function, files in homes.items() if len(files) > 1}


def direct_readers(folder: Path) -> list[str]:
    """Calls such as pd.read_csv or yaml.safe_load outside data_files.py, as 'module.py:line call'."""
    found = []
    for name, tree in trees(folder):
        if name == "data_files.py":
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and (node.func.value.id, node.func.attr) in READERS):
                found.append(f"{name}:{node.lineno} {node.func.value.id}.{node.func.attr}")
    return found


def test_no_two_helper_modules_define_a_function_of_the_same_name():
    assert names_with_two_homes(HELPERS) == {}


def test_data_files_are_read_only_in_data_files_py():
    assert direct_readers(HELPERS) == [], "read these through helpers.data_files"


def test_the_checks_find_what_they_look_for(tmp_path):
    """The two checks above are not vacuous: a folder that breaks either rule is caught."""
    (tmp_path / "a.py").write_text("import pandas as pd\ndef shared():\n    return pd.read_csv('x.csv')\n", encoding="utf-8")
    (tmp_path / "b.py").write_text("def shared():\n    return 1\ndef main():\n    pass\n", encoding="utf-8")
    (tmp_path / "c.py").write_text("def main():\n    pass\n", encoding="utf-8")
    assert names_with_two_homes(tmp_path) == {"shared": ["a.py", "b.py"]}
    assert direct_readers(tmp_path) == ["a.py:3 pd.read_csv"]
