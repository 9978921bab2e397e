"""Shared test fixtures, made once per test session.

- `seeds` (also named `corpus`): the five seed articles, as every stored notebook output uses them.
- `seed_profiles`: their source profiles (profile.profile), which several modules' tests compare against.

Tests must not change these objects (they are shared); build a fresh article with articles.build_article instead.
"""

import pytest

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
