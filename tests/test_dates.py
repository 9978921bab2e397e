"""helpers.dates: one place that reads dates as people write them and writes them back."""

import datetime

import pandas as pd
import pytest

from helpers.dates import (DateFormatError, describe_date, describe_day, first_and_last_day, month_number,
                           read_written_date)


@pytest.mark.parametrize("text, stored", [
    ("2021-06-28", "2021-06-28"), ("2021-06", "2021-06"), ("2021", "2021"),
    ("June 28, 2021", "2021-06-28"), ("Sept. 3 2001", "2001-09-03"), ("28 June 2021", "2021-06-28"),
    ("28th of June, 2021", "2021-06-28"), ("Monday, June 28, 2021", "2021-06-28"), ("June 2021", "2021-06"),
    ("2021-06-28T10:15:00Z", "2021-06-28"), ("2021-06-28T23:59:59.5+03:00", "2021-06-28"),
    ("2021/06/28", "2021-06-28"), ("28/06/2021", "2021-06-28"), ("06/28/2021", "2021-06-28"),
    ("06/06/2021", "2021-06-06"),
])
def test_written_dates_are_read(text, stored):
    assert read_written_date(text) == stored


@pytest.mark.parametrize("text", ["last spring", "Mayday 2021", "2021-6-28-1", "", "the 1990s"])
def test_things_that_are_not_dates_give_none(text):
    assert read_written_date(text) is None


def test_a_date_two_countries_read_differently_is_refused_with_both_readings():
    with pytest.raises(DateFormatError) as problem:
        read_written_date("06/07/2021")
    assert "6 July or 7 June 2021" in str(problem.value) and "YYYY-MM-DD" in str(problem.value)


@pytest.mark.parametrize("text", ["2021-02-30", "2021-13-01", "31 June 2021"])
def test_impossible_days_are_refused(text):
    with pytest.raises(DateFormatError, match="is not a real date"):
        read_written_date(text)


def test_months_by_name_and_short_form():
    assert month_number("Sept.") == 9 and month_number("jun") == 6 and month_number("Mayday") is None


def test_days_are_written_without_platform_specific_codes():
    assert describe_day(pd.Timestamp("1969-03-02")) == "2 Mar 1969"
    assert describe_day(datetime.date(2021, 6, 28)) == "28 Jun 2021"
    assert describe_day(None) == "" and describe_day(pd.NaT) == ""
    assert [describe_date(v) for v in ("1969-03-02", "1992-02", "1969")] == ["2 Mar 1969", "Feb 1992", "1969"]


def test_first_and_last_day_of_a_month_and_a_year():
    assert first_and_last_day("1992-02") == (pd.Timestamp("1992-02-01"), pd.Timestamp("1992-02-29"))
    assert first_and_last_day("2001") == (pd.Timestamp("2001-01-01"), pd.Timestamp("2001-12-31"))
