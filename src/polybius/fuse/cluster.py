"""Clustering scored pairs into incidents, without chaining.

Greedy average-link agglomeration: the two clusters whose cross pairs score highest
on average merge first (ties: the better best pair, then the clusters' smallest event
ranks, so the result does not depend on input order). Two clusters may merge only when
their best cross pair is at or above ``threshold`` and *every* cross pair was scored at
or above ``link_guard`` (complete link at the lower bar): A~B and B~C no longer pull in
C when A and C are a day or 100 km apart. The average decides between rival partners:
two pages of one story that each meet two incidents join the one they fit as a whole,
not the one a single pair of them favours. Clusters holding an existing incident are
"anchored"; two anchored clusters never merge, so existing incidents keep their ids.
"""
from __future__ import annotations

import heapq
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
    result = Clustering(labels=np.zeros(0, dtype=np.int64))
    r_lo = np.minimum(rank[i], rank[j]) if i.size else i
    r_hi = np.maximum(rank[i], rank[j]) if i.size else i
    order = np.lexsort((r_hi, r_lo, -score))
    # pos[k]: the place of pair k in (decreasing score, rank) order: the best cross pair
    # of two clusters is the one with the smallest pos
    pos = np.empty(order.size, dtype=np.int64)
    pos[order] = np.arange(order.size)
    first = {}                                   # smallest rank of each cluster
    for node in range(n):
        first[node] = int(rank[node])
    for root, group in members.items():
        first[root] = min(int(rank[x]) for x in group)
    links: dict[int, dict[int, list]] = {}       # root -> other root -> [sum, count, best pos]
    roots_i = [parent[x] for x in i.tolist()]
    roots_j = [parent[x] for x in j.tolist()]
    for k, (a, b, s, p) in enumerate(zip(roots_i, roots_j, score.tolist(), pos.tolist())):
        if a == b:
            continue
        cell = links.setdefault(a, {}).get(b)
        if cell is None:
            cell = links[a][b] = links.setdefault(b, {})[a] = [0.0, 0, p]
        cell[0] += s
        cell[1] += 1
        cell[2] = min(cell[2], p)
    version = [0] * n
    heap: list[tuple] = []

    def size(root: int) -> int:
        return len(members.get(root, (root,)))

    def push(a: int, b: int) -> None:
        total, count, best = links[a][b]
        if score[order[best]] < threshold or (a in anchored and b in anchored):
            return
        lo, hi = sorted((first[a], first[b]))
        heapq.heappush(heap, (-total / (size(a) * size(b)), best, lo, hi, a, b,
                              version[a], version[b]))

    for a, others in links.items():
        for b in others:
            if a < b:
                push(a, b)
    while heap:
        _, best, _, _, a, b, va, vb = heapq.heappop(heap)
        if version[a] != va or version[b] != vb:
            continue
        group_a, group_b = members.get(a, [a]), members.get(b, [b])
        if links[a][b][1] < len(group_a) * len(group_b):
            result.guard_rejections += 1
            continue
        if (b in anchored) or (len(group_b) > len(group_a) and a not in anchored):
            a, b, group_a, group_b = b, a, group_b, group_a
        parent[b] = a
        members[a] = group_a + group_b
        members.pop(b, None)
        first[a] = min(first[a], first[b])
        version[a] += 1
        version[b] += 1
        del links[a][b]
        for c, cell in links.pop(b).items():
            if c == a:
                continue
            del links[c][b]
            mine = links[a].get(c)
            if mine is None:
                links[a][c] = links[c][a] = cell
            else:
                mine[0] += cell[0]
                mine[1] += cell[1]
                mine[2] = min(mine[2], cell[2])
        for c in links[a]:
            push(a, c)
        result.merges.append(int(order[best]))

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root
    result.labels = np.array([find(x) for x in range(n)], dtype=np.int64)
    return result
