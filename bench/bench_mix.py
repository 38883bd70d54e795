"""Throughput on a realistic feed (issue 16): most articles are everyday news, a share is
conflict news; polybius (which does not parse what cannot hold an event) against the bare
spaCy pipeline on the same texts, in the same run.

    python bench/bench_mix.py --n 2000 --jobs 2                 # 15 % conflict news
    python bench/bench_mix.py --n 2000 --jobs 2 --conflict-share 1.0
    python bench/bench_mix.py --n 200 --jobs 1 --cases mix      # a quick look

Articles: ``bench/generate.py`` (conflict news) and ``bench/everyday.py`` (sport, business,
weather, culture, science, health, local news, politics), both 200-1,500 words; article
``i`` is conflict news with probability ``--conflict-share``, the same for every run of a
seed. Two cases by default, each in fresh worker processes: ``mix`` (the share given) and
``conflict`` (every article conflict news). Each of ``--jobs`` workers builds one
``Pipeline``, warms it up, then walks its share of the articles in blocks of ``--block``,
timing bare spaCy (the same model loaded with ``spacy.load`` as shipped, ``nlp.pipe``)
and ``Pipeline.process_many`` on each block, alternating which goes first, so load from
other programs on a shared machine hits both sides alike. The ratio by CPU time is the
one such load disturbs least. Peak memory: per side, the peak while that side ran (the
process holds both models and what the other side's batches left allocated), and, in a
process of its own, polybius alone on ``--n-memory`` conflict articles (the most it parses).
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import multiprocessing as mp  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any, Iterator  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import everyday  # noqa: E402
import spacy  # noqa: E402
import generate  # noqa: E402
from bench_pipeline import _blocks, _warm, _words, peak_rss_mb, peak_since_reset_mb, reset_peak  # noqa: E402

from polybius.pipeline import Pipeline  # noqa: E402
from polybius.records import Article  # noqa: E402
from polybius.settings import Settings  # noqa: E402

DAY = 86_400
WORDS_PER_ARTICLE = 600  # the yardstick: articles/day counted as 600-word articles


def mixed(n: int, seed: int, conflict_share: float) -> Iterator[dict]:
    """Article ``i`` is conflict news with probability ``conflict_share`` (decided per
    article, so a larger ``n`` extends the same stream)."""
    for i in range(n):
        if random.Random(f"polybius-mix-{seed}-{i}").random() < conflict_share:
            yield generate.article(i, seed)
        else:
            yield everyday.article(i, seed)


def worker(args: tuple[list[dict], int, int]) -> dict[str, Any]:
    recs, batch_size, block = args
    arts = [Article(**r) for r in recs]
    t = time.perf_counter()
    pipe = Pipeline(Settings(batch_size=batch_size))
    load_s = time.perf_counter() - t
    _warm(pipe)
    pipe.unparsed.clear()
    bare = spacy.load(pipe.settings.spacy_model)   # spaCy as shipped, nothing of polybius
    for _doc in bare.pipe([a.text for a in arts[:8]]):
        pass
    sides = {side: {"s": 0.0, "cpu_s": 0.0, "peak_rss_mb": 0.0} for side in ("bare", "polybius")}
    n_events = n_errors = 0
    for k, chunk in enumerate(_blocks(arts, block)):
        for side in (("bare", "polybius") if k % 2 == 0 else ("polybius", "bare")):
            resettable = reset_peak()
            t, c = time.perf_counter(), time.process_time()
            if side == "bare":
                for _doc in bare.pipe([a.text for a in chunk], batch_size=batch_size):
                    pass
            else:
                for _art, out in pipe.process_many(chunk):
                    if isinstance(out, Exception):
                        n_errors += 1
                    else:
                        n_events += len(out)
            sides[side]["s"] += time.perf_counter() - t
            sides[side]["cpu_s"] += time.process_time() - c
            if resettable:
                sides[side]["peak_rss_mb"] = max(sides[side]["peak_rss_mb"], peak_since_reset_mb() or 0.0)
    return {"articles": len(arts), "words": _words(arts), "events": n_events, "errors": n_errors,
            "unparsed": dict(pipe.unparsed), "load_s": load_s, "sides": sides,
            "peak_rss_mb": peak_rss_mb()}


def memory_worker(args: tuple[list[dict], int]) -> dict[str, Any]:
    """Peak RSS of a process that runs only polybius (no bare side holding memory)."""
    recs, batch_size = args
    pipe = Pipeline(Settings(batch_size=batch_size))
    after_load = peak_rss_mb()
    events = sum(len(out) for _a, out in pipe.process_many(Article(**r) for r in recs)
                 if not isinstance(out, Exception))
    return {"articles": len(recs), "events": events, "peak_rss_mb_after_load": after_load,
            "peak_rss_mb": peak_rss_mb()}


def run_memory(n: int, seed: int, share: float, batch_size: int) -> dict[str, Any]:
    with mp.get_context("spawn").Pool(1) as pool:
        out = pool.map(memory_worker, [(list(mixed(n, seed, share)), batch_size)])[0]
    return {"conflict_share": share, **out}


def run_case(n: int, seed: int, share: float, jobs: int, batch_size: int, block: int) -> dict[str, Any]:
    recs = list(mixed(n, seed, share))
    conflict = sum(1 for r in recs if not r["id"].startswith("everyday"))
    work = [(recs[k::jobs], batch_size, block) for k in range(jobs)]
    load_before = os.getloadavg()
    t = time.perf_counter()
    if jobs == 1:
        workers = [worker(work[0])]
    else:
        with mp.get_context("spawn").Pool(jobs) as pool:
            workers = pool.map(worker, work)
    wall_s = time.perf_counter() - t
    words = sum(w["words"] for w in workers)
    out: dict[str, Any] = {"conflict_share": share, "articles": n, "conflict_articles": conflict,
                           "words": words, "mean_words": words / n, "jobs": jobs,
                           "wall_s": wall_s}
    for side in ("bare", "polybius"):
        s = max(w["sides"][side]["s"] for w in workers)   # workers run side by side
        cpu = sum(w["sides"][side]["cpu_s"] for w in workers)
        out[side] = {"s": s, "cpu_s": cpu, "articles_per_s": n / s, "words_per_s": words / s,
                     "articles_per_day": n / s * DAY,
                     "articles_600_words_per_day": words / s * DAY / WORDS_PER_ARTICLE}
    out["ratio"] = out["bare"]["s"] / out["polybius"]["s"]
    out["ratio_cpu"] = out["bare"]["cpu_s"] / out["polybius"]["cpu_s"]
    unparsed: Counter = Counter()
    for w in workers:
        unparsed.update(w["unparsed"])
    out["unparsed"] = dict(unparsed)
    out["parsed_share"] = 1 - sum(unparsed.values()) / n
    out["events"] = sum(w["events"] for w in workers)
    out["errors"] = sum(w["errors"] for w in workers)
    out["peak_rss_mb_per_process"] = max(w["peak_rss_mb"] for w in workers)
    for side in ("bare", "polybius"):   # the peak while that side ran (both models loaded)
        out[side]["peak_rss_mb"] = max(w["sides"][side]["peak_rss_mb"] for w in workers)
    out["loadavg_before"], out["loadavg_after"] = load_before, os.getloadavg()
    return out


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description="polybius vs bare spaCy on a realistic feed")
    ap.add_argument("--n", type=int, default=2000, help="articles per case")
    ap.add_argument("--conflict-share", type=float, default=0.15,
                    help="share of conflict news in the 'mix' case (default 0.15)")
    ap.add_argument("--cases", nargs="+", choices=("mix", "conflict"), default=["mix", "conflict"])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--batch-size", type=int, default=Settings().batch_size)
    ap.add_argument("--block", type=int, default=64, help="articles per interleaved block")
    ap.add_argument("--n-memory", type=int, default=500,
                    help="articles for the peak memory of polybius alone, all conflict news (0 skips)")
    ap.add_argument("--json", type=Path, help="also write the result here")
    args = ap.parse_args(argv)
    if not 0 <= args.conflict_share <= 1:
        ap.error("--conflict-share is a share between 0 and 1")
    shares = {"mix": args.conflict_share, "conflict": 1.0}
    out = {"kind": "mix", "seed": args.seed, "batch_size": args.batch_size, "block": args.block,
           "cases": {c: run_case(args.n, args.seed, shares[c], args.jobs, args.batch_size, args.block)
                     for c in args.cases}}
    if args.n_memory:
        out["memory"] = run_memory(args.n_memory, args.seed, 1.0, args.batch_size)
    text = json.dumps(out, indent=2, default=str)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text)
    print(text)
    return out


if __name__ == "__main__":
    main()
