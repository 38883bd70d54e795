"""When a page with no publication date was published, as far as its URL tells.

Many sites put the publication day or month in the path (``/2018/12/05/slug``,
``/2015/08/slug.html``, ``/news/2008/jun/slug``, ``.../20181205-slug``). Fusion uses it for
an undated page's events instead of "any day": an attack reported on a page filed under
August 2015 did not happen in 2019. The article's ``published`` is left as it was (the
extraction resolves dates against it); the window is inferred for pair scoring only.
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from urllib.parse import urlsplit

_MONTHS = {name.lower(): k for k, name in enumerate(calendar.month_abbr) if name}
_YEAR = r"(?P<y>(?:19|20)\d{2})"
_PATTERNS = (
    # /2018/12/05/ or /2018/12/ (the day optional), a segment each
    re.compile(r"/" + _YEAR + r"/(?P<m>0?[1-9]|1[0-2])(?:/(?P<d>0?[1-9]|[12]\d|3[01]))?(?=/|$)"),
    # /2008/jun/
    re.compile(r"/" + _YEAR + r"/(?P<mon>[a-z]{3})(?=/|$)"),
    # 2018-12-05 or 20181205 standing apart from other digits
    re.compile(r"(?<!\d)" + _YEAR + r"-?(?P<m>0[1-9]|1[0-2])-?(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"),
    # a bare /2016/ segment
    re.compile(r"/" + _YEAR + r"(?=/)"),
)


def url_date(url: str | None) -> tuple[int, int, str] | None:
    """(first day ordinal, last day ordinal, precision) the URL path dates its page to:
    a day, a month or a year; None when the path names no date (a host's digits and
    the query string are not read: ``?p=2011`` is an id)."""
    if not url:
        return None
    try:
        path = urlsplit(url).path.lower()
    except ValueError:
        return None
    for rx in _PATTERNS:
        for m in rx.finditer(path):
            found = _interval(m)
            if found is not None:
                return found
    return None


def _interval(m: re.Match) -> tuple[int, int, str] | None:
    groups = m.groupdict()
    year = int(groups["y"])
    if year > date.today().year:
        return None
    month = groups.get("m")
    if month is None and groups.get("mon"):
        month = _MONTHS.get(groups["mon"])
        if month is None:
            return None
    if month is None:
        return date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal(), "year"
    month = int(month)
    if groups.get("d"):
        try:
            day = date(year, month, int(groups["d"])).toordinal()
            return day, day, "day"
        except ValueError:
            pass                    # no such day: the month still stands
    last = calendar.monthrange(year, month)[1]
    return date(year, month, 1).toordinal(), date(year, month, last).toordinal(), "month"


_WEEKDAY_NUMBER = {name: k for k, name in enumerate(calendar.day_name)}


def page_weekday_day(monthday: str | None, page_weekday: str | None,
                     weekday: int) -> int | None:
    """The month-day (month * 100 + day) of the ``weekday`` (0 = Monday) on or before a
    page's own date without a year (``Article.page_monthday`` "--06-07", a Friday): its
    "on Thursday" is 6 June. None when the page gives no weekday, or when the count back
    crosses a February end, whose length depends on the year nobody gave."""
    if not monthday or page_weekday not in _WEEKDAY_NUMBER or not 0 <= weekday <= 6:
        return None
    back = (_WEEKDAY_NUMBER[page_weekday] - weekday) % 7
    found = set()
    for year in (2000, 2001):     # a leap year and a common one
        try:
            day = date.fromisoformat(f"{year}{monthday[1:]}").toordinal() - back
        except ValueError:
            continue              # 29 February of the common year
        found.add((date.fromordinal(day).month, date.fromordinal(day).day))
    if len(found) != 1:
        return None
    month, day = found.pop()
    return month * 100 + day


__all__ = ["page_weekday_day", "url_date"]
