"""Background mentions attached to the incident they recall, after clustering.

"Since the March 4 market bombing in Kabul" is a background event: it never creates
or extends an incident at the publication date of the article recalling it. When
clustering did not link it to a news incident (it is unassigned, or in an incident
made only of background mentions) but it plainly recalls one known news incident —
same type family, same country and place, its date within the fusion window of the
incident's — it is listed on that incident (``mentions_in_later_articles``, with
``linked: false``). Its assignment stays as clustering left it and the incident's
counts, date and sources do not change. A mention matching several incidents equally well is attached
to none. Linking rules live in blocking/scoring/cluster; this module never links.
"""
from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import replace
from typing import Mapping, Sequence

import numpy as np

from polybius.fuse.config import MODE_GROUPS, TYPE_FAMILIES, FuseConfig
from polybius.fuse.incidents import mention_of, mention_order
from polybius.fuse.nodes import PLACE_PREC, date_interval, published_day
from polybius.geo import haversine_km
from polybius.records import Event, Incident, IncidentMention, Place, incident_date

_RADIUS_PREC = ("point", "city", "admin2", "admin1")


def _family(event_type: str) -> str:
    etype = event_type.upper()
    return TYPE_FAMILIES.get(etype, etype)


def _places_agree(a: Place, b: Place, cfg: FuseConfig) -> bool:
    """Same place at the coarser of the two precisions (no farther than its radius)."""
    coarser = max(a.precision or "city", b.precision or "city",
                  key=lambda p: PLACE_PREC.get(p, 5))
    if coarser not in _RADIUS_PREC:
        return False            # a country or region says too little to attach
    if None not in (a.lat, a.lon, b.lat, b.lon):
        km = haversine_km(np.array([a.lat]), np.array([a.lon]), np.array([b.lat]),
                          np.array([b.lon]))[0]
        return bool(km <= cfg.place_radius_km[coarser])
    if coarser == "admin1":
        return bool(a.admin1) and (a.admin1 or "").casefold() == (b.admin1 or "").casefold()
    return bool(a.name) and (a.name or "").casefold() == (b.name or "").casefold()


def _modes_agree(a: str, b: str) -> bool:
    return a == b or any(a in g and b in g for g in MODE_GROUPS)


def attach_mentions(events: Sequence[Event], assignment: Mapping[str, str | None],
                    incidents: dict[str, Incident], cfg: FuseConfig) -> list[str]:
    """List each unassigned dated background event of ``events`` on the one news
    incident it recalls; re-decide mentions attached earlier when their event is passed
    again. Replaces changed incidents in ``incidents``; returns their ids."""
    passed = {e.event_id for e in events}
    candidates = []
    for ev in events:
        home = assignment.get(ev.event_id)
        if not ev.background or (home is not None and not incidents[home].background):
            continue
        span, loc = date_interval(ev.date), ev.location
        if span is not None and loc is not None and loc.country:
            candidates.append((ev, span, loc))
    index: dict[tuple[str, str], list[tuple[int, int, str]]] = defaultdict(list)
    wanted = {(loc.country, _family(ev.event_type)) for ev, _, loc in candidates}
    for inc in incidents.values() if wanted else ():
        if inc.background or inc.location is None or \
                (inc.location.country, _family(inc.event_type)) not in wanted:
            continue
        span = date_interval(incident_date(inc))
        if span is not None:
            index[(inc.location.country, _family(inc.event_type))].append(
                (span[0], span[1], inc.incident_id))
    longest = {}
    for key, rows in index.items():
        rows.sort()
        longest[key] = max(end - start for start, end, _ in rows)
    starts = {key: [r[0] for r in rows] for key, rows in index.items()}

    attached: dict[str, list[IncidentMention]] = defaultdict(list)
    for ev, span, loc in candidates:
        key = (loc.country, _family(ev.event_type))
        rows = index.get(key)
        if not rows:
            continue
        lo = bisect.bisect_left(starts[key], span[0] - cfg.day_window - longest[key])
        hi = bisect.bisect_right(starts[key], span[1] + cfg.day_window)
        published = published_day(ev.article.published)
        best: list[tuple[tuple[int, int, int], str]] = []
        for start, end, iid in rows[lo:hi]:
            if end < span[0] - cfg.day_window:
                continue
            inc = incidents[iid]
            if not _places_agree(loc, inc.location, cfg):
                continue
            if published is not None and published < start:
                continue        # an article cannot recall what happened after it
            if any(ev.article.id in o.article_ids for o in inc.outlets):
                continue        # the article reports it: not a later mention
            gap = max(0, start - span[1], span[0] - end)
            best.append(((0 if _modes_agree(ev.mode, inc.mode) else 1, gap,
                          PLACE_PREC.get(inc.location.precision or "", 5)), iid))
        best.sort()
        if best and (len(best) == 1 or best[0][0] < best[1][0]):
            attached[best[0][1]].append(mention_of(ev, linked=False))

    changed = []
    for iid, inc in list(incidents.items()):
        old = inc.mentions_in_later_articles
        if not old and iid not in attached:
            continue
        if iid not in attached and not any(not m.linked and m.event_id in passed for m in old):
            continue
        kept = [m for m in old if m.linked or m.event_id not in passed]
        new = sorted(kept + attached.get(iid, []), key=mention_order)
        if new != old:
            incidents[iid] = replace(inc, mentions_in_later_articles=new)
            changed.append(iid)
    return changed


def keep_attached(old: Incident, new: Incident, passed: set[str]) -> Incident:
    """``new`` (rebuilt from its events) still listing the mentions attached to ``old``
    whose events were not passed this time (they cannot be re-decided)."""
    kept = [m for m in old.mentions_in_later_articles
            if not m.linked and m.event_id not in passed]
    if kept:
        new.mentions_in_later_articles = sorted(new.mentions_in_later_articles + kept,
                                                key=mention_order)
    return new


__all__ = ["attach_mentions", "keep_attached"]
