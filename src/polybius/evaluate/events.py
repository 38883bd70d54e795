"""Score extracted events against hand annotations in the ``shared/gold`` format.

A prediction is *compatible* with a gold event of the same article when ``event_type``,
``mode`` and ``location.country`` agree (a gold list means "any of these", null means
"not judged"). Scoring is one-to-one, as a user reads the output: per article, each
prediction is assigned to at most one gold event and each gold event to at most one
prediction (the assignment that matches the most required events, then the most
correct attributes). A second record of a matched happening is a false positive, and
attributes are judged on the assigned record only, never on the best of several.

The old any-match figure (a prediction is right when it is compatible with *some* gold
event) is kept as ``lenient_precision``, labelled as such, for comparison only.
"""
from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from scipy.optimize import linear_sum_assignment

from polybius.records import COUNT_ROLES, Article, Event

ATTRIBUTES = ("date", "location", "actor", "recipient", "status", "background",
              *COUNT_ROLES, *(f"{r}_qualifier" for r in COUNT_ROLES))


def _fold(text: Any) -> Any:
    if not isinstance(text, str):
        return text
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold().strip()


def _allowed(spec: Any) -> list | None:
    """A gold value as a list of accepted values, or None when not judged."""
    if spec is None:
        return None
    return spec if isinstance(spec, list) else [spec]


def _ok(value: Any, spec: Any) -> bool | None:
    allowed = _allowed(spec)
    if allowed is None:
        return None
    return _fold(value) in {_fold(a) for a in allowed}


def matches(pred: Event, gold: dict) -> bool:
    """Compatible: same type, an allowed mode and an allowed country."""
    if pred.event_type != gold["event_type"]:
        return False
    if _ok(pred.mode, gold.get("mode")) is False:
        return False
    country = pred.location.country if pred.location else None
    return _ok(country, (gold.get("location") or {}).get("country")) is not False


def _place_names(pred: Event) -> set[str | None]:
    """The names a prediction offers for its place: below country level, the place and
    its admin1; nothing (None) for a country- or region-level place."""
    loc = pred.location
    if loc is None or loc.precision in ("country", "region") or not loc.name:
        return {None}
    return {loc.name, loc.admin1}


def judge(pred: Event, gold: dict) -> dict[str, bool]:
    """Per-attribute verdicts for one matched pair (only judged attributes appear)."""
    out: dict[str, bool] = {}
    gdate = gold.get("date") or {}
    if gdate.get("value") is not None:
        out["date"] = bool(_ok(pred.date.value if pred.date else None, gdate["value"]))
    gname = (gold.get("location") or {}).get("name")
    if gname is not None:
        out["location"] = any(_ok(n, gname) for n in _place_names(pred))
    for role in ("actor", "recipient"):
        if gold.get(role) is not None:
            actor = getattr(pred, role)
            out[role] = bool(_ok(actor.name if actor is not None else None, gold[role]))
    if gold.get("status") is not None:
        out["status"] = bool(_ok(pred.status, gold["status"]))
    if gold.get("background") is not None:
        out["background"] = pred.background == gold["background"]
    gcounts = gold.get("counts") or {}
    quals = gold.get("count_qualifier") or {}
    for role in COUNT_ROLES:
        if gcounts.get(role) is None:
            continue
        count = getattr(pred.counts, role, None)
        out[role] = bool(_ok(count.value if count else None, gcounts[role]))
        if count is not None or None not in _allowed(gcounts[role]):
            out[f"{role}_qualifier"] = count is not None and count.qualifier == quals.get(role, "exact")
    return out


def _describe(pred: Event) -> dict[str, Any]:
    """What a user sees of a prediction, for error analysis."""
    loc = pred.location
    counts = {r: getattr(pred.counts, r).value for r in COUNT_ROLES if getattr(pred.counts, r, None)}
    return {"event_type": pred.event_type, "mode": pred.mode, "status": pred.status,
            "background": pred.background, "date": pred.date.value if pred.date else None,
            "place": None if loc is None else [loc.name, loc.country, loc.precision],
            "actor": pred.actor.name if pred.actor else None,
            "recipient": pred.recipient.name if pred.recipient else None,
            "counts": counts, "evidence": [pred.evidence.start, pred.evidence.end],
            "sentence": pred.evidence.sentence[:160]}


@dataclass
class ArticleResult:
    """One article's assignment: what a ``--by-article`` reader needs."""
    article: str
    kind: str
    n_gold: int
    n_pred: int
    matched: list[dict] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)


