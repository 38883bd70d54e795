"""News or history: which of an article's happenings is its news, and which it recalls.

Assembly (``extract/assemble.py``) makes one record per happening; this decides, across
them, what is the article's main happening (its first news attack, arrest or protest that
happened), dates it by publication when the text gives it no date (the schema's lead
rule), and marks as history (``background``) a happening the text dates more than four
days before it, or tells by the calendar (a month, a year) beside news told by its day.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from polybius.records import DateValue, Event
from polybius.resolve.datelines import WEEKDAY_RE

RECALL_DAYS = 4   # a happening dated this long before the main one is recalled history

_NEWS_TYPES = ("ASSAULT", "COERCE", "PROTEST")


def main_happening(events: list[Event]) -> Event | None:
    """The article's main happening: its first news attack, arrest or protest that
    happened (a denial or an accusation told first is about it, not it), else its first
    news event."""
    news = [e for e in events if not e.background]
    return next((e for e in news if e.event_type in _NEWS_TYPES and e.status == "occurred"),
                news[0] if news else None)


def date_the_lead(events: list[Event], reactions: frozenset[str] = frozenset()) -> list[Event]:
    """The schema's rule: the article's lead happening is dated even without a date of its
    own, by the publication day (``date.text`` stays null: inferred, not read). When the
    text dates the lead, the article's other news without a date of its own (the arrests,
    the clashes, the toll told around it, in its country) shares that day (``basis:
    "main"``): a report tells what happened around its news, not on the day it went out.
    A reaction of another type (``reactions``: a denial, an accusation) does not share a
    day before publication: it answers the happening, and is the report's own news."""
    main = main_happening(events)
    published = main.article.published if main is not None else None
    if main is None or main.status != "occurred":
        return events
    if main.date is None or not main.date.value:
        if not published:
            return events
        dated = replace(main, date=DateValue(text=None, value=published[:10], precision="day"))
        return [dated if e is main else e for e in events]
    if not main.date.text or main.date.precision != "day":
        return events
    country = main.location.country if main.location else None
    shared = replace(main.date, text=None, basis="main")
    answers = published is not None and main.date.value < published[:10]
    return [replace(e, date=shared) if e is not main and (e.date is None or not e.date.value) and not e.background
            and (e.location is None or e.location.country == country)
            and not (answers and e.event_type in reactions and e.event_type != main.event_type) else e
            for e in events]


def _period_end(value: str) -> date | None:
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            return date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)
        if len(value) == 4:
            return date(int(value), 12, 31)
    except ValueError:
        return None
    return None


CALENDAR_WORDS = re.compile(r"\b(" + "|".join(m for m in calendar.month_name[1:] + calendar.month_abbr[1:])
                           + r")\b\.?|\b(1[89]|20)\d\d\b", re.IGNORECASE)




_MONTH_NUMBERS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m} | {
    m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
MONTH_DAY = re.compile(r"\b(" + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True)) + r")\b\.?(?:\s+(\d{1,2})\b)?"
                        r"|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
                        + r")\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")


def _month_day(text: str) -> tuple[int, int | None] | None:
    """("November 6" | "6 November") -> (11, 6); "in January" -> (1, None); None with a
    year (then the dates are compared as dates) or no month."""
    if _YEAR.search(text):
        return None
    m = MONTH_DAY.search(text)
    if m is None:
        return None
    if m.group(1):
        return _MONTH_NUMBERS[m.group(1).lower()], int(m.group(2)) if m.group(2) else None
    return _MONTH_NUMBERS[m.group(4).lower()], int(m.group(3))


def _recalled_by_calendar(events: list[Event], said: list[str | None], main: Event, days: int) -> list[Event]:
    """An undated page whose main happening is told with a calendar day and no year
    ("on Tuesday November 21"): another happening told with a month ("On November 6",
    "In January") more than ``days`` before it in the same year, or more than two months
    after it (so in the year before), is history; so is one told with a year ("In 2017",
    "in March 2019"): a writer gives the year of another year, not of the news's own."""
    ref = _month_day(main.date.text)
    if ref is None or ref[1] is None or not 1 <= ref[1] <= 31:
        return events
    ref_day = date(2001, ref[0], min(ref[1], 28)).timetuple().tm_yday
    out = []
    for e, text in zip(events, said):
        if text and e is not main and not e.background and _YEAR.search(text):
            e = replace(e, background=True)
        told = _month_day(text) if text and e is not main and not e.background else None
        if told is not None and not (told[1] is not None and not 1 <= told[1] <= 31):
            last = told[1] or calendar.monthrange(2001, told[0])[1]     # a month: its last day
            first = told[1] or 1
            if ref_day - date(2001, told[0], min(last, 28) if told[1] else last).timetuple().tm_yday > days \
                    or date(2001, told[0], min(first, 28)).timetuple().tm_yday - ref_day > 60:
                e = replace(e, background=True)
        out.append(e)
    return out


