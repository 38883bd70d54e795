"""Pipeline speed: polybius end to end vs the bare spaCy pipeline, stage split, memory.

    python bench/bench_pipeline.py throughput --n 2000 --jobs 1 --json out.json
    python bench/bench_pipeline.py resolution --n 1000 --json out.json

``throughput``: each of ``--jobs`` worker processes builds one ``Pipeline``, warms it up
on a few articles of another seed (the gazetteer loads lazily), then walks its share of
the articles in blocks; for every block it times ``nlp.pipe`` over the texts (the same
model loaded with ``spacy.load`` as shipped) and then
``Pipeline.process_many`` over the articles. Interleaving the two per block means a
burst of load from other programs on a shared machine hits both sides alike. The
polybius side is timed per stage (nlp, extract, resolve) by a subclass of ``Pipeline``
that wraps the nlp module and ``_events``; fuse and store are timed afterwards, once, on
all events of the worker (jobs=1 only).

``resolution`` (issue 4): the same blocks processed with the real ``Resolver`` and with
resolution replaced by a no-op; the extra time of resolution over "polybius extract"
without it. ``memory``: peak RSS of a process running polybius alone. Each prints and
writes one JSON object; ``bench/run_all.py`` runs them all.
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import multiprocessing as mp  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any, Iterable  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spacy  # noqa: E402
from generate import generate  # noqa: E402

from polybius.pipeline import Pipeline  # noqa: E402
from polybius.records import Article  # noqa: E402
from polybius.settings import Settings  # noqa: E402

WARMUP_SEED = 99


def peak_rss_mb() -> float:
    """Peak resident set of this process since start or the last ``reset_peak``
    (Linux reports ru_maxrss in KiB)."""
    return max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
               peak_since_reset_mb() or 0.0)


def reset_peak() -> bool:
    """Reset this process's peak RSS (Linux ``clear_refs``), so each side of the
    comparison gets its own peak; False where the kernel does not allow it."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def peak_since_reset_mb() -> float | None:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def articles(n: int, seed: int, start: int = 0) -> list[Article]:
    return [Article(**rec) for rec in generate(n, seed, start)]


class _TimedNlp:
    """Stands in for ``polybius.nlp.spacy_pipeline`` inside a Pipeline and times it."""

    def __init__(self, module: Any, clock: dict[str, float]):
        self._m, self._clock = module, clock

    def parse(self, nlp: Any, text: str) -> Any:
        t = time.process_time()
        doc = self._m.parse(nlp, text)
        self._clock["nlp"] += time.process_time() - t
        return doc

    def parse_many(self, nlp: Any, texts: Iterable[str], batch_size: int = 32) -> list[Any]:
        t = time.process_time()
        docs = list(self._m.parse_many(nlp, texts, batch_size))
        self._clock["nlp"] += time.process_time() - t
        return docs


class TimedPipeline(Pipeline):
    """``Pipeline`` with per-stage clocks; ``resolve=False`` makes resolution a no-op
    (the drafts are returned as they are)."""

    def __init__(self, settings: Settings, resolve: bool = True):
        super().__init__(settings)
        self.clock = {"nlp": 0.0, "extract": 0.0, "resolve": 0.0}
        self.do_resolve = resolve
        self._nlp_mod = _TimedNlp(self._nlp_mod, self.clock)

    def _events(self, article: Article, doc: Any) -> list:
        t0 = time.process_time()
        drafts = self.extractor.extract(article, doc)
        t1 = time.process_time()
        self.clock["extract"] += t1 - t0
        if not self.do_resolve:
            return drafts
        events = self.resolver.resolve(article, doc, drafts)
        self.clock["resolve"] += time.process_time() - t1
        return events


