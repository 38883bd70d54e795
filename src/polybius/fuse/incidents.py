"""Build one ``Incident`` from its member events (and, incrementally, its old summary).

The reports are the member news events; background mentions among the members are
listed (``mentions_in_later_articles``) and change nothing else. ``outlets`` lists
who reported it, a wire story republished by several outlets pointing at the outlet
that carried it first; ``n_sources`` counts independent reports (an outlet once, one
wire story once). Representative fields are votes over the reports: type and mode by
majority, the date and place of the most precise reports (majority among those), actor
and recipient by majority of named ones; counts and ``counts_history`` follow
``fuse/counts.py``. Ids come from the earliest report (earliest publication, then
smallest event id), so re-fusing unchanged data yields unchanged ids.
"""
from __future__ import annotations

import hashlib
import re
from copy import copy
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Sequence

from polybius.fuse.counts import (CountReport, aggregate_count, count_history, legacy_history,
                                  majority, resolve_status)
from polybius.fuse.nodes import source_key
from polybius.records import (COUNT_ROLES, Actor, DateValue, Event, Incident, IncidentCount,
                              IncidentMention, IncidentOutlet, Place)

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


def outlet_name(source: str | None, url: str | None, article_id: str) -> str:
    """The outlet as users know it: the article's ``source`` as written, else the URL
    host, else ``article:<id>`` (an unknown outlet is its own source)."""
    if source and source.strip():
        return source.strip()
    return source_key(None, url, article_id)


def _outlet_of(ev: Event) -> str:
    art = ev.article
    return outlet_name(art.source, art.url, art.id)


def _from_event(ev: Event, outlet: str, story: str) -> _Report:
    art = ev.article
    pub = (art.published or "")[:10]
    counts = {}
    for role in COUNT_ROLES:
        c = getattr(ev.counts, role, None) if ev.counts is not None else None
        if c is not None:
            counts[role] = CountReport(int(c.value), c.qualifier, art.published or "", story,
                                       ev.event_id, outlet)
    return _Report(ev.event_id, pub, 1, ev.event_type, ev.mode, ev.status, ev.background,
                   ev.date, ev.location, ev.actor, ev.recipient, outlet.casefold(), counts)


def _from_incident(inc: Incident) -> _Report:
    """The old summary as one weighted vote for type, mode, date, place and actors."""
    return _Report("", inc.first_reported or "", max(1, inc.n_articles), inc.event_type,
                   inc.mode, inc.status, inc.background, inc.date, inc.location, inc.actor,
                   inc.recipient, "incident:" + inc.incident_id)


def _told(ev: Event) -> set[str]:
    """The event's sentences, normalised (case, spacing, punctuation) for comparison."""
    sentences = [m.sentence for m in ev.mentions] or [ev.evidence.sentence]
    return {" ".join(re.findall(r"\w+", s.casefold())) for s in sentences if s}


