"""WARC files of a manifest, read in the executors with ``polybius.ingest``'s reader.

Each WARC becomes the same ``Article`` s that ``polybius ingest`` makes of it (HTML
responses through trafilatura, dateline fallback for the publication day). A read
problem becomes an item that the extract job turns into an error row.
"""
from __future__ import annotations

import io
import os
from typing import Any, Callable, Iterator
from urllib.parse import urlsplit

from polybius.settings import Settings
from polybius.spark.articles import READ_ERROR


def is_local(path: str) -> bool:
    """A path the Python worker can open itself (no scheme, or file://)."""
    scheme = urlsplit(path).scheme
    return scheme in ("", "file") or (len(scheme) == 1 and os.name == "nt")


def _local(path: str) -> str:
    return urlsplit(path).path if path.startswith("file:") else path


def warc_items(origin: str, opener: Callable[[], Any], size: int | None,
               settings: Settings) -> Iterator[Any]:
    """Articles (or error items) of one WARC, via ``ingest.readers.read_warc``."""
    from polybius.ingest.article import dateline_finder
    from polybius.ingest.items import Candidate
    from polybius.ingest.readers import ReadContext, read_source
    from polybius.ingest.runner import limits_for
    from polybius.ingest.sources import Source

    ctx = ReadContext(limits_for(settings), dateline_finder())
    for item in read_source(Source(origin, "warc", opener, size), ctx):
        if isinstance(item, Candidate):
            yield item.article
        else:
            where = origin if item.line is None else f"{origin}:{item.line}"
            yield {"id": where, READ_ERROR: f"{item.kind}: {item.reason}"}


def read_local_warc(path: str, settings: Settings) -> Iterator[Any]:
    """One WARC from a path every executor can open (local disk, NFS)."""
    local = _local(path)
    try:
        size = os.path.getsize(local)
    except OSError as exc:
        yield {"id": path, READ_ERROR: f"io: cannot read: {exc}"}
        return
    yield from warc_items(path, lambda: open(local, "rb"), size, settings)


def read_warc_bytes(origin: str, data: bytes, settings: Settings) -> Iterator[Any]:
    """One WARC already loaded by Spark (``binaryFiles``: HDFS, S3, GCS...)."""
    yield from warc_items(origin, lambda: io.BytesIO(data), len(data), settings)