def _blocks(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _words(arts: list[Article]) -> int:
    return sum(len(a.text.split()) for a in arts)


def _warm(pipe: Pipeline, n: int = 16) -> None:
    for _ in pipe.process_many(articles(n, WARMUP_SEED)):
        pass
    for _ in pipe.nlp.pipe([a.text for a in articles(4, WARMUP_SEED)]):
        pass


def throughput_worker(args: tuple[list[dict], int, int, bool]) -> dict[str, Any]:
    """One process: bare spaCy vs polybius on ``recs``, block by block."""
    recs, batch_size, block, with_sinks = args
    arts = [Article(**r) for r in recs]
    settings = Settings(batch_size=batch_size)
    t = time.perf_counter()
    pipe = TimedPipeline(settings)
    load_s = time.perf_counter() - t
    t = time.perf_counter()
    _warm(pipe)
    bare = spacy.load(settings.spacy_model)   # spaCy as shipped, nothing of polybius
    for _doc in bare.pipe([a.text for a in articles(4, WARMUP_SEED)]):
        pass
    warm_s = time.perf_counter() - t
    pipe.clock.update(nlp=0.0, extract=0.0, resolve=0.0)
    bare_s = poly_s = bare_cpu = poly_cpu = 0.0
    peaks = {"bare": 0.0, "polybius": 0.0, "process": peak_rss_mb()}
    n_events = n_errors = 0
    pairs: list[tuple[Article, list]] = []
    for k, chunk in enumerate(_blocks(arts, block)):
        # Alternate which side goes first so drift in machine load cancels out.
        for side in (("bare", "polybius") if k % 2 == 0 else ("polybius", "bare")):
            peaks["process"] = max(peaks["process"], peak_rss_mb())
            resettable = reset_peak()
            t, c = time.perf_counter(), time.process_time()
            if side == "bare":
                for _doc in bare.pipe([a.text for a in chunk], batch_size=batch_size):
                    pass
                bare_s += time.perf_counter() - t
                bare_cpu += time.process_time() - c
                if resettable:
                    peaks["bare"] = max(peaks["bare"], peak_since_reset_mb() or 0.0)
                continue
            for art, out in pipe.process_many(chunk):
                if isinstance(out, Exception):
                    n_errors += 1
                else:
                    n_events += len(out)
                    if with_sinks:
                        pairs.append((art, out))
            poly_s += time.perf_counter() - t
            poly_cpu += time.process_time() - c
            if resettable:
                peaks["polybius"] = max(peaks["polybius"], peak_since_reset_mb() or 0.0)
    result: dict[str, Any] = {
        "articles": len(arts), "words": _words(arts), "events": n_events, "errors": n_errors,
        "load_s": load_s, "warmup_s": warm_s, "bare_s": bare_s, "polybius_s": poly_s,
        "bare_cpu_s": bare_cpu, "polybius_cpu_s": poly_cpu,
        "stages": dict(pipe.clock), "peak_rss_mb_by_side": peaks}
    result["stages"]["other"] = poly_cpu - sum(pipe.clock.values())
    if with_sinks:
        result["sinks"] = _sinks(pairs)
    peaks["process"] = max(peaks["process"], peak_rss_mb())
    return result


def _sinks(pairs: list[tuple[Article, list]]) -> dict[str, Any]:
    """Time fuse over all events and storing articles+events in a fresh DuckDB file."""
    out: dict[str, Any] = {}
    events = [ev for _a, evs in pairs for ev in evs]
    try:
        from polybius.fuse import fuse
    except ImportError as exc:
        out["fuse"] = {"skipped": f"polybius.fuse not importable: {exc}"}
    else:
        t = time.perf_counter()
        res = fuse(events)
        out["fuse"] = {"s": time.perf_counter() - t, "events": len(events),
                       "incidents": len(getattr(res, "incidents", []) or [])}
    try:
        from polybius.store import open_store
    except ImportError as exc:
        out["store"] = {"skipped": f"polybius.store not importable: {exc}"}
    else:
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(Path(tmp) / "bench.duckdb")
            t = time.perf_counter()
            counts = store.add_articles_with_events(pairs)
            out["store"] = {"s": time.perf_counter() - t, "counts": counts}
            store.close()
    return out


def run_throughput(n: int, seed: int, jobs: int, batch_size: int, block: int,
                   sinks: bool) -> dict[str, Any]:
    recs = list(generate(n, seed))
    shares = [recs[k::jobs] for k in range(jobs)]  # round robin: equal mix of lengths
    work = [(share, batch_size, block, sinks and jobs == 1) for share in shares]
    load_before = os.getloadavg()
    t = time.perf_counter()
    if jobs == 1:
        workers = [throughput_worker(work[0])]
    else:
        with mp.get_context("spawn").Pool(jobs) as pool:
            workers = pool.map(throughput_worker, work)
    wall_s = time.perf_counter() - t
    words = sum(w["words"] for w in workers)
    # Workers run side by side: the slowest one's time is the time of the whole job.
    bare_s = max(w["bare_s"] for w in workers)
    poly_s = max(w["polybius_s"] for w in workers)
    stages = {k: sum(w["stages"][k] for w in workers) for k in workers[0]["stages"]}
    bare_cpu = sum(w["bare_cpu_s"] for w in workers)
    poly_cpu = sum(w["polybius_cpu_s"] for w in workers)
    report = {
        "kind": "throughput", "n": n, "seed": seed, "jobs": jobs, "batch_size": batch_size,
        "block": block, "words": words, "wall_s": wall_s,
        "bare": {"s": bare_s, "articles_per_s": n / bare_s, "words_per_s": words / bare_s},
        "polybius": {"s": poly_s, "articles_per_s": n / poly_s, "words_per_s": words / poly_s},
        "ratio": bare_s / poly_s,
        # CPU seconds are what a busy shared machine disturbs least.
        "cpu": {"bare_s": bare_cpu, "polybius_s": poly_cpu,
                "bare_words_per_cpu_s": words / bare_cpu,
                "polybius_words_per_cpu_s": words / poly_cpu,
                "ratio": bare_cpu / poly_cpu},
        "stages_cpu_s": stages,
        "stages_share": {k: v / sum(stages.values()) for k, v in stages.items()},
        "events": sum(w["events"] for w in workers),
        "errors": sum(w["errors"] for w in workers),
        # Whole process (bare side, polybius side, fuse and store) and each side alone.
        "peak_rss_mb_per_process": max(w["peak_rss_mb_by_side"]["process"] for w in workers),
        "peak_rss_mb_polybius": max(w["peak_rss_mb_by_side"]["polybius"] for w in workers),
        "peak_rss_mb_bare": max(w["peak_rss_mb_by_side"]["bare"] for w in workers),
        "load_s": max(w["load_s"] for w in workers),
        "loadavg_before": load_before, "loadavg_after": os.getloadavg(),
        "workers": workers,
    }
    if sinks and jobs == 1:
        report["sinks"] = workers[0].get("sinks")
    return report


def run_resolution(n: int, seed: int, batch_size: int, block: int) -> dict[str, Any]:
    """Extract with the real Resolver vs with resolution as a no-op, block by block."""
    arts = articles(n, seed)
    pipe = TimedPipeline(Settings(batch_size=batch_size))
    _warm(pipe)
    spent = {False: 0.0, True: 0.0}
    cpu = {False: 0.0, True: 0.0}
    resolve_in_with = 0.0
    for k, chunk in enumerate(_blocks(arts, block)):
        # Alternate which side goes first so drift in machine load cancels out.
        for resolve in ((False, True) if k % 2 == 0 else (True, False)):
            pipe.do_resolve = resolve
            before = pipe.clock["resolve"]
            t, c = time.perf_counter(), time.process_time()
            for _ in pipe.process_many(chunk):
                pass
            spent[resolve] += time.perf_counter() - t
            cpu[resolve] += time.process_time() - c
            resolve_in_with += pipe.clock["resolve"] - before
    with_s, without_s = spent[True], spent[False]
    return {"kind": "resolution", "n": n, "seed": seed, "batch_size": batch_size,
            "with_resolver_s": with_s, "no_op_resolver_s": without_s,
            "overhead": with_s / without_s - 1,
            "with_resolver_cpu_s": cpu[True], "no_op_resolver_cpu_s": cpu[False],
            "overhead_cpu": cpu[True] / cpu[False] - 1,
            "resolve_cpu_s": resolve_in_with,
            "overhead_from_clock": resolve_in_with / (cpu[True] - resolve_in_with),
            "target_max_overhead": 0.30, "peak_rss_mb": peak_rss_mb(),
            "loadavg_after": os.getloadavg()}


def run_memory(n: int, seed: int, batch_size: int) -> dict[str, Any]:
    """Peak RSS of a process that runs only polybius (no bare spaCy side whose freed
    but not returned memory would count in the shared process's peak)."""
    arts = articles(n, seed)
    pipe = Pipeline(Settings(batch_size=batch_size))
    after_load = peak_rss_mb()
    events = sum(len(out) for _a, out in pipe.process_many(arts) if not isinstance(out, Exception))
    return {"kind": "memory", "n": n, "seed": seed, "batch_size": batch_size, "events": events,
            "peak_rss_mb_after_load": after_load, "peak_rss_mb": peak_rss_mb()}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description="polybius pipeline speed benchmark")
    ap.add_argument("what", choices=("throughput", "resolution", "memory"))
    ap.add_argument("--n", type=int, default=2000, help="articles")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=Settings().batch_size)
    ap.add_argument("--block", type=int, default=128,
                    help="articles per interleaved bare/polybius block")
    ap.add_argument("--no-sinks", action="store_true", help="skip timing fuse and store")
    ap.add_argument("--json", type=Path, help="also write the result here")
    args = ap.parse_args(argv)
    if args.what == "throughput":
        out = run_throughput(args.n, args.seed, args.jobs, args.batch_size, args.block,
                             not args.no_sinks)
    elif args.what == "memory":
        out = run_memory(args.n, args.seed, args.batch_size)
    else:
        out = run_resolution(args.n, args.seed, args.batch_size, args.block)
    text = json.dumps(out, indent=2, default=str)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text)
    print(text)
    return out


if __name__ == "__main__":
    main()
