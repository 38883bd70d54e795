"""``fuse``: events from many articles → incidents (blocking → scoring → clustering).

Incremental by construction: ``existing`` incidents enter as anchored clusters (their
member events when passed, plus a stand-in node built from the incident's summary when
some members are missing), only pairs involving a not-yet-placed event are scored, and
an incident that gains a report keeps its id.

Background mentions ("the 2019 stadium bombing") may join any incident. A cluster made
only of background mentions becomes an incident (``background=True``) only when one of
them carries a date stated in its own text; otherwise its events stay unassigned
(``assignment[event_id] is None``) — never an incident dated at publication. A mention
that clustering did not link to a news incident is then listed on the known incident
it recalls (``fuse/mentions.py``): neither the clustering nor that incident's counts,
date or sources change.
"""
from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from polybius.fuse.blocking import candidate_pairs
from polybius.fuse.cluster import cluster_pairs
from polybius.fuse.config import FuseConfig
from polybius.fuse.incidents import build_incident, incident_id_for
from polybius.fuse.mentions import attach_mentions, keep_attached
from polybius.fuse.names import NameStats
from polybius.fuse.nodes import build_table, has_explicit_date
from polybius.fuse.scoring import score_pairs
from polybius.fuse.stories import corroborate
from polybius.records import Event, Incident
from polybius.settings import Settings


@dataclass
class MergeReason:
    """One merge: the pair that joined two clusters, its score and its components."""
    incident_id: str
    a: str                      # event id, or "incident:<id>" for an old incident
    b: str
    score: float
    components: dict[str, float]

    def to_dict(self) -> dict:
        return {"incident_id": self.incident_id, "a": self.a, "b": self.b,
                "score": self.score, "components": self.components}


@dataclass
class FusionResult:
    incidents: list[Incident]                  # every incident: old (kept/updated) + new
    assignment: dict[str, str | None]          # event id → incident id (None: unassigned)
    updated: list[str] = field(default_factory=list)   # ids created or changed
    merges: list[MergeReason] = field(default_factory=list)
    stats: dict[str, float] = field(default_factory=dict)


