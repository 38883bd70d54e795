"""Cut the event set into groups that single-machine fusion can handle independently.

``polybius.fuse.blocking`` only ever pairs two events with the same country and type
family whose date intervals lie within a few days of each other. So, per
(country, family), we give each event a *reach* — its date interval widened by the
blocking window plus a week — and cut the events into *segments*: maximal runs of
overlapping reaches. No candidate pair can cross two segments, so fusing every
segment on its own gives exactly the incidents of fusing everything at once; no
incident spans a segment boundary, and the "merge step" is this proof rather than a
heuristic re-linking.

The reach reuses the fusion's own date code (``date_interval``, ``published_day``,
``TYPE_FAMILIES``); a test checks every candidate pair of ``candidate_pairs`` falls
inside one segment, so a change in the blocking shows up as a failing test.
"""
from __future__ import annotations

import bisect
import zlib
from typing import Iterable

from polybius.fuse.config import TYPE_FAMILIES, FuseConfig
from polybius.fuse.nodes import OPEN_INTERVAL, date_interval, published_day
from polybius.records import Event

_EXTRA_MARGIN = 7   # blocking widens coarse dates by a week; be at least as generous
UNBLOCKABLE = "~"   # prefix of groups of events that fusion never pairs
_UNBLOCKABLE_BUCKETS = 64


def _norm(value: str | None) -> str:
    """The normalisation of ``fuse.nodes.Vocab`` (strip + casefold; None -> "")."""
    return (value or "").strip().casefold()


def block_key(event: Event) -> str:
    """(country, type family) — the coarsest key of both blocking sweeps."""
    etype = event.event_type.upper()
    country = _norm(event.location.country if event.location is not None else None)
    return f"{country}|{_norm(TYPE_FAMILIES.get(etype, etype))}"


def reach(event: Event, cfg: FuseConfig) -> tuple[int, int] | None:
    """Day-ordinal interval outside of which no candidate partner can lie; None when the
    event is never a blocking candidate (an undated background mention). A news event
    with neither a date nor a publication day may pair with any day of its block."""
    interval = date_interval(event.date)
    if interval is not None:
        first, last = interval[0], interval[1]
    elif event.background:
        return None
    else:
        pub = published_day(event.article.published)
        first, last = (pub - cfg.undated_lookback, pub) if pub is not None else OPEN_INTERVAL
    margin = cfg.day_window + _EXTRA_MARGIN
    return first - margin, last + margin


def placement(event: Event, cfg: FuseConfig) -> tuple[str, tuple[int, int] | None]:
    return block_key(event), reach(event, cfg)


def merge_reaches(reaches: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Maximal unions of overlapping intervals, sorted (the segments of one block)."""
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(reaches):
        if merged and lo <= merged[-1][1]:
            if hi > merged[-1][1]:
                merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return merged


def segment_of(key: str, span: tuple[int, int] | None, event_id: str,
               starts: dict[str, list[int]]) -> str:
    """The group name of one event, given each block's sorted segment starts."""
    if span is None:
        bucket = zlib.crc32(event_id.encode("utf-8")) % _UNBLOCKABLE_BUCKETS
        return f"{UNBLOCKABLE}{bucket}"
    firsts = starts[key]
    index = bisect.bisect_right(firsts, span[0]) - 1
    return f"{key}|{firsts[index]}"
