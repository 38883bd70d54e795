"""Readers: one per format, each turning a source into ``Candidate`` articles and
``ReadError`` problems. A reader never raises for bad input; it yields the reason.
"""
from __future__ import annotations

import gzip
import json
import zlib
from dataclasses import dataclass
from typing import Any, BinaryIO, Callable, Iterator

from polybius.ingest.article import DatelineFinder, build_article
from polybius.ingest.checks import surrogate_problem, text_problem
from polybius.ingest.decode import decode, decode_wide, looks_binary, wide_encoding
from polybius.ingest.items import Candidate, ReadError
from polybius.ingest.sources import Source

Item = Candidate | ReadError

_TEXT_KEYS = ("text", "maintext", "content", "body", "article")
_ID_KEYS = ("id", "article_id", "_id", "uuid")
_URL_KEYS = ("url", "link", "canonical_url")
_SOURCE_KEYS = ("source", "source_domain", "outlet", "publisher", "site")
_DATE_KEYS = ("published", "date_publish", "published_at", "date", "pubDate", "datetime")
_LANG_KEYS = ("language", "lang")


@dataclass(frozen=True)
class Limits:
    """Size guards so that one huge input cannot exhaust memory.

    ``max_text_chars``: longest article text accepted (longer ones are reported, not
    stored). ``max_raw_bytes``: largest single document (page, feed, JSONL line, WARC
    record) read into memory.
    """
    max_text_chars: int = 2_000_000
    max_raw_bytes: int = 10_000_000


@dataclass(frozen=True)
class ReadContext:
    limits: Limits
    find_dateline: DatelineFinder | None = None


def _too_long(origin: str, line: int | None, text: str, limits: Limits) -> ReadError | None:
    if len(text) > limits.max_text_chars:
        return ReadError(origin, line, "too_large",
                         f"text of {len(text):,} characters exceeds the {limits.max_text_chars:,} "
                         f"limit for one article; split it into articles (e.g. JSONL)")
    return None


def _decode_doc(data: bytes, origin: str, line: int | None) -> tuple[str, str] | ReadError:
    if not data.strip():
        return ReadError(origin, line, "empty", "empty input")
    wide = decode_wide(data)
    if wide is not None:
        return wide
    if looks_binary(data):
        return ReadError(origin, line, "binary", "binary data, not text")
    decoded = decode(data)
    if decoded is None:
        return ReadError(origin, line, "decode", "not UTF-8 and no charset could be guessed")
    return decoded


def read_txt(src: Source, ctx: ReadContext) -> Iterator[Item]:
    limit = ctx.limits.max_text_chars * 4  # bytes: up to 4 per character in UTF-8
    if src.size is not None and src.size > limit:
        yield ReadError(src.origin, None, "too_large",
                        f"file of {src.size:,} bytes exceeds the {limit:,}-byte limit for one "
                        f"article; split it into articles (e.g. JSONL)")
        return
    with src.open() as fh:
        data = fh.read(limit + 1)
    got = _decode_doc(data, src.origin, None)
    if isinstance(got, ReadError):
        yield got
        return
    text, encoding = got
    err = _too_long(src.origin, None, text, ctx.limits)
    if err:
        yield err
        return
    lines = [ln.strip() for ln in text.strip().splitlines()]
    # a first line is a title when it reads like one: short, no closing punctuation
    title = lines[0] if len(lines) > 1 and 0 < len(lines[0]) <= 200 and lines[0][-1] not in '.!?"”’' else None
    yield Candidate(build_article(text, url=src.url, title=title, find_dateline=ctx.find_dateline),
                    src.origin, None, encoding=encoding)


def html_item(data: bytes, origin: str, line: int | None, url: str | None, ctx: ReadContext) -> Item:
    """One HTML page -> a Candidate (main text, title, author, date, canonical URL)."""
    import trafilatura  # heavy import, only when HTML is read

    got = _decode_doc(data, origin, line)
    if isinstance(got, ReadError):
        return got
    html, encoding = got
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                          include_comments=False, include_tables=False)
    except Exception as exc:  # noqa: BLE001 - a broken page must not stop the batch
        return ReadError(origin, line, "html", f"HTML could not be parsed: {type(exc).__name__}: {exc}")
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        return ReadError(origin, line, "html", "no main text found in the HTML page")
    err = _too_long(origin, line, text, ctx.limits)
    if err:
        return err
    article = build_article(text, url=doc.url or url, title=doc.title, source=doc.sitename,
                            published=doc.date, language=doc.language,
                            find_dateline=ctx.find_dateline)
    return Candidate(article, origin, line, author=doc.author, encoding=encoding)


def _read_capped(src: Source, ctx: ReadContext, what: str) -> bytes | ReadError:
    """The whole document, or a ``too_large`` error past ``max_raw_bytes``."""
    with src.open() as fh:
        data = fh.read(ctx.limits.max_raw_bytes + 1)
    if len(data) > ctx.limits.max_raw_bytes:
        return ReadError(src.origin, None, "too_large", f"{what} larger than {ctx.limits.max_raw_bytes:,} bytes")
    return data


