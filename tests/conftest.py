"""Shared test fixtures.

Made once per test session (one per xdist worker):
- `seeds` (also named `corpus`): the five seed articles, as every stored notebook output uses them.
- `seed_profiles`: their source profiles (profile.profile), which several modules' tests compare against.

Tests must not change these objects (they are shared); build a fresh article with articles.build_article instead.

Made for each test:
- `bad_article`: one case of tests/bad_articles.py written as my_articles/bad.txt; every test that takes it runs
  once per case (the loader, the corpus and the command line all use the one table).
"""

from types import SimpleNamespace

import pytest

from bad_articles import BAD_ARTICLES, write_bad
from helpers import load_seeds


@pytest.fixture(scope="session")
def seeds():
    return load_seeds()


@pytest.fixture(scope="session")
def corpus(seeds):
    return seeds


@pytest.fixture(scope="session")
def seed_profiles(seeds):
    from helpers.profiles import profile

    return profile(seeds)


@pytest.fixture(params=list(BAD_ARTICLES))
def bad_article(request, tmp_path):
    """A folder my_articles/ holding one bad file, bad.txt: `.path`, `.folder`, `.case` and `.expected` (a fragment
    of the one-sentence message the loader should give)."""
    folder = tmp_path / "my_articles"
    folder.mkdir()
    path = write_bad(folder, request.param)
    return SimpleNamespace(case=request.param, path=path, folder=folder, expected=BAD_ARTICLES[request.param][1])
