"""Resolve a date expression found in a sentence to an ISO value and a precision.

News dates are mostly relative ("on Wednesday", "a day later", "last month"), so the
expression is read against two reference points: the article's publication date
("today") and the date of the previous event in the narrative (the *anchor*, for
"the next day", "two days later"). Hand-written rules handle the common English forms
in microseconds; dateparser is only a fallback for absolute dates in odd formats,
because it is slow on some inputs and guesses freely on others.

Conventions (the why behind each choice is in the rule's docstring):

- weekday names and month-days without a year: the most recent occurrence on or before
  publication (publication day included), or on/after it when ``future`` is true;
- "this/last/next week", "N weeks ago": precision ``week``, value = the ISO week's
  Monday; "the weekend" is its Saturday (Saturday and Sunday: a range gives its
  start); "last/this/next month|year" are calendar units, not spans;
- "a day later", "the previous day", "that night", "the following month" move from the
  anchor (else from publication); weekday and month names always from publication;
- vague spans ("in recent weeks") give the calendar unit holding the span's middle;
  ranges ("Monday and Tuesday", "March 22 to 24") give their start, and a day told with
  an apposition ("on Monday, the fifth day of the offensive") the day;
- "New Year's Eve in 2017" gives year precision ("2017"): news uses it both for the
  night 31 Dec 2016 -> 1 Jan 2017 and for 31 Dec 2017, and only the year is certain;
  "New Year's Eve 2017" (no "in") is read as 2017-12-31;
- all-numeric dates are read only when unambiguous (25/03/2024, never 12/03/2024);
- unresolvable -> ``DateValue(text, None, None)``; never raises on odd input.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Callable

from polybius.records import DateValue
from polybius.resolve.calendar import (  # noqa: F401 (re-exported)
    BACKGROUND_WINDOW_DAYS,
    DateLike,
    DateTerms,
    DateTermsError,
    Ref,
    TERMS_PATH,
    _RANK,
    _add_months,
    _coarser,
    _fmt,
    _safe_date,
    easter_sunday,
    is_background_date,
    load_terms,
    period_end,
    to_ref,
)

_MONTHS = MappingProxyType({
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12})
_WEEKDAYS = MappingProxyType({
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6})
_NUMBERS = MappingProxyType({
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "couple of": 2, "a couple of": 2, "few": None, "a few": None, "several": None})
_UNIT_DAYS = MappingProxyType({"day": 1, "week": 7, "fortnight": 14})
_ORDINALS = MappingProxyType({w: str(i) for i, w in enumerate((
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
    "twentieth").split(), 1)} | {f"twenty {w}": str(20 + i) for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth".split(), 1)}
    | {"thirtieth": "30", "thirty first": "31"})

_Found = tuple[dt.date, str]
_REL_YEARS = MappingProxyType({"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1})
_REL_YEAR = r" (?:of )?(?P<rel>last|previous|past|this|next) year"   # "August 11 last year"
_MON = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WD = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_NUM = r"\d+|a couple of|couple of|a few|few|several|" + "|".join(
    k for k in _NUMBERS if " " not in k and k not in ("few", "several"))
_ORD = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_TOD = r"morning|afternoon|evening|night|nighttime|dawn|daybreak|midday|noon|midnight"
_PREPS = ("on", "in", "at", "during", "since", "by", "from", "until", "till", "as of",
          "around", "about", "circa", "over", "for", "throughout", "through", "before",
          "after", "of", "the", "sometime", "some time", "as early as", "as late as",
          "between")
_RANGE = re.compile(r"^(.+?) (?:and|or|to|through|until|till|into) (?:early |late )?(\S+(?: \S+){0,2})$")
_YEAR_END = re.compile(r"\b(?:1[89]|20)\d\d$")
# Strict dateparser needs day, month and year: only try it when a year and a month
# name are there (all-numeric forms are handled, or refused as ambiguous, by the rules).
_FALLBACK_WORTH = re.compile(rf"(?=.*\b(?:1[89]|20)\d\d\b)(?=.*\b(?:{_MON})\b)")
_CLEAN = (
    (re.compile(r"[\u2018\u2019\u201b`\u00b4]"), "'"),
    (re.compile(r"[\u2010-\u2015]"), "-"),
    (re.compile(r"(\d)(?:st|nd|rd|th)\b"), r"\1"),
    (re.compile(r"(\d{4}-\d\d-\d\d)t[\d:.z+-]*"), r"\1"),
    (re.compile(r"\b\d{1,2}(?::\d\d){1,2}(?:\s*[ap]\.?m\b\.?)?|\b\d{1,2}\s*[ap]\.?m\b\.?"), " "),
    (re.compile(r"\b(?:local time|gmt|utc)\b"), " "),
    (re.compile(r"(?<!\d)[./](?!\d)|[,;:()\[\]\"!?|]|(?<=\d)\.(?!\d)|(?<!\d)-|-(?!\d)"), " "),
    (re.compile(r"\s+"), " "),
    # "the third of March", "March the third": ordinal words next to a month
    (re.compile(rf"\b(?:({_ORD})(?= (?:of )?(?:{_MON})\b)|({_MON}) (?:the )?({_ORD})\b)"),
     lambda m: _ORDINALS[m[1]] if m[1] else f"{m[2]} {_ORDINALS[m[3]]}"),
    (re.compile(rf"\b((?:{_MON}) \d{{1,2}}) (?:and|or|to|through) \d{{1,2}}\b(?! (?:{_MON})\b)"), r"\1"),
    (re.compile(r"\blast (?:night|evening)\b"), "yesterday"),
    (re.compile(r"\btonight\b|\bthis (?:morning|afternoon|evening)\b"), "today"),
    (re.compile(rf"\b(next|following|previous|preceding|prior|same|that) (?:{_TOD})\b"), r"\1 day"),
    (re.compile(r"^(?:the )?overnight$"), "yesterday"),
    (re.compile(rf"\b(?:{_TOD}|overnight)\b"), " "),
    (re.compile(rf"^(?:after|within) ((?:{_NUM}) (?:days?|weeks?|months?|years?))$"), r"\1 later"),
    (re.compile(r"\s+"), " "),
)


class DateResolver:
    """Rules compiled once from a DateTerms; ``resolve`` is the hot path."""

    def __init__(self, terms: DateTerms) -> None:
        self.terms = terms
        parts = sorted(set(terms.part_words) | set(_PREPS), key=len, reverse=True)
        self._lead = re.compile(r"^(?:" + "|".join(map(re.escape, parts)) + r")\b[\s-]*")
        self._trail = re.compile(r"\s(?:on|in|at|of|around|about)$")
        # "Tuesday, March 12": the weekday adds nothing when a date follows.
        # ... unless it is part of a holiday's name ("Good Friday 2024").
        names = sorted(list(terms.fixed) + list(terms.easter), key=len, reverse=True)
        keep = "".join(f"(?<!{re.escape(n.rsplit(' ', 1)[0])} )" for n in names
                       if " " in n and n.rsplit(" ", 1)[1] in _WEEKDAYS)
        self._wd_plus = re.compile(
            rf"{keep}\b(?:{_WD})(?:'s)?\b(?=.*(?:\d|\b(?:{_MON})\b))")
        hol_rx = {n: re.escape(n).replace("'s", "(?:'s|s|')?") for n in names}
        self._holidays = tuple((re.compile(rx + "$"), n) for n, rx in hol_rx.items())
        hol = "|".join(hol_rx.values())
        suf = "|".join(map(re.escape, terms.suffixes))
        seas = "|".join(terms.seasons)
        self._rules: tuple[tuple[re.Pattern[str], Callable[..., _Found | None]], ...] = tuple(
            (re.compile(p), f) for p, f in (
                (r"^(?:today|now|currently|this day)$", self._today),
                (r"^(?P<rel>yesterday|tomorrow|day before yesterday|day after tomorrow)$",
                 self._yesterday),
                (rf"^(?:(?P<wh>last|this|next|past|this past|previous|coming) )?(?P<wd>{_WD})(?:'s)?$",
                 self._weekday),
                (rf"^(?P<m>{_MON}) (?P<d>\d{{1,2}})(?:-\d{{1,2}})?(?: (?P<y>\d{{4}})|{_REL_YEAR})?$",
                 self._month_day),
                (rf"^(?P<d>\d{{1,2}})(?:-\d{{1,2}})? (?:of )?(?P<m>{_MON})(?: (?P<y>\d{{4}})|{_REL_YEAR})?$",
                 self._month_day),
                (rf"^(?P<m>{_MON}) (?:of )?(?P<y>\d{{4}})$", self._month_year),
                (rf"^(?:(?P<wh>last|this|next|past|previous|coming) )?(?P<m>{_MON})"
                 r"(?: (?:of )?(?P<rel>last|this|next|previous|past) year)?$", self._month),
                (r"^(?:year )?(?P<y>(?:1[89]|20)\d\d)$", self._year),
                (rf"^(?P<n>{_NUM}) (?P<u>day|week|month|year|fortnight|hour|minute)s? ago$",
                 self._ago),
                (rf"^(?:(?P<n>{_NUM}) )?(?P<u>day|week|month|year|fortnight|hour|minute|moment)"
                 r"(?P<pl>s)? (?P<dir>later|earlier|before|after|on|afterwards?|previously|prior)$",
                 self._shift),
                (r"^(?:(?P<wh>next|following|previous|preceding|prior|same|that|that same) )?day$",
                 self._anchor_day),
                (r"^(?:shortly|soon|just|immediately) (?:after|afterwards?|before)$",
                 self._anchor_day),
                (r"^(?P<wh>next|following|previous|preceding|prior|same|that|that same) "
                 r"(?P<u>week|month|year)$", self._anchor_unit),
                (r"^(?:(?P<wh>this|current|present|last|next|coming|this past|past(?= weekend)) )?"
                 r"(?P<u>week|month|year|weekend)$", self._this_unit),
                (rf"^(?:past|recent|last|previous)(?: (?P<n>{_NUM}))? (?P<u>hour|day|week|month|year)s$",
                 self._span),
                (r"^(?P<single>past) (?P<u>hour|day|week|month|year)$", self._span),
                (rf"^(?:(?P<wh>last|this|next|past) )?(?P<h>{hol})(?: (?:{suf}))?"
                 r"(?: (?P<in>in |of )?(?P<y>\d{4}))?$", self._holiday),
                (rf"^(?:(?P<wh>last|this|next|past) )?(?P<s>{seas})(?: (?:of )?(?P<y>\d{{4}}))?$",
                 self._season),
                (r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})(?:[-/.](?P<d>\d{1,2}))?$", self._iso),
                (r"^(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4})$", self._numeric),
                (r"^(?:(?:1[89]|20)\d0s|\d+|.*\bcentury)$", self._stop),
            ))

    # --- public
    def normalize(self, text: str) -> str:
        """Lower-case, drop punctuation, clock times, times of day and the leading
        prepositions and part-of-period words that do not change the value."""
        s = text.lower().strip()
        for rx, rep in _CLEAN:
            s = rx.sub(rep, s)
        s = s.strip()
        for _ in range(8):
            stripped = self._trail.sub("", self._lead.sub("", s)).strip()
            if stripped == s:
                break
            s = stripped
        return self._wd_plus.sub("", s).strip().replace("  ", " ")

    def resolve(self, text: str, published: DateLike = None, *, anchor: DateLike = None,
                future: bool = False) -> DateValue:
        if not isinstance(text, str) or not text.strip() or len(text) > 200:
            return DateValue(text=text if isinstance(text, str) else None)
        pub, anc = to_ref(published), to_ref(anchor)
        ctx = _Ctx(pub, anc or pub, future)
        core = self.normalize(text)
        matched, found = self._apply_rules(core, ctx)
        if not matched and (pair := _RANGE.match(core)):
            # "Monday and Tuesday", "March 22 to 24": the start of the range; a year or a
            # month written once, at the end, is the start's too ("30 June to 1 July 2021",
            # "12 to 14 March 2024")
            start, end, year = pair[1], pair[2].split(), _YEAR_END.search(pair[2])
            if start.isdigit() and len(end) > 1:
                start = " ".join([start, *end[1:]])
            elif year and not _YEAR_END.search(start):
                start = f"{start} {year[0]}"
            matched, found = self._apply_rules(self.normalize(start), ctx)
        if not matched and "," in text and (head := text.split(",", 1)[0]).strip():
            # "on Monday, the fifth day of the offensive": the day before its apposition
            matched, found = self._apply_rules(self.normalize(head), ctx)
        if not matched and len(core) <= 60 and _FALLBACK_WORTH.search(core):
            found = _dateparser_fallback(core)
        if found is None:
            return DateValue(text=text)
        day, precision = found
        return DateValue(text=text, value=_fmt(day, precision), precision=precision)

    def anchored(self, text: str) -> bool:
        """Is ``text`` told from the narrative's previous date ("that day", "a day
        later", "the following week"), not from the publication day?"""
        if not isinstance(text, str) or not text.strip() or len(text) > 200:
            return False
        core = self.normalize(text)
        for rx, handler in self._rules:
            if rx.match(core):
                return handler.__name__ in ("_shift", "_anchor_day", "_anchor_unit")
        return False

    def _apply_rules(self, core: str, ctx: "_Ctx") -> tuple[bool, _Found | None]:
        """(whether a rule matched, what it found): a matched rule is final."""
        for rx, handler in self._rules:
            m = rx.match(core)
            if m:
                try:
                    return True, handler(m, ctx)
                except (ValueError, OverflowError):  # "3000 years ago": off the calendar
                    return True, None
        return False, None

    # --- rules: each returns (date, precision), None when the reference is missing
    @staticmethod
    def _today(m: re.Match[str], c: "_Ctx") -> _Found | None:
        return c.day_from(c.pub, 0)

    @staticmethod
    def _yesterday(m: re.Match[str], c: "_Ctx") -> _Found | None:
        rel = m["rel"]
        return c.day_from(c.pub, {"yesterday": -1, "tomorrow": 1,
                                  "day before yesterday": -2}.get(rel, 2))

    @staticmethod
    def _weekday(m: re.Match[str], c: "_Ctx") -> _Found | None:
        """Past tense: the latest such day on/before publication ("last": strictly
        before); future: the first on/after it ("next": strictly after)."""
        if c.pub is None or c.pub.precision != "day":
            return None
        wd, wh, pub = _WEEKDAYS[m["wd"]], m["wh"], c.pub.day
        forward = wh in ("next", "coming") or (c.future and wh not in ("last", "past", "previous"))
        if forward:
            delta = (wd - pub.weekday()) % 7 or (7 if wh in ("next", "coming") else 0)
            return pub + dt.timedelta(days=delta), "day"
        delta = (pub.weekday() - wd) % 7 or (7 if wh in ("last", "past", "previous") else 0)
        return pub - dt.timedelta(days=delta), "day"

    @staticmethod
    def _month_day(m: re.Match[str], c: "_Ctx") -> _Found | None:
        month, day = _MONTHS[m["m"]], int(m["d"])
        if m["y"] or (m["rel"] and c.pub is not None and c.pub.precision != "year"):
            year = int(m["y"]) if m["y"] else c.pub.day.year + _REL_YEARS[m["rel"]]
            found = _safe_date(year, month, day)
            return (found, "day") if found else None
        if c.pub is None or c.pub.precision != "day" or _safe_date(2000, month, day) is None:
            return None
        step, year = (1 if c.future else -1), c.pub.day.year
        for _ in range(9):  # Feb 29 may need up to 8 years
            cand = _safe_date(year, month, day)
            if cand and (cand >= c.pub.day if c.future else cand <= c.pub.day):
                return cand, "day"
            year += step
        return None

    @staticmethod
    def _month_year(m: re.Match[str], c: "_Ctx") -> _Found | None:
        return dt.date(int(m["y"]), _MONTHS[m["m"]], 1), "month"

    @staticmethod
    def _month(m: re.Match[str], c: "_Ctx") -> _Found | None:
        """"March": latest March up to the publication month ("last March": strictly
        before it); "March last year": that year's March."""
        if c.pub is None or c.pub.precision == "year":
            return None
        month, pub = _MONTHS[m["m"]], c.pub.day
        wh, rel = m["wh"], m["rel"]
        if rel:
            year = pub.year + {"last": -1, "previous": -1, "past": -1, "next": 1}.get(rel, 0)
        elif wh == "this":
            year = pub.year
        elif wh in ("next", "coming") or (c.future and wh not in ("last", "past", "previous")):
            strict = wh in ("next", "coming")
            year = pub.year if (month > pub.month or (month == pub.month and not strict)) else pub.year + 1
        else:
            strict = wh in ("last", "past", "previous")
            year = pub.year if (month < pub.month or (month == pub.month and not strict)) else pub.year - 1
        return dt.date(year, month, 1), "month"

    @staticmethod
    def _year(m: re.Match[str], c: "_Ctx") -> _Found | None:
        return dt.date(int(m["y"]), 1, 1), "year"

    @staticmethod
    def _ago(m: re.Match[str], c: "_Ctx") -> _Found | None:
        return c.shift(c.pub, m["n"], m["u"], -1)

    @staticmethod
    def _shift(m: re.Match[str], c: "_Ctx") -> _Found | None:
        sign = -1 if m["dir"] in ("earlier", "before", "previously", "prior") else 1
        if m["u"] in ("hour", "minute", "moment"):
            return c.day_from(c.anchor, 0)
        if m["n"] is None and m["pl"]:
            return None  # "days later": too vague
        return c.shift(c.anchor, m["n"] or "1", m["u"], sign)

    @staticmethod
    def _anchor_day(m: re.Match[str], c: "_Ctx") -> _Found | None:
        word = m.groupdict().get("wh") or ""
        sign = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1}
        return c.day_from(c.anchor, sign.get(word, 0))

    @staticmethod
    def _anchor_unit(m: re.Match[str], c: "_Ctx") -> _Found | None:
        sign = {"next": 1, "following": 1, "same": 0, "that": 0, "that same": 0}.get(m["wh"], -1)
        return c.shift(c.anchor, "1" if sign else "0", m["u"], sign or 1)

    @staticmethod
    def _this_unit(m: re.Match[str], c: "_Ctx") -> _Found | None:
        wh, unit = m["wh"] or "this", m["u"]
        sign = {"last": -1, "next": 1, "coming": 1}.get(wh, 0)
        if unit != "weekend":
            return c.shift(c.pub, "1" if sign else "0", unit, sign or 1)
        if c.pub is None or c.pub.precision != "day":
            return None
        # The weekend's Saturday: latest on/before publication (next one when future).
        pub = c.pub.day
        if sign > 0 or (c.future and wh != "last"):
            sat = pub + dt.timedelta(days=(5 - pub.weekday()) % 7)
        else:
            sat = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
            if wh == "last" and pub.weekday() >= 5:
                sat -= dt.timedelta(days=7)
        return sat, "day"   # Saturday and Sunday: a range gives its start

    @staticmethod
    def _span(m: re.Match[str], c: "_Ctx") -> _Found | None:
        """"in recent weeks": the unit holding the middle of the span (a week for a
        few days, a month for a few weeks); longer spans are too vague -> None."""
        if c.pub is None or c.pub.precision != "day":
            return None
        word = m.groupdict().get("n")
        n = 1 if m.groupdict().get("single") else (_count(word) if word else None)
        n = n or (3 if m["u"] == "day" else 2)  # "recent days", "the past few weeks"
        length = n * {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}[m["u"]]
        if length <= 1:
            return c.pub.day, "day"
        mid = c.pub.day - dt.timedelta(days=int(length // 2))
        if length <= 7:
            return mid, "week"
        return (mid, "month") if length <= 45 else None

    def _holiday(self, m: re.Match[str], c: "_Ctx") -> _Found | None:
        """A year written as "in YYYY" after a year-ambiguous holiday ("New Year's
        Eve in 2017": often the night 31 Dec 2016 -> 1 Jan 2017) gives the year only."""
        name = next((n for rx, n in self._holidays if rx.match(m["h"])), None)
        if name is None:
            return None
        fixed = self.terms.fixed.get(name)

        def on(year: int) -> dt.date:
            if fixed:
                return dt.date(year, fixed[0], fixed[1])
            return easter_sunday(year) + dt.timedelta(days=self.terms.easter[name])

        if m["y"]:
            year = int(m["y"])
            if fixed and fixed[2] and m["in"] == "in ":
                return dt.date(year, 1, 1), "year"
            return on(year), "day"
        if c.pub is None or c.pub.precision != "day":
            return None
        pub, wh, this_year = c.pub.day, m["wh"], on(c.pub.day.year)
        if wh == "this":
            return this_year, "day"
        if wh == "next" or (c.future and wh not in ("last", "past")):
            ok = this_year > pub or (this_year == pub and wh != "next")
            return (this_year if ok else on(pub.year + 1)), "day"
        ok = this_year < pub or (this_year == pub and wh not in ("last", "past"))
        return (this_year if ok else on(pub.year - 1)), "day"

    def _season(self, m: re.Match[str], c: "_Ctx") -> _Found | None:
        """Seasons give the year only; winter spans two years so needs a written year."""
        if m["y"]:
            return dt.date(int(m["y"]), 1, 1), "year"
        first, last = self.terms.seasons[m["s"]][0], self.terms.seasons[m["s"]][-1]
        if c.pub is None or first > last:
            return None
        month, year, wh = c.pub.day.month, c.pub.day.year, m["wh"]
        if wh == "next":
            year += 0 if month < first else 1
        elif wh in ("last", "past"):
            year -= 0 if month > last else 1
        elif c.future and wh != "this":
            year += 0 if month <= last else 1
        elif wh != "this":
            year -= 0 if month >= first else 1
        return dt.date(year, 1, 1), "year"

    @staticmethod
    def _iso(m: re.Match[str], c: "_Ctx") -> _Found | None:
        if m["d"]:
            found = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
            return (found, "day") if found else None
        found = _safe_date(int(m["y"]), int(m["m"]), 1)
        return (found, "month") if found else None

    @staticmethod
    def _numeric(m: re.Match[str], c: "_Ctx") -> _Found | None:
        """dd/mm/yyyy vs mm/dd/yyyy: decided only when one side is > 12 or both agree."""
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        if a > 12 or a == b:
            found = _safe_date(y, b, a)
        elif b > 12:
            found = _safe_date(y, a, b)
        else:
            found = None
        return (found, "day") if found else None

    @staticmethod
    def _stop(m: re.Match[str], c: "_Ctx") -> _Found | None:
        """Decades, centuries and bare numbers: no value at our precisions."""
        return None


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else _NUMBERS.get(word)


@dataclass(frozen=True)
class _Ctx:
    pub: Ref | None
    anchor: Ref | None
    future: bool

    @staticmethod
    def day_from(ref: Ref | None, days: int) -> _Found | None:
        if ref is None:
            return None
        return ref.day + dt.timedelta(days=days), _coarser(ref.precision, "day")

    @staticmethod
    def shift(ref: Ref | None, n: str, unit: str, sign: int) -> _Found | None:
        count = _count(n)
        if ref is None:
            return None
        if count is None:
            return None  # "several weeks ago": too vague to place
        if unit in ("hour", "minute", "moment"):
            return ref.day, _coarser(ref.precision, "day")
        if unit in _UNIT_DAYS:
            precision = "day" if unit == "day" else "week"
            return (ref.day + dt.timedelta(days=sign * count * _UNIT_DAYS[unit]),
                    _coarser(ref.precision, precision))
        if unit == "month":
            return _add_months(ref.day, sign * count), _coarser(ref.precision, "month")
        year = ref.day.year + sign * count
        return dt.date(year, 1, 1), "year"


def _dateparser_fallback(core: str) -> _Found | None:
    """Absolute dates in other formats ("the 3rd of march, 2024"): strict parsing only
    (day, month and year all present), so dateparser never fills in a guess."""
    try:
        data = _dateparser().get_date_data(core)
    except (ValueError, TypeError, OverflowError, AttributeError, LookupError):
        return None
    found = data.date_obj if data else None
    if found is None or not 1800 <= found.year <= 2100:
        return None
    return found.date(), "day"


@lru_cache(maxsize=1)
def _dateparser() -> Any:
    from dateparser.date import DateDataParser  # slow import: only when needed

    return DateDataParser(languages=["en"], settings={
        "STRICT_PARSING": True, "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False, "DATE_ORDER": "DMY"})


_WEEKDAY_ONLY = re.compile(rf"^(?:(?:last|this|next|past|this past|previous|coming) )?(?P<wd>{_WD})(?:'s)?$")
_MONTH_DAY_ONLY = (
    re.compile(rf"^(?P<m>{_MON}) (?P<d>\d{{1,2}})$"),
    re.compile(rf"^(?P<d>\d{{1,2}}) (?:of )?(?P<m>{_MON})$"))


def unanchored_day(text: str | None) -> tuple[int | None, tuple[int, int] | None]:
    """(weekday, (month, day)) a date text names when nothing anchors it to a calendar
    day: "on Wednesday" or "March 26" on a page with no publication date. Fusion compares
    them with another report's day; either is None when the text does not name it."""
    if not isinstance(text, str) or not text.strip() or len(text) > 60:
        return None, None
    core = default_resolver().normalize(text)
    if m := _WEEKDAY_ONLY.match(core):
        return _WEEKDAYS[m["wd"]], None
    for rx in _MONTH_DAY_ONLY:
        if (m := rx.match(core)) and _safe_date(2000, _MONTHS[m["m"]], int(m["d"])):
            return None, (_MONTHS[m["m"]], int(m["d"]))
    return None, None


# full names only: "sun", "sat", "wed" are words too
#: The weekdays' full names, lower case ("monday" ... "sunday").
WEEKDAY_NAMES = tuple(w for w in _WEEKDAYS if w.endswith("day"))
_WEEKDAY_NAME = re.compile(r"\b(" + "|".join(WEEKDAY_NAMES) + r")\b")


_MONTH_DAY_FIRST = (
    re.compile(rf"^(?P<m>{_MON}) (?P<d>\d{{1,2}})\b"),
    re.compile(rf"^(?P<d>\d{{1,2}}) (?:of )?(?P<m>{_MON})\b"))
_COUNTED_FROM = re.compile(r"\b(before|after|ago|later|earlier|last|next|previous|following|since|until)\b")


def told_day(text: str | None) -> tuple[int | None, tuple[int, int] | None]:
    """``unanchored_day``, and also the day a longer date text opens with or names once:
    "Sunday July 16 to Monday July 17" opens with July 16 (the weekday the normalised
    words drop); "Sunday morning, just days" and "today, Monday" name one weekday. Not a
    day counted from another ("a week before Oct. 20", "the day after Sunday's vote")."""
    wd, md = unanchored_day(text)
    if (wd is not None or md is not None) or not isinstance(text, str) or len(text) > 60:
        return wd, md
    core = default_resolver().normalize(text)
    if _COUNTED_FROM.search(core) or _COUNTED_FROM.search(text.lower()):
        return None, None
    for rx in _MONTH_DAY_FIRST:
        if (m := rx.match(core)) and _safe_date(2000, _MONTHS[m["m"]], int(m["d"])):
            md = (_MONTHS[m["m"]], int(m["d"]))
            break
    named = {_WEEKDAYS[w] for w in _WEEKDAY_NAME.findall(text.lower())}
    return (named.pop() if len(named) == 1 and md is None else None), md


def weekday_named(text: str | None) -> int | None:
    """The one weekday ``text`` names ("... in Kabul on Wednesday"), None when it names
    none or several: the day an undated page's sentences give its event."""
    found = {_WEEKDAYS[m] for m in _WEEKDAY_NAME.findall((text or "").lower())}
    return found.pop() if len(found) == 1 else None


#: "on the 28th," with no month: the ordinal closes its clause (punctuation follows), so
#: it is no "on the 91st minute" nor "on the 8th of April" (a full month-day).
_DAY_OF_MONTH = re.compile(r"\bon the ([1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?=\s*[,.;])", re.IGNORECASE)


def day_of_month_named(text: str | None) -> int | None:
    """The one day of the month ``text`` names without its month ("on the 28th, police
    ..."), None when it names none or several: the day an undated page gives its event,
    to compare with another report's day of the month."""
    found = {int(d) for d in _DAY_OF_MONTH.findall(text or "")}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def default_resolver() -> DateResolver:
    """The resolver over the packaged date_terms.yaml, built once on first use."""
    return DateResolver(load_terms())


def anchored(text: str | None) -> bool:
    """Does ``text`` move from the previous event's date ("that day", "two days
    later") rather than from the publication day?"""
    return default_resolver().anchored(text or "")


def resolve_date(text: str, published: DateLike = None, *, anchor: DateLike = None,
                 future: bool = False) -> DateValue:
    """Resolve ``text`` ("on Wednesday", "a day later", "March 22") against the
    publication date and the previous event's date (``anchor``); see the module doc."""
    return default_resolver().resolve(text, published, anchor=anchor, future=future)
