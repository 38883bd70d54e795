"""Entry point for ``spark-submit`` (the master, executors and memory come from it).

    spark-submit --master yarn --archives polybius-env.tar.gz#env \\
        --conf spark.pyspark.python=./env/bin/python \\
        "$(python -c 'import polybius.spark.submit as m; print(m.__file__)')" \\
        extract hdfs:///news/2015/*.jsonl.gz hdfs:///polybius/2015

    ... submit.py fuse hdfs:///polybius/2015/events hdfs:///polybius/2015-fused

See docs/spark.md. Prints the job's statistics as one JSON line; exits 1 with one line
on standard error when the job failed or no article could be processed.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="polybius-spark")
    sub = parser.add_subparsers(dest="job", required=True)
    ext = sub.add_parser("extract", help="articles -> events (Parquet by month)")
    ext.add_argument("input")
    ext.add_argument("output")
    ext.add_argument("--format", default="auto",
                     choices=["auto", "jsonl", "parquet", "manifest"])
    ext.add_argument("--partitions", type=int, default=None)
    ext.add_argument("--mode", default="errorifexists",
                     choices=["errorifexists", "overwrite", "append"])
    ext.add_argument("--no-articles", action="store_true")
    fus = sub.add_parser("fuse", help="events -> incidents")
    fus.add_argument("events")
    fus.add_argument("output")
    fus.add_argument("--mode", default="errorifexists", choices=["errorifexists", "overwrite"])
    args = parser.parse_args(argv)

    from polybius.settings import Settings
    from polybius.spark.extract import ExtractFailed
    from polybius.spark.session import one_line, spark_errors, spark_session

    spark = spark_session(None, app_name=f"polybius-{args.job}")
    try:
        if args.job == "extract":
            from polybius.spark.extract import run_extract

            stats = run_extract(spark, args.input, args.output, Settings(), fmt=args.format,
                                partitions=args.partitions, mode=args.mode,
                                keep_articles=not args.no_articles)
        else:
            from polybius.spark.fuse import run_fuse

            stats = run_fuse(spark, args.events, args.output, Settings(), mode=args.mode)
    except ExtractFailed as exc:
        print(f"polybius-spark: error: {exc}", file=sys.stderr)
        return 1
    except spark_errors() as exc:
        print(f"polybius-spark: error: Spark job failed: {one_line(exc)}", file=sys.stderr)
        return 1
    finally:
        spark.stop()
    print(json.dumps(asdict(stats)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
