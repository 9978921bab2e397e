"""Lateral reading: leave the page to find out who is behind a text and the people it cites (notebook 04).

    from helpers.lateral import people_cited, online_route, source_audit
    people_cited()            # the op-ed's author and the essay's named sources: what we know, what we do not
    online_route("Kashin")    # what to search, in three tabs, in five minutes
    source_audit()            # three of the pack's own sources, for the stretch task

The data are `helpers/data/lateral_reading.csv` and `helpers/data/source_audit.csv`. The offline route says
only what the pack's fact base supports, with its source; where we do not know, it says so. It never
guesses facts about a real person.
"""

from __future__ import annotations

import pandas as pd

from .data_files import read_table
from .errors import PackError
from .paths import DATA_DIR
from .tables import Table, table

LATERAL_FILE = DATA_DIR / "lateral_reading.csv"
AUDIT_FILE = DATA_DIR / "source_audit.csv"


class LateralError(PackError):
    """A request the lateral-reading helper cannot answer, in one sentence."""


def load_people() -> pd.DataFrame:
    """One row per person: where the article names them, what it says, what our sources say, what to search."""
    return read_table(LATERAL_FILE)


def people_cited() -> Table:
    """The offline route as a table: the text's words, our sources' words, and what we do not know."""
    rows = load_people()
    rows = rows.assign(where=rows["named_in"] + ", line " + rows["line"])
    return table(rows.set_index("person")[["where", "what_the_text_says", "what_our_sources_say",
                                           "what_we_do_not_know"]])


def find_person(name: str) -> pd.Series:
    rows = load_people()
    wanted = str(name).strip().casefold()
    found = rows[rows["person"].str.casefold().str.contains(wanted, regex=False)] if wanted else rows.iloc[0:0]
    if found.empty:
        names = "; ".join(rows["person"])
        raise LateralError(f"No one called {name!r} in the lateral-reading card; try one of: {names}.")
    return found.iloc[0]


def online_route(name: str) -> None:
    """Print a five-minute, three-tab plan for reading laterally about one person on the card."""
    person = find_person(name)
    print(f"Lateral reading: {person['person']} (named in the {person['named_in']}, line {person['line']})")
    print("Set a timer for five minutes. Open three tabs:")
    print(f"  Tab 1 - who is it?   Search: {person['search_for']}")
    print("          Look for a page where an institution or publisher says who they are (not a page they wrote).")
    print("  Tab 2 - who are they with?   Search the institution or outlet you found in tab 1, on its own.")
    print("          Who runs or funds it? What do other sites (news, encyclopedias) say about it?")
    print("  Tab 3 - trace the claim.   Search a few exact words of what the article says they said.")
    print("          Find the original: did they say it, where, when, and does the article report it fairly?")
    print("Then stop and write: who is behind it, what you found in which tab, and whether it changes your trust.")


def source_audit() -> Table:
    """Three of the pack's own sources, for students to audit laterally (our verdicts are in the answer key)."""
    rows = read_table(AUDIT_FILE)
    return table(rows.set_index("id"))
