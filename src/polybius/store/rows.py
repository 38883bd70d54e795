"""Records -> flat table rows (and back), shared by every backend.

Flat columns exist for filtering and for tools that read the tables directly; the
``record`` column keeps the whole JSON record, which is what is read back.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import orjson

from polybius.records import Article, Event, Incident, incident_date, news_date

ARTICLE_COLUMNS = (
    "article_id", "url", "title", "source", "author", "published", "published_from",
    "language", "content_hash", "text", "n_chars", "n_events", "origin", "encoding",
    "run_id", "ingested_at", "page_monthday", "page_weekday",
)
EVENT_COLUMNS = (
    "event_id", "article_id", "incident_id", "event_type", "mode", "status", "background",
    "context", "date_text", "date_value", "date_precision", "event_day", "published",
    "source", "country", "admin1", "location_name", "location_precision", "lat", "lon",
    "actor_name", "actor_text", "recipient_name", "recipient_text", "killed", "injured",
    "arrested", "evidence", "confidence", "record",
)
ACTOR_COLUMNS = ("event_id", "role", "text", "name", "wikidata_id", "country", "kind")
PLACE_COLUMNS = ("event_id", "text", "name", "admin1", "country", "lat", "lon",
                 "geonames_id", "precision", "reason")
INCIDENT_COLUMNS = (
    "incident_id", "event_type", "mode", "status", "background", "date_value",
    "date_precision", "event_day", "country", "admin1", "location_name", "lat", "lon",
    "actor_name", "recipient_name", "killed", "injured", "arrested", "n_articles",
    "n_sources", "first_reported", "record", "outlets", "n_mentions",
)
ERROR_COLUMNS = ("error_id", "run_id", "origin", "line", "kind", "reason", "created_at")


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def first_day(value: str | None) -> str | None:
    """``2025-12`` -> ``2025-12-01``, ``2025`` -> ``2025-01-01``: a sortable day for
    date filters over mixed precisions."""
    if not value:
        return None
    value = value[:10]
    if len(value) == 4:
        return value + "-01-01"
    if len(value) == 7:
        return value + "-01"
    return value


def article_row(article: Article, n_events: int, extra: dict[str, Any] | None,
                run_id: str | None) -> dict[str, Any]:
    extra = extra or {}
    return {
        "article_id": article.id, "url": article.url, "title": article.title,
        "source": article.source, "author": extra.get("author"),
        "published": article.published, "published_from": article.published_from,
        "language": article.language, "content_hash": article.content_hash,
        "text": article.text, "n_chars": len(article.text), "n_events": n_events,
        "origin": extra.get("origin"), "encoding": extra.get("encoding"),
        "run_id": run_id, "ingested_at": now(),
        "page_monthday": article.page_monthday, "page_weekday": article.page_weekday,
    }


def _count(counts: Any, role: str) -> int | None:
    c = getattr(counts, role, None) if counts is not None else None
    return None if c is None else int(c.value)


def event_row(event: Event) -> dict[str, Any]:
    loc, date, actor, rec = event.location, event.date, event.actor, event.recipient
    date_value = date.value if date else None
    return {
        "event_id": event.event_id, "article_id": event.article.id,
        "incident_id": event.incident_id, "event_type": event.event_type,
        "mode": event.mode, "status": event.status, "background": bool(event.background),
        "context": ",".join(event.context) if event.context else None,
        "date_text": date.text if date else None, "date_value": date_value,
        "date_precision": date.precision if date else None,
        "event_day": first_day(date_value) or first_day(event.article.published),
        "published": event.article.published, "source": event.article.source,
        "country": loc.country if loc else None, "admin1": loc.admin1 if loc else None,
        "location_name": (loc.name or loc.text) if loc else None,
        "location_precision": loc.precision if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "actor_name": (actor.name or actor.text) if actor else None,
        "actor_text": actor.text if actor else None,
        "recipient_name": (rec.name or rec.text) if rec else None,
        "recipient_text": rec.text if rec else None,
        "killed": _count(event.counts, "killed"), "injured": _count(event.counts, "injured"),
        "arrested": _count(event.counts, "arrested"),
        "evidence": event.evidence.sentence if event.evidence else None,
        "confidence": float(event.confidence),
        "record": json.dumps(event.to_dict(), ensure_ascii=False),
    }


def actor_rows(event: Event) -> list[dict[str, Any]]:
    rows = []
    for role, actor in (("actor", event.actor), ("recipient", event.recipient)):
        if actor is not None:
            rows.append({"event_id": event.event_id, "role": role, "text": actor.text,
                         "name": actor.name, "wikidata_id": actor.id,
                         "country": actor.country, "kind": actor.kind})
    return rows


def place_rows(event: Event) -> list[dict[str, Any]]:
    loc = event.location
    if loc is None:
        return []
    return [{"event_id": event.event_id, "text": loc.text, "name": loc.name,
             "admin1": loc.admin1, "country": loc.country, "lat": loc.lat, "lon": loc.lon,
             "geonames_id": loc.geonames_id, "precision": loc.precision,
             "reason": loc.reason}]


def incident_row(inc: Incident) -> dict[str, Any]:
    loc, date = inc.location, inc.date

    def count(role: str) -> int | None:
        c = (inc.counts or {}).get(role)
        return None if c is None else int(c.value)

    return {
        "incident_id": inc.incident_id, "event_type": inc.event_type, "mode": inc.mode,
        "status": inc.status, "background": bool(inc.background),
        "date_value": date.value if date else None,
        "date_precision": date.precision if date else None,
        "event_day": first_day(date.value if date else None) or first_day(inc.first_reported),
        "country": loc.country if loc else None, "admin1": loc.admin1 if loc else None,
        "location_name": (loc.name or loc.text) if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "actor_name": (inc.actor.name or inc.actor.text) if inc.actor else None,
        "recipient_name": (inc.recipient.name or inc.recipient.text) if inc.recipient else None,
        "killed": count("killed"), "injured": count("injured"), "arrested": count("arrested"),
        "n_articles": inc.n_articles, "n_sources": inc.n_sources,
        "first_reported": inc.first_reported,
        "record": json.dumps(inc.to_dict(), ensure_ascii=False),
        "outlets": "; ".join(o.source for o in inc.outlets) or None,
        "n_mentions": len(inc.mentions_in_later_articles),
    }


def event_from_row(record: str | dict, incident_id: str | None) -> Event:
    """The stored record, dated by the one date rule (records stored before the rule
    existed get it here, so every reader sees the same date)."""
    data = orjson.loads(record) if isinstance(record, str) else record
    event = Event.from_dict(data)
    event.incident_id = incident_id  # the column is authoritative (set_incident_ids)
    event.date = news_date(event)
    return event


def incident_from_row(record: str | dict) -> Incident:
    inc = Incident.from_dict(orjson.loads(record) if isinstance(record, str) else record)
    inc.date = incident_date(inc)
    return inc
