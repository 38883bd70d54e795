"""Events and incidents -> flat rows: ACLED's 31 columns first, in ACLED's order and with
ACLED's meanings (docs/mappings.md), then the polybius fields.

Dates follow the one date rule (``records.news_date``). ``event_id_cnty`` is the ISO
alpha-3 code plus the start of the polybius id (stable across exports, not ACLED's
running number). ``fatalities`` follows ACLED (0 when no count is reported, ACLED's
numbers for vague words); polybius' ``killed`` keeps the record: empty when no count
is reported, 0 only when the report says nobody died.
"""
from __future__ import annotations

import json
from typing import Any

from polybius.export import acled
from polybius.export.mappings import TypeMappings
from polybius.records import Event, Incident, incident_date, news_date
from polybius.resolve.countries import country_name as _name

ACLED_COLUMNS = acled.COLUMNS
EVENT_EXTRA = (
    "polybius_id", "plover_event_type", "plover_mode", "status", "background", "outside_acled",
    "context", "date_value", "date_precision", "date_basis", "iso3", "location_precision",
    "actor1_id", "actor1_kind", "actor2_id", "actor2_kind", "killed", "killed_qualifier",
    "injured", "injured_qualifier", "arrested", "arrested_qualifier", "source_claim",
    "cameo_root", "cameo_code", "gtd_attack_type", "confidence", "article_id", "article_url",
    "published", "published_from", "page_monthday", "page_weekday", "incident_id",
)
INCIDENT_EXTRA = (
    "polybius_id", "plover_event_type", "plover_mode", "status", "background", "outside_acled",
    "date_value", "date_precision", "date_basis", "iso3", "location_precision", "killed",
    "killed_low", "killed_high", "injured", "injured_low", "injured_high", "arrested",
    "arrested_low", "arrested_high", "n_articles", "n_sources", "first_reported", "cameo_root",
    "cameo_code", "gtd_attack_type", "n_events", "n_mentions", "outlets", "counts_history",
    "mentions_in_later_articles",
)
EVENT_COLUMNS = ACLED_COLUMNS + EVENT_EXTRA
INCIDENT_COLUMNS = ACLED_COLUMNS + INCIDENT_EXTRA
#: Column types of the flat rows (everything else is text): what readers should get back.
INT_COLUMNS = ("year", "time_precision", "inter1", "inter2", "interaction", "iso",
               "geo_precision", "fatalities", "timestamp", "killed", "injured", "arrested",
               "killed_low", "killed_high", "injured_low", "injured_high", "arrested_low",
               "arrested_high", "n_articles", "n_sources", "n_events", "n_mentions")
FLOAT_COLUMNS = ("latitude", "longitude", "confidence")
BOOL_COLUMNS = ("background",)
#: Codes that look like numbers but are not ("016" is not 16).
CODE_COLUMNS = ("cameo_root", "cameo_code")
#: Nested parts of an incident, as JSON text in a flat row (objects again in GeoJSON).
JSON_COLUMNS = ("outlets", "counts_history", "mentions_in_later_articles")

_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
_GEO_PRECISION = {"point": 1, "city": 1, "admin2": 2, "admin1": 3, "country": 3, "region": 3}


def country_name(alpha3: str | None) -> str | None:
    """The short name analysts use ("Democratic Republic of the Congo", "Turkey")."""
    if not alpha3:
        return None
    return _name(alpha3.upper()) or alpha3


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
    if type_row is None or not type_row.acled_event_type:
        return None, None
    return type_row.acled_event_type, type_row.acled_sub_event_type


def left_out(background: bool, status: str) -> str | None:
    """Why a record is not exported by default (None: it is): only news that happened."""
    if background:
        return "background"
    return None if status == "occurred" else status


