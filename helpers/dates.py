"""Dates as people write them, read and written back in one place.

    >>> from helpers.dates import read_written_date, describe_date
    >>> read_written_date("June 28, 2021"), read_written_date("28 June 2021"), read_written_date("2021-06-28T10:15:00Z")
    ('2021-06-28', '2021-06-28', '2021-06-28')
    >>> describe_date("2021-06-28"), describe_date("2021-06"), describe_date("2021")
    ('28 Jun 2021', 'Jun 2021', '2021')

The pack stores a date as precisely as it is known: `YYYY-MM-DD` (a day), `YYYY-MM` (a month) or `YYYY`
(a year). Days are shown as "28 Jun 2021", built from numbers (no `%-d`, which Windows does not know).
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from .errors import PackError

MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
MONTH_NUMBERS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)}
MONTH_NUMBERS.update({name.lower(): number for number, name in enumerate(MONTH_ABBREVIATIONS, start=1)})
MONTH_NUMBERS["sept"] = 9
MONTH_WORD = r"[A-Za-z]{3,9}\.?"


class DateFormatError(PackError):
    """A date written in a way the pack cannot read for certain, said in one sentence."""


# --- reading -------------------------------------------------------------------------------------


def month_number(word: str) -> int | None:
    """1-12 for a month's name or its short form ("June", "Jun", "Jun."); None for any other word."""
    return MONTH_NUMBERS.get(word.lower().rstrip("."))


def day_text(year: int, month: int, day: int) -> str:
    """'YYYY-MM-DD' for a real day; a DateFormatError for a day that does not exist (31 June)."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        raise DateFormatError(f"'{year:04d}-{month:02d}-{day:02d}' is not a real date: check the month (01-12) "
                              "and the day (no 31 June or 30 February).") from None


def read_numeric_date(text: str) -> str | None:
    """'2021-06-28', '2021-06', '2021', '2021/06/28' or an ISO timestamp ('2021-06-28T10:15:00Z': the
    calendar date as written); None if `text` is not one of these."""
    match = re.fullmatch(r"(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                         r"(?:Z|[+-]\d{2}:?\d{2})?)?)?)?", text)
    if not match:
        return None
    year, month, day = match.groups()
    if day:
        return day_text(int(year), int(month), int(day))
    if month:
        if not 1 <= int(month) <= 12:
            raise DateFormatError(f"'{text}' has no month {int(month)}: months run from 01 to 12.")
        return f"{year}-{int(month):02d}"
    return year


def read_slashed_date(text: str) -> str | None:
    """'28/06/2021' or '06/28/2021' when only one reading is possible; a DateFormatError when both are
    (06/07/2021: 6 July or 7 June?); None if `text` is not written with slashes or dots this way."""
    match = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", text)
    if not match:
        return None
    first, second, year = (int(part) for part in match.groups())
    if first <= 12 and second <= 12 and first != second:
        raise DateFormatError(
            f"'{text}' could be {first} {MONTH_NAMES[second - 1]} or {second} {MONTH_NAMES[first - 1]} {year}: "
            f"write it as YYYY-MM-DD, e.g. {day_text(year, second, first)}.")
    day, month = (first, second) if second <= 12 else (second, first)
    return day_text(year, month, day)


def read_worded_date(text: str) -> str | None:
    """'June 28, 2021', 'Jun. 28 2021', '28 June 2021', '28th of June, 2021' or 'June 2021'; else None."""
    text = re.sub(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", "", text.strip(), flags=re.I)
    patterns = (r"(?P<month>{m})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})",
                r"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{m}),?\s+(?P<year>\d{{4}})",
                r"(?P<month>{m}),?\s+(?P<year>\d{{4}})")
    for pattern in patterns:
        match = re.fullmatch(pattern.format(m=MONTH_WORD), text, re.I)
        if match and month_number(match.group("month")):
            month, year = month_number(match.group("month")), int(match.group("year"))
            if "day" in match.groupdict() and match.group("day"):
                return day_text(year, month, int(match.group("day")))
            return f"{year}-{month:02d}"
    return None


def read_written_date(text: str) -> str | None:
    """A date written in any common way, as 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'; None if it is not a date.

    Raises DateFormatError (one sentence) when it is a date that cannot be read for certain: an impossible
    day, or 06/07/2021, which is 6 July in Europe and 7 June in the US.
    """
    text = text.strip()
    for reader in (read_numeric_date, read_slashed_date, read_worded_date):
        value = reader(text)
        if value is not None:
            return value
    return None


# --- what a stored date covers --------------------------------------------------------------------------


def date_precision(text: str) -> str:
    """'day', 'month' or 'year' for '1969-03-02', '1992-02' or '1960'; raises ValueError otherwise."""
    for precision, pattern in (("day", r"\d{4}-\d{2}-\d{2}"), ("month", r"\d{4}-\d{2}"), ("year", r"\d{4}")):
        if re.fullmatch(pattern, text):
            return precision
    raise ValueError(f"'{text}' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY.")


def first_and_last_day(text: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The first and last day a stored date covers: '1992-02' -> (1 Feb 1992, 29 Feb 1992)."""
    precision = date_precision(text)
    try:
        if precision == "day":
            day = pd.Timestamp(text)
            return day, day
        if precision == "month":
            first = pd.Timestamp(text + "-01")
            return first, first + pd.offsets.MonthEnd(0)
        return pd.Timestamp(text + "-01-01"), pd.Timestamp(text + "-12-31")
    except ValueError:
        raise ValueError(f"'{text}' is not a real date (check the month and the day).") from None


# --- writing ---------------------------------------------------------------------------------------------


def describe_day(day) -> str:
    """A day (date, datetime or Timestamp) as '2 Mar 1969'; '' for None or NaT."""
    if day is None or pd.isna(day):
        return ""
    return f"{day.day} {MONTH_ABBREVIATIONS[day.month - 1]} {day.year}"


def describe_date(text: str) -> str:
    """A stored date as people write it: '1969-03-02' -> '2 Mar 1969', '1992-02' -> 'Feb 1992', '1969' -> '1969'."""
    text = str(text)
    first, _ = first_and_last_day(text)
    precision = date_precision(text)
    if precision == "day":
        return describe_day(first)
    if precision == "month":
        return f"{MONTH_ABBREVIATIONS[first.month - 1]} {first.year}"
    return str(first.year)
