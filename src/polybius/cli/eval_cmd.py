"""``polybius eval``: score predictions against gold annotations."""
from __future__ import annotations

import json
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
@click.option("--corpus", type=click.Path(exists=True, file_okay=False),
              help="Evaluate extraction and fusion on an annotated corpus folder (manifest.jsonl, "
                   "gold/, texts/), e.g. eval/realnews; writes report.md and report.json there.")
@click.option("--compare", type=click.Path(exists=True, dir_okay=False),
              help="With --corpus: an earlier report.json, shown as the 'before' column.")
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@click.option("--by-article", is_flag=True,
              help="Per article: matched gold events with wrong fields, misses, false positives.")
@click.option("--clusters", "clusters_gold", type=click.Path(exists=True, dir_okay=False),
              help="Score incident clustering instead: gold clusters JSONL ({incident, event_ids}); "
                   "PREDICTIONS is an incidents or assignment JSONL, or use --fuse-events.")
@click.option("--fuse-events", type=click.Path(exists=True, dir_okay=False),
              help="With --clusters: fuse these events (JSONL) and score the result.")
def command(gold_path, predictions, articles, corpus, compare, as_json, by_article, clusters_gold,
            fuse_events) -> None:
    """Score events against gold one-to-one (required recall, precision, F1, each field on
    the matched record, records per matched gold event), a whole annotated corpus
    (--corpus), or incidents against gold clusters (B³ and pairwise P/R/F1).

    Examples: polybius eval --gold gold/seeds.gold.jsonl --articles seeds/articles.jsonl;
    polybius eval --corpus eval/realnews --by-article;
    polybius eval --clusters dev/gold.jsonl --fuse-events dev/events.jsonl
    """
    if clusters_gold:
        _score_clusters(clusters_gold, predictions, fuse_events)
        return
    if corpus:
        _score_corpus(Path(corpus), compare, as_json, by_article)
        return
    if not gold_path:
        raise click.UsageError("give --gold (events), --corpus (a corpus folder) or --clusters (incidents)")
    if not predictions and not articles:
        raise click.UsageError("give PREDICTIONS.jsonl or --articles")
    if predictions:
        with open(predictions, encoding="utf-8") as fh:
            preds = [Event.from_dict(json.loads(line)) for line in fh if line.strip()]
    else:
        preds = list(_predict(articles))
    data = score(preds, load_gold(Path(gold_path))).to_dict(by_article=by_article)
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    _print_events(data, by_article)


def _print_events(data: dict, by_article: bool) -> None:
    from polybius.evaluate.corpus import summary_rows

    for name, value, n in summary_rows({"events": data}):
        shown = "-" if value is None else f"{value:.3f}" if isinstance(value, float) else value
        click.echo(f"  {name:<38} {shown:>6}" + (f"  (n={n})" if n is not None else ""))
    if by_article:
        for art in data["articles"]:
            _print_article(art)
        return
    for m in data["missed"]:
        click.echo(f"missed: {m['article']} {m['id']}: {m['note']}")
    for w in data["wrong_attributes"]:
        click.echo(f"wrong: {w['article']} {w['id']}: {', '.join(w['attributes'])}")


def _print_article(art: dict) -> None:
    click.echo(f"\n== {art['article']} ({art['kind']}): {art['n_gold']} gold, {art['n_pred']} predicted")
    for m in art["matched"]:
        pred = m["pred"]
        flag = "ok " if not m["wrong"] else "BAD"
        click.echo(f"  {flag} {m['id']} x{m['records']}: {', '.join(m['wrong']) or 'all fields right'}"
                   f" | pred {pred['date']} {pred['place']} actor={pred['actor']} rec={pred['recipient']}"
                   f" {pred['counts']} {pred['status']}{' bg' if pred['background'] else ''}")
    for m in art["missed"]:
        click.echo(f"  MISS {m['id']}{'' if m['required'] else ' (optional)'}: {m['note']}")
    for fp in art["false_positives"]:
        kind = "DUP" if fp["duplicate"] else "FP "
        click.echo(f"  {kind} {fp['event_type']}/{fp['mode']} {fp['place']} {fp['date']}: {fp['sentence']}")


def _without_sentences(value):
    if isinstance(value, dict):
        return {k: _without_sentences(v) for k, v in value.items() if k != "sentence"}
    if isinstance(value, list):
        return [_without_sentences(v) for v in value]
    return value


def _code_commit() -> str | None:
    """The commit of the code that scores (the package's own checkout), not of the corpus
    folder: a baseline scored with an older checkout against today's corpus names the
    older commit. None for an installed package outside git."""
    import subprocess

    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              cwd=Path(__file__).resolve().parent).stdout.strip() or None
    except OSError:
        return None


def _score_corpus(root: Path, compare: str | None, as_json: bool, by_article: bool) -> None:
    from datetime import datetime, timezone

    from polybius.evaluate.corpus import evaluate_corpus, markdown

    try:
        data = evaluate_corpus(root)
    except (OSError, ValueError, KeyError) as exc:
        raise click.ClickException(f"cannot read the corpus in {root}: {exc}") from None
    commit = _code_commit()
    data["commit"], data["date"] = commit, datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    before = json.loads(Path(compare).read_text(encoding="utf-8")) if compare else None
    meta = f"Run {data['date']} at commit {commit}." + (f" Before: {before.get('commit')}." if before else "")
    # the report is kept in git: article sentences stay out of it (offsets point into the texts)
    (root / "report.json").write_text(json.dumps(_without_sentences(data), indent=1, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    text = markdown(data, before, meta)
    (root / "report.md").write_text(text, encoding="utf-8")
    if data["missing_texts"]:
        click.echo(f"warning: {len(data['missing_texts'])} texts missing (scored the rest); "
                   f"restore them with tools/realnews.py verify", err=True)
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    click.echo(text)
    if by_article:
        for art in data["events"]["articles"]:
            _print_article(art)


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
