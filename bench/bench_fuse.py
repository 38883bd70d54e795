"""Benchmark: fuse N synthetic events on one core; print JSON.

    python bench/bench_fuse.py                 # 100,000 and 200,000 events
    python bench/bench_fuse.py --sizes 50000   # other sizes

Each size runs in a fresh subprocess pinned to one CPU (so peak memory is that size's
own), with BLAS/OpenMP threads set to 1. Synthetic data: incidents spread over ~60
countries (Zipf-like weights), 3 years, PLOVER types/modes in realistic proportions,
each incident reported 1–30 times (geometric, mean ≈ 3) with noisy counts, dates
(day / defaulted / week / month / year / none), places (point / city / admin1 /
country), actors and template sentences. Reports the time of ``fuse()`` only.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from datetime import date, timedelta

TYPES = [("ASSAULT", 0.5, ["firearms", "explosives", "suicide_bomb", "aerial", "drone",
                           "armed_clash", "primitive_weapon", "unspecified"]),
         ("COERCE", 0.25, ["arrest", "raid", "seize", "ban"]),
         ("PROTEST", 0.15, ["demonstrate", "riot"]),
         ("THREATEN", 0.05, ["attack_threat"]),
         ("ACCUSE", 0.05, ["blame"])]
MODE_WORDS = {"firearms": "gunmen opened fire", "explosives": "a bomb exploded",
              "suicide_bomb": "a suicide bomber struck", "aerial": "an air strike hit",
              "drone": "a drone strike hit", "armed_clash": "fighters clashed with troops",
              "primitive_weapon": "a man with a knife attacked", "unspecified": "an attack hit",
              "arrest": "police detained", "raid": "police raided", "seize": "police seized",
              "ban": "authorities banned", "demonstrate": "protesters marched",
              "riot": "rioters clashed", "attack_threat": "militants threatened",
              "blame": "officials blamed"}


EVENTS_PER_DAY = 91.3   # 100,000 events ≈ 3 years


def synthetic_events(n: int, seed: int = 7, days: int | None = None,
                     gold: dict[str, int] | None = None) -> list:
    """n events; over ``days`` days (default: n / EVENTS_PER_DAY, i.e. a constant
    density per day, as a corpus twice as large usually covers twice the time)."""
    from polybius.records import (Actor, ArticleRef, Count, Counts, DateValue, Event,
                                  Evidence, Place)
    rng = random.Random(seed)
    words = [f"w{rng.randrange(10**6):06d}" for _ in range(3000)]
    countries = []
    for c in range(60):
        lat0, lon0 = rng.uniform(-30, 55), rng.uniform(-100, 120)
        admins = [f"C{c}A{a}" for a in range(8)]
        cities = [(f"C{c}City{k}", rng.choice(admins), lat0 + rng.uniform(-4, 4),
                   lon0 + rng.uniform(-4, 4)) for k in range(25)]
        groups = [f"C{c}Group{g}" for g in range(4)]
        countries.append((f"C{c:02d}", cities, groups, 1.0 / (c + 1) ** 0.9))
    weights = [c[3] for c in countries]
    sources = [f"outlet{k}" for k in range(300)]
    start = date(2022, 1, 1)
    days = days or max(30, round(n / EVENTS_PER_DAY))
    events, article_no, incident_no = [], 0, 0
    while len(events) < n:
        incident_no += 1
        code, cities, groups, _ = rng.choices(countries, weights)[0]
        etype, _, modes = rng.choices(TYPES, [t[1] for t in TYPES])[0]
        mode = rng.choice(modes)
        day = start + timedelta(days=rng.randrange(days))
        city, admin1, lat, lon = rng.choice(cities)
        group = rng.choice(groups) if rng.random() < 0.5 else None
        killed = int(rng.paretovariate(1.2)) if etype == "ASSAULT" else None
        arrested = int(rng.paretovariate(1.0)) * 3 if etype == "COERCE" else None
        topic = rng.sample(words, 4)
        reports = min(30, int(rng.expovariate(1 / 2.2)) + 1)
        for _ in range(reports):
            if len(events) >= n:
                break
            article_no += 1
            lag = rng.choice((0, 0, 1, 1, 2, 3, 5))
            pub = day + timedelta(days=lag)
            r = rng.random()
            background = False
            if r < 0.80:
                dv = DateValue("on Tuesday", day.isoformat(), "day")
            elif r < 0.86:
                dv = DateValue(None, pub.isoformat(), "day")
            elif r < 0.90:
                dv = DateValue("last week", (day - timedelta(days=day.weekday())).isoformat(),
                               "week")
            elif r < 0.94:
                dv = DateValue("earlier this month", day.isoformat()[:7], "month")
            elif r < 0.97:
                dv, background = DateValue("in " + str(day.year), str(day.year), "year"), True
                pub = day + timedelta(days=rng.randrange(30, 900))
            else:
                dv = DateValue(None, None, None)
            p = rng.random()
            if p < 0.7:
                place = Place(city, city, admin1, code, lat, lon, None, "city")
            elif p < 0.8:
                place = Place(city, city, admin1, code, lat + rng.uniform(-.02, .02),
                              lon + rng.uniform(-.02, .02), None, "point")
            elif p < 0.95:
                place = Place(admin1, admin1, admin1, code, lat + 0.5, lon - 0.5, None, "admin1")
            else:
                place = Place(code, code, None, code, None, None, None, "country")
            counts = Counts(
                killed=None if killed is None or rng.random() < 0.2 else
                Count(max(0, killed + rng.randint(-1, 2) * (killed // 10)), "exact"),
                arrested=None if arrested is None or rng.random() < 0.2 else
                Count(arrested, rng.choice(("exact", "more_than"))))
            sentence = " ".join([MODE_WORDS[mode], "in", city] + rng.sample(topic, 3)
                                + rng.sample(words, 6))
            aid = f"art{article_no}"
            if gold is not None:
                gold[f"ev{len(events):08d}"] = incident_no
            events.append(Event(
                event_id=f"ev{len(events):08d}",
                article=ArticleRef(aid, None, " ".join(rng.sample(topic, 2) + [city]),
                                   rng.choice(sources), pub.isoformat()),
                event_type=etype, mode=mode, evidence=Evidence(sentence, 0, len(sentence)),
                background=background,
                actor=Actor(group, group, None, None, "armed_group") if group and
                rng.random() < 0.6 else None,
                recipient=Actor("civilians", "civilians", None, None, "civilians"),
                date=dv, location=place, counts=counts))
    return events


def run_one(n: int, days: int | None) -> dict:
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    from polybius.evaluate.clusters import score_clusters
    from polybius.fuse import fuse
    t0 = time.perf_counter()
    gold: dict[str, int] = {}
    events = synthetic_events(n, days=days, gold=gold)
    t_gen = time.perf_counter() - t0
    t0 = time.perf_counter()
    result = fuse(events)
    elapsed = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    scores = score_clusters(result.assignment, gold)
    return {"events": n, "days": days or max(30, round(n / EVENTS_PER_DAY)),
            "fuse_seconds": round(elapsed, 2), "generate_seconds": round(t_gen, 2),
            "peak_rss_mb": round(peak_mb, 1), "incidents": len(result.incidents),
            "gold_incidents": len(set(gold.values())),
            "b3_f1_vs_synthetic_truth": round(scores.b3_f1, 4),
            "pair_f1_vs_synthetic_truth": round(scores.pair_f1, 4),
            "stats": {k: (round(v, 3) if isinstance(v, float) else v)
                      for k, v in result.stats.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 200_000])
    parser.add_argument("--days", type=int, default=None,
                        help="fixed period for every size (default: constant density)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.days)))
        return
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1",
               MKL_NUM_THREADS="1")
    runs = []
    for n in args.sizes:
        cmd = [sys.executable, __file__, "--one", str(n)]
        if args.days:
            cmd += ["--days", str(args.days)]
        out = subprocess.run(cmd, env=env,
                             check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    report = {"benchmark": "fuse", "density": "fixed period" if args.days else
              f"constant ({EVENTS_PER_DAY} events/day)", "runs": runs}
    if len(runs) >= 2:
        report["time_ratio_last_vs_first"] = round(
            runs[-1]["fuse_seconds"] / max(runs[0]["fuse_seconds"], 1e-9), 2)
        report["size_ratio_last_vs_first"] = round(runs[-1]["events"] / runs[0]["events"], 2)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
