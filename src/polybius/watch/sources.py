"""What can be watched, and what each source currently lists.

Three kinds, told apart by what the argument is:

- ``feed``: an ``http(s)://`` URL (RSS or Atom; fetched with a conditional GET), or a
  local ``.rss``/``.atom``/``.xml``/``.rdf`` file. Each entry is one item, keyed by
  its link (or id); its page is fetched and read with trafilatura, unless
  ``feed_text`` asks for the entry's own content or summary.
- ``folder``: a directory; each file (hidden ones skipped, sub-folders walked) is one
  item, keyed by path, read again when its size or modification time changes.
- ``urls``: any other file: one URL per line (``#`` starts a comment); each URL is
  fetched once.

Listing an item costs nothing; ``Pending.read()`` does the fetching, so the poller can
skip items it has already seen before any network traffic.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urljoin

from polybius.ingest.article import iso_day
from polybius.ingest.items import Candidate, ReadError
from polybius.ingest.readers import ReadContext, entry_date, feed_entry_item, read_source
from polybius.ingest.sources import Source, is_url, iter_sources
from polybius.watch.fetch import FetchError, conditional_get

Item = Candidate | ReadError
KINDS = ("feed", "folder", "urls")
_FEED_SUFFIXES = (".rss", ".atom", ".xml", ".rdf")


@dataclass(frozen=True)
class WatchSource:
    """One watched thing. ``name`` is its key in the watch state: the URL, or the
    absolute path (so a restart from another directory resumes the same state)."""
    name: str
    kind: str


def parse_source(text: str) -> WatchSource:
    """The command-line argument -> a source; ``ValueError`` (one line) if it is none."""
    text = text.strip()
    if is_url(text):
        return WatchSource(text, "feed")
    path = Path(text).expanduser()
    if path.is_dir():
        return WatchSource(str(path.resolve()), "folder")
    if path.is_file():
        kind = "feed" if path.name.lower().endswith(_FEED_SUFFIXES) else "urls"
        return WatchSource(str(path.resolve()), kind)
    raise ValueError(f"{text}: not a URL, a folder or a file (feeds: http(s):// URLs or .rss/.atom/"
                     f".xml files; folders: watched for new files; other files: one URL per line)")


@dataclass
class Pending:
    """One item a source lists: ``key`` identifies it across polls and sources (a link,
    a path, a URL); ``fingerprint`` changes when the item's content does (files only);
    ``url`` is the page ``read`` fetches, if any."""
    key: str
    read: Callable[[], list[Item]]
    fingerprint: str | None = None
    url: str | None = None


@dataclass
class Listing:
    """What one poll of a source found. ``not_modified``: the server said 304."""
    items: list[Pending] = field(default_factory=list)
    problems: list[ReadError] = field(default_factory=list)
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False


@dataclass(frozen=True)
class ListOptions:
    ctx: ReadContext
    timeout: float = 30.0
    feed_text: bool = False  # use the entries' own text; fetch no pages


def fetch_page(url: str, opts: ListOptions) -> list[Item]:
    """An article page (or any document ingest reads) at ``url``, as ingest reads it.
    A network failure is one ``fetch`` error, which the poller retries later."""
    out: list[Item] = []
    for src in iter_sources([url], opts.ctx.limits.max_raw_bytes, opts.timeout):
        out.extend([src] if isinstance(src, ReadError) else read_source(src, opts.ctx))
    return out


def _entry_reader(entry: Any, link: str | None, feed_title: str | None, origin: str, line: int,
                  opts: ListOptions) -> Callable[[], list[Item]]:

    def read() -> list[Item]:
        if opts.feed_text or not link:
            return [feed_entry_item(entry, feed_title, origin, line, opts.ctx)]
        items = fetch_page(link, opts)
        day = iso_day(entry_date(entry))
        for item in items:  # the feed's date is metadata too: better than a dateline
            if isinstance(item, Candidate) and day and item.article.published_from != "metadata":
                item.article.published, item.article.published_from = day, "metadata"
        return items
    return read


def list_feed(src: WatchSource, opts: ListOptions, etag: str | None = None,
              last_modified: str | None = None) -> Listing:
    import feedparser

    if is_url(src.name):
        got = conditional_get(src.name, etag=etag, last_modified=last_modified,
                              timeout=opts.timeout, max_bytes=opts.ctx.limits.max_raw_bytes)
        if got.not_modified:
            return Listing(etag=got.etag, last_modified=got.last_modified, not_modified=True)
        body, etag, last_modified = got.body, got.etag, got.last_modified
    else:
        try:
            body = Path(src.name).read_bytes()
        except OSError as exc:
            raise FetchError(f"cannot read: {exc.strerror or exc}") from exc
    parsed = feedparser.parse(body)
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        why = parsed.get("bozo_exception")
        raise FetchError("not an RSS/Atom feed" + (f": {why}" if why else ""))
    title = parsed.feed.get("title")
    items = []
    for i, entry in enumerate(parsed.entries, 1):
        link = entry.get("link")
        if link and is_url(src.name):
            link = urljoin(src.name, link)  # a relative link is relative to the feed
        key = link or entry.get("id") or _content_key(entry)
        items.append(Pending(key, _entry_reader(entry, link, title, src.name, i, opts), url=link))
    return Listing(items, etag=etag, last_modified=last_modified)


def _content_key(entry: Any) -> str:
    """A key for an entry with neither link nor id: a hash of its title and text."""
    text = f"{entry.get('title', '')}\x1f{entry.get('summary', '')}"
    return "sha1:" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def list_folder(src: WatchSource, opts: ListOptions) -> Listing:
    root = Path(src.name)
    if not root.is_dir():
        raise FetchError("folder no longer exists")
    listing = Listing()
    for found in iter_sources([str(root)], opts.ctx.limits.max_raw_bytes):
        if isinstance(found, ReadError):
            listing.problems.append(found)
            continue
        try:
            stat = Path(found.origin).stat()
        except OSError:
            continue  # removed since the walk
        listing.items.append(Pending(found.origin, _file_reader(found, opts),
                                     fingerprint=f"{stat.st_size}:{stat.st_mtime_ns}"))
    return listing


def _file_reader(found: Source, opts: ListOptions) -> Callable[[], list[Item]]:
    return lambda: list(read_source(found, opts.ctx))


def list_urls(src: WatchSource, opts: ListOptions) -> Listing:
    try:
        lines = Path(src.name).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise FetchError(f"cannot read: {exc.strerror or exc}") from exc
    listing = Listing()
    for number, line in enumerate(lines, 1):
        url = line.split(" #", 1)[0].strip()  # a URL may hold "#": comments start a line or follow a space
        if not url or url.startswith("#"):
            continue
        if not is_url(url):
            listing.problems.append(ReadError(src.name, number, "unsupported",
                                              f"not an http(s) URL: {url[:80]!r}"))
            continue
        listing.items.append(Pending(url, lambda url=url: fetch_page(url, opts), url=url))
    return listing
