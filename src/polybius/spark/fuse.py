"""``spark fuse``: the single-machine ``polybius.fuse.fuse`` run per segment in executors.

1. every event gets its (country, family) block and date reach (``blocks``) — small
   tuples, reduced per block into merged segments whose starts are broadcast;
2. how rare each name is across all events (``fuse.names``: one count per article) is
   computed in one pass and broadcast, so every segment scores shared names as a
   batch run of all events would;
3. events are grouped by segment and each group is fused with ``fuse()`` unchanged;
4. the groups' incidents, assignments and merge reasons are written side by side
   (segments are cut where no candidate pair can cross, see ``blocks``).

Output: OUTPUT/incidents, OUTPUT/assignments (event_id, incident_id or null for
background mentions left unassigned), OUTPUT/merges (why two reports were joined).
"""
from __future__ import annotations

import functools
import json
import time
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from polybius.fuse import FuseConfig, fuse
from polybius.fuse.names import (NameStats, detail_words, disputes, lower_words, name_words,
                                 place_words, told)
from polybius.records import Event
from polybius.settings import Settings
from polybius.spark import blocks
from polybius.spark.rows import (ASSIGNMENT_COLUMNS, EVENT_COLUMNS, INCIDENT_COLUMNS,
                                 MERGE_COLUMNS, row_to_event, spark_schema, to_spark_tuple)

INCIDENT, ASSIGNMENT, MERGE = "i", "a", "m"


@dataclass
class FuseStats:
    events: int
    segments: int
    largest_segment: int
    incidents: int
    unassigned: int
    seconds: float
    output: str


def fuse_group(events: Iterable[Event], settings: Settings,
               names: NameStats | None = None) -> Iterator[tuple[str, tuple]]:
    """Tagged output rows of fusing one segment with the single-machine code; ``names``:
    the name statistics of the whole batch (default: of the segment alone)."""
    evs = sorted(events, key=lambda e: e.event_id)
    result = fuse(evs, (), settings=settings, config=FuseConfig.from_settings(settings),
                  names=names)
    for inc in result.incidents:
        yield INCIDENT, to_spark_tuple(inc.to_dict(), INCIDENT_COLUMNS)
    for event_id, incident_id in result.assignment.items():
        yield ASSIGNMENT, (event_id, incident_id)
    for m in result.merges:
        yield MERGE, (m.incident_id, m.a, m.b, float(m.score),
                      json.dumps(m.components, sort_keys=True))


def _fuse_partition(groups: Iterable[tuple[str, Iterable[dict]]],
                    settings: Settings, names=None) -> Iterator[tuple[str, Any]]:
    stats = names.value if names is not None else None
    for _, rows in groups:
        evs = [row_to_event(r) for r in rows]
        yield "n", len(evs)
        yield from fuse_group(evs, settings, stats)


def _names_of(row: dict) -> tuple[str, tuple[frozenset, frozenset, frozenset, frozenset, bool]]:
    """(article id, (the names its event writes, the words it writes in lower case, the
    words of its place, its detail words, whether it disputes a doer))."""
    ev = row_to_event(row)
    text = told(ev)
    return ev.article.id, (name_words(text), frozenset(w.casefold() for w in lower_words(text)),
                           frozenset(place_words(ev)), detail_words(text), disputes(ev))


def name_stats(rows) -> NameStats:
    """``NameStats.of_events`` of all the event rows, computed in one distributed pass."""
    per_article = rows.map(_names_of).reduceByKey(
        lambda a, b: (a[0] | b[0], a[1] | b[1], a[2] | b[2], a[3] | b[3], a[4] or b[4]))
    lower = per_article.flatMap(lambda kv: kv[1][1]).distinct().collect()
    places = per_article.flatMap(lambda kv: kv[1][2]).distinct().collect()
    df = per_article.flatMap(lambda kv: kv[1][0]).countByValue()
    details = per_article.flatMap(lambda kv: kv[1][3]).countByValue()
    disputed = per_article.filter(lambda kv: kv[1][4]).keys().collect()
    return NameStats.from_counts(per_article.count(), dict(df), lower, places, dict(details),
                                 disputed)


def _placement(row: dict, cfg: FuseConfig) -> tuple[str, tuple[int, int] | None]:
    return blocks.placement(row_to_event(row), cfg)


def read_event_rows(spark, events_path: str):
    """Event rows (nested dicts) of a ``spark extract`` output, one per event id."""
    from polybius.spark.rows import spark_event_schema

    df = spark.read.schema(spark_event_schema()).parquet(events_path)
    names = [name for name, _ in EVENT_COLUMNS]
    return (df.select(*names).rdd.map(lambda r: r.asDict(recursive=True))
            .keyBy(lambda d: d["event_id"]).reduceByKey(_first).values())


def _first(a: dict, b: dict) -> dict:
    """The same event extracted twice: keep one, deterministically."""
    return a if json.dumps(a, sort_keys=True, default=str) <= json.dumps(
        b, sort_keys=True, default=str) else b


def run_fuse(spark, events_path: str, output: str, settings: Settings | None = None,
             mode: str = "errorifexists", partitions: int | None = None) -> FuseStats:
    """Fuse the events under ``events_path`` into incidents written under ``output``."""
    from pyspark import StorageLevel

    settings = settings or Settings()
    cfg = FuseConfig.from_settings(settings)
    started = time.perf_counter()
    sc = spark.sparkContext
    rows = read_event_rows(spark, events_path).persist(StorageLevel.MEMORY_AND_DISK)
    placed = rows.map(lambda r: (r["event_id"], _placement(r, cfg), r))
    spans = (placed.filter(lambda t: t[1][1] is not None)
             .map(lambda t: (t[1][0], t[1][1])).groupByKey()
             .mapValues(lambda spans: [lo for lo, _ in blocks.merge_reaches(spans)])
             .collectAsMap())
    starts = sc.broadcast(dict(spans))
    names = sc.broadcast(name_stats(rows))
    n_parts = partitions or max(2 * sc.defaultParallelism, rows.getNumPartitions())
    grouped = (placed.map(lambda t: (blocks.segment_of(t[1][0], t[1][1], t[0],
                                                       starts.value), t[2]))
               .groupByKey(n_parts))
    tagged = grouped.mapPartitions(functools.partial(_fuse_partition, settings=settings,
                                                     names=names))
    tagged = tagged.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        base = output.rstrip("/")
        for tag, name, columns in ((INCIDENT, "incidents", INCIDENT_COLUMNS),
                                   (ASSIGNMENT, "assignments", ASSIGNMENT_COLUMNS),
                                   (MERGE, "merges", MERGE_COLUMNS)):
            df = spark.createDataFrame(tagged.filter(lambda t, tag=tag: t[0] == tag)
                                       .map(lambda t: t[1]), spark_schema(columns),
                                       verifySchema=False)
            df.write.mode(mode).parquet(f"{base}/{name}")
        sizes = tagged.filter(lambda t: t[0] == "n").map(lambda t: t[1]).collect()
        n_incidents = tagged.filter(lambda t: t[0] == INCIDENT).count()
        unassigned = tagged.filter(lambda t: t[0] == ASSIGNMENT and t[1][1] is None).count()
    finally:
        tagged.unpersist()
        rows.unpersist()
        starts.destroy()
        names.destroy()
    return FuseStats(events=sum(sizes), segments=len(sizes),
                     largest_segment=max(sizes, default=0), incidents=n_incidents,
                     unassigned=unassigned, seconds=round(time.perf_counter() - started, 3),
                     output=base)
