"""Evaluate the whole pipeline on an annotated corpus folder (e.g. ``eval/realnews``).

The folder holds ``manifest.jsonl`` (file, article, url, outlet, published), ``gold/*.jsonl``
(annotations with a ``cluster`` id per article) and ``texts/NNN.txt`` (line 1 the URL, then
the article). Texts may be missing (they are not redistributed): those articles are listed
and the rest is scored. Extraction is scored one-to-one (``events.score``); fusion is scored
on article links: two articles are linked when they share an incident through their news
(non-background) events, and the links are compared with the gold clusters (pairwise and
B³ over articles).
"""
from __future__ import annotations

import json
import re
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from polybius.evaluate.clusters import score_clusters
from polybius.evaluate.events import ATTRIBUTES, load_gold, score
from polybius.records import Article, Event

_NEAR_MISS = re.compile(r"near-miss of (c-[\w-]+)", re.I)


@dataclass
class Corpus:
    root: Path
    manifest: list[dict]
    gold: dict[str, dict]
    articles: list[Article] = field(default_factory=list)
    missing: list[dict] = field(default_factory=list)


def load_corpus(root: Path) -> Corpus:
    """Manifest, gold and whatever texts are present (see module docstring)."""
    from polybius.ingest.article import build_article, dateline_finder

    root = Path(root)
    manifest = [json.loads(line) for line in (root / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()]
    gold = load_gold(*sorted((root / "gold").glob("*.jsonl")))
    corpus = Corpus(root, manifest, {})
    finder = dateline_finder()
    for row in manifest:
        if row["article"] not in gold:
            continue
        path = root / "texts" / row["file"]
        if not path.exists():
            corpus.missing.append(row)
            continue
        _url, _, text = path.read_text(encoding="utf-8").partition("\n")
        corpus.articles.append(build_article(text, given_id=row["article"], url=row.get("url"),
                                             source=row.get("outlet"), published=row.get("published"),
                                             find_dateline=finder))
        corpus.gold[row["article"]] = gold[row["article"]]
    return corpus


def _components(links: set[tuple[str, str]], items: list[str]) -> dict[str, str]:
    parent = {i: i for i in items}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for a, b in links:
        parent[find(a)] = find(b)
    return {i: find(i) for i in items}


def article_links(events: list[Event], assignment: dict[str, str | None]) -> set[tuple[str, str]]:
    """Pairs of articles whose news events share an incident."""
    by_incident: dict[str, set[str]] = defaultdict(set)
    for ev in events:
        inc = assignment.get(ev.event_id)
        if inc is not None and not ev.background:
            by_incident[inc].add(ev.article.id)
    return {tuple(sorted(p)) for arts in by_incident.values() for p in combinations(sorted(arts), 2)}


def _event_clusters(row: dict) -> set[str]:
    """The other incidents an article reports as news: a news event whose own ``cluster``
    names another article's incident (a second attack of the day that another outlet leads
    with). Two articles are one incident's reports when they share any of them."""
    return {e["cluster"] for e in row["events"] if e.get("cluster") and not e.get("background")}


def score_links(events: list[Event], assignment: dict[str, str | None], gold: dict[str, dict]) -> dict[str, Any]:
    """Article-link and B³ scores of a fusion result against the gold ``cluster`` ids,
    with every wrong and missed link named. Two articles are a gold link when they report
    one incident as news (their own clusters or their events' clusters); B³ needs one
    incident per article and takes the article's own."""
    news = sorted(a for a, row in gold.items() if row.get("events"))
    label = {a: gold[a].get("cluster") or a for a in news}
    tells = {a: {label[a]} | _event_clusters(gold[a]) for a in news}
    links = {p for p in article_links(events, assignment) if p[0] in label and p[1] in label}
    gold_links = {p for p in combinations(news, 2) if tells[p[0]] & tells[p[1]]}
    near = defaultdict(set)     # cluster -> clusters it is a near-miss of
    for a in news:
        for ev in gold[a]["events"]:
            for other in _NEAR_MISS.findall(ev.get("note") or ""):
                near[label[a]].add(other)
                near[other].add(label[a])
    right = links & gold_links
    p = len(right) / len(links) if links else 1.0
    r = len(right) / len(gold_links) if gold_links else 1.0
    b3 = score_clusters(_components(links, news), label).to_dict()
    return {
        "articles": len(news), "gold_clusters": len(set(label.values())),
        "multi_article_clusters": sum(1 for n in Counter(label.values()).values() if n > 1),
        "gold_links": len(gold_links), "predicted_links": len(links),
        "link_precision": round(p, 3), "link_recall": round(r, 3),
        "link_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "b3_precision": round(b3["b3_precision"], 3), "b3_recall": round(b3["b3_recall"], 3),
        "b3_f1": round(b3["b3_f1"], 3),
        "near_miss_links": sorted(f"{a}-{b}" for a, b in links - gold_links if label[b] in near[label[a]]),
        "wrong_links": sorted(f"{a}-{b}" for a, b in links - gold_links),
        "missed_links": sorted(f"{a}-{b}" for a, b in gold_links - links),
    }


def evaluate_corpus(root: Path, pipeline=None) -> dict[str, Any]:
    """Run extraction and fusion on the corpus; the JSON report."""
    from polybius.fuse import fuse
    from polybius.pipeline import get_pipeline

    corpus = load_corpus(root)
    pipeline = pipeline or get_pipeline()
    t0 = time.perf_counter()
    events: list[Event] = []
    failed = []
    for article, result in pipeline.process_many(corpus.articles):
        if isinstance(result, Exception):
            failed.append({"article": article.id, "error": f"{type(result).__name__}: {result}"})
        else:
            events.extend(result)
    t_extract = time.perf_counter() - t0
    t0 = time.perf_counter()
    fusion = fuse(events)
    t_fuse = time.perf_counter() - t0
    return {
        "corpus": str(root), "articles_in_manifest": len(corpus.manifest),
        "articles_scored": len(corpus.articles),
        "missing_texts": [{"file": m["file"], "url": m["url"], "query": m.get("query")} for m in corpus.missing],
        "failed": failed,
        "events": score(events, corpus.gold).to_dict(by_article=True),
        "clusters": score_links(events, fusion.assignment, corpus.gold),
        "wall_time_s": {"extract": round(t_extract, 1), "fuse": round(t_fuse, 2)},
    }


def _fmt(x: Any) -> str:
    return "-" if x is None else f"{x:.3f}" if isinstance(x, float) else str(x)


def summary_rows(data: dict[str, Any]) -> list[tuple[str, Any, int | None]]:
    """(field, value, judged) rows of the per-field table."""
    ev = data["events"]
    rows = [("required recall", ev["recall_required"], ev["gold_required"]),
            ("precision (one-to-one)", ev["precision"], ev["predicted"]),
            ("F1", ev["f1"], None),
            ("records per matched gold event", ev["records_per_matched_gold"], None)]
    rows += [(a, ev["attributes"][a]["accuracy"], ev["attributes"][a]["judged"]) for a in ATTRIBUTES]
    rows += [("all attributes", ev["all_attributes"], None),
             ("negatives: events per 100 articles", ev["negatives"]["per_100_articles"], ev["negatives"]["articles"]),
             ("lenient precision (any-match, old)", ev["lenient_precision_any_match"], None)]
    cl = data.get("clusters")
    if cl:
        rows += [("article links precision", cl["link_precision"], cl["predicted_links"]),
                 ("article links recall", cl["link_recall"], cl["gold_links"]),
                 ("article links F1", cl["link_f1"], None),
                 ("B³ F1 (articles)", cl["b3_f1"], cl["articles"]),
                 ("near-miss pairs linked", len(cl["near_miss_links"]), None)]
    return rows


def markdown(data: dict[str, Any], before: dict[str, Any] | None = None, meta: str = "") -> str:
    """The human report: the per-field table (with a before column when given)."""
    old = {name: value for name, value, _ in summary_rows(before)} if before else {}
    lines = ["# Evaluation on the real development corpus", ""]
    if meta:
        lines += [meta, ""]
    lines += [f"{data['articles_scored']} of {data['articles_in_manifest']} articles scored"
              f" ({len(data['missing_texts'])} texts missing, {len(data['failed'])} failed);"
              f" extraction {data['wall_time_s']['extract']} s, fusion {data['wall_time_s']['fuse']} s.", ""]
    if before:
        lines += ["| field | before | after | n |", "|---|---:|---:|---:|"]
        for name, value, n in summary_rows(data):
            lines.append(f"| {name} | {_fmt(old.get(name))} | {_fmt(value)} | {_fmt(n)} |")
    else:
        lines += ["| field | score | n |", "|---|---:|---:|"]
        for name, value, n in summary_rows(data):
            lines.append(f"| {name} | {_fmt(value)} | {_fmt(n)} |")
    if data["missing_texts"]:
        lines += ["", "Missing texts (restore with `python tools/realnews.py verify`):"]
        lines += [f"- {m['file']} {m['url']}" for m in data["missing_texts"]]
    cl = data.get("clusters") or {}
    for key in ("wrong_links", "near_miss_links", "missed_links"):
        if cl.get(key):
            lines += ["", f"{key.replace('_', ' ')}: " + ", ".join(cl[key])]
    return "\n".join(lines) + "\n"
