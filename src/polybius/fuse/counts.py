"""Figures and status of one incident from the reports that make it up.

Count rule (documented in docs/fusion.md): the estimate is the **latest figure**.
Tolls rise over days as bodies are counted ("at least 40", then 62, 71, 78), so the
reports of the most recent publication day decide: one figure per independent story
(a wire story republished by several outlets is one; a story's later figure that day
supersedes its earlier one), then the median of those, and with an even number the
higher of the two middle figures. Undated reports decide only when no report is dated.
``low``/``high`` span every figure ever reported. The qualifier is ``exact`` when any
report gave the chosen figure as exact, else the most frequent qualifier of the
latest day's reports of that figure.

``counts_history`` lists each figure (value and qualifier) once, in the order it was
first reported, with the first report's day, outlet and event and the last day a
report repeated it. Everything above can be computed from an old incident's history
and estimate plus the new reports, so incremental fusion gives the batch result (only
when new reports share the old summary's latest day does its estimate count as one
report of that day).

Status rule: ``occurred`` as soon as one report says it occurred (a plot later
carried out); ``denied`` only when every report denies; otherwise thwarted > planned >
alleged.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from polybius.records import QUALIFIERS, CountReported, IncidentCount

_UNDATED = "9999-99-99"


@dataclass(frozen=True)
class CountReport:
    value: int
    qualifier: str = "exact"
    published: str = ""      # publication date (or date-time) of the report; '' unknown
    source: str = ""         # independent story key: wire copies of one story share it
    key: str = ""            # tie-breaker (event id)
    outlet: str = ""         # outlet name shown in the history ('' -> source)

    @property
    def day(self) -> str:
        return (self.published or "")[:10]


def _first_key(e: CountReported) -> tuple[str, str, str]:
    return (e.first_reported or _UNDATED, e.source or "", e.event_id or "")


def count_history(reports: Sequence[CountReport],
                  earlier: Iterable[CountReported] = ()) -> list[CountReported]:
    """Each figure once, first reported first (undated figures last)."""
    first: dict[tuple[int, str], CountReported] = {}
    last: dict[tuple[int, str], str | None] = {}
    fresh = [CountReported(r.value, r.qualifier, r.day or None, r.day or None,
                           r.outlet or r.source or None, r.key or None) for r in reports]
    for entry in [*earlier, *fresh]:
        key = (entry.value, entry.qualifier)
        cur = first.get(key)
        if cur is None or _first_key(entry) < _first_key(cur):
            first[key] = entry
        if entry.last_reported and (last.get(key) or "") < entry.last_reported:
            last[key] = entry.last_reported
    entries = [e if e.last_reported == last.get(k) else replace(e, last_reported=last.get(k))
               for k, e in first.items()]
    return sorted(entries, key=lambda e: (e.first_reported or _UNDATED, e.value,
                                          _qualifier_rank(e.qualifier)))


def _qualifier_rank(q: str) -> int:
    return QUALIFIERS.index(q) if q in QUALIFIERS else 99


def aggregate_count(reports: Sequence[CountReport], earlier: IncidentCount | None = None,
                    earlier_history: Sequence[CountReported] = (),
                    history: Sequence[CountReported] | None = None) -> IncidentCount | None:
    """value/low/high/qualifier of one role (None when nothing was ever reported).

    ``earlier``/``earlier_history``: the estimate and history of an old incident whose
    reports are not all passed again (incremental fusion); ``history``: their
    ``count_history`` when the caller has it already."""
    if history is None:
        history = count_history(reports, earlier_history)
    if not history:
        return None
    values = [e.value for e in history]
    if earlier is not None:
        values += [earlier.value, earlier.low, earlier.high]
    earlier_day = max((e.last_reported for e in earlier_history if e.last_reported),
                      default="") if earlier is not None else ""
    dated = [r for r in reports if r.day]
    latest = max((r.day for r in dated), default="")
    if earlier is not None and (earlier_day > latest or (not reports)):
        value, qualifier = earlier.value, earlier.qualifier
    else:
        pool = [r for r in dated if r.day == latest] if latest else list(reports)
        story: dict[str, CountReport] = {}
        for rep in pool:
            cur = story.get(rep.source)
            if cur is None or (rep.published, rep.key) > (cur.published, cur.key):
                story[rep.source] = rep
        figures = sorted(r.value for r in story.values())
        if earlier is not None and earlier_day == latest:
            figures = sorted(figures + [earlier.value])
        value = figures[len(figures) // 2]
        same = [r.qualifier for r in story.values() if r.value == value]
        if not same and earlier is not None:
            same = [earlier.qualifier]
        quals = Counter(same)
        qualifier = min(quals, key=lambda q: (-quals[q], _qualifier_rank(q)))
    if any(e.value == value and e.qualifier == "exact" for e in history):
        qualifier = "exact"
    return IncidentCount(value=value, low=min(values), high=max(values), qualifier=qualifier)


def legacy_history(count: IncidentCount | None, first_reported: str | None) -> list[CountReported]:
    """A stand-in history for an incident stored before ``counts_history`` existed: its
    estimate and range, dated at its first report."""
    if count is None:
        return []
    day = (first_reported or "")[:10] or None
    entries = [CountReported(count.value, count.qualifier, day, day)]
    entries += [CountReported(v, "exact", day, day) for v in {count.low, count.high} - {count.value}]
    return entries


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
