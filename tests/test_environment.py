"""pyproject.toml (pip) and environment.yml (conda, Binder) install the same packages."""

import re
from importlib.metadata import requires
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def name_of(requirement: str) -> str:
    return re.split(r"[<>=!~ ]", requirement.strip(), maxsplit=1)[0].lower()


def test_environment_yml_and_pyproject_name_the_same_packages():
    pip_names = {name_of(r) for r in requires("russia-china-pack")}  # as installed from pyproject.toml
    environment = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda = [d for d in environment["dependencies"] if isinstance(d, str)]
    conda_names = {name_of(d) for d in conda} - {"python", "pip"}
    assert pip_names == conda_names


def test_environment_yml_installs_the_helpers_with_pip():
    environment = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip_entries = [d["pip"] for d in environment["dependencies"] if isinstance(d, dict)]
    assert ["-e ."] in pip_entries
    assert environment["channels"] == ["conda-forge"]


def test_output_sensitive_packages_are_pinned_to_a_major_version():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"pandas>=2.2,<3"' in pyproject
    assert '"matplotlib>=3.9,<4"' in pyproject


def test_ci_calls_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make test" in readme and "make lab" in readme
