"""`polybius fuse`: events JSONL → incidents JSONL (optionally scored against gold)."""
from __future__ import annotations

import gzip
import json
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import IO, Iterator

import click

from polybius.evaluate.clusters import load_clusters, score_clusters
from polybius.fuse import fuse
from polybius.records import Event, Incident
from polybius.settings import Settings


def _open(path: str | Path, mode: str = "rt") -> IO:
    if str(path).endswith(".gz"):
        return gzip.open(path, mode, encoding="utf-8")  # type: ignore[return-value]
    return open(path, mode, encoding="utf-8")


def _read_jsonl(path: str | Path) -> Iterator[dict]:
    with _open(path) as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as err:
                    raise click.ClickException(
                        f"{path}:{number}: not JSON ({err.msg})") from err


def _write_jsonl(path: str | Path, rows: Iterator[dict]) -> None:
    with _open(path, "wt") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


@click.command("fuse")
@click.argument("events_path", metavar="[EVENTS.jsonl]", required=False,
                type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Incidents JSONL to write (all incidents, old ones included).")
@click.option("--db", help="Fuse the events of this store instead (DuckDB path or postgresql:// URL).")
@click.option("--existing", type=click.Path(exists=True, dir_okay=False),
              help="Incidents JSONL of an earlier run: new reports join them, ids stay.")
@click.option("--assignments", type=click.Path(dir_okay=False),
              help="Also write {event_id, incident_id} JSONL (null = left unassigned).")
@click.option("--annotate", type=click.Path(dir_okay=False),
              help="Also write the events again with their incident_id filled in.")
@click.option("--explain", type=click.Path(dir_okay=False),
              help="Also write one JSONL row per merge with its score components.")
@click.option("--threshold", type=float, help="Pair score needed to merge (Settings).")
@click.option("--link-guard", type=float, help="Minimum score of every cross pair.")
@click.option("--gold", type=click.Path(exists=True, dir_okay=False),
              help="Gold clusters JSONL ({incident, event_ids}); print B³ and pairwise.")
def command(events_path: str | None, output: str | None, db: str | None, existing: str | None,
            assignments: str | None, annotate: str | None, explain: str | None, threshold: float | None,
            link_guard: float | None, gold: str | None) -> None:
    """Fuse events from many articles into incidents: JSONL in and out, or in a store
    (`polybius ingest` already does this after each run).

    Examples: polybius fuse events.jsonl -o incidents.jsonl --gold gold.jsonl;
    polybius fuse --db polybius.duckdb
    """
    settings = Settings()
    if threshold is not None:
        settings = replace(settings, fuse_threshold=threshold)
    if link_guard is not None:
        settings = replace(settings, fuse_link_guard=link_guard)
    if db:
        from polybius.cli.query_cmd import open_existing
        from polybius.fuse.stored import fuse_store

        store = open_existing(db, write=True)
        try:
            result = fuse_store(store, settings)
        finally:
            store.close()
        click.echo(f"{len(result.incidents)} incidents ({len(result.updated)} new or updated)")
        return
    if not events_path or not output:
        raise click.UsageError("give EVENTS.jsonl and -o INCIDENTS.jsonl, or --db")
    try:
        events = [Event.from_dict(row) for row in _read_jsonl(events_path)]
        old = ([Incident.from_dict(row) for row in _read_jsonl(existing)]
               if existing else [])
    except (KeyError, TypeError, ValueError) as err:
        raise click.ClickException(f"bad record: {err!r}") from err
    start = time.perf_counter()
    result = fuse(events, old, settings)
    seconds = time.perf_counter() - start
    _write_jsonl(output, (inc.to_dict() for inc in result.incidents))
    if assignments:
        _write_jsonl(assignments, ({"event_id": eid, "incident_id": iid}
                                   for eid, iid in result.assignment.items()))
    if annotate:
        for ev in events:
            ev.incident_id = result.assignment.get(ev.event_id)
        _write_jsonl(annotate, (ev.to_dict() for ev in events))
    if explain:
        _write_jsonl(explain, (m.to_dict() for m in result.merges))
    click.echo(f"{len(events)} events -> {len(result.incidents)} incidents "
               f"({len(result.updated)} new or updated, {result.stats['n_unassigned']} "
               f"events unassigned) in {seconds:.2f}s", err=True)
    if gold:
        scores = score_clusters(result.assignment, load_clusters(gold))
        json.dump({k: (round(v, 4) if isinstance(v, float) else v)
                   for k, v in scores.to_dict().items()}, sys.stdout, indent=2)
        click.echo()
