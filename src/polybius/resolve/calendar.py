"""Calendar helpers and the date vocabulary file for ``polybius.resolve.dates``:
loading ``data/date_terms.yaml``, reference dates, month arithmetic, Easter, the end of
a period and the background-window test. Split from ``dates.py`` so each stays small.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

import yaml

from polybius.records import DateValue
from polybius.settings import DATA_DIR

DateLike = dt.date | str | None
TERMS_PATH = DATA_DIR / "date_terms.yaml"
#: A date whose period ends more than this many days before publication is background.
BACKGROUND_WINDOW_DAYS = 45

_RANK = MappingProxyType({"day": 0, "week": 1, "month": 2, "year": 3})

class DateTermsError(ValueError):
    """date_terms.yaml does not have the expected shape."""


@dataclass(frozen=True)
class DateTerms:
    """The validated contents of ``data/date_terms.yaml``."""
    fixed: Mapping[str, tuple[int, int, bool]]
    easter: Mapping[str, int]
    suffixes: tuple[str, ...]
    seasons: Mapping[str, tuple[int, ...]]
    part_words: tuple[str, ...]


def load_terms(path: Path | None = None) -> DateTerms:
    """Read and validate the holiday/season/part-word file; raise DateTermsError."""
    doc = yaml.safe_load((path or TERMS_PATH).read_text(encoding="utf-8"))
    try:
        fixed = {}
        for name, spec in doc["fixed_holidays"].items():
            month, day = int(spec["month"]), int(spec["day"])
            dt.date(2000, month, day)  # validates (2000 is a leap year)
            fixed[str(name).lower()] = (month, day, bool(spec.get("year_ambiguous", False)))
        easter = {str(k).lower(): int(v) for k, v in doc["easter_holidays"].items()}
        seasons = {str(k).lower(): tuple(int(m) for m in v) for k, v in doc["seasons"].items()}
        suffixes = tuple(str(s).lower() for s in doc["holiday_suffixes"])
        parts = tuple(str(s).lower() for s in doc["part_words"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DateTermsError(f"date_terms.yaml: {exc!r}") from exc
    if set(fixed) & set(easter):
        raise DateTermsError(f"date_terms.yaml: names in both lists: {set(fixed) & set(easter)}")
    if any(not 1 <= m <= 12 for ms in seasons.values() for m in ms):
        raise DateTermsError("date_terms.yaml: season month out of range")
    for seq, label in ((suffixes, "holiday_suffixes"), (parts, "part_words")):
        if len(set(seq)) != len(seq):
            raise DateTermsError(f"date_terms.yaml: duplicates in {label}")
    return DateTerms(MappingProxyType(fixed), MappingProxyType(easter), suffixes,
                     MappingProxyType(seasons), parts)


# ----------------------------------------------------------------- small helpers
@dataclass(frozen=True)
class Ref:
    """A reference point: a date and how precisely it is known."""
    day: dt.date
    precision: str = "day"


def to_ref(value: DateLike | dt.datetime) -> Ref | None:
    """Read a date, datetime or ISO string ('2025-12-31', '2025-12-31T10:00Z',
    '2025-12', '2025'); anything else -> None."""
    if isinstance(value, dt.datetime):
        return Ref(value.date())
    if isinstance(value, dt.date):
        return Ref(value)
    if not isinstance(value, str):
        return None
    m = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:$|[T\s])", value)
    if not m:
        return None
    try:
        if m.group(3):
            return Ref(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        if m.group(2):
            return Ref(dt.date(int(m.group(1)), int(m.group(2)), 1), "month")
        return Ref(dt.date(int(m.group(1)), 1, 1), "year")
    except ValueError:
        return None


def _fmt(day: dt.date, precision: str) -> str:
    if precision == "week":
        day -= dt.timedelta(days=day.weekday())
    return day.isoformat()[:{"day": 10, "week": 10, "month": 7, "year": 4}[precision]]


def _coarser(a: str, b: str) -> str:
    return a if _RANK[a] >= _RANK[b] else b


def _add_months(day: dt.date, n: int) -> dt.date:
    y, m = divmod(day.year * 12 + day.month - 1 + n, 12)
    return dt.date(y, m + 1, 1)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def easter_sunday(year: int) -> dt.date:
    """Western Easter (anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def period_end(value: str, precision: str) -> dt.date | None:
    """The last day of the period a DateValue names (its week, month or year)."""
    ref = to_ref(value)
    if ref is None:
        return None
    if precision == "week":
        return ref.day + dt.timedelta(days=6)
    if precision == "month":
        return _add_months(ref.day, 1) - dt.timedelta(days=1)
    if precision == "year":
        return dt.date(ref.day.year, 12, 31)
    return ref.day


def is_background_date(value: DateValue | None, published: DateLike,
                       window_days: int = BACKGROUND_WINDOW_DAYS) -> bool:
    """True when the whole period of ``value`` ends more than ``window_days`` (45:
    about six weeks, longer than the "this month/last month" news horizon) before
    publication. Unknown dates are never background."""
    pub = to_ref(published)
    if value is None or not value.value or not value.precision or pub is None:
        return False
    end = period_end(value.value, value.precision)
    return end is not None and (pub.day - end).days > window_days


# ----------------------------------------------------------------- the resolver