def fuse(events: Sequence[Event], existing: Sequence[Incident] = (),
         settings: Settings | None = None, config: FuseConfig | None = None,
         names: NameStats | None = None) -> FusionResult:
    """Fuse ``events`` into incidents, extending ``existing`` ones where they match.
    ``names``: how rare each name is (fuse/names.py); by default, across ``events``
    (a Spark segment is given the statistics of the whole batch)."""
    cfg = config or FuseConfig.from_settings(settings)
    clock = time.perf_counter()
    stats: dict[str, float] = {}
    unique: dict[str, Event] = {}
    for ev in events:
        unique.setdefault(ev.event_id, ev)
    evs = list(unique.values())
    member_of = {eid: inc.incident_id for inc in existing for eid in inc.event_ids}
    supplied: dict[str, list[int]] = defaultdict(list)
    for k, ev in enumerate(evs):
        if ev.event_id in member_of:
            supplied[member_of[ev.event_id]].append(k)
    stand_ins = [inc for inc in existing if len(supplied[inc.incident_id]) < len(inc.event_ids)]
    table = build_table(evs, stand_ins, cfg, names)
    stand_in_node = {inc.incident_id: len(evs) + m for m, inc in enumerate(stand_ins)}
    groups = [supplied[inc.incident_id] + ([stand_in_node[inc.incident_id]]
                                           if inc.incident_id in stand_in_node else [])
              for inc in existing]
    active = np.zeros(table.n, dtype=bool)
    active[:len(evs)] = [ev.event_id not in member_of for ev in evs]
    stats["t_table"] = time.perf_counter() - clock

    clock = time.perf_counter()
    ci, cj = candidate_pairs(table, cfg, active)
    stats["t_blocking"] = time.perf_counter() - clock
    clock = time.perf_counter()
    pairs = score_pairs(table, ci, cj, cfg, keep_above=min(cfg.link_guard, cfg.guard_floor))
    pairs = corroborate(table, pairs, cfg)
    # the pairs the complete-link guard accepts: strong enough, or weak only for want of
    # evidence (an undated report, a country-level place) with nothing contradicting, or
    # two parts of one happening one article tells apart
    pairs = pairs.select((pairs.score >= cfg.link_guard) | ~pairs.contradicted(cfg)
                         | pairs.told_twice(cfg))
    stats["t_scoring"] = time.perf_counter() - clock
    clock = time.perf_counter()
    rank = np.empty(table.n, dtype=np.int64)
    rank[np.argsort(np.array(table.ids), kind="stable")] = np.arange(table.n)
    clustering = cluster_pairs(table.n, pairs.i, pairs.j, pairs.score, rank, cfg.threshold,
                               groups)
    stats["t_cluster"] = time.perf_counter() - clock

    clock = time.perf_counter()
    labels = clustering.labels
    anchor_of = {int(labels[g[0]]): inc for g, inc in zip(groups, existing) if g}
    members: dict[int, list[int]] = defaultdict(list)
    for k in range(len(evs)):
        members[int(labels[k])].append(k)
    taken = {inc.incident_id for inc in existing}
    incidents: dict[str, Incident] = {inc.incident_id: inc for inc in existing}
    assignment: dict[str, str | None] = {}
    id_of_root: dict[int, str] = {}
    updated: list[str] = []
    for root, nodes in members.items():
        group = [evs[k] for k in nodes]
        inc = anchor_of.get(root)
        if inc is not None:
            if any(e.event_id not in member_of for e in group) or (
                    inc.n_articles and not inc.outlets and inc.incident_id not in stand_in_node):
                # a new report, or a summary stored before outlets and histories were kept
                base = inc if inc.incident_id in stand_in_node else None
                incidents[inc.incident_id] = keep_attached(
                    inc, build_incident(inc.incident_id, group, base), set(unique))
                updated.append(inc.incident_id)
            new_id: str | None = inc.incident_id
        elif all(e.background for e in group) and not any(has_explicit_date(e.date)
                                                          for e in group):
            new_id = None
        else:
            new_id = _free_id(incident_id_for(group), taken)
            taken.add(new_id)
            incidents[new_id] = build_incident(new_id, group)
            updated.append(new_id)
        if new_id is not None:
            id_of_root[root] = new_id
        for e in group:
            assignment[e.event_id] = new_id
    for root, inc in anchor_of.items():
        id_of_root.setdefault(root, inc.incident_id)
    updated = sorted(set(updated) | set(attach_mentions(evs, assignment, incidents, cfg)))

    reasons = pairs.explain_many(clustering.merges)
    merges = [MergeReason(id_of_root.get(int(labels[pairs.i[k]]), ""),
                          table.ids[pairs.i[k]], table.ids[pairs.j[k]],
                          float(pairs.score[k]), why)
              for k, why in zip(clustering.merges, reasons)]
    ordered = sorted(incidents.values(),
                     key=lambda x: (x.first_reported or "9999", x.incident_id))
    stats["t_build"] = time.perf_counter() - clock
    stats.update(n_events=len(evs), n_nodes=table.n, n_candidate_pairs=int(ci.size),
                 n_linked_pairs=int(pairs.i.size), n_merges=len(merges),
                 guard_rejections=clustering.guard_rejections, n_incidents=len(ordered),
                 n_updated=len(updated),
                 n_unassigned=sum(1 for v in assignment.values() if v is None))
    return FusionResult(ordered, assignment, sorted(updated), merges, stats)


def _free_id(candidate: str, taken: set[str]) -> str:
    """``candidate``, or a suffixed variant when an unrelated incident already has it."""
    if candidate not in taken:
        return candidate
    n = 2
    while f"{candidate}-{n}" in taken:
        n += 1
    return f"{candidate}-{n}"


__all__ = ["fuse", "FusionResult", "MergeReason"]
