"""Where a fact comes from: short source labels, source types, and the addresses we never cite.

Every sourced row in `helpers/data/` gives its web addresses (separated by " ; ") and, in the same order, a
`source_type` for each one, from the vocabulary in `helpers/data/source_types.csv` (for example `wire`,
`state-media`, `mirror`). Two modifiers can follow a type: `+copy` (an authorised copy of someone else's text,
such as an AP story on a local paper's site) and `+opinion` (a commentary).

    from helpers.sources import source_label, label_sources
    source_label("https://www.reuters.com/article/...", "wire")      # 'Reuters · wire'
    source_label("https://tass.com/politics/1268537", "state-media")  # 'TASS · state media'

    from helpers.timeline import load_timeline
    table, sources = label_sources(load_timeline().head(3))
    table[["label", "sources"]]     # short labels with a number, e.g. 'FRUS · primary archive [1]'
    sources.loc[1, "address"]       # the full address, one step away

Outlet names come from `helpers/data/outlets.csv` (domain, outlet, usual type). Two lists guard what the pack
cites: `helpers/data/blocked_domains.csv` (mirror, staging and content-farm domains we never cite, with the reason)
and `helpers/data/replaced_addresses.csv` (addresses the 2026 audit told us to replace, with the fact each had been
cited for). So that the lists themselves cite nothing, they hold a *key* for each address instead of the address:
the first 16 hex digits of its SHA-256 after `normalise()`. To add a row, compute the key:

    from helpers.sources import address_key
    address_key("example.com")      # for blocked_domains.csv (a domain also blocks its subdomains)
"""

from __future__ import annotations

import hashlib
import html
from functools import lru_cache
from urllib.parse import urlparse

import pandas as pd

from .data_files import read_rows, read_table
from .errors import PackError
from .paths import DATA_DIR

TYPES_FILE = DATA_DIR / "source_types.csv"
OUTLETS_FILE = DATA_DIR / "outlets.csv"
BLOCKED_FILE = DATA_DIR / "blocked_domains.csv"
REPLACED_FILE = DATA_DIR / "replaced_addresses.csv"  # addresses the 2026 audit (sources.md) told us to replace
MODIFIERS = ("copy", "opinion")
SEPARATOR = " ; "


class SourceError(PackError):
    """A problem with a source or its type, said in one sentence."""


# --- the data files -------------------------------------------------------------------------


@lru_cache(maxsize=None)
def source_types() -> pd.DataFrame:
    """The source-type vocabulary: value, label (as students see it), meaning and a note on trust."""
    return read_table(TYPES_FILE, columns=("value", "label")).set_index("value")


@lru_cache(maxsize=None)
def outlets() -> pd.DataFrame:
    """Known web domains: domain, outlet (the name students see) and the usual type of its pages."""
    return read_table(OUTLETS_FILE, columns=("domain",)).set_index("domain")


def address_key(address: str) -> str:
    """The key our lists of bad addresses store instead of the address: 16 hex digits of SHA-256 of `normalise()`."""
    return hashlib.sha256(normalise(address).encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=None)
def blocked_domains() -> pd.DataFrame:
    """Domain keys (and path prefixes) we never cite: mirrors, staging servers, content farms, with the reason."""
    return read_table(BLOCKED_FILE, columns=("domain_key", "path_prefix", "kind", "why"))


@lru_cache(maxsize=None)
def replaced_addresses() -> dict[str, str]:
    """Keys of the addresses the audit told us to replace, each with the fact it had been cited for."""
    return {row["address_key"]: row["cited_for"] for row in read_rows(REPLACED_FILE, columns=("address_key", "cited_for"))}


def normalise(address: str) -> str:
    """An address without scheme, 'www.', '&amp;' or a trailing slash, in lower case, for comparing."""
    text = str(address).strip().replace("&amp;", "&").lower()
    text = text.split("://", 1)[-1]
    return (text[4:] if text.startswith("www.") else text).rstrip("/")


# --- reading the source columns -------------------------------------------------------------


def split_sources(text: str) -> list[str]:
    """'a ; b' -> ['a', 'b']: the addresses (or types) in one cell, in order."""
    return [part.strip() for part in str(text or "").split(";") if part.strip()]


def check_type(value: str, where: str = "") -> str:
    """`value` itself if it is a known type (with optional +copy / +opinion); else a SourceError."""
    base, *modifiers = value.strip().split("+")
    known = source_types().index
    if base not in known or any(modifier not in MODIFIERS for modifier in modifiers):
        prefix = f"{where}: " if where else ""
        raise SourceError(f"{prefix}the source type '{value}' is not in helpers/data/source_types.csv; use one of "
                          f"{', '.join(known)} (optionally with +copy or +opinion).")
    return value.strip()


def check_source_types(addresses: str, types: str, where: str) -> list[str]:
    """The types for one row, checked: one known type per address, in the same order."""
    found, kinds = split_sources(addresses), split_sources(types)
    if len(found) != len(kinds):
        raise SourceError(f"{where}: {len(found)} source(s) but {len(kinds)} source type(s); give one type per "
                          "address, separated by ' ; ', in the same order.")
    return [check_type(kind, where) for kind in kinds]


