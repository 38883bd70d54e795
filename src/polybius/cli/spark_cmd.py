"""``polybius spark``: run extraction and fusion on Apache Spark (optional extra).

pyspark is imported only when a subcommand runs, so ``polybius --help`` works without it.
"""
from __future__ import annotations

import contextlib
import json
from dataclasses import asdict

import click

from polybius.settings import Settings

_MASTER_HELP = "local[*], local[N], spark://host:7077, yarn, k8s://... (default local[*])"


def _session(master: str, conf: tuple[str, ...]):
    from polybius.spark.session import have_spark, spark_session

    missing = have_spark()
    if missing:
        raise click.ClickException(missing)
    options = {}
    for item in conf:
        key, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter(f"expected KEY=VALUE, got {item!r}", param_hint="--conf")
        options[key] = value
    return spark_session(master, conf=options)


@contextlib.contextmanager
def _job_errors():
    """A failed Spark job or query (output exists, unreadable input, lost executors) as
    one line, not a Java stack trace."""
    from polybius.spark.session import one_line, spark_errors

    try:
        yield
    except spark_errors() as exc:
        raise click.ClickException(f"Spark job failed: {one_line(exc)}") from None


@click.group("spark")
def command() -> None:
    """Run the pipeline on a Spark cluster (pip install 'polybius[spark]')."""


@command.command("extract")
@click.argument("input_path", metavar="INPUT")
@click.argument("output", metavar="OUTPUT")
@click.option("--master", default="local[*]", show_default=True, help=_MASTER_HELP)
@click.option("--format", "fmt", type=click.Choice(["auto", "jsonl", "parquet", "manifest"]),
              default="auto", show_default=True,
              help="Input kind; auto looks at the suffix (.parquet, .txt manifest of WARCs).")
@click.option("--partitions", type=int, default=None,
              help="Repartition the input into N tasks (default: 2 per core at least).")
@click.option("--mode", type=click.Choice(["errorifexists", "overwrite", "append"]),
              default="errorifexists", show_default=True,
              help="What to do when OUTPUT exists (overwrite replaces touched months).")
@click.option("--batch-size", type=int, default=None, help="Articles per spaCy batch.")
@click.option("--articles/--no-articles", default=True, show_default=True,
              help="Also write OUTPUT/articles (their text; needed by `polybius load`).")
@click.option("--conf", multiple=True, metavar="KEY=VALUE", help="Extra Spark settings.")
def extract(input_path: str, output: str, master: str, fmt: str, partitions: int | None,
            mode: str, batch_size: int | None, articles: bool, conf: tuple[str, ...]) -> None:
    """Extract events from INPUT (JSONL, Parquet or a WARC manifest) into OUTPUT.

    Writes OUTPUT/events (Parquet, partitioned by month=YYYY-MM), OUTPUT/errors
    (article_id, stage, reason) and OUTPUT/articles.

    Example: polybius spark extract articles.jsonl out/ --master local[2]
    """
    from polybius.spark.extract import ExtractFailed, run_extract

    settings = Settings()
    if batch_size:
        settings.batch_size = batch_size
    spark = _session(master, conf)
    try:
        with _job_errors():
            stats = run_extract(spark, input_path, output, settings, fmt=fmt,
                                partitions=partitions, mode=mode, keep_articles=articles)
    except ExtractFailed as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        spark.stop()
    click.echo(json.dumps(asdict(stats)))


@command.command("fuse")
@click.argument("events_path", metavar="EVENTS")
@click.argument("output", metavar="OUTPUT")
@click.option("--master", default="local[*]", show_default=True, help=_MASTER_HELP)
@click.option("--mode", type=click.Choice(["errorifexists", "overwrite"]),
              default="errorifexists", show_default=True)
@click.option("--conf", multiple=True, metavar="KEY=VALUE", help="Extra Spark settings.")
def fuse(events_path: str, output: str, master: str, mode: str,
         conf: tuple[str, ...]) -> None:
    """Fuse the events of EVENTS (output of `spark extract`) into incidents.

    Writes OUTPUT/incidents (Parquet) and OUTPUT/event_incidents (event_id,
    incident_id).

    Example: polybius spark fuse out/events fused/ --master local[2]
    """
    from polybius.spark.fuse import run_fuse

    spark = _session(master, conf)
    try:
        with _job_errors():
            stats = run_fuse(spark, events_path, output, Settings(), mode=mode)
    finally:
        spark.stop()
    click.echo(json.dumps(asdict(stats)))
