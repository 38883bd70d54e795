"""Events and incidents -> flat rows with ACLED-like columns first, then polybius fields.

ACLED conventions followed: ``time_precision`` 1 = day, 2 = week, 3 = month or coarser;
``geo_precision`` 1 = the named town/point, 2 = a part of a region (admin2), 3 = a
larger region (admin1, country); ``fatalities`` 0 when no count is reported; ``country``
as a name. ``event_id_cnty`` is the ISO alpha-3 code plus the start of the polybius id
(stable across exports, not ACLED's running number).
"""
from __future__ import annotations

from typing import Any

import pycountry

from polybius.export.mappings import TypeMappings
from polybius.records import Event, Incident

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "source", "notes", "fatalities",
)
EVENT_EXTRA = (
    "polybius_id", "plover_event_type", "plover_mode", "status", "background", "context",
    "date_value", "date_precision", "iso3", "location_precision", "actor1_id", "actor1_kind",
    "actor2_id", "actor2_kind", "killed", "killed_qualifier", "injured", "injured_qualifier",
    "arrested", "arrested_qualifier", "source_claim", "cameo_root", "cameo_code",
    "gtd_attack_type", "confidence", "article_id", "article_url", "published", "incident_id",
)
INCIDENT_EXTRA = (
    "polybius_id", "plover_event_type", "plover_mode", "status", "background", "date_value",
    "date_precision", "iso3", "location_precision", "killed", "killed_low", "killed_high",
    "injured", "injured_low", "injured_high", "arrested", "arrested_low", "arrested_high",
    "n_articles", "n_sources", "first_reported", "cameo_root", "cameo_code", "gtd_attack_type",
    "n_events",
)
EVENT_COLUMNS = ACLED_COLUMNS + EVENT_EXTRA
INCIDENT_COLUMNS = ACLED_COLUMNS + INCIDENT_EXTRA

_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
_GEO_PRECISION = {"point": 1, "city": 1, "admin2": 2, "admin1": 3, "country": 3, "region": 3}


def country_name(alpha3: str | None) -> str | None:
    if not alpha3:
        return None
    found = pycountry.countries.get(alpha_3=alpha3.upper())
    return getattr(found, "common_name", None) or (found.name if found else alpha3)


def _event_date(value: str | None) -> str | None:
    if not value:
        return None
    return value + ("-01-01" if len(value) == 4 else "-01" if len(value) == 7 else "")


def _acled_types(type_row, status: str) -> tuple[str | None, str | None]:
    """ACLED codes what happened: a foiled plot is a disrupted weapons use, a plan, claim
    or denial is another strategic development, whatever violence it speaks of."""
    if status == "thwarted":
        return "Strategic developments", "Disrupted weapons use"
    if status != "occurred":
        return "Strategic developments", "Other"
    return (type_row.acled_event_type, type_row.acled_sub_event_type) if type_row else (None, None)


def _acled(kind: str, ident: str, date, location, actor, recipient, type_row, event_type, mode,
           source: str | None, notes: str | None, killed: int | None, status: str = "occurred") -> dict[str, Any]:
    value = date.value if date else None
    iso3 = location.country if location else None
    acled_type, acled_sub = _acled_types(type_row, status)
    return {
        "event_id_cnty": f"{iso3 or 'XXX'}{ident[:10]}",
        "event_date": _event_date(value),
        "year": int(value[:4]) if value else None,
        "time_precision": _TIME_PRECISION.get(date.precision) if date and date.precision else None,
        "event_type": acled_type,
        "sub_event_type": acled_sub,
        "actor1": (actor.name or actor.text) if actor else None,
        "actor2": (recipient.name or recipient.text) if recipient else None,
        "country": country_name(iso3),
        "admin1": location.admin1 if location else None,
        "location": (location.name or location.text) if location else None,
        "latitude": location.lat if location else None,
        "longitude": location.lon if location else None,
        "geo_precision": _GEO_PRECISION.get(location.precision) if location and location.precision else None,
        "source": source, "notes": notes, "fatalities": killed or 0,
        "polybius_id": ident, "plover_event_type": event_type, "plover_mode": mode,
        "date_value": value, "date_precision": date.precision if date else None,
        "iso3": iso3, "location_precision": location.precision if location else None,
        "cameo_root": type_row.cameo_root if type_row else None,
        "cameo_code": type_row.cameo_code if type_row else None,
        "gtd_attack_type": (type_row.gtd_attack_type or None) if type_row and status == "occurred" else None,
    }


def event_row(event: Event, mappings: TypeMappings) -> dict[str, Any]:
    rec = event.recipient
    type_row = mappings.lookup(event.event_type, event.mode, rec.kind if rec else None)
    counts = event.counts
    row = _acled("event", event.event_id, event.date, event.location, event.actor, rec, type_row,
                 event.event_type, event.mode, event.article.source,
                 event.evidence.sentence if event.evidence else None,
                 counts.killed.value if counts.killed else None, event.status)
    row.update({
        "status": event.status, "background": event.background,
        "context": ",".join(event.context) or None,
        "actor1_id": event.actor.id if event.actor else None,
        "actor1_kind": event.actor.kind if event.actor else None,
        "actor2_id": rec.id if rec else None, "actor2_kind": rec.kind if rec else None,
        "source_claim": event.source_claim.by if event.source_claim else None,
        "confidence": event.confidence, "article_id": event.article.id,
        "article_url": event.article.url, "published": event.article.published,
        "incident_id": event.incident_id,
    })
    for role in ("killed", "injured", "arrested"):
        c = getattr(counts, role)
        row[role] = c.value if c else None
        row[f"{role}_qualifier"] = c.qualifier if c else None
    return {c: row.get(c) for c in EVENT_COLUMNS}


def incident_row(inc: Incident, mappings: TypeMappings) -> dict[str, Any]:
    rec = inc.recipient
    type_row = mappings.lookup(inc.event_type, inc.mode, rec.kind if rec else None)
    killed = (inc.counts or {}).get("killed")
    row = _acled("incident", inc.incident_id, inc.date, inc.location, inc.actor, rec, type_row,
                 inc.event_type, inc.mode, None, None, killed.value if killed else None, inc.status)
    row.update({"status": inc.status, "background": inc.background, "n_articles": inc.n_articles,
                "n_sources": inc.n_sources, "first_reported": inc.first_reported,
                "n_events": len(inc.event_ids)})
    for role in ("killed", "injured", "arrested"):
        c = (inc.counts or {}).get(role)
        row[role] = c.value if c else None
        row[f"{role}_low"] = c.low if c else None
        row[f"{role}_high"] = c.high if c else None
    return {c: row.get(c) for c in INCIDENT_COLUMNS}