def check_yes_no(value: str, where: str, column: str) -> bool:
    """True for 'yes', False for 'no' (any case); a SourceError naming the row otherwise."""
    if str(value).strip().lower() not in ("yes", "no"):
        raise SourceError(f"{where}: the column '{column}' says '{value}'; write yes or no.")
    return str(value).strip().lower() == "yes"


# --- labels -----------------------------------------------------------------------------------


def domain_of(address: str) -> str:
    """'https://www.reuters.com/article/x' -> 'reuters.com' (empty for something that is not a web address)."""
    host = urlparse(str(address).strip()).hostname or ""
    return host[4:] if host.startswith("www.") else host


def outlet_of(address: str) -> str:
    """The outlet's name for a web address ('Reuters'); the bare domain if we do not know it."""
    host = domain_of(address)
    if not host:
        return str(address).strip().strip("()")
    known = outlets()
    for candidate in [host] + [host.split(".", n)[-1] for n in range(1, host.count("."))]:
        if candidate in known.index:
            return known.loc[candidate, "outlet"]
    return host


def type_label(source_type: str) -> str:
    """'state-media' -> 'state media'; 'wire+copy' -> 'wire, copy'; 'news+opinion' -> 'news, opinion'."""
    base, *modifiers = check_type(source_type).split("+")
    return ", ".join([source_types().loc[base, "label"], *modifiers])


def source_label(address: str, source_type: str) -> str:
    """The short label students see: 'Reuters · wire', 'TASS · state media', 'AP via CBS News · wire, copy'."""
    return f"{outlet_of(address)} · {type_label(source_type)}"


def source_link(address: str, source_type: str) -> str:
    """The label as an HTML link to the full address (for a table shown with `to_html(escape=False)`)."""
    label = html.escape(source_label(address, source_type))
    if not domain_of(address):
        return label
    return f'<a href="{html.escape(address.strip(), quote=True)}" target="_blank">{label}</a>'


def label_sources(table: pd.DataFrame, column: str | None = None,
                  type_column: str = "source_type") -> tuple[pd.DataFrame, pd.DataFrame]:
    """Shorten a table's address column to numbered labels, with the full addresses one step away.

    Returns (table, sources): `table` has a `sources` column such as 'Reuters · wire [1]; TASS · state media [2]'
    in place of the addresses, and `sources` has one row per number with its label, type and full address.
    The address column is found by name ('url', 'sources' or 'source') unless you give `column`.
    """
    if not isinstance(table, pd.DataFrame):
        raise SourceError(f"Give a table (a DataFrame) with an address column, not a {type(table).__name__}.")
    column = column or next((name for name in ("url", "sources", "source") if name in table.columns), None)
    if column is None or column not in table.columns or type_column not in table.columns:
        raise SourceError(f"The table needs an address column (url, sources or source) and a '{type_column}' "
                          f"column; it has {', '.join(map(str, table.columns))}.")
    numbers: dict[str, int] = {}
    rows, labels = [], []
    for addresses, types in zip(table[column], table[type_column]):
        addresses = addresses if isinstance(addresses, list) else split_sources(addresses)
        types = types if isinstance(types, list) else split_sources(types)
        cell = []
        for address, kind in zip(addresses, types):
            if address not in numbers:
                numbers[address] = len(numbers) + 1
                rows.append({"number": numbers[address], "label": source_label(address, kind), "type": kind,
                             "address": address})
            cell.append(f"{source_label(address, kind)} [{numbers[address]}]")
        labels.append("; ".join(cell))
    shown = table.drop(columns=[column, type_column]).assign(sources=labels)
    sources = pd.DataFrame(rows, columns=["number", "label", "type", "address"]).set_index("number")
    return shown, sources


# --- rules --------------------------------------------------------------------------------------


def blocked_reason(address: str) -> str:
    """Why we never cite this address ('' if it is fine): it is on the mirror / staging / content-farm list."""
    host, path = domain_of(address), urlparse(str(address).strip()).path
    parts = host.split(".")
    domains = {address_key(".".join(parts[i:])): ".".join(parts[i:]) for i in range(len(parts) - 1)}  # and parents
    for row in blocked_domains().itertuples():
        if row.domain_key in domains and path.startswith(row.path_prefix or ""):
            return f"{domains[row.domain_key]} is on our list of addresses never to cite ({row.kind}): {row.why}"
    return ""


def replaced_for(address: str) -> str:
    """The fact an address was wrongly or weakly cited for, if the audit told us to replace it ('' otherwise)."""
    return replaced_addresses().get(address_key(address), "")


def rests_on_state_media(types: str | list[str]) -> bool:
    """True when every source of a fact is state media (a copy of state media counts too)."""
    kinds = types if isinstance(types, list) else split_sources(types)
    return bool(kinds) and all(kind.split("+")[0] == "state-media" for kind in kinds)
