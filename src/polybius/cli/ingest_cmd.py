"""`polybius ingest`: read news files, folders or URLs into the store."""
from __future__ import annotations

import sys

import click
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from polybius.ingest import IngestSummary, ingest
from polybius.screened import describe_screened
from polybius.settings import Settings
from polybius.fuse.stored import fuse_store
from polybius.store import open_store


def summary_table(s: IngestSummary, counts: dict[str, int]) -> Table:
    table = Table(title="polybius ingest", show_header=True, header_style="bold")
    table.add_column("", style="bold")
    table.add_column("this run", justify="right")
    table.add_column("in store", justify="right")
    table.add_row("sources read", f"{s.sources:,}", "")
    table.add_row("articles read", f"{s.read:,}", "")
    table.add_row("articles stored", f"{s.stored:,}", f"{counts['articles']:,}")
    table.add_row("duplicates skipped", f"{s.duplicates:,}", "")
    if s.renamed:
        table.add_row("id taken by another text: kept as <id>~<hash>", f"{s.renamed:,}", "")
    table.add_row("screened out before parsing", f"{sum(s.screened.values()):,}", "")
    table.add_row("events found", f"{s.events:,}", f"{counts['events']:,}")
    table.add_row("errors", f"{s.errors:,}", f"{counts['errors']:,}")
    if s.guessed_encodings:
        table.add_row("charset guessed (not UTF-8)", f"{s.guessed_encodings:,}", "")
    table.add_row("articles/s", f"{s.rate:,.1f}", "")
    table.add_row("elapsed", f"{s.elapsed:,.1f} s", "")
    return table


def error_table(s: IngestSummary) -> Table:
    table = Table(title=f"errors ({s.errors:,}; by kind: "
                        + ", ".join(f"{k} {n}" for k, n in s.error_kinds.most_common()) + ")")
    table.add_column("where", overflow="fold")
    table.add_column("kind")
    table.add_column("reason", overflow="fold")
    for err in s.sample_errors:
        table.add_row(err.where(), err.kind, err.reason)
    if s.errors > len(s.sample_errors):
        table.add_row("...", "", f"{s.errors - len(s.sample_errors):,} more: `polybius errors`")
    return table


@click.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", default=None, help="DuckDB file path or postgresql:// URL (default: Settings.db).")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Extraction processes.")
@click.option("--batch-size", default=None, type=click.IntRange(1),
              help="Articles per committed batch (default: 2 x Settings.batch_size).")
@click.option("--quiet", "-q", is_flag=True, help="No progress output, only the summary.")
@click.option("--no-fuse", is_flag=True, help="Do not update incidents after ingesting.")
def command(inputs: tuple[str, ...], db: str | None, jobs: int, batch_size: int | None, quiet: bool,
            no_fuse: bool) -> None:
    """Read news (files, folders, URLs: .txt .html .jsonl[.gz] RSS/Atom .warc[.gz]),
    extract events and store articles and events. Reruns add only what is new.

    Example: polybius ingest news/ feeds/world.rss --db events.duckdb --jobs 2
    """
    settings = Settings()
    store = open_store(db or settings.db)
    console = Console(stderr=True)
    try:
        if quiet:
            summary = ingest(list(inputs), store, settings, jobs=jobs, commit_size=batch_size)
        elif console.is_terminal:
            with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                          console=console, transient=True) as bar:
                task = bar.add_task("reading")

                def show(s: IngestSummary) -> None:
                    bar.update(task, description=(f"{s.stored:,} articles stored · {s.rate:,.1f}/s · "
                                                  f"{s.events:,} events · {s.errors:,} errors"))

                summary = ingest(list(inputs), store, settings, jobs=jobs, commit_size=batch_size,
                                 on_progress=show)
        else:  # logs and pipes: one plain line per committed batch
            def log(s: IngestSummary) -> None:
                print(f"ingest: {s.stored} stored, {s.duplicates} duplicates, {s.events} events, "
                      f"{s.errors} errors, {s.rate:.1f} articles/s", file=sys.stderr, flush=True)

            summary = ingest(list(inputs), store, settings, jobs=jobs, commit_size=batch_size,
                             on_progress=log)
        fused = None if no_fuse else fuse_store(store, settings)
        counts = store.counts()
    finally:
        store.close()
    out = Console()
    out.print(summary_table(summary, counts))
    if summary.errors:
        out.print(error_table(summary))
    out.print(f"{summary.stored:,} articles stored, {summary.events:,} events, "
              f"{summary.errors:,} errors (see `polybius articles` / `polybius errors`)")
    screened = describe_screened(summary.screened)
    if screened:
        out.print(screened, highlight=False)
    if fused is not None:
        out.print(f"{len(fused.incidents):,} incidents ({len(fused.updated):,} new or updated); "
                  f"see `polybius incidents`")