def recalled(events: list[Event], said: list[str | None], days: int = RECALL_DAYS,
             earlier: re.Pattern | None = None) -> list[Event]:
    """Background is relative to the news: a happening the text dates more than four days
    before the article's main (first news) happening is history the article recalls.
    With nothing to compare with (an undated page whose main happening has no date), a
    happening told with a calendar date and no weekday ("on October 20", "in May", "in
    2019") beside a main one told without is history too: news is told by weekday,
    history by date. On a page with no date, a happening told in the period before the
    current one (``earlier``: "last week", "last year", "the previous month") is history
    too, unless the main happening is told so as well."""
    main = main_happening(events)
    anchor = main.date.value if main is not None and main.date and main.date.precision == "day" else (
        main.article.published if main is not None else None)
    anchor_day = _period_end(anchor[:10]) if anchor else None
    if anchor_day is None and main is not None and earlier is not None and not (
            main.date is not None and main.date.text and earlier.search(main.date.text)):
        events = [replace(e, background=True) if e is not main and not e.background and text
                  and earlier.search(text) and text in e.evidence.sentence else e
                  for e, text in zip(events, said)]
    if anchor_day is None:
        if main is not None and main.date is not None and main.date.text and CALENDAR_WORDS.search(main.date.text):
            return _recalled_by_calendar(events, said, main, days)
        if main is None:
            return events
        return [replace(e, background=True) if e is not main and not e.background and text
                and CALENDAR_WORDS.search(text) and not WEEKDAY_RE.search(text) else e
                for e, text in zip(events, said)]
    out = []
    for e in events:
        end = _period_end(e.date.value) if e is not main and e.date and e.date.text and e.date.value else None
        if end is not None and not e.background and (end < anchor_day - timedelta(days=days)
                                                     or _by_month_name(e.date)):
            e = replace(e, background=True)
        out.append(e)
    return out


def _by_month_name(told: DateValue) -> bool:
    """Is the happening told by a month's name and no day ("In July, three militants were
    killed", "in early May 2024")? News is told by its day ("on Friday", "yesterday"); a
    happening beside it told only by its month is one the writer recalls, even in the
    page's own month."""
    return told.precision == "month" and bool(told.text) and MONTH_DAY.search(told.text) is not None \
        and not WEEKDAY_RE.search(told.text)


_TOWN = ("point", "city", "admin2")


def recalled_elsewhere(events: list[Event], earlier_day: re.Pattern) -> list[Event]:
    """A happening its own sentence opens with the days before the current week's ("Last
    weekend, nine died in a bar in Y", "last Thursday"), dated before the main happening's
    day and placed in another town, is one the writer recalls beside the news ("the latest
    in a wave of killings"), even when only a day or two older: news of two towns is told
    by its own day, not by the week before. Run once places are settled (a lead told "in the
    north" is placed at its town only then)."""
    main = main_happening(events)
    if not (main is not None and main.date and main.date.precision == "day" and main.date.value
            and main.location and main.location.precision in _TOWN):
        return events
    return [replace(e, background=True) if e is not main and not e.background and e.date
            and e.date.text and earlier_day.search(e.date.text) and e.date.text in e.evidence.sentence
            and e.date.value and e.date.value[:10] < main.date.value[:10]
            and _another_town(e, main) else e
            for e in events]


def _another_town(e: Event, main: Event) -> bool:
    """Is ``e`` placed in a town other than the main happening's (neither names the other
    or the province the other lies in)?"""
    here, there = e.location, main.location
    if here is None or here.precision not in _TOWN or not here.name or not there.name:
        return False
    return here.name != there.name and here.name != there.admin1 and there.name != here.admin1
