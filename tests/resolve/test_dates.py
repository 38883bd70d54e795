"""Date resolution: every expected value below was worked out by hand from a calendar.

Reference days used throughout:
  2025-12-31 is a Wednesday (its ISO week starts Monday 2025-12-29);
  2024-06-18 is a Tuesday (ISO week starts Monday 2024-06-17);
  2024-03-01 is a Friday.
"""
from __future__ import annotations

import datetime as dt

import pytest

from polybius.records import DateValue
from polybius.resolve import dates
from polybius.resolve.dates import (DateTermsError, easter_sunday, is_background_date,
                                    load_terms, resolve_date)

P1 = "2025-12-31"  # Wednesday
P2 = "2024-06-18"  # Tuesday
P3 = "2024-03-01"  # Friday


def _check(text, published, value, precision, **kw):
    got = resolve_date(text, published, **kw)
    assert got.text == text
    assert (got.value, got.precision) == (value, precision), f"{text!r} -> {got}"


# ------------------------------------------------ relative to publication (P1, Wed)
@pytest.mark.parametrize("text,value,precision", [
    ("on Wednesday", "2025-12-31", "day"),
    ("Wednesday", "2025-12-31", "day"),
    ("on Monday", "2025-12-29", "day"),
    ("Tuesday", "2025-12-30", "day"),
    ("on Sunday night", "2025-12-28", "day"),
    ("early on Tuesday", "2025-12-30", "day"),
    ("late Monday", "2025-12-29", "day"),
    ("before dawn on Saturday", "2025-12-27", "day"),
    ("at 3 p.m. on Friday", "2025-12-26", "day"),
    ("Thursday", "2025-12-25", "day"),
    ("last Wednesday", "2025-12-24", "day"),
    ("Saturday's", "2025-12-27", "day"),
    ("yesterday", "2025-12-30", "day"),
    ("yesterday afternoon", "2025-12-30", "day"),
    ("last night", "2025-12-30", "day"),
    ("today", "2025-12-31", "day"),
    ("this morning", "2025-12-31", "day"),
    ("tonight", "2025-12-31", "day"),
    ("tomorrow", "2026-01-01", "day"),
    ("two days ago", "2025-12-29", "day"),
    ("3 days ago", "2025-12-28", "day"),
    ("three weeks ago", "2025-12-08", "week"),
    ("a fortnight ago", "2025-12-15", "week"),
    ("a month ago", "2025-11", "month"),
    ("six months ago", "2025-06", "month"),
    ("two years ago", "2023", "year"),
    ("last month", "2025-11", "month"),
    ("earlier this month", "2025-12", "month"),
    ("this month", "2025-12", "month"),
    ("next month", "2026-01", "month"),
    ("this week", "2025-12-29", "week"),
    ("earlier this week", "2025-12-29", "week"),
    ("last week", "2025-12-22", "week"),
    ("next week", "2026-01-05", "week"),
    ("last weekend", "2025-12-27", "day"),   # its Saturday
    ("last year", "2024", "year"),
    ("this year", "2025", "year"),
    ("earlier this year", "2025", "year"),
    ("next year", "2026", "year"),
    ("the end of the year", "2025", "year"),
    ("the end of last year", "2024", "year"),
    ("late January", "2025-01", "month"),
    ("early December", "2025-12", "month"),
    ("mid-November", "2025-11", "month"),
    ("the beginning of March", "2025-03", "month"),
    ("in December last year", "2024-12", "month"),
    ("December of last year", "2024-12", "month"),
    ("last December", "2024-12", "month"),
    ("in June", "2025-06", "month"),
    ("March 22", "2025-03-22", "day"),
    ("on March 22", "2025-03-22", "day"),
    ("Dec. 3", "2025-12-03", "day"),
    ("December 31", "2025-12-31", "day"),
    ("22 March", "2025-03-22", "day"),
    ("the 3rd of March", "2025-03-03", "day"),
    ("Feb 29", "2024-02-29", "day"),
    ("in 2017", "2017", "year"),
    ("2013", "2013", "year"),
    ("since 2013", "2013", "year"),
    ("mid-2023", "2023", "year"),
    ("early 2024", "2024", "year"),
    ("in the past weeks", "2025-12", "month"),
    ("in recent weeks", "2025-12", "month"),
    ("in recent days", "2025-12-29", "week"),
    ("over the past 24 hours", "2025-12-31", "day"),
    ("New Year's Eve in 2017", "2017", "year"),
    ("New Year\u2019s Eve in 2017", "2017", "year"),
    ("New Year's Eve 2017", "2017-12-31", "day"),
    ("New Year's Day", "2025-01-01", "day"),
    ("New Year's Eve", "2025-12-31", "day"),
    ("Christmas", "2025-12-25", "day"),
    ("Christmas Eve", "2025-12-24", "day"),
    ("Christmas celebrations", "2025-12-25", "day"),
    ("Christmas 2023", "2023-12-25", "day"),
    ("last summer", "2025", "year"),
    ("in the spring", "2025", "year"),
    ("the summer of 2019", "2019", "year"),
])
def test_relative_to_publication(text, value, precision):
    _check(text, P1, value, precision)


