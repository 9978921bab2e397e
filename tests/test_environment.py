"""pyproject.toml (pip) and environment.yml (conda, Binder) install the same packages."""

import re
from importlib.metadata import requires
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


def name_of(requirement: str) -> str:
    return re.split(r"[<>=!~ ]", requirement.strip(), maxsplit=1)[0].lower()


def test_environment_yml_and_pyproject_name_the_same_packages():
    # as installed from pyproject.toml; the optional "dev" tools (browser test, linter) are pip-only
    pip_names = {name_of(r) for r in requires("russia-china-pack") if "extra ==" not in r}
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


def locked_versions(name: str) -> dict[str, set[str]]:
    """Package name -> its exact versions in a lock file (two where they differ by Python version)."""
    text = (ROOT / name).read_text(encoding="utf-8")
    versions: dict[str, set[str]] = {}
    for m in re.finditer(r"^([A-Za-z0-9_.-]+)==([^ ;\\]+)", text, re.MULTILINE):
        versions.setdefault(m.group(1).lower().replace("_", "-"), set()).add(m.group(2))
    return versions


@pytest.mark.parametrize("lock", ["requirements.lock", "requirements-dev.lock"])
def test_lock_files_pin_every_dependency_with_hashes(lock):
    locked = locked_versions(lock)
    wanted = {name_of(r).replace("_", "-") for r in requires("russia-china-pack")
              if "extra ==" not in r or lock == "requirements-dev.lock"}
    missing = wanted - set(locked)
    assert not missing, f"{lock} lacks {sorted(missing)}: run `make lock` after changing pyproject.toml"
    text = (ROOT / lock).read_text(encoding="utf-8")
    assert text.count("--hash=sha256:") >= len(locked)
    assert "make lock" in text.splitlines()[1]


def test_the_installed_versions_are_the_locked_ones():
    from importlib.metadata import version

    locked = locked_versions("requirements.lock")
    for name in ("pandas", "numpy", "matplotlib", "ipywidgets", "nbclient", "jupyterlab"):
        assert version(name) in locked[name], f"{name}: run `make setup` (the venv is not from requirements.lock)"


def test_ci_calls_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make test" in readme and "make lab" in readme
