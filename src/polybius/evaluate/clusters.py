"""Scoring a clustering of events into incidents against gold clusters.

B³ (Bagga & Baldwin 1998): for each gold item, precision is the share of its predicted
cluster that shares its gold cluster, recall the share of its gold cluster found in its
predicted cluster; both are averaged over items. Pairwise: precision/recall over the
set of item pairs placed together. Items are the gold items; a gold item missing from
the prediction (or assigned ``None``) is a singleton; predicted items absent from gold
are ignored.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Hashable, Iterable, Mapping


@dataclass(frozen=True)
class ClusterScores:
    b3_precision: float
    b3_recall: float
    b3_f1: float
    pair_precision: float
    pair_recall: float
    pair_f1: float
    n_items: int
    n_gold_clusters: int
    n_pred_clusters: int

    def to_dict(self) -> dict:
        return asdict(self)


def _f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def _pairs(sizes: Iterable[int]) -> int:
    return sum(s * (s - 1) // 2 for s in sizes)


def score_clusters(pred: Mapping[str, Hashable | None],
                   gold: Mapping[str, Hashable]) -> ClusterScores:
    """Compare two item → cluster-label mappings (see module docstring)."""
    items = list(gold)
    if not items:
        return ClusterScores(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0, 0, 0)
    pred_label = {}
    for item in items:
        label = pred.get(item)
        pred_label[item] = ("p", label) if label is not None else ("singleton", item)
    gold_label = {item: gold[item] for item in items}
    joint = Counter((pred_label[x], gold_label[x]) for x in items)
    pred_size = Counter(pred_label.values())
    gold_size = Counter(gold_label.values())
    precision = sum(joint[(pred_label[x], gold_label[x])] / pred_size[pred_label[x]]
                    for x in items) / len(items)
    recall = sum(joint[(pred_label[x], gold_label[x])] / gold_size[gold_label[x]]
                 for x in items) / len(items)
    together = _pairs(joint.values())
    pred_pairs, gold_pairs = _pairs(pred_size.values()), _pairs(gold_size.values())
    pair_p = together / pred_pairs if pred_pairs else 1.0
    pair_r = together / gold_pairs if gold_pairs else 1.0
    return ClusterScores(
        b3_precision=precision, b3_recall=recall, b3_f1=_f1(precision, recall),
        pair_precision=pair_p, pair_recall=pair_r, pair_f1=_f1(pair_p, pair_r),
        n_items=len(items), n_gold_clusters=len(gold_size), n_pred_clusters=len(pred_size))


def load_clusters(path: str | Path) -> dict[str, str]:
    """Item → label from JSONL: ``{"incident": L, "event_ids": [...]}`` per cluster, or
    ``{"incident_id": L, "event_ids": [...]}`` (an incidents file), or
    ``{"event_id": E, "incident_id": L}`` per item (an assignment file)."""
    mapping: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            label = row.get("incident", row.get("incident_id"))
            if "event_ids" in row:
                for eid in row["event_ids"]:
                    mapping[eid] = label
            elif "event_id" in row:
                mapping[row["event_id"]] = label
    return mapping


def labels_from_clusters(clusters: Mapping[Hashable, Iterable[str]]) -> dict[str, Hashable]:
    """{label: [items]} → {item: label}."""
    out: dict[str, Hashable] = {}
    for label, members in clusters.items():
        for item in members:
            out[item] = label
    return out


def clusters_from_labels(labels: Mapping[str, Hashable]) -> dict[Hashable, list[str]]:
    out: dict[Hashable, list[str]] = defaultdict(list)
    for item, label in labels.items():
        out[label].append(item)
    return dict(out)
