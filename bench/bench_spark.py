"""Articles/s per core: Spark local[N] vs the single-process pipeline, same input.

    python bench/bench_spark.py --articles 3000 --master 'local[2]' [--markdown out.md]

Single process: ``Pipeline.process_many`` over all articles in this process (pipeline
load timed separately), on one core (BLAS/OpenMP threads pinned to 1 for both sides).
Spark: ``run_extract`` end to end — reading, per-worker pipeline load, extraction and
writing Parquet — excluding only the session start, which a cluster job pays once.
Prints one JSON object; the target is ``ratio_per_core >= 0.80`` (issue #21; wall clock,
so run it on an otherwise idle machine). ``ratio_per_cpu_second`` compares articles per CPU-second
(Spark's JVM, Python workers and driver summed from /proc), which other load on the
machine disturbs much less.
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate  # noqa: E402
from newsgen import write_jsonl  # noqa: E402

TARGET = 0.80
_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _own_cpu_seconds(pid: int) -> float | None:
    """CPU seconds (user+sys) of ``pid`` alone, without its children."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return sum(int(x) for x in fields[11:13]) / _TICK


def _tree_cpu_seconds(root: int) -> float | None:
    """CPU seconds (user+sys, reaped children included) of ``root`` and every process
    below it, from /proc; None where /proc is unavailable."""
    try:
        parents: dict[int, int] = {}
        cpu: dict[int, float] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            pid = int(entry)
            parents[pid] = int(fields[1])
            cpu[pid] = sum(int(x) for x in fields[11:15]) / _TICK
    except OSError:
        return None
    total, stack = 0.0, [root]
    while stack:
        pid = stack.pop()
        total += cpu.get(pid, 0.0)
        stack.extend(child for child, parent in parents.items() if parent == pid)
    return total


def _cores(master: str) -> int:
    found = re.fullmatch(r"local\[(\d+|\*)\]", master)
    if found is None:
        raise SystemExit("the benchmark compares local[N] masters only")
    return os.cpu_count() or 1 if found.group(1) == "*" else int(found.group(1))


def single_process(path: Path) -> dict:
    from polybius.pipeline import Pipeline
    from polybius.settings import Settings
    from polybius.spark.articles import article_from_item

    cpu0, started = time.process_time(), time.perf_counter()
    pipeline = Pipeline(Settings())
    load = time.perf_counter() - started
    articles = [article_from_item(line) for line in path.read_text().splitlines() if line]
    events = errors = 0
    for _, result in pipeline.process_many(articles):
        if isinstance(result, Exception):
            errors += 1
        else:
            events += len(result)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu0
    return {"seconds": round(seconds, 3), "of_which_load_seconds": round(load, 3), "cores": 1,
            "cpu_seconds": round(cpu, 3), "events": events, "errors": errors,
            "articles_per_s": round(len(articles) / seconds, 2),
            "articles_per_s_per_core": round(len(articles) / seconds, 2),
            "articles_per_cpu_s": round(len(articles) / cpu, 2)}


def spark_run(path: Path, out: Path, master: str, partitions: int | None,
              conf: dict[str, str]) -> dict:
    from polybius.settings import Settings
    from polybius.spark.extract import run_extract
    from polybius.spark.session import spark_session

    started = time.perf_counter()
    spark = spark_session(master, app_name="polybius-bench", conf=conf)
    session = time.perf_counter() - started
    jvm = spark.sparkContext._gateway.proc.pid   # spark-submit JVM; workers run below it
    try:
        cpu_before = (_tree_cpu_seconds(jvm), time.process_time(), _own_cpu_seconds(jvm))
        stats = run_extract(spark, str(path), str(out), Settings(), partitions=partitions,
                            mode="overwrite")
        cpu_after = (_tree_cpu_seconds(jvm), time.process_time(), _own_cpu_seconds(jvm))
    finally:
        spark.stop()
    cpu = None
    if cpu_before[0] is not None and cpu_after[0] is not None:
        cpu = (cpu_after[0] - cpu_before[0]) + (cpu_after[1] - cpu_before[1])
    jvm_cpu = (cpu_after[2] - cpu_before[2]
               if cpu_before[2] is not None and cpu_after[2] is not None else None)
    cores = _cores(master)
    rate = stats.articles / stats.seconds
    return {"master": master, "cores": cores, "session_start_seconds": round(session, 3),
            "seconds": stats.seconds, "phases": stats.phases, "events": stats.events,
            "errors": stats.errors, "cpu_seconds": round(cpu, 3) if cpu else None,
            # of which the JVM itself (the rest: Python workers and this driver process)
            "jvm_cpu_seconds": round(jvm_cpu, 3) if jvm_cpu is not None else None,
            "articles_per_cpu_s": round(stats.articles / cpu, 2) if cpu else None,
            "articles_per_s": round(rate, 2), "articles_per_s_per_core": round(rate / cores, 2),
            "articles_per_s_per_core_with_session_start":
                round(stats.articles / (stats.seconds + session) / cores, 2)}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--partitions", type=int, default=None)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE",
                        help="Extra Spark setting (repeatable).")
    parser.add_argument("--markdown", type=Path, help="Also write a Markdown report here.")
    parser.add_argument("--corpus", choices=["news", "short"], default="news",
                        help="news: 200-1,500-word articles of bench/generate.py (as the pipeline "
                             "benchmark); short: the one-paragraph texts of bench/newsgen.py")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="polybius-bench-"))
    # A private gazetteer cache, built before either side is timed: both then load the
    # index (~1 s per process) instead of one of them paying the ~10 s build, and other
    # checkouts sharing ~/.cache/polybius cannot replace it mid-run.
    os.environ["POLYBIUS_CACHE"] = str(work / "cache")
    from polybius.resolve.gazetteer import cached_file
    from polybius.settings import Settings

    cached_file(Settings().cache_dir, Settings().data_dir)
    try:
        corpus = work / "articles.jsonl"
        if args.corpus == "short":
            write_jsonl(corpus, args.articles, args.seed)
        else:
            with open(corpus, "w", encoding="utf-8") as fh:
                for rec in generate(args.articles, args.seed):
                    fh.write(json.dumps(rec) + "\n")
        single = single_process(corpus)
        conf = dict(item.split("=", 1) for item in args.conf)
        spark = spark_run(corpus, work / "out", args.master, args.partitions, conf)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    ratio = spark["articles_per_s_per_core"] / single["articles_per_s_per_core"]
    cpu_ratio = (spark["articles_per_cpu_s"] / single["articles_per_cpu_s"]
                 if spark["articles_per_cpu_s"] else None)
    report = {"articles": args.articles, "single": single, "spark": spark,
              "ratio_per_core": round(ratio, 3), "target": TARGET, "meets_target": ratio >= TARGET,
              # Robust to other load on the machine: articles per CPU-second, Spark's JVM,
              # Python workers and driver included.
              "ratio_per_cpu_second": round(cpu_ratio, 3) if cpu_ratio else None,
              "same_event_count": single["events"] == spark["events"],
              "cpu_count": os.cpu_count(), "load_average": [round(x, 2) for x in os.getloadavg()]}
    print(json.dumps(report, indent=2))
    if args.markdown:
        args.markdown.write_text(
            "| articles | single art/s/core | spark art/s/core | ratio | target |\n"
            "|---|---|---|---|---|\n"
            f"| {args.articles} | {single['articles_per_s_per_core']} | "
            f"{spark['articles_per_s_per_core']} ({args.master}) | {report['ratio_per_core']} "
            f"| {TARGET} |\n", encoding="utf-8")
    return report


if __name__ == "__main__":
    main()
