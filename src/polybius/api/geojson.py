"""Events and incidents as GeoJSON Features (RFC 7946: [lon, lat], WGS84).

Properties are flat (what a map styles on); the full record stays at the JSON endpoints.
Records without coordinates get ``geometry: null``, which RFC 7946 allows.
"""
from __future__ import annotations

from typing import Any, Sequence

from polybius.records import Event, Incident, Place


def _geometry(loc: Place | None) -> dict[str, Any] | None:
    if loc is None or loc.lat is None or loc.lon is None:
        return None
    return {"type": "Point", "coordinates": [loc.lon, loc.lat]}


def _count(c: Any) -> int | None:
    return None if c is None else int(c.value)


def event_feature(ev: Event) -> dict[str, Any]:
    loc = ev.location
    return {"type": "Feature", "id": ev.event_id, "geometry": _geometry(loc), "properties": {
        "event_id": ev.event_id, "incident_id": ev.incident_id, "article_id": ev.article.id,
        "event_type": ev.event_type, "mode": ev.mode, "status": ev.status,
        "date": ev.date.value if ev.date else None,
        "date_precision": ev.date.precision if ev.date else None,
        "date_basis": ev.date.basis if ev.date else None, "background": ev.background,
        "source": ev.article.source,
        "country": loc.country if loc else None, "admin1": loc.admin1 if loc else None,
        "place": (loc.name or loc.text) if loc else None,
        "actor": (ev.actor.name or ev.actor.text) if ev.actor else None,
        "recipient": (ev.recipient.name or ev.recipient.text) if ev.recipient else None,
        "killed": _count(ev.counts.killed), "injured": _count(ev.counts.injured),
        "arrested": _count(ev.counts.arrested),
        "evidence": ev.evidence.sentence if ev.evidence else None,
    }}


def incident_feature(inc: Incident) -> dict[str, Any]:
    loc = inc.location
    return {"type": "Feature", "id": inc.incident_id, "geometry": _geometry(loc), "properties": {
        "incident_id": inc.incident_id, "event_type": inc.event_type, "mode": inc.mode,
        "status": inc.status, "date": inc.date.value if inc.date else None,
        "date_precision": inc.date.precision if inc.date else None,
        "date_basis": inc.date.basis if inc.date else None, "background": inc.background,
        "country": loc.country if loc else None, "admin1": loc.admin1 if loc else None,
        "place": (loc.name or loc.text) if loc else None,
        "actor": (inc.actor.name or inc.actor.text) if inc.actor else None,
        "recipient": (inc.recipient.name or inc.recipient.text) if inc.recipient else None,
        "killed": _count((inc.counts or {}).get("killed")),
        "injured": _count((inc.counts or {}).get("injured")),
        "arrested": _count((inc.counts or {}).get("arrested")),
        "n_articles": inc.n_articles, "n_sources": inc.n_sources,
        "source": "; ".join(o.source for o in inc.outlets) or None,
        "outlets": [o.to_dict() for o in inc.outlets],
        "counts_history": {role: [e.to_dict() for e in entries]
                           for role, entries in inc.counts_history.items()},
        "n_mentions": len(inc.mentions_in_later_articles),
    }}


def collection(features: Sequence[Any], next_cursor: str | None) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": list(features), "next_cursor": next_cursor}
