"""Inputs -> sources: walk folders, fetch URLs, and tell each file's format.

The format comes from the file name first (``.txt``, ``.html``, ``.jsonl.gz``, ``.rss``,
``.warc.gz`` ...) and from its first bytes when the name says nothing.
"""
from __future__ import annotations

import gzip
import io
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterator
from urllib.parse import urlsplit

from polybius.ingest.items import ReadError

FORMATS = ("txt", "html", "jsonl", "feed", "warc")
_SUFFIXES = {
    ".txt": "txt", ".text": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonl.gz": "jsonl", ".ndjson.gz": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed", ".rdf": "feed",
    ".warc": "warc", ".warc.gz": "warc",
}
_CONTENT_TYPES = {"text/html": "html", "application/xhtml+xml": "html",
                  "application/rss+xml": "feed", "application/atom+xml": "feed",
                  "application/xml": "feed", "text/xml": "feed", "text/plain": "txt",
                  "application/x-ndjson": "jsonl", "application/jsonl": "jsonl",
                  "application/warc": "warc"}


@dataclass
class Source:
    """One file or fetched URL, with a way to open it as bytes."""
    origin: str
    fmt: str
    open: Callable[[], BinaryIO]
    size: int | None = None
    url: str | None = None  # the address a fetched page came from


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def format_from_name(name: str) -> str | None:
    lower = name.lower()
    for suffix in sorted(_SUFFIXES, key=len, reverse=True):
        if lower.endswith(suffix):
            return _SUFFIXES[suffix]
    return None


def sniff(head: bytes) -> str | None:
    """A format from the first bytes, or None."""
    if head.startswith(b"\x1f\x8b"):
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(head)) as gz:
                inner = gz.read(4096)
        except (OSError, EOFError):
            inner = b""
        return "warc" if inner.startswith(b"WARC/") else ("jsonl" if inner.lstrip().startswith(b"{") else None)
    text = head.lstrip().lower()
    if text.startswith(b"warc/"):
        return "warc"
    if text.startswith(b"{"):
        return "jsonl"
    if b"<rss" in text or b"<feed" in text or b"<rdf:rdf" in text:
        return "feed"
    if text.startswith((b"<!doctype html", b"<html")) or b"<html" in text[:1024]:
        return "html"
    return None


def _walk(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).parts
        if any(part.startswith(".") for part in rel) or not path.is_file():
            continue
        yield path


def _file_source(path: Path) -> Source | ReadError:
    origin = str(path)
    fmt = format_from_name(path.name)
    try:
        size = path.stat().st_size
        if fmt is None and size:
            with path.open("rb") as fh:
                fmt = sniff(fh.read(4096))
    except OSError as exc:
        return ReadError(origin, None, "io", f"cannot read: {exc}")
    if fmt is None:
        if path.suffix:
            return ReadError(origin, None, "unsupported",
                             f"unsupported file type {path.suffix!r} (expected one of "
                             f"{', '.join(sorted(_SUFFIXES))})")
        fmt = "txt"  # no extension: try it as plain text
    return Source(origin, fmt, lambda: path.open("rb"), size)


def _url_source(url: str, max_bytes: int, timeout: float) -> Source | ReadError:
    try:
        req = urllib.request.Request(url, headers={"User-Agent": "polybius-ingest"})
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - http(s) only
            data = resp.read(max_bytes + 1)
            ctype = (resp.headers.get_content_type() or "").lower()
    except (urllib.error.URLError, OSError, ValueError) as exc:
        return ReadError(url, None, "fetch", f"cannot fetch: {exc}")
    if len(data) > max_bytes:
        return ReadError(url, None, "too_large", f"response larger than {max_bytes:,} bytes")
    fmt = format_from_name(urlsplit(url).path) or _CONTENT_TYPES.get(ctype) or sniff(data[:4096])
    if fmt is None:
        return ReadError(url, None, "unsupported", f"unsupported content type {ctype!r}")
    return Source(url, fmt, lambda: io.BytesIO(data), len(data), url=url)


def iter_sources(inputs: list[str], max_fetch_bytes: int, timeout: float = 30.0) -> Iterator[Source | ReadError]:
    """Every file under the inputs (folders walked in sorted order, hidden files
    skipped), and every URL fetched."""
    for item in inputs:
        if item == "-":  # standard input: any format, sniffed from its first bytes
            data = sys.stdin.buffer.read()
            yield Source("<stdin>", sniff(data[:8192]) or "txt", lambda data=data: io.BytesIO(data), len(data))
            continue
        if is_url(item):
            yield _url_source(item, max_fetch_bytes, timeout)
            continue
        path = Path(item)
        if path.is_dir():
            for sub in _walk(path):
                yield _file_source(sub)
        elif path.is_file():
            yield _file_source(path)
        else:
            yield ReadError(item, None, "io", "no such file or folder")
