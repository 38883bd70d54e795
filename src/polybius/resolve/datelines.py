"""Find an article's date in its own text, for articles that come without one.

News pages carry their date in a few stock places near the top: a "Published ..."
line, a wire dateline ("ANKARA, Dec 31 (Reuters) -"), a byline ("By Jane Doe | June
18, 2024"), an "Updated ..." line, or a line holding nothing but the date. They are
tried in that order of trust (publication beats update, a dateline beats a byline).
Only full dates count: a dateline without a year ("Dec 31 (Reuters)") is used only
when a year is written in the header lines just before it or on its own line.
A page with no full date may still head its text with a month and day and no year
("Friday, June 7" on a line of its own, "ROME, Oct. 9 -"): ``find_page_day`` reads
that as the page's month-day (and weekday), never guessing a year.
"""
from __future__ import annotations

import calendar
import re
from typing import NamedTuple

from polybius.records import DateValue
from polybius.resolve.dates import resolve_date

#: How far into the text a dateline, byline or lone date line may sit.
HEAD_CHARS = 600
#: How far a "Published/Updated" line may sit (page chrome can push it down).
META_CHARS = 2000

_MONTH = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WD_NAME = r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)"
_WEEKDAY = rf"{_WD_NAME}\.?,?\s+"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?)?"
_FULL = (rf"(?:{_WEEKDAY})?(?:{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"
         rf"|{_YEAR}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?"
         rf"|\d{{1,2}}[./]\d{{1,2}}[./]{_YEAR}|{_YEAR}/\d\d/\d\d)")
_MD = rf"(?:{_WEEKDAY})?(?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})"
_DASH = r"(?:--|[-\u2013\u2014|:])"
_PLACE = (r"[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3}"  # the city, then maybe a region
          rf"(?:,\s*(?!{_WD_NAME}\b)[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){{0,2}})?")

_AGENCY = r"(?:\([A-Za-z][\w .&/-]{0,30}\)\s*)?"

#: Words that label a page's own date ("date 2019-08-28", "Posted: ..."); a date so
#: labelled, or heading the text with nothing before it, is the page's, not an event's.
PAGE_DATE_LABELS = frozenset({"date", "dated", "published", "posted", "updated"})
_PAGE_LABEL = r"(?i:date|dated)\s*:?\s*"       # "date 2019-08-28 ...", the page's own label
_ISO_DAY = r"(?:19|20)\d\d-\d\d-\d\d"
#: The page's own date heading a line ("date 2023-07-30 A damaged view of ..."), to strip.
PAGE_DATE_HEAD = re.compile(rf"^{_PAGE_LABEL}{_ISO_DAY}\s+")
#: A weekday's name (the names from the calendar module, not listed again).
WEEKDAY_RE = re.compile(r"\b(" + "|".join(calendar.day_name) + r")\b", re.IGNORECASE)

_PUBLISHED = re.compile(
    rf"(?:\A\s*(?:{_PAGE_LABEL}|(?={_ISO_DAY}))|"
    rf"\b(?i:first\s+published|published|posted|publication\s+date|date\s+published))"
    rf"(?:\s+(?i:on|at))?\s*:?\s*(?P<date>{_FULL}){_TIME}")
#: A "Published" label alone on its line ("- Published", its date left out by the copy): the
#: page's own date slot, empty; "Published" lines below it date the related stories
#: listed at the foot of the page ("- Published11 January 2018"), not this one.
_EMPTY_PUBLISHED = re.compile(r"(?im)^[ \t\-\u2022\u00b7|]*(?:first\s+)?published[ \t:]*$")
_UPDATED = re.compile(
    rf"\b(?i:last\s+updated|updated|last\s+modified|modified)(?:\s+(?i:on|at))?\s*:?\s*"
    rf"(?P<date>{_FULL}){_TIME}")
_DATELINE = re.compile(
    rf"(?m)^[ \t]*(?P<place>{_PLACE})\s*{_AGENCY}(?:,|{_DASH})\s*(?:(?P<date>{_FULL})|(?P<md>{_MD}))"
    rf"\s*{_AGENCY}{_DASH}")