@dataclass
class Report:
    n_gold_required: int = 0
    n_required_found: int = 0
    n_pred: int = 0
    n_pred_matched: int = 0
    n_pred_compatible: int = 0
    n_gold_matched: int = 0
    n_records_on_matched: int = 0
    n_negative_articles: int = 0
    n_negative_events: int = 0
    judged: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    correct: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    articles: list[ArticleResult] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.n_required_found / self.n_gold_required if self.n_gold_required else 0.0

    @property
    def precision(self) -> float:
        return self.n_pred_matched / self.n_pred if self.n_pred else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def lenient_precision(self) -> float:
        return self.n_pred_compatible / self.n_pred if self.n_pred else 0.0

    @property
    def records_per_matched(self) -> float | None:
        return self.n_records_on_matched / self.n_gold_matched if self.n_gold_matched else None

    def accuracy(self, attr: str | None = None) -> float | None:
        if attr is None:
            judged, correct = sum(self.judged.values()), sum(self.correct.values())
        else:
            judged, correct = self.judged.get(attr, 0), self.correct.get(attr, 0)
        return correct / judged if judged else None

    # the lists a reader of the old report used
    @property
    def missed(self) -> list[dict]:
        return [m for a in self.articles for m in a.missed if m.get("required", True)]

    @property
    def unmatched(self) -> list[dict]:
        return [fp for a in self.articles for fp in a.false_positives]

    @property
    def wrong(self) -> list[dict]:
        return [{"article": a.article, "id": m["id"], "attributes": m["wrong"]}
                for a in self.articles for m in a.matched if m["wrong"]]

    def to_dict(self, by_article: bool = False) -> dict[str, Any]:
        def r(x):
            return None if x is None else round(x, 3)
        out = {
            "recall_required": r(self.recall), "precision": r(self.precision), "f1": r(self.f1),
            "gold_required": self.n_gold_required, "required_found": self.n_required_found,
            "predicted": self.n_pred, "predicted_matched": self.n_pred_matched,
            "records_per_matched_gold": r(self.records_per_matched),
            "lenient_precision_any_match": r(self.lenient_precision),
            "negatives": {"articles": self.n_negative_articles, "events": self.n_negative_events,
                          "per_100_articles": r(100 * self.n_negative_events / self.n_negative_articles)
                          if self.n_negative_articles else None},
            "attributes": {a: {"accuracy": r(self.accuracy(a)), "judged": self.judged.get(a, 0)}
                           for a in ATTRIBUTES},
            "all_attributes": r(self.accuracy()),
            "missed": self.missed, "wrong_attributes": self.wrong, "unmatched_predictions": self.unmatched,
        }
        if by_article:
            out["articles"] = [a.__dict__ for a in self.articles]
        return out


def load_gold_articles(path: Path) -> list[Article]:
    """The articles of a gold set: JSONL rows of ``id``, ``published`` and either
    ``text`` or ``file`` (a text file next to the JSONL)."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            text = row.get("text") or (Path(path).parent / row["file"]).read_text(encoding="utf-8")
            out.append(Article(id=row["id"], text=text, published=row.get("published"),
                               url=row.get("url"), title=row.get("title"), source=row.get("source"),
                               published_from="metadata" if row.get("published") else None))
    return out


def load_gold(*paths: Path) -> dict[str, dict]:
    """article id -> {"published": ..., "events": [...]} from one or more JSONL files."""
    gold = {}
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    gold[row["article"]] = row
    return gold


def _assign(preds: list[Event], golds: list[dict]) -> tuple[dict[int, int], dict[tuple[int, int], dict]]:
    """The one-to-one assignment pred index -> gold index, and the verdicts of every
    compatible pair. Weight: a required match outweighs any number of right attributes,
    an optional match outweighs none."""
    verdicts = {(i, j): judge(p, g) for i, p in enumerate(preds) for j, g in enumerate(golds) if matches(p, g)}
    if not verdicts:
        return {}, verdicts
    big = 1000.0
    weight = [[0.0] * len(golds) for _ in preds]
    for (i, j), v in verdicts.items():
        weight[i][j] = (big * 100 if golds[j].get("required", True) else big) + sum(v.values()) + 1
    rows, cols = linear_sum_assignment(weight, maximize=True)
    return {int(i): int(j) for i, j in zip(rows, cols) if (i, j) in verdicts}, verdicts


def score(predictions: Iterable[Event], gold: dict[str, dict]) -> Report:
    by_article: dict[str, list[Event]] = defaultdict(list)
    for ev in predictions:
        by_article[ev.article.id].append(ev)
    report = Report()
    for article_id, row in gold.items():
        preds, golds = by_article.get(article_id, []), row["events"]
        kind = row.get("kind") or ("negative" if not golds else "news")
        result = ArticleResult(article_id, kind, len(golds), len(preds))
        report.articles.append(result)
        report.n_pred += len(preds)
        if not golds:
            report.n_negative_articles += 1
            report.n_negative_events += len(preds)
        assigned, verdicts = _assign(preds, golds)
        report.n_pred_matched += len(assigned)
        compatible = {i for i, _ in verdicts}
        report.n_pred_compatible += len(compatible)
        # every compatible record counts against the gold event it most resembles
        on_gold: dict[int, int] = defaultdict(int)
        for i in compatible:
            j = assigned.get(i)
            if j is None:
                j = max((jj for ii, jj in verdicts if ii == i), key=lambda jj: sum(verdicts[i, jj].values()))
            on_gold[j] += 1
        gold_to_pred = {j: i for i, j in assigned.items()}
        for j, g in enumerate(golds):
            required = g.get("required", True)
            report.n_gold_required += int(required)
            i = gold_to_pred.get(j)
            if i is None:
                result.missed.append({"article": article_id, "id": g["id"], "required": required,
                                      "note": g.get("note")})
                continue
            report.n_required_found += int(required)
            report.n_gold_matched += 1
            report.n_records_on_matched += on_gold[j]
            verdict = verdicts[i, j]
            for attr, good in verdict.items():
                report.judged[attr] += 1
                report.correct[attr] += int(good)
            result.matched.append({"id": g["id"], "records": on_gold[j],
                                   "wrong": [a for a, good in verdict.items() if not good],
                                   "pred": _describe(preds[i])})
        for i, p in enumerate(preds):
            if i not in assigned:
                result.false_positives.append({"article": article_id, "duplicate": i in compatible,
                                               **_describe(p)})
    return report
