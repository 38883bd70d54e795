"""polybius: political-violence and counter-terrorism event data from news text."""
from __future__ import annotations

import hashlib

import polybius.extract  # noqa: F401  (bound first, so the function below keeps the name)
from polybius.records import Article, Event, Incident
from polybius.settings import Settings

__all__ = ["Article", "Event", "Incident", "Settings", "extract", "to_frame"]
__version__ = "0.1.0"


def extract(text: str, published: str | None = None, *, id: str | None = None,
            url: str | None = None, title: str | None = None, source: str | None = None,
            settings: Settings | None = None) -> list[Event]:
    """Events reported by one article text (see docs/schema.md). Without an ``id`` the
    article is named by its content (``sha1:`` + hash of the text), so event ids of two
    different texts never collide, and the same text always gets the same ids."""
    from polybius.pipeline import process_article

    if not id:
        id = "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    article = Article(id=id, text=text, published=published, url=url, title=title,
                      source=source, published_from="metadata" if published else None)
    return process_article(article, settings)


def to_frame(records, mappings=None):
    """Events (or incidents) as a pandas DataFrame: the export's columns, typed
    (see ``polybius.export.frame``)."""
    from polybius.export.frame import to_frame as _to_frame

    return _to_frame(records, mappings)
