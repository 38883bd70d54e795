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
_MONTH_WORD = r"(?P<mon>[a-z]{3,9})"
_DAY = r"(?P<d>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
# a whole date written in the slug: march-7th-2021, 7-march-2021
_SLUG_DATES = (
    re.compile(r"(?<![a-z])" + _MONTH_WORD + r"[-_]" + _DAY + r"[-_]+" + _YEAR + r"(?!\d)"),
    re.compile(r"(?<![\da-z])" + _DAY + r"[-_]" + _MONTH_WORD + r"[-_]+" + _YEAR + r"(?!\d)"),
)
# eight digits standing apart, day or month first, then the year: 25032021
_DAY_FIRST = re.compile(r"(?<!\d)(?P<a>\d{2})(?P<b>\d{2})" + _YEAR + r"(?!\d)")


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
    return _slug_day(path)


def _slug_day(path: str) -> tuple[int, int, str] | None:
    """The day a slug spells out (``march-7th-2021``), or eight digits that read as
    one day whether the day or the month comes first (``25032021``: no 25th month); an
    order that reads as two days tells nothing."""
    for rx in _SLUG_DATES:
        for m in rx.finditer(path):
            month = _month_named(m.group("mon"))
            if month is not None:
                found = _day(int(m.group("y")), month, int(m.group("d")))
                if found is not None:
                    return found
    for m in _DAY_FIRST.finditer(path):
        year, a, b = int(m.group("y")), int(m.group("a")), int(m.group("b"))
        days = {d for d in (_day(year, b, a), _day(year, a, b)) if d is not None}
        if len(days) == 1:
            return days.pop()
    return None


def _month_named(word: str) -> int | None:
    """The month a word names in full or cut short ("sept", "sep", "september")."""
    k = _MONTHS.get(word[:3]) if len(word) >= 3 else None
    return k if k is not None and calendar.month_name[k].lower().startswith(word) else None


def _day(year: int, month: int, day: int) -> tuple[int, int, str] | None:
    """A day that exists and has come, as (ordinal, ordinal, "day")."""
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    if found > date.today():
        return None
    return found.toordinal(), found.toordinal(), "day"


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


def page_day_of_year(monthday: str | None) -> int | None:
    """The day of a leap year (1..366) of a page's own date without a year
    (``Article.page_monthday`` "--10-11"), or None: fusion compares it with another
    report's day around the year's end, whatever the year."""
    if not monthday:
        return None
    try:
        return date.fromisoformat(f"2000{monthday[1:]}").timetuple().tm_yday
    except ValueError:
        return None
