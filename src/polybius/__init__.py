"""polybius: political-violence and counter-terrorism event data from news text."""
from __future__ import annotations

import polybius.extract  # noqa: F401  (bound first, so the function below keeps the name)
from polybius.records import Article, Event, Incident
from polybius.settings import Settings

__all__ = ["Article", "Event", "Incident", "Settings", "extract"]
__version__ = "0.1.0"


def extract(text: str, published: str | None = None, *, id: str = "article",
            url: str | None = None, title: str | None = None, source: str | None = None,
            settings: Settings | None = None) -> list[Event]:
    """Events reported by one article text (see EVENT_SCHEMA.md)."""
    from polybius.pipeline import process_article

    article = Article(id=id, text=text, published=published, url=url, title=title,
                      source=source, published_from="metadata" if published else None)
    return process_article(article, settings)
