"""Build one ``Incident`` from its member events (and, incrementally, its old summary).

``n_sources`` counts independent reports: an outlet once, and a wire story that several
outlets republished once. Representative fields are votes over the reports: type and mode by majority, the date
and place of the most precise non-background reports (majority among those), actor
and recipient by majority of named ones. Ids come from the earliest report (earliest
publication, then smallest event id), so re-fusing unchanged data yields unchanged ids.
"""
from __future__ import annotations

import hashlib
import re
from copy import copy
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Sequence

from polybius.fuse.counts import CountReport, aggregate_count, majority, resolve_status
from polybius.fuse.nodes import source_key
from polybius.records import COUNT_ROLES, Actor, DateValue, Event, Incident, Place

_DATE_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}
_PLACE_ORDER = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4, "region": 5}


@dataclass
class _Report:
    """What an event — or an old incident summary standing for many — contributes."""
    key: str
    published: str
    weight: int
    event_type: str
    mode: str
    status: str
    background: bool
    date: DateValue | None
    location: Place | None
    actor: Actor | None
    recipient: Actor | None
    source: str
    counts: dict[str, CountReport] = field(default_factory=dict)


def earliest_key(event: Event) -> tuple[str, str]:
    return (event.article.published or "9999", event.event_id)


def incident_id_for(events: Sequence[Event]) -> str:
    """Stable id derived from the earliest member event."""
    anchor = min(events, key=earliest_key)
    return "inc_" + hashlib.sha1(("incident:" + anchor.event_id).encode()).hexdigest()[:16]


def _from_event(ev: Event) -> _Report:
    art = ev.article
    src = source_key(art.source, art.url, art.id)
    pub = (art.published or "")[:10]
    counts = {}
    for role in COUNT_ROLES:
        c = getattr(ev.counts, role, None) if ev.counts is not None else None
        if c is not None:
            counts[role] = CountReport(int(c.value), c.qualifier, pub, src, ev.event_id)
    return _Report(ev.event_id, pub, 1, ev.event_type, ev.mode, ev.status, ev.background,
                   ev.date, ev.location, ev.actor, ev.recipient, src, counts)


def _from_incident(inc: Incident) -> _Report:
    src = "incident:" + inc.incident_id
    pub = inc.first_reported or ""
    counts = {role: CountReport(c.value, c.qualifier, pub, src, "", max(1, inc.n_sources))
              for role, c in inc.counts.items() if c is not None}
    return _Report("", pub, max(1, inc.n_articles), inc.event_type, inc.mode, inc.status,
                   inc.background, inc.date, inc.location, inc.actor, inc.recipient, src,
                   counts)


def _told(ev: Event) -> set[str]:
    """The event's sentences, normalised (case, spacing, punctuation) for comparison."""
    sentences = [m.sentence for m in ev.mentions] or [ev.evidence.sentence]
    return {" ".join(re.findall(r"\w+", s.casefold())) for s in sentences if s}


def independent_reports(events: Sequence[Event]) -> int:
    """Outlets that reported independently: one outlet counts once, and so does one wire
    story republished by several outlets (at least half of the sentences telling the
    event are the same)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    told = [(source_key(e.article.source, e.article.url, e.article.id), _told(e)) for e in events]
    for a, (src_a, sa) in enumerate(told):
        find(src_a)
        for src_b, sb in told[a + 1:]:
            if sa and sb and len(sa & sb) * 2 >= min(len(sa), len(sb)):
                parent[find(src_a)] = find(src_b)
    return len({find(src) for src, _ in told})


def _pick_date(reps: Sequence[_Report]) -> DateValue | None:
    dated = [r for r in reps if r.date is not None and r.date.value]
    if not dated:
        return None
    def rank(r: _Report) -> float:  # stated dates beat dates defaulted to publication
        return _DATE_ORDER.get(r.date.precision or "", 4) + (0.0 if r.date.text else 0.5)
    best = min(rank(r) for r in dated)
    top = [r for r in dated if rank(r) == best]
    value = majority([(r.date.value, r.weight) for r in top])
    return copy(next(r.date for r in top if r.date.value == value))


def _pick_place(reps: Sequence[_Report]) -> Place | None:
    placed = [r for r in reps if r.location is not None]
    if not placed:
        return None
    best = min(_PLACE_ORDER.get(r.location.precision or "", 6) for r in placed)
    top = [r for r in placed if _PLACE_ORDER.get(r.location.precision or "", 6) == best]
    name = majority([((r.location.name or "").casefold(), r.weight) for r in top])
    return copy(next(r.location for r in top
                        if (r.location.name or "").casefold() == name))


def _pick_actor(actors: Sequence[tuple[Actor | None, int]]) -> Actor | None:
    named = [(a, w) for a, w in actors if a is not None and a.name]
    if not named:
        return next((copy(a) for a, _ in actors if a is not None), None)
    name = majority([(a.name, w) for a, w in named])
    return copy(next(a for a, _ in named if a.name == name))


def build_incident(incident_id: str, events: Sequence[Event],
                   base: Incident | None = None) -> Incident:
    """The incident made of ``events``; ``base`` is the old summary of members that
    were not passed (incremental update without reloading every old report)."""
    events = sorted(events, key=earliest_key)
    reps = [_from_event(e) for e in events]
    if base is not None:
        reps.insert(0, _from_incident(base))
        reps.sort(key=lambda r: (r.published or "9999", r.key))
    news = [r for r in reps if not r.background] or reps
    etype = majority([(r.event_type, r.weight) for r in news])
    modes = [(r.mode, r.weight) for r in news if r.mode != "unspecified"]
    mode = majority(modes) or majority([(r.mode, r.weight) for r in news])
    by_role: dict[str, list[CountReport]] = defaultdict(list)
    for r in reps:
        for role, rep in r.counts.items():
            by_role[role].append(rep)
    extra = {role: [c.low, c.high] for role, c in (base.counts.items() if base else ())
             if c is not None}
    counts = {role: aggregate_count(by_role.get(role, []), extra.get(role, ()))
              for role in COUNT_ROLES}
    articles = {e.article.id for e in events}
    sources = {source_key(e.article.source, e.article.url, e.article.id) for e in events}
    n_articles, n_sources = len(articles), independent_reports(events)
    event_ids = {e.event_id for e in events}
    if base is not None:
        old = [e for e in events if e.event_id in set(base.event_ids)]
        n_articles = base.n_articles + len(articles - {e.article.id for e in old})
        n_sources = base.n_sources + len(sources - {source_key(
            e.article.source, e.article.url, e.article.id) for e in old})
        event_ids |= set(base.event_ids)
    published = [r.published for r in reps if r.published]
    return Incident(
        incident_id=incident_id, event_type=str(etype), mode=str(mode),
        status=resolve_status(r.status for r in reps),
        date=_pick_date(news), location=_pick_place(news),
        actor=_pick_actor([(r.actor, r.weight) for r in news]),
        recipient=_pick_actor([(r.recipient, r.weight) for r in news]),
        counts=counts, n_articles=n_articles, n_sources=n_sources,
        first_reported=min(published) if published else None,
        event_ids=sorted(event_ids), background=all(r.background for r in reps))