def read_html(src: Source, ctx: ReadContext) -> Iterator[Item]:
    data = _read_capped(src, ctx, "page")
    yield data if isinstance(data, ReadError) else html_item(data, src.origin, None, src.url, ctx)


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, ""):
            return value
    return None


def jsonl_item(raw: bytes, origin: str, line: int, ctx: ReadContext) -> Item | None:
    if not raw.strip():
        return None
    if len(raw) > ctx.limits.max_raw_bytes:
        return ReadError(origin, line, "too_large", f"line longer than {ctx.limits.max_raw_bytes:,} bytes")
    decoded = decode(raw)
    if decoded is None:
        return ReadError(origin, line, "decode", "line is not UTF-8 and no charset could be guessed")
    try:
        record = json.loads(decoded[0])
    except json.JSONDecodeError as exc:
        return ReadError(origin, line, "json", f"malformed JSON: {exc.msg} at column {exc.colno}")
    except RecursionError:
        return ReadError(origin, line, "json", "JSON nested too deeply to read")
    if not isinstance(record, dict):
        return ReadError(origin, line, "json", f"expected a JSON object, got {type(record).__name__}")
    text = _first(record, _TEXT_KEYS)
    if not isinstance(text, str) or not text.strip():
        return ReadError(origin, line, "no_text", f"no text (expected a string in one of {', '.join(_TEXT_KEYS)})")
    for key, value in record.items():
        for part in value if isinstance(value, list) else (value,):
            why = surrogate_problem(part) if isinstance(part, str) else None
            if why:
                return ReadError(origin, line, "decode", f"field {key!r} holds a {why}")
    err = _too_long(origin, line, text, ctx.limits)
    if err:
        return err
    title, source = _first(record, ("title", "headline")), _first(record, _SOURCE_KEYS)
    article = build_article(text, given_id=_first(record, _ID_KEYS), url=_first(record, _URL_KEYS),
                            title=title if isinstance(title, str) else None,
                            source=source if isinstance(source, str) else None,
                            published=_first(record, _DATE_KEYS), language=_first(record, _LANG_KEYS),
                            find_dateline=ctx.find_dateline)
    author = _first(record, ("author", "authors"))
    if isinstance(author, list):
        author = ", ".join(str(a) for a in author)
    return Candidate(article, origin, line, author=author if isinstance(author, str) else None,
                     encoding=decoded[1])


def _guarded_item(raw: bytes, origin: str, line: int, ctx: ReadContext) -> Item | None:
    """``jsonl_item``, with any unexpected failure turned into this line's error."""
    try:
        return jsonl_item(raw, origin, line, ctx)
    except Exception as exc:  # noqa: BLE001 - one bad line never stops the file
        return ReadError(origin, line, "json", f"line could not be read: {type(exc).__name__}: {exc}")


def _wide_lines(fh: BinaryIO, ctx: ReadContext, origin: str) -> Iterator[bytes] | ReadError:
    """A UTF-16/32 JSONL file as UTF-8 lines (its bytes cannot be split at b"\\n")."""
    data = fh.read(ctx.limits.max_raw_bytes + 1)
    if len(data) > ctx.limits.max_raw_bytes:
        return ReadError(origin, None, "too_large",
                         f"UTF-16/32 JSONL file larger than {ctx.limits.max_raw_bytes:,} bytes; "
                         f"convert it to UTF-8")
    wide = decode_wide(data)
    if wide is None:
        return ReadError(origin, None, "decode", "looks like UTF-16/32 but does not decode")
    return (ln.encode("utf-8", "surrogatepass") + b"\n" for ln in wide[0].splitlines())


def read_jsonl(src: Source, ctx: ReadContext) -> Iterator[Item]:
    with src.open() as raw_fh:
        head = raw_fh.read(8192)
        raw_fh.seek(0)
        gz = head[:2] == b"\x1f\x8b"
        fh: BinaryIO = gzip.GzipFile(fileobj=raw_fh) if gz else raw_fh  # type: ignore[assignment]
        lines: Iterator[bytes] = fh  # type: ignore[assignment]
        if not gz and wide_encoding(head) is not None:
            got = _wide_lines(fh, ctx, src.origin)
            if isinstance(got, ReadError):
                yield got
                return
            lines = got
        line = records = 0
        try:
            for line, raw in enumerate(lines, 1):
                item = _guarded_item(raw, src.origin, line, ctx)
                if item is not None:
                    records += 1
                    yield item
        except (EOFError, OSError, zlib.error) as exc:
            yield ReadError(src.origin, line + 1, "gzip",
                            f"truncated or corrupt gzip after line {line}: {exc}")
            return
        if not records:
            yield ReadError(src.origin, None, "empty",
                            f"no JSON records: {line:,} blank line{'s' if line != 1 else ''}")