class _Stories:
    """Union-find over outlet keys: outlets that carried one story end up together."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        while self.parent.setdefault(x, x) != x:
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def _link_copies(events: Sequence[Event], keys: Sequence[str], stories: _Stories) -> None:
    for key in keys:
        stories.find(key)
    if len(set(keys)) < 2:
        return
    told = [(key, _told(e)) for key, e in zip(keys, events)]
    for a, (src_a, sa) in enumerate(told):
        for src_b, sb in told[a + 1:]:
            if src_a != src_b and sa and sb and len(sa & sb) * 2 >= min(len(sa), len(sb)):
                stories.union(src_a, src_b)


def independent_reports(events: Sequence[Event]) -> int:
    """Outlets that reported independently: one outlet counts once, and so does one wire
    story republished by several outlets (at least half of the sentences telling the
    event are the same)."""
    stories = _Stories()
    _link_copies(events, [_outlet_of(e).casefold() for e in events], stories)
    return len({stories.find(k) for k in list(stories.parent)})


def _outlets(events: Sequence[Event], names: Sequence[str],
             base: Sequence[IncidentOutlet]) -> list[IncidentOutlet]:
    """The outlets of ``events`` (named ``names``) merged with an old incident's, each
    wire copy pointing at the outlet that carried its story first."""
    stories = _Stories()
    merged: dict[str, IncidentOutlet] = {}
    for old in base:
        merged[old.source.casefold()] = IncidentOutlet(old.source, list(old.article_ids),
                                                       old.first_reported)
    keys = [name.casefold() for name in names]
    for ev, name, key in zip(events, names, keys):
        out = merged.get(key)
        if out is None:
            out = merged[key] = IncidentOutlet(name)
        if ev.article.id not in out.article_ids:
            out.article_ids.append(ev.article.id)
        day = (ev.article.published or "")[:10] or None
        if day and (out.first_reported is None or day < out.first_reported):
            out.first_reported = day
    for old in base:
        stories.find(old.source.casefold())
        if old.same_story_as:
            stories.union(old.source.casefold(), old.same_story_as.casefold())
    _link_copies(events, keys, stories)
    lead: dict[str, IncidentOutlet] = {}
    ordered = sorted(merged.items(), key=lambda kv: (kv[1].first_reported or "9999", kv[0]))
    for key, out in ordered:
        out.article_ids.sort()
        first = lead.setdefault(stories.find(key), out)
        out.same_story_as = None if first is out else first.source
    return [out for _, out in ordered]


def mention_of(ev: Event, linked: bool) -> IncidentMention:
    """How an incident lists a background mention of it: the article and its outlet."""
    art = ev.article
    outlet = art.source or (source_key(None, art.url, art.id) if art.url else None)
    return IncidentMention(ev.event_id, art.id, outlet, art.published, linked=linked)


def mention_order(m: IncidentMention) -> tuple[str, str]:
    return (m.published or "9999", m.event_id)


def _mentions(events: Sequence[Event], base: Sequence[IncidentMention]) -> list[IncidentMention]:
    found = {m.event_id: m for m in base}
    for ev in events:
        found[ev.event_id] = mention_of(ev, linked=True)
    return sorted(found.values(), key=mention_order)


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
    were not passed (incremental update without reloading every old report).

    Background mentions among ``events`` join ``event_ids`` and
    ``mentions_in_later_articles`` but count nowhere else, unless the incident is made
    of nothing but background mentions."""
    events = sorted(events, key=earliest_key)
    news = [e for e in events if not e.background]
    if news or (base is not None and not base.background):
        reported, recalled = news, [e for e in events if e.background]
    else:
        reported, recalled = events, []
    # a summary of background mentions says nothing about the news that joined it
    keep = None if base is None or (base.background and news) else base
    names = [_outlet_of(e) for e in reported]
    outlets = _outlets(reported, names, keep.outlets if keep else ())
    stories = {o.source.casefold(): (o.same_story_as or o.source).casefold() for o in outlets}
    reps = [_from_event(e, name, stories[name.casefold()]) for e, name in zip(reported, names)]
    if base is not None:
        reps.insert(0, _from_incident(base))
        reps.sort(key=lambda r: (r.published or "9999", r.key))
    voters = [r for r in reps if not r.background] or reps
    etype = majority([(r.event_type, r.weight) for r in voters])
    modes = [(r.mode, r.weight) for r in voters if r.mode != "unspecified"]
    mode = majority(modes) or majority([(r.mode, r.weight) for r in voters])
    by_role: dict[str, list[CountReport]] = defaultdict(list)
    for r in reps:
        for role, rep in r.counts.items():
            by_role[role].append(rep)
    counts: dict[str, IncidentCount | None] = {}
    history = {}
    for role in COUNT_ROLES:
        old = keep.counts.get(role) if keep else None
        role_reports = by_role.get(role, [])
        if old is None and not role_reports:
            counts[role] = None
            continue
        old_history = (keep.counts_history.get(role) or legacy_history(old, keep.first_reported)
                       if keep else [])
        history[role] = count_history(role_reports, old_history)
        counts[role] = aggregate_count(role_reports, old, old_history, history[role])
    n_articles = len({a for o in outlets for a in o.article_ids})
    n_sources = sum(1 for o in outlets if o.same_story_as is None)
    if keep is not None and not keep.outlets:   # stored before outlets were kept
        old = [e for e in reported if e.event_id in set(keep.event_ids)]
        n_articles = keep.n_articles + len({e.article.id for e in reported}
                                           - {e.article.id for e in old})
        n_sources = keep.n_sources + len({n.casefold() for n in names}
                                         - {_outlet_of(e).casefold() for e in old})
    event_ids = {e.event_id for e in events} | set(base.event_ids if base else ())
    published = [r.published for r in reps if r.published]
    return Incident(
        incident_id=incident_id, event_type=str(etype), mode=str(mode),
        status=resolve_status(r.status for r in reps),
        date=_pick_date(voters), location=_pick_place(voters),
        actor=_pick_actor([(r.actor, r.weight) for r in voters]),
        recipient=_pick_actor([(r.recipient, r.weight) for r in voters]),
        counts=counts, n_articles=n_articles, n_sources=n_sources,
        first_reported=min(published) if published else None,
        event_ids=sorted(event_ids), background=not news and (base is None or base.background),
        counts_history=history, outlets=outlets,
        mentions_in_later_articles=_mentions(recalled, base.mentions_in_later_articles
                                             if base else ()))
