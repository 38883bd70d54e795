"""Month, season, holiday and anchored phrases against a publication day in June
(2024-06-18, a Tuesday): the day a reader of the article would take each to mean."""
from __future__ import annotations

import pytest

from polybius.resolve.dates import resolve_date

PUB = "2024-06-18"
ANCHOR = "2024-06-10"   # the previous event's day (a Monday)


@pytest.mark.parametrize("text, kw, value, precision", [
    # months: the latest one before publication, unless "next"/"coming" or a future tense
    ("last March", {}, "2024-03", "month"), ("previous March", {}, "2024-03", "month"),
    ("past March", {}, "2024-03", "month"), ("this March", {}, "2024-03", "month"),
    ("next March", {}, "2025-03", "month"), ("coming March", {}, "2025-03", "month"),
    ("in June", {}, "2024-06", "month"), ("next June", {}, "2025-06", "month"),
    ("last June", {}, "2023-06", "month"),
    ("in August", {"future": True}, "2024-08", "month"), ("in March", {"future": True}, "2025-03", "month"),
    ("March of last year", {}, "2023-03", "month"), ("March of previous year", {}, "2023-03", "month"),
    ("March of past year", {}, "2023-03", "month"), ("March of next year", {}, "2025-03", "month"),
    ("March 2019", {}, "2019-03", "month"),
    ("during the month of May", {}, "2024-05", "month"), ("in the year of 2019", {}, "2019", "year"),
    # a day told with an apposition: the day
    ("on Monday, the third day of the siege", {}, "2024-06-17", "day"),
    # seasons give the year; winter spans two years and is left unresolved
    ("last summer", {}, "2023", "year"), ("next summer", {}, "2025", "year"),
    ("this summer", {}, "2024", "year"), ("in the spring", {}, "2024", "year"),
    ("this spring", {}, "2024", "year"), ("last autumn", {}, "2023", "year"),
    ("in autumn", {"future": True}, "2024", "year"), ("summer 2019", {}, "2019", "year"),
    ("last winter", {}, None, None), ("next winter", {}, None, None),
    # holidays
    ("on Christmas", {}, "2023-12-25", "day"), ("last Christmas", {}, "2023-12-25", "day"),
    ("this Christmas", {}, "2024-12-25", "day"), ("next Christmas", {}, "2024-12-25", "day"),
    ("on Christmas", {"future": True}, "2024-12-25", "day"),
    ("at Easter", {}, "2024-03-31", "day"), ("last Easter", {}, "2024-03-31", "day"),
    ("next Easter", {}, "2025-04-20", "day"),
    # day and month: the latest such day, or the next one in a future tense
    ("June 18", {}, "2024-06-18", "day"), ("June 19", {}, "2023-06-19", "day"),
    ("June 18", {"future": True}, "2024-06-18", "day"), ("June 17", {"future": True}, "2025-06-17", "day"),
])
def test_against_the_publication_day(text, kw, value, precision):
    got = resolve_date(text, PUB, **kw)
    assert (got.value, got.precision) == (value, precision)


@pytest.mark.parametrize("text, value, precision", [
    ("the following day", "2024-06-11", "day"), ("the preceding day", "2024-06-09", "day"),
    ("the prior day", "2024-06-09", "day"), ("the previous day", "2024-06-09", "day"),
    ("that same day", "2024-06-10", "day"), ("the same day", "2024-06-10", "day"),
    ("the same week", "2024-06-10", "week"), ("that week", "2024-06-10", "week"),
    ("that same week", "2024-06-10", "week"), ("the following week", "2024-06-17", "week"),
    ("the previous week", "2024-06-03", "week"), ("the next month", "2024-07", "month"),
    ("that month", "2024-06", "month"),
])
def test_against_the_previous_event(text, value, precision):
    got = resolve_date(text, PUB, anchor=ANCHOR)
    assert (got.value, got.precision) == (value, precision)


def test_a_month_needs_a_publication_day_finer_than_the_year():
    assert resolve_date("March", "2024").value is None
