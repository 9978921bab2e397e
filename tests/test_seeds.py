"""The five seed articles are kept byte-for-byte, and the catalog describes each of them."""

import csv
import hashlib
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

SHA256 = {
    "000_3196438a5235abbf.txt": "e9962135aecd994453857b43cbbf0fd7b88e28bfb185399965cbbf9cc3086e15",
    "001_243d04be1667a563.txt": "30c5843a3e3d89609c39ec72e32148734a036f4b8b2754a618a6372f5e1c11ac",
    "002_e8d8485f96a80c26.txt": "a009a8786b9037c4276237172f872a2f913ad6f11415ed5fc85aa7d013b3e53d",
    "003_b3c97576c1680ba3.txt": "1cd01b3463e3e26f341ab18400a05b26a4f1f7c8dbdae60ba856ee62e952c39a",
    "004_ee3c962518cc0657.txt": "4048e6be8cd0771d10a2bc95d005bd94144f3c026a608d200e994ee43b7c6759",
}


def catalog():
    with open(SEEDS / "catalog.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_each_seed_is_byte_for_byte_as_given():
    for name, digest in SHA256.items():
        assert hashlib.sha256((SEEDS / name).read_bytes()).hexdigest() == digest, name


def test_catalog_has_one_row_per_seed_with_every_field_filled():
    rows = catalog()
    assert sorted(r["file"] for r in rows) == sorted(SHA256)
    assert [r["id"] for r in rows] == ["summary", "essay", "oped", "explainer", "fragment"]
    for row in rows:
        for key in ("id", "file", "title", "author", "outlet", "published", "date_status", "date_evidence", "genre", "provenance_notes"):
            assert row[key].strip(), f"{row['id']}: {key} is empty (write 'unknown' if it is unknown)"


def test_catalog_dates_follow_the_facts():
    rows = {r["id"]: r for r in catalog()}
    assert rows["essay"]["date_status"] == "stated" and rows["essay"]["published"] == "2021-07-15"
    assert rows["explainer"]["date_status"] == "unknown" and rows["explainer"]["earliest"] == ""
    assert (rows["fragment"]["earliest"], rows["fragment"]["latest"]) == ("2022-02-24", "2022-10-22")
    assert rows["oped"]["earliest"] == "2022-02-24"
    assert rows["summary"]["earliest"] == "2021-06-28"
    bylines = {i for i, r in rows.items() if r["author"] != "unknown"}
    assert bylines == {"essay", "oped"}
    for row in rows.values():
        if row["date_status"] != "stated":
            assert row["published"] == "unknown"