# ------------------------------------------------ relative to publication (P2, Tue)
@pytest.mark.parametrize("text,value,precision", [
    ("on March 22", "2024-03-22", "day"),
    ("last month", "2024-05", "month"),
    ("in December last year", "2023-12", "month"),
    ("late January", "2024-01", "month"),
    ("December", "2023-12", "month"),
    ("in July", "2023-07", "month"),
    ("this June", "2024-06", "month"),
    ("Tuesday", "2024-06-18", "day"),
    ("on Sunday", "2024-06-16", "day"),
    ("Wednesday", "2024-06-12", "day"),
    ("last Tuesday", "2024-06-11", "day"),
    ("this week", "2024-06-17", "week"),
    ("last week", "2024-06-10", "week"),
    ("the past week", "2024-06-10", "week"),
    ("June 20", "2023-06-20", "day"),
    ("June 18", "2024-06-18", "day"),
    ("this summer", "2024", "year"),
    ("last summer", "2023", "year"),
    ("Easter", "2024-03-31", "day"),
    ("Good Friday", "2024-03-29", "day"),
    ("Christmas", "2023-12-25", "day"),
    ("Feb 29", "2024-02-29", "day"),
    ("the second half of 2023", "2023", "year"),
])
def test_relative_to_publication_june(text, value, precision):
    _check(text, P2, value, precision)


@pytest.mark.parametrize("text,value,precision", [
    ("on Monday and Tuesday", "2025-12-29", "day"),
    ("late Monday into early Tuesday", "2025-12-29", "day"),
    ("between March 22 and 24", "2025-03-22", "day"),
    ("March 22-23", "2025-03-22", "day"),
    ("from 2014 to 2016", "2014", "year"),
    ("over the weekend", "2025-12-27", "day"),
    ("the past weekend", "2025-12-27", "day"),
    # a year or a month written once, at the range's end, is its start's too
    ("from Tuesday 29 July to Wednesday 30 July 2025", "2025-07-29", "day"),
    ("between 30 November and 2 December 2024", "2024-11-30", "day"),
    ("from 12 to 14 March 2024", "2024-03-12", "day"),
])
def test_ranges_give_their_start(text, value, precision):
    _check(text, P1, value, precision)


def test_weekday_at_start_of_month():
    _check("on Thursday", P3, "2024-02-29", "day")
    _check("last month", P3, "2024-02", "month")
    _check("yesterday", P3, "2024-02-29", "day")
    _check("two days ago", P3, "2024-02-28", "day")
    _check("January", P3, "2024-01", "month")
    _check("in March", P3, "2024-03", "month")