#: A dateline whose place is not in capitals ("Lower Kurram, November 21, 2024 -"): only
#: with a full date, year included, so that a sentence opening "Police, May 5 -" is none.
_DATELINE_FULL = re.compile(
    rf"(?m)^[ \t]*(?P<place>[A-Z][\w.'\-]*(?:[ \t]+[A-Z][\w.'\-]*){{0,3}}"
    rf"(?:,[ \t]*[A-Z][\w.'\-]*(?:[ \t]+[A-Z][\w.'\-]*){{0,2}})?)"
    rf"[ \t]*{_AGENCY},[ \t]*(?P<date>{_FULL})[ \t]*{_AGENCY}{_DASH}")
_BYLINE = re.compile(
    rf"(?m)^[ \t]*(?i:by)\s+[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){{0,3}}(?:\s*(?:,|and)\s*"
    rf"[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){{0,3}})*\s*(?:{_DASH}|,|\u2022|\u00b7)\s*(?P<date>{_FULL})")
_LONE = re.compile(rf"(?m)^[ \t|\u2022\u00b7-]*(?P<date>{_FULL}){_TIME}[ \t|\u2022\u00b7.-]*$")
_YEAR_RX = re.compile(rf"(?<![\d.,/-])({_YEAR})(?![\d.,/-]|\s*(?:people|killed|km|%))")


#: A story's dateline place heading a line: "BAGHDAD, Dec. 27 --", "date 2022-01-28 Cairo:",
#: "KANO, Nigeria (AFP) -", "TOWN, Province, Philippines –", "Maputo \u2014 Terrorists ...";
#: the city may be in capitals or not.
_DATELINE_PLACE = re.compile(
    rf"(?m)^[ \t]*(?:{_PAGE_LABEL})?(?:{_ISO_DAY}\s+)?"
    rf"(?P<place>[A-Z][\w.'\-]+(?:[ \t]+[A-Z][\w.'\-]+){{0,2}}(?:,[ \t]*[A-Z][\w.'\-]+(?:[ \t]+[A-Z][\w.'\-]+)?){{0,2}})"
    rf"[ \t]*(?:,[ \t]*(?:{_FULL}|{_MD}))?[ \t]*(?:{_AGENCY}{_DASH}|\.?[ \t]*/[A-Za-z\-]+/\.?)[ \t]+(?=\S)")


def _dateline_place(text: str) -> re.Match[str] | None:
    return _DATELINE_PLACE.search(text[:HEAD_CHARS])


def dateline_end(text: str) -> int | None:
    """Where the story starts after its dateline ("KABUL, Mar 23 (Reuters) - |Gunmen ..."),
    or None: the dateline is a unit of its own, not the subject of the lead."""
    found = _dateline_place(text)
    if found is None:
        return None
    head = found.group(0)
    # only a sure dateline: the city in capitals, or an agency or a date in it ("Caption:"
    # or "Police:" opening a line is not one)
    sure = found["place"].split(",")[0].isupper() or "(" in head or "/" in head or any(c.isdigit() for c in head)
    return found.end() if sure else None


def dateline_place_span(text: str) -> tuple[int, int] | None:
    """Character span of the place in the story's dateline (where it was filed, which
    is not, by itself, where its event happened), or None."""
    found = _dateline_place(text)
    return found.span("place") if found else None


def _day_value(date_text: str) -> DateValue | None:
    value = resolve_date(date_text.strip(" ,.|-"), None)
    return value if value.precision == "day" else None


def _year_nearby(text: str, match: re.Match[str]) -> str | None:
    """A year on the dateline's own line, else the last one in the 300 characters of
    header just before it (title, byline)."""
    line_end = text.find("\n", match.end())
    line = text[match.start(): line_end if line_end >= 0 else len(text)]
    found = _YEAR_RX.search(line)
    if found:
        return found.group(1)
    before = _YEAR_RX.findall(text[max(0, match.start() - 300): match.start()])
    return before[-1] if before else None


def find_dateline(text: str) -> tuple[str, DateValue] | None:
    """Return ``(matched text, DateValue with day precision)`` for the most trusted
    date near the top of ``text``, or None when there is no full date there."""
    if not isinstance(text, str) or not text:
        return None
    head, meta = text[:HEAD_CHARS], text[:META_CHARS]
    found = _PUBLISHED.search(meta)
    empty = _EMPTY_PUBLISHED.search(meta)
    if found and (empty is None or found.start() < empty.start()) and (value := _day_value(found["date"])):
        return found.group(0).strip(), value
    for found in _DATELINE.finditer(head):
        if found["date"] and (value := _day_value(found["date"])):
            return found.group(0).strip(), value
        if found["md"] and (year := _year_nearby(head, found)):
            value = resolve_date(f"{found['md']} {year}", None)
            if value.precision == "day":
                return found.group(0).strip(), DateValue(found["md"], value.value, "day")
    for rx, window in ((_DATELINE_FULL, head), (_BYLINE, head), (_UPDATED, meta), (_LONE, head)):
        for found in rx.finditer(window):
            if value := _day_value(found["date"]):
                return found.group(0).strip(), value
    return None


