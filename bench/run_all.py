"""Run every benchmark and write ``bench/results/report.json`` and ``report.md``.

    .venv/bin/python bench/run_all.py                 # full sizes (~15 min on 2 cores)
    .venv/bin/python bench/run_all.py --n 200 --n-resolve 100 --jobs 1   # a quick look
    .venv/bin/python bench/run_all.py --extras        # also fuse/gazetteer/spark benches

Each measurement runs in a fresh subprocess, so peak memory is that measurement's own
and nothing warmed up by one measurement helps the next. Targets (issues 4 and 9):
polybius ≥ 0.5 of the bare spaCy throughput, < 1.5 GB peak per process, resolution
≤ 30 % extra time over extraction without it.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
TARGET_RATIO, TARGET_RSS_MB, TARGET_RESOLVE = 0.5, 1536, 0.30
# issue 16: realistic mix >= 3x bare spaCy, all conflict news >= 1x, >= 3 million
# 600-word articles a day on 2 cores, <= 600 MB per process
TARGET_MIX, TARGET_CONFLICT, TARGET_PER_DAY, TARGET_MIX_RSS_MB = 3.0, 1.0, 3_000_000, 600


def _run(args: list[str], timeout: float = 7200) -> dict[str, Any]:
    """Run a benchmark script that writes JSON to ``--json``; return the parsed object."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        proc = subprocess.run([sys.executable, *args, "--json", str(out)], cwd=BENCH.parent,
                              capture_output=True, text=True, timeout=timeout)
        if proc.returncode != 0 or not out.exists():
            return {"failed": True, "returncode": proc.returncode, "stderr": proc.stderr[-3000:]}
        return json.loads(out.read_text())


def _run_stdout(args: list[str], timeout: float = 3600) -> dict[str, Any]:
    """Run a benchmark script that prints one JSON object (the helpers' benches)."""
    proc = subprocess.run([sys.executable, *args], cwd=BENCH.parent, capture_output=True,
                          text=True, timeout=timeout)
    try:
        return json.loads(proc.stdout)
    except json.JSONDecodeError:
        return {"failed": True, "returncode": proc.returncode, "stdout": proc.stdout[-2000:],
                "stderr": proc.stderr[-2000:]}


def _machine() -> dict[str, Any]:
    import spacy

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=BENCH.parent,
                            capture_output=True, text=True).stdout.strip()
    dirty = bool(subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                                cwd=BENCH.parent, capture_output=True, text=True).stdout.strip())
    return {"date": dt.datetime.now().isoformat(timespec="seconds"), "cpus": os.cpu_count(),
            "platform": platform.platform(), "python": platform.python_version(),
            "spacy": spacy.__version__, "commit": commit + ("+dirty" if dirty else ""),
            "loadavg_at_start": os.getloadavg()}


def collect(args: argparse.Namespace) -> dict[str, Any]:
    common = ["--seed", str(args.seed), "--batch-size", str(args.batch_size)]
    report: dict[str, Any] = {"machine": _machine(), "throughput": {}, "targets": {
        "ratio_min": TARGET_RATIO, "peak_rss_mb_max": TARGET_RSS_MB,
        "resolution_overhead_max": TARGET_RESOLVE}}
    for jobs in args.jobs if args.n else ():
        print(f"throughput, {args.n} articles, jobs={jobs} ...", file=sys.stderr)
        report["throughput"][str(jobs)] = _run(
            ["bench/bench_pipeline.py", "throughput", "--n", str(args.n), "--jobs", str(jobs),
             *common])
    if args.n_mix:
        print(f"realistic mix, {args.n_mix} articles per case, jobs={args.mix_jobs} ...", file=sys.stderr)
        report["mix"] = _run(["bench/bench_mix.py", "--n", str(args.n_mix), "--jobs", str(args.mix_jobs),
                              "--conflict-share", str(args.conflict_share), *common])
    if args.n_memory:
        print(f"memory, polybius alone, {args.n_memory} articles ...", file=sys.stderr)
        report["memory"] = _run(["bench/bench_pipeline.py", "memory",
                                 "--n", str(args.n_memory), *common])
    if args.n_resolve:
        print(f"resolution overhead, {args.n_resolve} articles ...", file=sys.stderr)
        report["resolution"] = _run(["bench/bench_pipeline.py", "resolution",
                                     "--n", str(args.n_resolve), *common])
    if args.extras:
        print("extras: gazetteer, fuse ...", file=sys.stderr)
        report["extras"] = {
            "gazetteer": _run(["bench/bench_gazetteer.py"]),
            "fuse": _run_stdout(["bench/bench_fuse.py", "--sizes", "100000"]),
        }
    report["loadavg_at_end"] = os.getloadavg()
    return report