def html_to_text(fragment: str) -> str:
    """Feed item HTML -> text with paragraph breaks."""
    import lxml.html
    from lxml.etree import ParserError

    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return fragment.strip()
    for el in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4"):
        el.tail = "\n" + (el.tail or "")
    lines = (ln.strip() for ln in root.text_content().splitlines())
    return "\n".join(ln for ln in lines if ln)


def read_feed(src: Source, ctx: ReadContext) -> Iterator[Item]:
    import feedparser

    data = _read_capped(src, ctx, "feed")
    if isinstance(data, ReadError):
        yield data
        return
    if not data.strip():
        yield ReadError(src.origin, None, "empty", "empty input")
        return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        why = f": {parsed.get('bozo_exception')}" if parsed.get("bozo") else ""
        yield ReadError(src.origin, None, "feed", f"no RSS/Atom items found{why}")
        return
    feed_title = parsed.feed.get("title")
    for i, entry in enumerate(parsed.entries, 1):
        yield feed_entry_item(entry, feed_title, src.origin, i, ctx, parsed.get("encoding"))


def feed_entry_item(entry: Any, feed_title: str | None, origin: str, line: int, ctx: ReadContext,
                    encoding: str | None = None) -> Item:
    """One feedparser entry -> a Candidate from its own content or summary."""
    body = entry.get("content")[0].get("value") if entry.get("content") else entry.get("summary")
    text = html_to_text(body or "")
    if not text:
        return ReadError(origin, line, "no_text", "feed item has no content or summary")
    err = _too_long(origin, line, text, ctx.limits)
    if err:
        return err
    article = build_article(text, given_id=entry.get("id") if not entry.get("link") else None,
                            url=entry.get("link"), title=entry.get("title"), source=feed_title,
                            published=entry_date(entry), find_dateline=ctx.find_dateline)
    return Candidate(article, origin, line, author=entry.get("author"), encoding=encoding)


def entry_date(entry: Any) -> Any:
    """A feed entry's publication date as feedparser gives it (or None)."""
    return entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("published")


def read_warc(src: Source, ctx: ReadContext) -> Iterator[Item]:
    """HTML responses of a WARC (gzipped or not); other records are passed over."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with src.open() as fh:
        records = iter(ArchiveIterator(fh))
        index = 0
        while True:
            try:
                record = next(records)
            except StopIteration:
                return
            except (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError) as exc:
                yield ReadError(src.origin, index + 1, "warc",
                                f"truncated or corrupt WARC after record {index}: {exc}")
                return
            index += 1
            try:
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                status = record.http_headers.get_statuscode() or ""
                if "html" not in ctype or not status.startswith("2"):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                data = record.content_stream().read(ctx.limits.max_raw_bytes + 1)
                missing = getattr(record.raw_stream, "limit", 0) or 0
            except (EOFError, OSError, zlib.error, ValueError) as exc:
                yield ReadError(src.origin, index, "warc", f"unreadable WARC record: {exc}")
                return
            if len(data) > ctx.limits.max_raw_bytes:
                yield ReadError(src.origin, index, "too_large",
                                f"WARC record larger than {ctx.limits.max_raw_bytes:,} bytes")
                continue
            if missing and len(data) <= ctx.limits.max_raw_bytes:
                yield ReadError(src.origin, index, "warc",
                                f"truncated WARC record: {missing:,} bytes of its content are missing")
                return
            yield html_item(data, src.origin, index, url, ctx)


READERS: dict[str, Callable[[Source, ReadContext], Iterator[Item]]] = {
    "txt": read_txt, "html": read_html, "jsonl": read_jsonl, "feed": read_feed, "warc": read_warc,
}


#: The error kind of an unexpected failure while reading each format.
_FAILURE_KINDS = {"txt": "decode", "html": "html", "jsonl": "json", "feed": "feed", "warc": "warc"}


def _checked(item: Item) -> Item:
    """A candidate whose text cannot be an article becomes its error (``checks``)."""
    if isinstance(item, ReadError):
        return item
    problem = text_problem(item.article.text)
    return item if problem is None else ReadError(item.origin, item.line, *problem)


def read_source(src: Source, ctx: ReadContext) -> Iterator[Item]:
    """All items of one source; an unexpected failure becomes one error of the source
    (never an exception that would stop the run)."""
    if src.size == 0:
        yield ReadError(src.origin, None, "empty", "empty file")
        return
    line: int | None = None
    try:
        for item in READERS[src.fmt](src, ctx):
            line = item.line
            yield _checked(item)
    except OSError as exc:
        yield ReadError(src.origin, None, "io", f"cannot read: {exc}")
    except Exception as exc:  # noqa: BLE001 - one bad source never stops the run
        after = f" after item {line}" if line is not None else ""
        yield ReadError(src.origin, None, _FAILURE_KINDS.get(src.fmt, "io"),
                        f"could not be read{after}: {type(exc).__name__}: {exc}")
