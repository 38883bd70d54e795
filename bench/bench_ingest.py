"""Benchmark: ingest N generated articles (JSONL) into a fresh DuckDB store with
``--jobs 1`` and ``--jobs 2``; report articles/s and peak memory as JSON + Markdown.

    .venv/bin/python bench/bench_ingest.py              # 10,000 short articles
    .venv/bin/python bench/bench_ingest.py --n 500      # a quick look
    .venv/bin/python bench/bench_ingest.py --long       # bench/generate.py's longer articles

Each run is a fresh subprocess, so its time includes loading the pipeline(s) and its
peak memory is its own: the main process and, for --jobs 2, the largest worker
(ru_maxrss of waited-for children). Articles come from bench/newsgen.py (~300
characters, default) or bench/generate.py (~4,000 characters, --long); both are written
from templates, no real news text.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def write_articles(path: Path, n: int, long: bool) -> None:
    sys.path.insert(0, str(BENCH))
    if long:
        from generate import generate  # type: ignore[import-not-found]
    else:
        from newsgen import generate  # type: ignore[import-not-found,no-redef]
    with path.open("w", encoding="utf-8") as fh:
        for rec in generate(n):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def child(src: str, db: str, jobs: int) -> None:
    """One measured run (in its own process)."""
    from polybius.ingest import ingest
    from polybius.settings import Settings
    from polybius.store import open_store

    t0 = time.perf_counter()
    store = open_store(db)
    summary = ingest([src], store, Settings(), jobs=jobs)
    counts = store.counts()
    store.close()
    elapsed = time.perf_counter() - t0
    print(json.dumps({
        "jobs": jobs, "read": summary.read, "stored": summary.stored, "duplicates": summary.duplicates,
        "events": counts["events"], "errors": summary.errors, "seconds": round(elapsed, 2),
        "articles_per_s": round(summary.read / elapsed, 1),
        "peak_rss_mb_main": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "peak_rss_mb_worker": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
    }))


def markdown(n: int, long: bool, runs: list[dict]) -> str:
    lines = [f"# Ingest benchmark: {n:,} {'long' if long else 'short'} generated articles (JSONL -> DuckDB)", "",
             "| jobs | articles/s | seconds | stored | duplicates | events | peak RSS main (MB) | peak RSS worker (MB) |",
             "|---|---|---|---|---|---|---|---|"]
    for r in runs:
        lines.append(f"| {r['jobs']} | {r['articles_per_s']} | {r['seconds']} | {r['stored']} | {r['duplicates']} "
                     f"| {r['events']} | {r['peak_rss_mb_main']} | {r['peak_rss_mb_worker']} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--long", action="store_true", help="use bench/generate.py's longer articles")
    ap.add_argument("--out", type=Path, default=BENCH / "results", help="folder for ingest.json/.md")
    ap.add_argument("--child", nargs=3, metavar=("SRC", "DB", "JOBS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1], int(args.child[2]))
        return
    with tempfile.TemporaryDirectory(prefix="polybius-bench-") as tmp:
        src = Path(tmp) / "articles.jsonl"
        write_articles(src, args.n, args.long)
        runs = []
        for jobs in args.jobs:
            db = Path(tmp) / f"jobs{jobs}.duckdb"
            out = subprocess.run([sys.executable, __file__, "--child", str(src), str(db), str(jobs)],
                                 check=True, capture_output=True, text=True)
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
            print(json.dumps(runs[-1]), file=sys.stderr)
    report = {"benchmark": "ingest", "n": args.n, "long": args.long, "runs": runs}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "ingest.json").write_text(json.dumps(report, indent=2) + "\n")
    (args.out / "ingest.md").write_text(markdown(args.n, args.long, runs))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