def _fmt(x: float, digits: int = 1) -> str:
    return f"{x:,.{digits}f}"


def markdown(r: dict[str, Any]) -> str:
    m = r["machine"]
    lines = ["# polybius benchmark report", "",
             f"{m['date']} · commit {m['commit']} · {m['cpus']} CPUs · Python {m['python']} · "
             f"spaCy {m['spacy']} · load average at start {m['loadavg_at_start'][0]:.2f}", "",
             "## Throughput: polybius (extract + resolve) vs bare spaCy `nlp.pipe`", "",
             "| jobs | articles | words | bare art/s | bare words/s | polybius art/s | "
             "polybius words/s | ratio (≥ 0.5) | ratio by CPU time | peak RSS MB polybius "
             "(< 1536) | bare | whole process | events | errors |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for jobs, t in r["throughput"].items():
        if t.get("failed"):
            lines.append(f"| {jobs} | failed: see report.json | | | | | | | | | | | | |")
            continue
        lines.append(
            f"| {jobs} | {t['n']} | {t['words']:,} | {_fmt(t['bare']['articles_per_s'])} | "
            f"{_fmt(t['bare']['words_per_s'], 0)} | {_fmt(t['polybius']['articles_per_s'])} | "
            f"{_fmt(t['polybius']['words_per_s'], 0)} | **{t['ratio']:.2f}** | "
            f"{t['cpu']['ratio']:.2f} | "
            f"{_fmt(t.get('peak_rss_mb_polybius', 0), 0)} | {_fmt(t.get('peak_rss_mb_bare', 0), 0)} | "
            f"{_fmt(t['peak_rss_mb_per_process'], 0)} | {t['events']:,} | {t['errors']} |")
    one = r["throughput"].get("1")
    if one and not one.get("failed"):
        lines += ["", "## Stage split (jobs = 1, CPU seconds summed over all articles)", "",
                  "| stage | seconds | share of polybius time |", "|---|---:|---:|"]
        for k, v in one["stages_cpu_s"].items():
            lines.append(f"| {k} | {_fmt(v, 2)} | {one['stages_share'][k]:.1%} |")
        for k, v in (one.get("sinks") or {}).items():
            if "s" in v:
                extra = f"{v.get('events', '')} events" if k == "fuse" else f"{v.get('counts')}"
                lines.append(f"| {k} (once, after) | {_fmt(v['s'], 2)} | {extra} |")
            else:
                lines.append(f"| {k} | skipped | {v.get('skipped')} |")
    if len(r["throughput"]) > 1 and one and not one.get("failed"):
        lines += ["", "## Scaling", "", "| jobs | polybius art/s | speed-up | wall s |",
                  "|---:|---:|---:|---:|"]  # wall s includes model loads and warm-up
        base = one["polybius"]["articles_per_s"]
        for jobs, t in r["throughput"].items():
            if not t.get("failed"):
                lines.append(f"| {jobs} | {_fmt(t['polybius']['articles_per_s'])} | "
                             f"{t['polybius']['articles_per_s'] / base:.2f}× | {_fmt(t['wall_s'])} |")
    lines += mix_markdown(r.get("mix"))
    mem = r.get("memory")
    if mem and not mem.get("failed"):
        lines += ["", f"## Peak memory, polybius alone ({mem['n']} articles, one process)", "",
                  f"- **{_fmt(mem['peak_rss_mb'], 0)} MB** (target < 1536 MB); "
                  f"{_fmt(mem['peak_rss_mb_after_load'], 0)} MB after loading the pipeline. "
                  "The throughput table's per-side peaks share one process with the bare "
                  "side, whose freed memory is not all returned to the system."]
    res = r.get("resolution")
    if res and not res.get("failed"):
        lines += ["", f"## Resolution overhead (issue 4, {res['n']} articles)", "",
                  f"- extract with no-op resolution: {_fmt(res['no_op_resolver_s'], 2)} s "
                  f"({_fmt(res['no_op_resolver_cpu_s'], 2)} CPU s)",
                  f"- extract with the Resolver: {_fmt(res['with_resolver_s'], 2)} s "
                  f"({_fmt(res['with_resolver_cpu_s'], 2)} CPU s)",
                  f"- overhead: **{res['overhead']:.1%}** wall, **{res['overhead_cpu']:.1%}** CPU "
                  f"(target ≤ 30 %); resolve's own CPU clock over the rest: "
                  f"{res['overhead_from_clock']:.1%}"]
    for name, ex in (r.get("extras") or {}).items():
        lines += ["", f"## Extra: {name}", "", "```json", json.dumps(ex, indent=1)[:3000], "```"]
    lines += ["", f"Load average at end: {r['loadavg_at_end'][0]:.2f} (other programs on the "
              "machine disturb the numbers; bare and polybius are interleaved block by block "
              "so both see the same load).", ""]
    return "\n".join(lines)


def mix_markdown(mix: dict[str, Any] | None) -> list[str]:
    """The realistic-mix table (issue 16)."""
    if not mix:
        return []
    if mix.get("failed"):
        return ["", "## Realistic mix: failed, see report.json"]
    cases = mix["cases"]
    any_case = next(iter(cases.values()))
    lines = ["", f"## Realistic feed vs bare spaCy (issue 16, jobs = {any_case['jobs']}, "
             f"{any_case['articles']:,} articles per case)", "",
             "| case | conflict share | parsed | bare art/s | polybius art/s | ratio | ratio by CPU | "
             "polybius 600-word art/day | peak MB polybius | peak MB bare | events |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, c in cases.items():
        lines.append(
            f"| {name} | {c['conflict_share']:.0%} | {c['parsed_share']:.0%} | "
            f"{_fmt(c['bare']['articles_per_s'])} | {_fmt(c['polybius']['articles_per_s'])} | "
            f"**{c['ratio']:.2f}×** | {c['ratio_cpu']:.2f}× | "
            f"{_fmt(c['polybius']['articles_600_words_per_day'], 0)} | "
            f"{_fmt(c['polybius']['peak_rss_mb'], 0)} | {_fmt(c['bare']['peak_rss_mb'], 0)} | {c['events']:,} |")
    mem = mix.get("memory")
    if mem:
        lines += ["", f"Peak memory of polybius alone on {mem['articles']} conflict articles, one process: "
                  f"**{_fmt(mem['peak_rss_mb'], 0)} MB** ({_fmt(mem['peak_rss_mb_after_load'], 0)} MB after loading)."]
    lines += ["", f"Targets: mix ≥ {TARGET_MIX:.0f}× bare spaCy, all conflict news ≥ {TARGET_CONFLICT:.0f}×, "
              f"≥ {TARGET_PER_DAY:,} 600-word articles a day on 2 cores, ≤ {TARGET_MIX_RSS_MB} MB per process. "
              "Not parsed, by reason (mix): " + ", ".join(
                  f"{k} {v}" for k, v in sorted(cases.get("mix", any_case)["unparsed"].items()))]
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description="Run all polybius benchmarks.")
    ap.add_argument("--n", type=int, default=2000, help="articles for throughput (0 skips it)")
    ap.add_argument("--n-mix", type=int, default=2000,
                    help="articles per case of the realistic-mix benchmark (0 skips it)")
    ap.add_argument("--mix-jobs", type=int, default=2)
    ap.add_argument("--conflict-share", type=float, default=0.15)
    ap.add_argument("--n-resolve", type=int, default=1000,
                    help="articles for the resolution overhead (0 skips it)")
    ap.add_argument("--n-memory", type=int, default=500,
                    help="articles for the polybius-alone peak memory (0 skips it)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--extras", action="store_true",
                    help="also run bench_gazetteer.py and bench_fuse.py (100k events)")
    ap.add_argument("--out", type=Path, default=BENCH / "results")
    args = ap.parse_args()
    report = collect(args)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "report.json").write_text(json.dumps(report, indent=2, default=str))
    (args.out / "report.md").write_text(markdown(report))
    print(markdown(report))


if __name__ == "__main__":
    main()
