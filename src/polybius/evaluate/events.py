"""Score extracted events against hand annotations in the ``shared/gold`` format.

A predicted event matches a gold event of the same article when ``event_type``, ``mode``
and ``location.country`` agree (a gold list means "any of these", null means "not
judged"). Recall counts required gold events matched by at least one prediction;
precision counts predictions that match some gold event. On matched pairs the judged
attributes (date, location name, actor, recipient, status, background, counts) are
checked, each gold event taking its best-scoring prediction.
"""
from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from polybius.records import Article, Event

ATTRIBUTES = ("date", "location", "actor", "recipient", "status", "background", "counts")


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
    if pred.event_type != gold["event_type"]:
        return False
    if _ok(pred.mode, gold.get("mode")) is False:
        return False
    country = pred.location.country if pred.location else None
    return _ok(country, (gold.get("location") or {}).get("country")) is not False


def judge(pred: Event, gold: dict) -> dict[str, bool]:
    """Per-attribute verdicts for one matched pair (only judged attributes appear)."""
    out: dict[str, bool] = {}
    gdate = gold.get("date") or {}
    if gdate.get("value") is not None:
        out["date"] = bool(_ok(pred.date.value if pred.date else None, gdate["value"]))
    gname = (gold.get("location") or {}).get("name")
    if gname is not None:
        loc = pred.location
        name = loc.name if loc is not None and loc.precision not in ("country", "region") else None
        names = {name, loc.admin1 if loc is not None and name is not None else None}
        out["location"] = any(_ok(n, gname) for n in names if n is not None) or (
            name is None and None in _allowed(gname))
    for role in ("actor", "recipient"):
        if gold.get(role) is not None:
            actor = getattr(pred, role)
            out[role] = bool(_ok(actor.name if actor is not None else None, gold[role]))
    if gold.get("status") is not None:
        out["status"] = bool(_ok(pred.status, gold["status"]))
    if gold.get("background") is not None:
        out["background"] = pred.background == gold["background"]
    gcounts = gold.get("counts") or {}
    if gcounts:
        good = True
        for role, values in gcounts.items():
            count = getattr(pred.counts, role, None)
            good &= bool(_ok(count.value if count else None, values))
            qual = (gold.get("count_qualifier") or {}).get(role)
            if qual is not None and count is not None:
                good &= count.qualifier == qual
        out["counts"] = good
    return out


@dataclass
class Report:
    n_gold_required: int = 0
    n_required_found: int = 0
    n_pred: int = 0
    n_pred_matched: int = 0
    judged: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    correct: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    missed: list[dict] = field(default_factory=list)
    wrong: list[dict] = field(default_factory=list)
    unmatched: list[dict] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.n_required_found / self.n_gold_required if self.n_gold_required else 0.0

    @property
    def precision(self) -> float:
        return self.n_pred_matched / self.n_pred if self.n_pred else 0.0

    def accuracy(self, attr: str | None = None) -> float | None:
        if attr is None:
            judged, correct = sum(self.judged.values()), sum(self.correct.values())
        else:
            judged, correct = self.judged.get(attr, 0), self.correct.get(attr, 0)
        return correct / judged if judged else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "recall_required": round(self.recall, 3), "precision": round(self.precision, 3),
            "gold_required": self.n_gold_required, "required_found": self.n_required_found,
            "predicted": self.n_pred, "predicted_matched": self.n_pred_matched,
            "attributes": {a: {"accuracy": None if self.accuracy(a) is None else round(self.accuracy(a), 3),
                               "judged": self.judged.get(a, 0)} for a in ATTRIBUTES},
            "all_attributes": None if self.accuracy() is None else round(self.accuracy(), 3),
            "missed": self.missed, "wrong_attributes": self.wrong, "unmatched_predictions": self.unmatched,
        }


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


def load_gold(path: Path) -> dict[str, dict]:
    """article id -> {"published": ..., "events": [...]}"""
    gold = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                gold[row["article"]] = row
    return gold


def score(predictions: Iterable[Event], gold: dict[str, dict]) -> Report:
    by_article: dict[str, list[Event]] = defaultdict(list)
    for ev in predictions:
        by_article[ev.article.id].append(ev)
    report = Report()
    for article_id, row in gold.items():
        preds = by_article.get(article_id, [])
        report.n_pred += len(preds)
        for p in preds:
            if any(matches(p, g) for g in row["events"]):
                report.n_pred_matched += 1
            else:
                report.unmatched.append({"article": article_id, "event_type": p.event_type, "mode": p.mode,
                                         "country": p.location.country if p.location else None,
                                         "sentence": p.evidence.sentence[:120]})
        for g in row["events"]:
            required = g.get("required", True)
            cands = [p for p in preds if matches(p, g)]
            if required:
                report.n_gold_required += 1
                if cands:
                    report.n_required_found += 1
                else:
                    report.missed.append({"article": article_id, "id": g["id"], "note": g.get("note")})
            if not cands:
                continue
            best = max((judge(p, g) for p in cands), key=lambda v: (sum(v.values()), -len(v)))
            for attr, good in best.items():
                report.judged[attr] += 1
                report.correct[attr] += int(good)
            bad = [a for a, good in best.items() if not good]
            if bad:
                report.wrong.append({"article": article_id, "id": g["id"], "attributes": bad})
    return report
