"""Bring the Parquet output of the Spark jobs into a store (DuckDB or PostgreSQL).

Runs on one machine with pyarrow only (no Spark): articles are read in batches, each
batch's events are looked up in the month-partitioned event table, and the pairs go
through ``Store.add_articles_with_events`` — the same call ``polybius ingest`` makes, so
already stored articles are skipped. Fused incidents and the event -> incident mapping
are upserted when a fusion output is given, together in ``Store.fusion_transaction``.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from polybius.records import Article, Event, Incident
from polybius.spark.rows import row_to_event

_KINDS = {"pipeline": "pipeline", "row": "pipeline"}


@dataclass
class LoadStats:
    articles: int = 0
    events: int = 0
    skipped: int = 0
    errors: int = 0
    incidents: int = 0
    assigned: int = 0


def _has_parquet(path: Path) -> bool:
    return path.is_dir() and any(path.rglob("*.parquet"))


def _dataset(path: Path):
    import pyarrow.dataset as ds

    return ds.dataset(path, format="parquet", partitioning="hive")


def _events_by_article(events_dir: Path) -> dict[str, list[Event]]:
    """Every event of the output, grouped by article (events are small records)."""
    grouped: dict[str, list[Event]] = {}
    if not _has_parquet(events_dir):
        return grouped
    for batch in _dataset(events_dir).to_batches():
        for row in batch.to_pylist():
            ev = row_to_event(row)
            grouped.setdefault(ev.article.id, []).append(ev)
    return grouped


def _article_batches(articles_dir: Path, size: int) -> Iterator[list[Article]]:
    if not _has_parquet(articles_dir):
        return
    for batch in _dataset(articles_dir).to_batches(batch_size=size):
        yield [Article.from_dict(r) for r in batch.to_pylist()]


def _error_kind(stage: str, reason: str) -> str:
    if stage in _KINDS:
        return _KINDS[stage]
    head = reason.split(":", 1)[0].strip()
    from polybius.ingest.items import ERROR_KINDS

    if head in ERROR_KINDS:
        return head
    return "json" if reason.startswith("invalid JSON") else "no_text"


def load_output(store, output: str | Path, fused: str | Path | None = None,
                batch_size: int = 2000) -> LoadStats:
    """Load ``output`` (of ``spark extract``) and optionally ``fused`` (of ``spark fuse``)."""
    output = Path(output)
    stats = LoadStats()
    events = _events_by_article(output / "events")
    if events and not _has_parquet(output / "articles"):
        raise FileNotFoundError(
            f"{output}/articles is missing: rerun `polybius spark extract` with --articles")
    for batch in _article_batches(output / "articles", batch_size):
        counts = store.add_articles_with_events(
            [(a, events.get(a.id, [])) for a in batch],
            extras={a.id: {"origin": f"spark:{output}"} for a in batch})
        stats.articles += counts["articles"]
        stats.events += counts["events"]
        stats.skipped += counts["skipped"]
    if _has_parquet(output / "errors"):
        rows = _dataset(output / "errors").to_table().to_pylist()
        stats.errors = store.add_errors(
            {"origin": r["article_id"], "line": None, "kind": _error_kind(r["stage"], r["reason"]),
             "reason": r["reason"]} for r in rows)
    if fused is not None:
        fused = Path(fused)
        # under the fusion lock, in one transaction: a writer fusing the same database at
        # the same time waits, and incidents never land without their assignments
        with store.fusion_transaction():
            if _has_parquet(fused / "incidents"):
                stats.incidents = store.upsert_incidents(
                    Incident.from_dict(r) for r in _dataset(fused / "incidents").to_table().to_pylist())
            if _has_parquet(fused / "assignments"):
                mapping = {r["event_id"]: r["incident_id"]
                           for r in _dataset(fused / "assignments").to_table().to_pylist()}
                stats.assigned = store.set_incident_ids(mapping)
    return stats
