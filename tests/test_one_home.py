"""One home for every job, checked on the source: a reader who finds a name in helpers/ finds the one place it
lives, and a data file is read in one module only (so every missing or broken file gets the same one sentence)."""

import ast
from collections import defaultdict
from pathlib import Path

HELPERS = Path(__file__).resolve().parents[1] / "helpers"
ENTRY_POINTS = {"main"}  # each `python -m helpers.X` module has its own main(): that is the convention


def trees():
    for path in sorted(HELPERS.glob("*.py")):
        yield path.name, ast.parse(path.read_text(encoding="utf-8"))


def test_no_two_helper_modules_define_a_function_of_the_same_name():
    homes = defaultdict(list)
    for name, tree in trees():
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name not in ENTRY_POINTS:
                homes[node.name].append(name)
    twice = {function: files for function, files in homes.items() if len(files) > 1}
    assert twice == {}, f"one name, two homes: {twice}"


READERS = {("pd", "read_csv"), ("pandas", "read_csv"), ("csv", "DictReader"), ("csv", "reader"), ("yaml", "safe_load"),
           ("yaml", "load")}


def test_data_files_are_read_only_in_data_files_py():
    found = []
    for name, tree in trees():
        if name == "data_files.py":
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and (node.func.value.id, node.func.attr) in READERS):
                found.append(f"{name}:{node.lineno} {node.func.value.id}.{node.func.attr}")
    assert found == [], f"read these through helpers.data_files: {found}"


def test_the_checks_find_what_they_look_for(tmp_path):
    """The two checks above are not vacuous: a module that breaks either rule is caught."""
    (tmp_path / "a.py").write_text("import pandas as pd\ndef shared():\n    return pd.read_csv('x.csv')\n", encoding="utf-8")
    (tmp_path / "b.py").write_text("def shared():\n    return 1\n", encoding="utf-8")
    globals()["HELPERS"], saved = tmp_path, HELPERS
    try:
        try:
            test_no_two_helper_modules_define_a_function_of_the_same_name()
        except AssertionError as problem:
            assert "'shared': ['a.py', 'b.py']" in str(problem)
        else:
            raise AssertionError("a name defined in two modules was not caught")
        try:
            test_data_files_are_read_only_in_data_files_py()
        except AssertionError as problem:
            assert "a.py:3 pd.read_csv" in str(problem)
        else:
            raise AssertionError("a pd.read_csv outside data_files.py was not caught")
    finally:
        globals()["HELPERS"] = saved