# ------------------------------------------------ future tense
@pytest.mark.parametrize("text,published,value,precision", [
    ("on Friday", P2, "2024-06-21", "day"),
    ("Tuesday", P2, "2024-06-18", "day"),
    ("next Tuesday", P2, "2024-06-25", "day"),
    ("Monday", P2, "2024-06-24", "day"),
    ("June 20", P2, "2024-06-20", "day"),
    ("June 10", P2, "2025-06-10", "day"),
    ("in July", P2, "2024-07", "month"),
    ("in May", P2, "2025-05", "month"),
    ("Christmas", P2, "2024-12-25", "day"),
    ("New Year's Day", P1, "2026-01-01", "day"),
    ("New Year", P1, "2026-01-01", "day"),
    ("Easter", P1, "2026-04-05", "day"),
    ("Feb 29", P1, "2028-02-29", "day"),
    ("next week", P2, "2024-06-24", "week"),
    ("the coming weekend", P2, "2024-06-22", "day"),
    ("this summer", P2, "2024", "year"),
    ("in the spring", P2, "2025", "year"),
])
def test_future_tense(text, published, value, precision):
    _check(text, published, value, precision, future=True)


# ------------------------------------------------ relative to the previous event
A = "2025-12-29"  # a Monday


@pytest.mark.parametrize("text,value,precision", [
    ("a day later", "2025-12-30", "day"),
    ("A day later", "2025-12-30", "day"),
    ("the next day", "2025-12-30", "day"),
    ("the following day", "2025-12-30", "day"),
    ("the following morning", "2025-12-30", "day"),
    ("the day after", "2025-12-30", "day"),
    ("the previous day", "2025-12-28", "day"),
    ("the day before", "2025-12-28", "day"),
    ("a day earlier", "2025-12-28", "day"),
    ("two days later", "2025-12-31", "day"),
    ("after two days", "2025-12-31", "day"),
    ("three days earlier", "2025-12-26", "day"),
    ("hours later", "2025-12-29", "day"),
    ("minutes later", "2025-12-29", "day"),
    ("later that day", "2025-12-29", "day"),
    ("that night", "2025-12-29", "day"),
    ("the same day", "2025-12-29", "day"),
    ("a week later", "2026-01-05", "week"),
    ("the following month", "2026-01", "month"),
    ("the previous year", "2024", "year"),
    ("a year earlier", "2024", "year"),
])
def test_relative_to_anchor(text, value, precision):
    _check(text, P1, value, precision, anchor=A)


def test_anchor_defaults_to_publication():
    _check("a day later", P1, "2026-01-01", "day")
    _check("the previous day", P2, "2024-06-17", "day")


def test_anchor_does_not_move_publication_relative_words():
    _check("on Wednesday", P1, "2025-12-31", "day", anchor="2025-12-20")
    _check("last month", P1, "2025-11", "month", anchor="2024-01-05")


def test_coarse_anchor_gives_coarse_result():
    _check("a day later", P1, "2024-01", "month", anchor="2024-01")
    _check("the following year", P1, "2018", "year", anchor="2017")


def test_anchor_as_date_object():
    _check("the next day", dt.date(2025, 12, 31), "2024-03-01", "day",
           anchor=dt.date(2024, 2, 29))


# ------------------------------------------------ absolute dates
@pytest.mark.parametrize("text,value,precision", [
    ("on 12 March 2024", "2024-03-12", "day"),
    ("12 March 2024", "2024-03-12", "day"),
    ("March 12, 2024", "2024-03-12", "day"),
    ("12th March 2024", "2024-03-12", "day"),
    ("the 3rd of March, 2024", "2024-03-03", "day"),
    ("the third of March 2024", "2024-03-03", "day"),
    ("Tuesday, March 12, 2024", "2024-03-12", "day"),
    ("Sept. 5, 2023", "2023-09-05", "day"),
    ("at 3 p.m. on March 12, 2024", "2024-03-12", "day"),
    ("March 12, 2024, at 14:30 local time", "2024-03-12", "day"),
    ("2024-03-12", "2024-03-12", "day"),
    ("2024-03-12T14:05:00Z", "2024-03-12", "day"),
    ("2024/03/12", "2024-03-12", "day"),
    ("25/03/2024", "2024-03-25", "day"),
    ("03/25/2024", "2024-03-25", "day"),
    ("2024-03", "2024-03", "month"),
    ("March 2024", "2024-03", "month"),
    ("in March of 2024", "2024-03", "month"),
    ("late March 2024", "2024-03", "month"),
    ("the year 2001", "2001", "year"),
    ("Easter 2025", "2025-04-20", "day"),
    ("Good Friday 2024", "2024-03-29", "day"),
    ("2024 Mar 12", "2024-03-12", "day"),  # through the dateparser fallback
])
def test_absolute(text, value, precision):
    _check(text, P1, value, precision)
    _check(text, None, value, precision)


