"""Input records (a JSONL line, a Parquet row, a WARC record) -> ``Article``.

Runs inside the executors; a record that cannot become an article raises
``BadRecord`` with the reason, which the job writes to the error table.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from polybius.ingest.article import build_article
from polybius.records import Article
from polybius.resolve.datelines import find_dateline

ARTICLE_COLUMNS = ("id", "text", "published", "url", "title", "source", "language")
READ_ERROR = "_read_error"   # key of an input item that stands for a failed read


class BadRecord(ValueError):
    """An input record that is not an article; ``article_id`` is the best id we have."""

    def __init__(self, article_id: str, reason: str):
        super().__init__(reason)
        self.article_id = article_id


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return text if text.strip() else None


def article_from_record(record: dict[str, Any]) -> Article:
    """An ``Article`` from a dict with the article-table columns, built by the same
    function as ``polybius extract`` and ``polybius ingest`` use (``ingest.article``), so
    ids, outlets and dates agree across front ends."""
    if record.get(READ_ERROR):   # a reader upstream (e.g. WARC) already failed
        raise BadRecord(_as_text(record.get("id")) or "unknown", str(record[READ_ERROR]))
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise BadRecord(_as_text(record.get("id")) or _as_text(record.get("url")) or "unknown", "no text")
    return build_article(text, given_id=_as_text(record.get("id")), url=_as_text(record.get("url")),
                         title=_as_text(record.get("title")), source=_as_text(record.get("source")),
                         published=_as_text(record.get("published")),
                         language=_as_text(record.get("language")), find_dateline=find_dateline)


def article_from_item(item: Any) -> Article:
    """An article from one element of the input RDD: a JSON line or a record dict."""
    if isinstance(item, str):
        try:
            record = json.loads(item)
        except json.JSONDecodeError as exc:
            digest = hashlib.sha1(item.encode("utf-8")).hexdigest()[:16]
            raise BadRecord(f"line:{digest}", f"invalid JSON: {exc}") from exc
        if not isinstance(record, dict):
            raise BadRecord("unknown", "JSON line is not an object")
        return article_from_record(record)
    if isinstance(item, Article):
        return item
    if isinstance(item, dict):
        return article_from_record(item)
    if hasattr(item, "asDict"):   # pyspark Row
        return article_from_record(item.asDict())
    raise BadRecord("unknown", f"unsupported input element {type(item).__name__}")
