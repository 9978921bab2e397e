"""Where the pack keeps its files."""

from pathlib import Path

PACK_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = PACK_ROOT / "seeds"
CATALOG_FILE = SEEDS_DIR / "catalog.csv"
USER_ARTICLES_DIR = PACK_ROOT / "my_articles"
DATA_DIR = Path(__file__).resolve().parent / "data"
SOLUTIONS_DIR = Path(__file__).resolve().parent / "solutions"
GOLD_DIR = PACK_ROOT / "tests" / "gold"
