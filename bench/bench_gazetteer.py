"""Gazetteer benchmark: build time, load time, memory, lookups/s.

    python bench/bench_gazetteer.py [--cache-dir DIR] [--json out.json]

Builds into a fresh temporary cache dir (unless --cache-dir is given), then loads the
index in a child process to time a cold load and measure the memory it adds.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from polybius.resolve.gazetteer import GazetteerIndex
from polybius.settings import DATA_DIR, Settings

MENTIONS = ["Ankara", "Yalova province", "northern Iraq", "Deir ez-Zor", "Raqqa", "Palmyra",
            "Borno state", "Türkiye", "the Middle East", "Kramatorsk", "Maiduguri", "Tripoli",
            "Mosul", "Idlib countryside", "Gao", "Goma", "Kharkiv region", "Xyzzyville",
            "Police", "outskirts of Kandahar"]

_CHILD = """
import json, sys, time
from pathlib import Path

def rss_mb():  # current resident set (ru_maxrss would carry the parent's peak over fork)
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
t0 = time.perf_counter()
import polybius.resolve.places as places
from polybius.settings import Settings
t_import = time.perf_counter() - t0
rss0 = rss_mb()
t0 = time.perf_counter()
g = places.Gazetteer.load(Settings(cache_dir=Path(sys.argv[1])))
load = time.perf_counter() - t0
rss1 = rss_mb()
print(json.dumps({"import_s": round(t_import, 3), "load_s": round(load, 3),
                  "index_rss_mb": round(rss1 - rss0, 1),
                  "process_rss_mb": round(rss1, 1)}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache-dir", type=Path)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cache = args.cache_dir or Path(tmp)
        t0 = time.perf_counter()
        index = GazetteerIndex.load(cache, DATA_DIR)
        build = time.perf_counter() - t0
        child = subprocess.run([sys.executable, "-c", _CHILD, str(cache)], check=True,
                               capture_output=True, text=True)
        report = {"build_or_load_s": round(build, 2), "places": len(index),
                  "keys": index.n_keys, **json.loads(child.stdout)}
        report["cache_mb"] = round(sum(p.stat().st_size for p in cache.glob("gazetteer-*.pkl"))
                                   / 2**20, 1)
        from polybius.resolve.places import Gazetteer
        g = Gazetteer.load(Settings(cache_dir=cache))
        n = 0
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < 2.0:
            for m in MENTIONS:
                g.resolve(m, ("SYR",))
            n += len(MENTIONS)
        report["resolves_per_s"] = round(n / (time.perf_counter() - t0))
        t0 = time.perf_counter()
        for _ in range(20000):
            index.lookup("kramatorsk")
        report["raw_lookups_per_s"] = round(20000 / (time.perf_counter() - t0))
    text = json.dumps(report, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")
    print("\n| metric | value |\n| --- | --- |")
    for k, v in report.items():
        print(f"| {k} | {v} |")


if __name__ == "__main__":
    main()
