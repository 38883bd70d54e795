"""Build an ``Article`` from what a reader found: id, outlet, ISO date, dateline.

The outlet (``source``) is the name the input gives (a record's ``source``, the feed or
site name), else the URL host without ``www.``.
A publication date from the page or record is ``published_from="metadata"``; without
one the text's own dateline is tried (``published_from="dateline"``), and failing a full
date, a date without a year at the head of the text (``page_monthday``/``page_weekday``).
"""
from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Callable
from urllib.parse import urlsplit

from polybius.records import Article, DateValue

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")

DatelineFinder = Callable[[str], "tuple[str, DateValue] | None"]


def dateline_finder() -> DatelineFinder:
    """The resolver's ``find_dateline`` (readers take it as a parameter so tests can
    swap it)."""
    from polybius.resolve.datelines import find_dateline

    return find_dateline


def outlet(url: str | None, name: str | None = None) -> str | None:
    """The outlet as the input names it ("Reuters"); the URL host only when it does not."""
    if isinstance(name, str) and name.strip():
        return name.strip()
    if url:
        host = (urlsplit(url).hostname or "").lower()
        if host.startswith("www."):
            host = host[4:]
        if host:
            return host
    return None


def iso_day(value: Any) -> str | None:
    """Metadata date (ISO string, RFC 822 string, datetime, time tuple) -> YYYY-MM-DD."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple) and len(value) >= 3:  # feedparser's struct_time
        try:
            return date(value[0], value[1], value[2]).isoformat()
        except (TypeError, ValueError):
            return None
    text = str(value).strip()
    m = _ISO_DAY.match(text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser  # slow import; only for odd formats

    parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first",
                                              "REQUIRE_PARTS": ["year", "month", "day"]})
    return parsed.date().isoformat() if parsed else None


def make_id(given: Any, url: str | None, content_hash: str) -> str:
    """The reader's id when it has one; else a stable id from the URL or the text."""
    if given not in (None, ""):
        return str(given)
    if url:
        return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]
    return content_hash[:16]


def distinct_id(article: Article) -> str:
    """The id an article gets when another text already holds its id: the given id and
    the start of its content hash, so reruns derive the same one."""
    return f"{article.id}~{article.content_hash[:10]}"


def build_article(text: str, *, given_id: Any = None, url: str | None = None,
                  title: str | None = None, source: str | None = None,
                  published: Any = None, language: str | None = None,
                  find_dateline: DatelineFinder | None = None) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    url = url.strip() if isinstance(url, str) and url.strip() else None
    article = Article(id="", text=text, url=url,
                      title=title.strip() if isinstance(title, str) and title.strip() else None,
                      source=outlet(url, source), language=language or None)
    article.id = make_id(given_id, url, article.content_hash)
    day = iso_day(published)
    if day:
        article.published, article.published_from = day, "metadata"
    elif find_dateline is not None:
        found = find_dateline(text)
        if found and found[1] is not None and found[1].value:
            article.published, article.published_from = found[1].value, "dateline"
        else:
            read_page_day(article)
    return article


def read_page_day(article: Article) -> None:
    """An article with no publication date keeps the month-day (and weekday) its head
    gives without a year ("Friday, June 7"): fusion places its "on Thursday" by it."""
    from polybius.resolve.datelines import find_page_day

    if article.published or article.page_monthday:
        return
    found = find_page_day(article.text)
    if found is not None:
        article.page_monthday, article.page_weekday = found.monthday, found.weekday
