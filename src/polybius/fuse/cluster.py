"""Clustering scored pairs into incidents, without chaining.

Greedy agglomeration in order of decreasing pair score (ties broken by event id, so
the result does not depend on input order). A pair at or above ``threshold`` merges
its two clusters only when *every* cross pair of the two clusters was scored at or
above ``link_guard`` (complete link at the lower bar): A~B and B~C no longer pull in
C when A and C are a day or 100 km apart. Clusters holding an existing incident are
"anchored"; two anchored clusters never merge, so existing incidents keep their ids.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import numpy as np


@dataclass
class Clustering:
    labels: np.ndarray                      # root node per node
    merges: list[int] = field(default_factory=list)   # indices of pairs that merged
    guard_rejections: int = 0


def cluster_pairs(n: int, i: np.ndarray, j: np.ndarray, score: np.ndarray,
                  rank: np.ndarray, threshold: float,
                  anchored_groups: Sequence[Sequence[int]] = ()) -> Clustering:
    """Cluster n nodes given pairs (i < j) already filtered to score ≥ link guard.

    ``rank`` orders nodes deterministically (e.g. by event id); ``anchored_groups``
    are node sets that start merged and may not merge with each other.
    """
    parent = list(range(n))
    members: dict[int, list[int]] = {}
    anchored: set[int] = set()
    for group in anchored_groups:
        group = list(group)
        if not group:
            continue
        root = group[0]
        for node in group:
            parent[node] = root
        members[root] = group
        anchored.add(root)

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    linked = set((i * n + j).tolist())
    r_lo = np.minimum(rank[i], rank[j]) if i.size else i
    r_hi = np.maximum(rank[i], rank[j]) if i.size else i
    order = np.lexsort((r_hi, r_lo, -score))
    result = Clustering(labels=np.zeros(0, dtype=np.int64))
    for k in order.tolist():
        if score[k] < threshold:
            break
        a, b = find(int(i[k])), find(int(j[k]))
        if a == b or (a in anchored and b in anchored):
            continue
        group_a = members.get(a, [a])
        group_b = members.get(b, [b])
        if not all((x * n + y if x < y else y * n + x) in linked
                   for x in group_a for y in group_b):
            result.guard_rejections += 1
            continue
        if (b in anchored) or (len(group_b) > len(group_a) and a not in anchored):
            a, b, group_a, group_b = b, a, group_b, group_a
        parent[b] = a
        members[a] = group_a + group_b
        members.pop(b, None)
        result.merges.append(k)
    result.labels = np.array([find(x) for x in range(n)], dtype=np.int64)
    return result