# ------------------------------------------------ unresolvable / odd input
@pytest.mark.parametrize("text", [
    "", "   ", "xyz", "!!!", "the 1990s", "12345", "12/03/2024", "February 30, 2024",
    "several weeks ago", "days later", "le 3 mars 2024", "am 3. März 2024",
    "\u0641\u064a \u0627\u0644\u0623\u0633\u0628\u0648\u0639 \u0627\u0644\u0645\u0627\u0636\u064a",
    "recently", "in the past", "12 3 2024", "over the past decade", "x" * 500, "\x00\x01",
])
def test_unresolvable_keeps_text(text):
    got = resolve_date(text, P1)
    assert got == DateValue(text=text, value=None, precision=None)


@pytest.mark.parametrize("text", ["on Wednesday", "last month", "March 22", "a day later",
                                  "this week", "Christmas", "last summer"])
def test_relative_without_any_reference(text):
    assert resolve_date(text, None).value is None


@pytest.mark.parametrize("published", ["not a date", "", "2025-13-45", 20251231, None])
def test_bad_published_never_crashes(published):
    assert resolve_date("on Wednesday", published).value is None
    assert resolve_date("12 March 2024", published).value == "2024-03-12"


def test_published_variants():
    _check("yesterday", dt.datetime(2025, 12, 31, 23, 59), "2025-12-30", "day")
    _check("yesterday", "2025-12-31T08:00:00+03:00", "2025-12-30", "day")
    _check("last year", "2025-12", "2024", "year")
    assert resolve_date("on Wednesday", "2025-12").value is None  # needs a day


def test_rules_do_not_call_dateparser(monkeypatch):
    def boom(core):
        raise AssertionError(f"dateparser called for {core!r}")
    monkeypatch.setattr(dates, "_dateparser_fallback", boom)
    for text in ("on Wednesday", "a day later", "last month", "earlier this month",
                 "late January", "March 22", "in December last year", "this week",
                 "New Year's Eve in 2017", "on 12 March 2024", "Dec. 3", "2024-03-12"):
        assert resolve_date(text, P1, anchor=A).value is not None


# ------------------------------------------------ helpers and data
@pytest.mark.parametrize("year,expected", [
    (2000, dt.date(2000, 4, 23)), (2008, dt.date(2008, 3, 23)), (2019, dt.date(2019, 4, 21)),
    (2024, dt.date(2024, 3, 31)), (2025, dt.date(2025, 4, 20)), (2038, dt.date(2038, 4, 25)),
])
def test_easter(year, expected):
    assert easter_sunday(year) == expected


@pytest.mark.parametrize("value,precision,published,expected", [
    ("2024-03-22", "day", P2, True),
    ("2025-12-29", "day", P1, False),
    ("2025-11", "month", P1, False),          # ends 2025-11-30: 31 days
    ("2025-11", "month", "2026-01-20", True),  # 51 days
    ("2025-11-10", "week", P1, False),        # week ends 2025-11-16: exactly 45 days
    ("2025-11-03", "week", P1, True),         # ends 2025-11-09: 52 days
    ("2017", "year", P1, True),
    ("2025", "year", P1, False),
    ("2026-01-01", "day", P1, False),
    ("2024-12", "month", P1, True),
])
def test_is_background_date(value, precision, published, expected):
    assert is_background_date(DateValue("x", value, precision), published) is expected


def test_is_background_date_unknowns():
    assert not is_background_date(DateValue("x"), P1)
    assert not is_background_date(None, P1)
    assert not is_background_date(DateValue("x", "2017", "year"), None)
    assert is_background_date(DateValue("x", "2025-12-01", "day"), P1, window_days=20)