def _acled(ident: str, date, location, actor, recipient, type_row, event_type, status: str,
           source: str | None, url: str | None, notes: str | None, killed, stamp: int) -> dict[str, Any]:
    conv = acled.load()
    value = date.value if date else None
    iso3 = location.country if location else None
    country = country_name(iso3)
    acled_type, acled_sub = _acled_types(type_row, status)
    side1, side2 = conv.sides(acled_type, actor, recipient, country)
    disorder = conv.disorder_type(acled_type)
    return {
        "event_id_cnty": f"{iso3 or 'XXX'}{ident[:10]}",
        "event_date": _event_date(value),
        "year": int(value[:4]) if value else None,
        "time_precision": _TIME_PRECISION.get(date.precision) if date and date.precision else None,
        "disorder_type": disorder, "event_type": acled_type, "sub_event_type": acled_sub,
        "actor1": side1.name, "assoc_actor_1": None, "inter1": side1.inter,
        "actor2": side2.name, "assoc_actor_2": None, "inter2": side2.inter,
        "interaction": acled.interaction(side1.inter, side2.inter),
        "civilian_targeting": ("Civilian targeting" if disorder == "Political violence"
                               and side2.inter == 7 else None),
        "iso": acled.iso_numeric(iso3), "region": conv.region(iso3), "country": country,
        "admin1": location.admin1 if location else None,
        "admin2": (location.name or location.text) if location and location.precision == "admin2" else None,
        "admin3": None,
        "location": (location.name or location.text) if location else None,
        "latitude": location.lat if location else None,
        "longitude": location.lon if location else None,
        "geo_precision": _GEO_PRECISION.get(location.precision) if location and location.precision else None,
        "source": source, "source_scale": conv.source_scale(source, url), "notes": notes,
        "fatalities": conv.fatalities(killed), "tags": None, "timestamp": stamp,
        "polybius_id": ident, "plover_event_type": event_type,
        "outside_acled": None if acled_type else f"{event_type} is outside ACLED's scope",
        "date_value": value, "date_precision": date.precision if date else None,
        "date_basis": date.basis if date else None,
        "iso3": iso3, "location_precision": location.precision if location else None,
        "cameo_root": type_row.cameo_root if type_row else None,
        "cameo_code": type_row.cameo_code if type_row else None,
        "gtd_attack_type": (type_row.gtd_attack_type or None) if type_row and status == "occurred" else None,
    }


def event_row(event: Event, mappings: TypeMappings, stamp: int = 0) -> dict[str, Any]:
    rec, act = event.recipient, event.actor
    type_row = mappings.lookup(event.event_type, event.mode, rec.kind if rec else None,
                               act.kind if act else None)
    counts = event.counts
    row = _acled(event.event_id, news_date(event), event.location, act, rec, type_row,
                 event.event_type, event.status, event.article.source, event.article.url,
                 event.evidence.sentence if event.evidence else None, counts.killed, stamp)
    row.update({
        "plover_mode": event.mode, "status": event.status, "background": event.background,
        "context": ",".join(event.context) or None,
        "actor1_id": act.id if act else None, "actor1_kind": act.kind if act else None,
        "actor2_id": rec.id if rec else None, "actor2_kind": rec.kind if rec else None,
        "source_claim": event.source_claim.by if event.source_claim else None,
        "confidence": event.confidence, "article_id": event.article.id,
        "article_url": event.article.url, "published": event.article.published,
        # where the publication date came from, and a page date without a year
        "published_from": event.article.published_from,
        "page_monthday": event.article.page_monthday, "page_weekday": event.article.page_weekday,
        "incident_id": event.incident_id,
    })
    for role in ("killed", "injured", "arrested"):
        c = getattr(counts, role)
        row[role] = c.value if c else None
        row[f"{role}_qualifier"] = c.qualifier if c else None
    return {c: row.get(c) for c in EVENT_COLUMNS}


def incident_row(inc: Incident, mappings: TypeMappings, stamp: int = 0) -> dict[str, Any]:
    rec, act = inc.recipient, inc.actor
    type_row = mappings.lookup(inc.event_type, inc.mode, rec.kind if rec else None,
                               act.kind if act else None)
    killed = (inc.counts or {}).get("killed")
    notes = f"{inc.n_articles} reports by {inc.n_sources} outlets, first on {inc.first_reported}."
    copies = [o for o in inc.outlets if o.same_story_as]
    if copies:
        notes += " Republished: " + "; ".join(f"{o.source} (story of {o.same_story_as})"
                                               for o in copies) + "."
    # ACLED's source column: every outlet, separated by semicolons
    sources = "; ".join(o.source for o in inc.outlets) or None
    row = _acled(inc.incident_id, incident_date(inc), inc.location, act, rec, type_row,
                 inc.event_type, inc.status, sources, None, notes, killed, stamp)
    full = inc.to_dict()
    row.update({"plover_mode": inc.mode, "status": inc.status, "background": inc.background,
                "n_articles": inc.n_articles, "n_sources": inc.n_sources,
                "first_reported": inc.first_reported, "n_events": len(inc.event_ids),
                "n_mentions": len(inc.mentions_in_later_articles),
                **{c: json.dumps(full[c], ensure_ascii=False) if full[c] else None
                   for c in JSON_COLUMNS}})
    for role in ("killed", "injured", "arrested"):
        c = (inc.counts or {}).get(role)
        row[role] = c.value if c else None
        row[f"{role}_low"] = c.low if c else None
        row[f"{role}_high"] = c.high if c else None
    return {c: row.get(c) for c in INCIDENT_COLUMNS}
