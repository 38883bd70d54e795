"""``polybius eval``: score predictions against gold annotations."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from polybius.evaluate.events import load_gold, load_gold_articles, score
from polybius.records import Event


def _predict(articles_path: str):
    from polybius.pipeline import get_pipeline

    pipeline = get_pipeline()
    for _article, result in pipeline.process_many(load_gold_articles(Path(articles_path))):
        if not isinstance(result, Exception):
            yield from result


@click.command("eval")
@click.option("--gold", "gold_path", type=click.Path(exists=True, dir_okay=False),
              help="Gold annotations (JSONL, one article per line).")
@click.argument("predictions", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--articles", type=click.Path(exists=True),
              help="Extract on the fly from the gold set's article list (id, published, text or file).")
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@click.option("--clusters", "clusters_gold", type=click.Path(exists=True, dir_okay=False),
              help="Score incident clustering instead: gold clusters JSONL ({incident, event_ids}); "
                   "PREDICTIONS is an incidents or assignment JSONL, or use --fuse-events.")
@click.option("--fuse-events", type=click.Path(exists=True, dir_okay=False),
              help="With --clusters: fuse these events (JSONL) and score the result.")
def command(gold_path, predictions, articles, as_json, clusters_gold, fuse_events) -> None:
    """Score events against gold (recall of required events, precision, per-field
    accuracy), or incidents against gold clusters (B³ and pairwise P/R/F1).

    Examples: polybius eval --gold gold/seeds.gold.jsonl --articles seeds/articles.jsonl;
    polybius eval --clusters dev/gold.jsonl --fuse-events dev/events.jsonl
    """
    if clusters_gold:
        _score_clusters(clusters_gold, predictions, fuse_events)
        return
    if not gold_path:
        raise click.UsageError("give --gold (events) or --clusters (incidents)")
    if not predictions and not articles:
        raise click.UsageError("give PREDICTIONS.jsonl or --articles")
    if predictions:
        with open(predictions, encoding="utf-8") as fh:
            preds = [Event.from_dict(json.loads(line)) for line in fh if line.strip()]
    else:
        preds = list(_predict(articles))
    report = score(preds, load_gold(Path(gold_path)))
    data = report.to_dict()
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    click.echo(f"required recall {data['recall_required']:.3f} ({data['required_found']}/{data['gold_required']})"
               f"  precision {data['precision']:.3f} ({data['predicted_matched']}/{data['predicted']})")
    for attr, row in data["attributes"].items():
        acc = "-" if row["accuracy"] is None else f"{row['accuracy']:.3f}"
        click.echo(f"  {attr:<11} {acc:>6}  (judged {row['judged']})")
    click.echo(f"  {'all':<11} {data['all_attributes'] or 0:>6.3f}")
    for m in data["missed"]:
        click.echo(f"missed: {m['article']} {m['id']}: {m['note']}")
    for w in data["wrong_attributes"]:
        click.echo(f"wrong: {w['article']} {w['id']}: {', '.join(w['attributes'])}")
    sys.exit(0)


def _score_clusters(gold_path: str, predictions: str | None, events_path: str | None) -> None:
    from polybius.evaluate.clusters import load_clusters, score_clusters

    if events_path:
        from polybius.fuse import fuse

        with open(events_path, encoding="utf-8") as fh:
            events = [Event.from_dict(json.loads(line)) for line in fh if line.strip()]
        assignment = fuse(events).assignment
    elif predictions:
        assignment = load_clusters(predictions)
    else:
        raise click.UsageError("with --clusters give PREDICTIONS (incidents/assignments) or --fuse-events")
    scores = score_clusters(assignment, load_clusters(gold_path)).to_dict()
    click.echo(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in scores.items()}, indent=2))