_FULL_ANYWHERE = re.compile(rf"(?<![\w-])(?:{_FULL})(?![\w-])")


def text_year(text: str) -> str | None:
    """The one year the text's full calendar dates ("August 25, 2015", "7 March, 2024")
    give, anywhere in it; None when they give none or several. A page without a date
    reads its month-days in that year ("on July 20": 2015-07-20)."""
    if not isinstance(text, str):
        return None
    years = set()
    for found in _FULL_ANYWHERE.finditer(text):
        value = _day_value(found.group(0))
        if value is not None:
            years.add(value.value[:4])
    return years.pop() if len(years) == 1 else None


class PageDay(NamedTuple):
    """A page's own date without a year: the matched text, the ISO 8601 month-day
    ("--06-07") and the weekday it names (its English name), if any."""

    text: str
    monthday: str
    weekday: str | None


_MD_PARTS = re.compile(
    rf"^(?:(?P<wd>{_WD_NAME})\.?,?\s+)?(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH}))$")
_MONTH_NUMBER = {name.casefold(): n for n, name in enumerate(calendar.month_abbr) if name}
_WEEKDAY_NAMES = {name[:3].casefold(): name for name in calendar.day_name}
#: A month-day alone on its line, perhaps with its weekday and a time ("Friday, June 7").
_LONE_MD = re.compile(rf"(?m)^[ \t|\u2022\u00b7-]*(?P<md>{_MD}){_TIME}[ \t|\u2022\u00b7.-]*$")
#: A byline dated by a month-day ("By Jane Doe | June 7"), the line ending there.
_BYLINE_MD = re.compile(
    rf"(?m)^[ \t]*(?i:by)\s+[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){{0,3}}\s*(?:{_DASH}|,|\u2022|\u00b7)"
    rf"\s*(?P<md>{_MD}){_TIME}[ \t]*$")
#: A wire dateline on a line of its own, the agency's name in capitals closing it
#: ("Baku, October 11, AZERTAC").
_AGENCY_MD = re.compile(
    rf"(?m)^[ \t]*[A-Z][\w.'\-]*(?:[ \t]+[A-Z][\w.'\-]*){{0,2}},[ \t]*(?P<md>{_MD}),?"
    rf"[ \t]+[A-Z]{{2,}}(?:[ \t]+[A-Z]{{2,}})?[ \t]*$")


def _page_day(found: re.Match[str]) -> PageDay | None:
    """The month-day (and weekday) of a matched yearless date, or None when it is no
    calendar day (checked in a leap year, so that 29 February stands)."""
    parts = _MD_PARTS.match(re.sub(r"\s+", " ", found["md"].strip()))
    if parts is None:
        return None
    month = _MONTH_NUMBER[(parts["m1"] or parts["m2"]).rstrip(".")[:3].casefold()]
    day = int(parts["d1"] or parts["d2"])
    if not 1 <= day <= calendar.monthrange(2000, month)[1]:
        return None
    weekday = _WEEKDAY_NAMES[parts["wd"][:3].casefold()] if parts["wd"] else None
    return PageDay(found.group(0).strip(), f"--{month:02d}-{day:02d}", weekday)


def find_page_day(text: str) -> PageDay | None:
    """The page's own month-day when its head gives one without a year: a line holding
    only the date, a dateline ("ROME, Oct. 9 -") or a byline's date; None when a year is
    on that line (``find_dateline`` reads full dates) or there is no such date."""
    if not isinstance(text, str) or not text:
        return None
    head = text[:HEAD_CHARS]
    for rx in (_DATELINE, _LONE_MD, _BYLINE_MD, _AGENCY_MD):
        for found in rx.finditer(head):
            if found["md"] is None:
                continue
            line_end = head.find("\n", found.end())
            if _YEAR_RX.search(head[found.start(): line_end if line_end >= 0 else len(head)]):
                continue
            if value := _page_day(found):
                return value
    return None
