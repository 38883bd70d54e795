"""Figures and status of one incident from the reports that make it up.

Count rule (documented in docs/fusion.md): take the **latest report of each source**
(a source's later figure supersedes its earlier one), then the **median** of those
per-source figures; with an even number, of the two middle figures the one reported
most recently wins (tolls usually rise as bodies are counted). ``low``/``high`` span
*every* figure ever reported, superseded ones included. The qualifier is ``exact``
when any report gave the chosen figure as exact, else the most frequent qualifier of
the reports that gave it.

Status rule: ``occurred`` as soon as one report says it occurred (a plot later
carried out); ``denied`` only when every report denies; otherwise thwarted > planned >
alleged.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, Sequence

from polybius.records import QUALIFIERS, IncidentCount


@dataclass(frozen=True)
class CountReport:
    value: int
    qualifier: str = "exact"
    published: str = ""      # ISO date of the report ('' when unknown)
    source: str = ""         # outlet key
    key: str = ""            # tie-breaker (event id)
    weight: int = 1          # >1 when the report summarises several sources


def aggregate_count(reports: Sequence[CountReport],
                    extra_range: Iterable[int] = ()) -> IncidentCount | None:
    """value/low/high/qualifier from the reports of one role (None when no report)."""
    if not reports:
        return None
    latest: dict[str, CountReport] = {}
    for rep in reports:
        cur = latest.get(rep.source)
        if cur is None or (rep.published, rep.key) > (cur.published, cur.key):
            latest[rep.source] = rep
    per_source = sorted(latest.values(), key=lambda r: (r.value, r.published, r.key))
    total = sum(r.weight for r in per_source)
    # weighted median: the figure(s) where the cumulative weight crosses half
    lower_half, cum, middle = (total - 1) // 2, 0, []
    for rep in per_source:
        before, cum = cum, cum + rep.weight
        if before <= lower_half < cum or (total % 2 == 0 and before <= lower_half + 1 < cum):
            middle.append(rep)
    chosen = max(middle, key=lambda r: (r.published, r.key, r.value))
    value = chosen.value
    all_values = [r.value for r in reports] + list(extra_range)
    same = [r for r in reports if r.value == value]
    quals = Counter(r.qualifier for r in same)
    if "exact" in quals:
        qualifier = "exact"
    else:
        qualifier = min(quals, key=lambda q: (-quals[q], QUALIFIERS.index(q)
                                              if q in QUALIFIERS else 99))
    return IncidentCount(value=value, low=min(all_values), high=max(all_values),
                         qualifier=qualifier)


def resolve_status(statuses: Iterable[str]) -> str:
    """One status for the incident from the statuses of its reports."""
    seen = set(statuses)
    if not seen:
        return "occurred"
    if "occurred" in seen:
        return "occurred"
    if seen == {"denied"}:
        return "denied"
    for status in ("thwarted", "planned", "alleged"):
        if status in seen:
            return status
    return "occurred"


def majority(votes: Sequence[tuple[object, int]]) -> object | None:
    """The value with the largest total weight; ties → the value voted first."""
    totals: dict[object, int] = defaultdict(int)
    first: dict[object, int] = {}
    for pos, (value, weight) in enumerate(votes):
        if value is None:
            continue
        totals[value] += weight
        first.setdefault(value, pos)
    if not totals:
        return None
    return max(totals, key=lambda v: (totals[v], -first[v]))
