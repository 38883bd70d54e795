"""What a page's URL says about when it was published (fuse/page_dates.py)."""
from __future__ import annotations

from datetime import date

import pytest

from polybius.fuse.page_dates import url_date


def _days(first: str, last: str, precision: str):
    return date.fromisoformat(first).toordinal(), date.fromisoformat(last).toordinal(), precision


@pytest.mark.parametrize("url, expected", [
    ("https://example.org/2018/12/05/bombers-strike-market/", _days("2018-12-05", "2018-12-05", "day")),
    ("https://example.org/2015/08/leaders-arrested.html", _days("2015-08-01", "2015-08-31", "month")),
    ("https://example.org/news/2016/2/attack", _days("2016-02-01", "2016-02-29", "month")),
    ("https://example.org/news/2008/jun/price-war.html", _days("2008-06-01", "2008-06-30", "month")),
    ("https://example.org/world/20190412-gunmen-kill-guards", _days("2019-04-12", "2019-04-12", "day")),
    ("https://example.org/world/2019-04-12/gunmen", _days("2019-04-12", "2019-04-12", "day")),
    ("https://example.org/archive/2011/story.html", _days("2011-01-01", "2011-12-31", "year")),
])
def test_a_date_in_the_url_path_dates_the_page(url, expected):
    assert url_date(url) == expected


@pytest.mark.parametrize("url", [
    None, "", "https://example.org/?p=2011",                   # a query id, not a year
    "https://example.org/counties/article/2001514509/six-killed",   # an article number
    "https://example.org/news/2010-fire-engulfs-market.html",  # a year in the slug: history
    "https://example.org/3019/01/story",                       # a year to come
    "https://example.org/world/europe/attack-on-a-synagogue",
])
def test_a_url_without_a_date_in_its_path_dates_nothing(url):
    assert url_date(url) is None


def test_an_impossible_day_or_month_keeps_what_is_possible():
    assert url_date("https://example.org/2019/02/30/story") == \
        _days("2019-02-01", "2019-02-28", "month")
    assert url_date("https://example.org/2019/13/story") == \
        _days("2019-01-01", "2019-12-31", "year")


def test_a_weekday_is_counted_back_from_a_yearless_page_date():
    from polybius.fuse.page_dates import page_weekday_day
    assert page_weekday_day("--06-07", "Friday", 3) == 606        # its Thursday
    assert page_weekday_day("--06-07", "Friday", 4) == 607        # the same day
    assert page_weekday_day("--01-02", "Tuesday", 3) == 1228      # back into December
    assert page_weekday_day("--03-02", "Friday", 3) == 301
    assert page_weekday_day("--03-01", "Friday", 3) is None       # 28 or 29 February
    assert page_weekday_day("--06-07", None, 3) is None           # no weekday to count from
