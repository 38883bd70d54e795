"""Segments: no candidate pair of the single-machine blocking may cross two of them."""
from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

from polybius.fuse import FuseConfig
from polybius.fuse.blocking import candidate_pairs
from polybius.fuse.nodes import build_table
from polybius.records import ArticleRef, DateValue, Event, Evidence, Place
from polybius.spark import blocks


def test_merge_reaches_joins_overlaps_and_touching_ends():
    assert blocks.merge_reaches([(10, 20), (1, 5), (5, 8), (15, 30), (31, 40)]) == \
        [(1, 8), (10, 30), (31, 40)]
    assert blocks.merge_reaches([]) == []


def test_block_key_normalises_like_the_fusion_vocab():
    def ev(country, etype):
        return Event(event_id="x", article=ArticleRef(id="a"), event_type=etype, mode="m",
                     evidence=Evidence("s", 0, 1), location=Place("p", country=country))
    assert blocks.block_key(ev("TUR", "assault")) == blocks.block_key(ev(" tur", "ASSAULT"))
    # PROTEST and MOBILIZE are one family, so one block
    assert blocks.block_key(ev("FRA", "PROTEST")) == blocks.block_key(ev("FRA", "MOBILIZE"))
    assert blocks.block_key(ev(None, "COERCE")) != blocks.block_key(ev("FRA", "COERCE"))


def _random_events(n: int, seed: int) -> list[Event]:
    rng = random.Random(seed)
    base = dt.date(2024, 1, 1)
    out = []
    for k in range(n):
        day = base + dt.timedelta(days=rng.randint(0, 200))
        kind = rng.random()
        if kind < 0.5:
            date = DateValue("on Monday", day.isoformat(), rng.choice(["day", "week"]))
        elif kind < 0.65:
            date = DateValue("in March", day.isoformat()[:7], "month")
        elif kind < 0.7:
            date = DateValue("in 2024", "2024", "year")
        else:
            date = None
        published = None if rng.random() < 0.05 else (
            day + dt.timedelta(days=rng.randint(0, 3))).isoformat()
        place = Place(rng.choice(["Kano", "Mosul", "Lima", None]),
                      admin1=rng.choice(["A", "B", None]),
                      country=rng.choice(["NGA", "IRQ", "PER", None]))
        out.append(Event(
            event_id=f"ev{k:04d}", event_type=rng.choice(["ASSAULT", "COERCE", "PROTEST",
                                                         "MOBILIZE"]),
            mode="unspecified", evidence=Evidence("An event happened.", 0, 18),
            article=ArticleRef(id=f"a{k}", published=published), date=date,
            location=place, background=rng.random() < 0.1))
    return out


def test_no_candidate_pair_crosses_segments():
    cfg = FuseConfig()
    events = _random_events(600, seed=3)
    table = build_table(events, [], cfg)
    i, j = candidate_pairs(table, cfg)
    assert i.size > 500          # the data is dense enough to test something

    spans = defaultdict(list)
    placed = [blocks.placement(e, cfg) for e in events]
    for key, span in placed:
        if span is not None:
            spans[key].append(span)
    starts = {k: [lo for lo, _ in blocks.merge_reaches(v)] for k, v in spans.items()}
    segment = [blocks.segment_of(k, s, e.event_id, starts)
               for e, (k, s) in zip(events, placed)]
    crossing = [(int(a), int(b)) for a, b in zip(i, j) if segment[a] != segment[b]]
    assert crossing == []
    # and the cut is useful: more than one segment per block on 200 days of data
    assert len(set(segment)) > len(starts)


def test_unblockable_events_never_pair_and_spread_over_buckets():
    cfg = FuseConfig()
    events = [e for e in _random_events(600, seed=5) if blocks.reach(e, cfg) is None]
    assert events, "the generator should produce some undatable events"
    table = build_table(events, [], cfg)
    i, _ = candidate_pairs(table, cfg)
    assert i.size == 0
    names = {blocks.segment_of("k", None, e.event_id, {}) for e in events}
    assert all(n.startswith(blocks.UNBLOCKABLE) for n in names)