def test_terms_file_valid():
    terms = load_terms()
    assert terms.fixed["christmas"][:2] == (12, 25)
    assert terms.easter["good friday"] == -2
    assert "early" in terms.part_words


def test_terms_file_errors(tmp_path):
    bad = tmp_path / "t.yaml"
    bad.write_text("fixed_holidays: {x: {month: 2, day: 30}}\neaster_holidays: {}\n"
                   "seasons: {}\nholiday_suffixes: []\npart_words: []\n")
    with pytest.raises(DateTermsError):
        load_terms(bad)
    bad.write_text("fixed_holidays: {}\n")
    with pytest.raises(DateTermsError):
        load_terms(bad)


@pytest.mark.parametrize("text, expected", [
    ("on Wednesday", (2, None)),
    ("last Saturday", (5, None)),
    ("March 26", (None, (3, 26))),
    ("the 2nd of May", (None, (5, 2))),
    ("on March 26, 2019", (None, None)),     # a calendar day: not "unanchored"
    ("Feb 30", (None, None)),                # no such day
    ("yesterday", (None, None)),             # relative to an unknown day: nothing
    (None, (None, None)),
])
def test_unanchored_day_names_what_a_page_without_a_date_still_says(text, expected):
    assert dates.unanchored_day(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen attacked a checkpoint in Kano on Wednesday, police said.", 2),
    ("The attack on Friday followed Thursday's raid.", None),      # two days: no one day
    ("Gunmen attacked a checkpoint in Kano.", None),
    (None, None),
])
def test_weekday_named_is_the_one_weekday_a_sentence_gives(text, expected):
    assert dates.weekday_named(text) == expected


# ------------------------------------------------ emphasis words and years told in words
@pytest.mark.parametrize("text,value,precision", [
    ("just last month", "2025-11", "month"),        # emphasis, same period
    ("only last week", "2025-12-22", "week"),
    ("on June 3 last year", "2024-06-03", "day"),   # a month-day with its year in words
    ("9 May this year", "2025-05-09", "day"),
    ("on June 3 and 4 last year", "2024-06-03", "day"),   # a range of days: its start
])
def test_emphasis_and_years_in_words(text, value, precision):
    _check(text, P1, value, precision)


@pytest.mark.parametrize("text,expected", [
    ("that day", True), ("later the same day", True), ("the next day", True),
    ("two days later", True), ("the following week", True), ("a day earlier", True),
    ("on Monday", False), ("yesterday", False), ("last week", False), ("March 3", False),
    ("two days ago", False), ("", False), (None, False),
])
def test_anchored_tells_the_words_that_move_from_the_previous_date(text, expected):
    assert dates.anchored(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("Saturday May 3 to Sunday May 4", (None, (5, 3))),   # a night's range opens with its day
    ("Tuesday evening, barely hours", (1, None)),          # one weekday named, with more words
    ("the second day running on Friday", (4, None)),
    ("on Friday", (4, None)),                              # what unanchored_day reads, unchanged
    ("two days before March 9", (None, None)),             # counted from another day: no day
    ("between Friday night and early Saturday", (None, None)),   # two weekdays: none
])
def test_told_day_reads_the_day_a_longer_date_text_opens_with_or_names_once(text, expected):
    assert dates.told_day(text) == expected


@pytest.mark.parametrize("text, day", [
    ("Troops entered the district on the 12th, officials said.", 12),
    ("The raid came on the 3rd; the ambush followed.", 3),
    ("The raid on the 3rd, and the ambush on the 5th.", None),     # two days: none
    ("Soldiers of the 12th brigade were ambushed.", None),           # a unit, no day
    ("He scored on the 91st minute.", None),
    (None, None),
])
def test_a_day_of_the_month_named_without_its_month(text, day):
    """An undated page's "on the 12th," (no month) is a day of the month fusion can
    compare; a unit's number or a football minute is none."""
    from polybius.resolve.dates import day_of_month_named
    assert day_of_month_named(text) == day
