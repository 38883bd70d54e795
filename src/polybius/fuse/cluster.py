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
    parent = np.arange(n, dtype=np.int64)
    members: dict[int, list[int]] = {}
    anchored: set[int] = set()
    first = rank.astype(np.int64).tolist()       # smallest rank of each cluster
    for group in anchored_groups:
        group = list(group)
        if not group:
            continue
        root = group[0]
        parent[group] = root
        members[root] = group
        anchored.add(root)
        first[root] = min(first[x] for x in group)
    result = Clustering(labels=np.zeros(0, dtype=np.int64))
    r_lo = np.minimum(rank[i], rank[j]) if i.size else i
    r_hi = np.maximum(rank[i], rank[j]) if i.size else i
    order = np.lexsort((r_hi, r_lo, -score))
    # cross pairs of two clusters: [sum of scores, number, best pair's place in
    # (decreasing score, rank) order]; every pair is counted once per cluster pair
    a_root, b_root = parent[i[order]], parent[j[order]]
    keep = a_root != b_root
    lo, hi = np.minimum(a_root, b_root)[keep], np.maximum(a_root, b_root)[keep]
    pos = np.flatnonzero(keep)
    cell_key, first_at, inverse = np.unique(lo * n + hi, return_index=True,
                                            return_inverse=True)
    inverse = inverse.reshape(-1)
    sums = np.bincount(inverse, weights=score[order][keep], minlength=cell_key.size)
    counts = np.bincount(inverse, minlength=cell_key.size)
    best_pos = pos[first_at]        # pairs are in order: the first of a cell is its best
    ordered_score = score[order].tolist()
    size = [1] * n
    for root, group in members.items():
        size[root] = len(group)
    links: dict[int, dict[int, list]] = {}
    for a, b, total, count, best in zip((cell_key // n).tolist(), (cell_key % n).tolist(),
                                        sums.tolist(), counts.tolist(), best_pos.tolist()):
        cell = [total, count, best]
        links.setdefault(a, {})[b] = cell
        links.setdefault(b, {})[a] = cell
    # Two queues in one order (-average, best pair, ranks): the cells of two clusters
    # as first given, taken from the sorted cells ("stream": for two single nodes the
    # average is the pair's score), and the cells of a grown cluster ("heap", pushed
    # when it grows; an entry is stale once either side has grown again).
    stream = [(-t / (size[a] * size[b]), p, min(first[a], first[b]), max(first[a], first[b]), a, b)
              for a, b, t, p in zip((cell_key // n).tolist(), (cell_key % n).tolist(),
                                    sums.tolist(), best_pos.tolist())
              if ordered_score[p] >= threshold]
    stream.sort()
    version = [0] * n
    heap: list[tuple] = []
    at = 0
    while at < len(stream) or heap:
        if heap and (at >= len(stream) or heap[0][:4] < stream[at][:4]):
            _, best, _, _, a, b, va, vb = heapq.heappop(heap)
            if version[a] != va or version[b] != vb:
                continue
        else:
            _, best, _, _, a, b = stream[at]
            at += 1
            if version[a] or version[b] or (a in anchored and b in anchored):
                continue
            if links[a][b][1] < size[a] * size[b]:
                result.guard_rejections += 1
                continue
        if (b in anchored) or (size[b] > size[a] and a not in anchored):
            a, b = b, a
        parent[b] = a
        size[a] += size[b]
        first[a] = min(first[a], first[b])
        version[a] += 1
        version[b] += 1
        mine = links[a]
        del mine[b]
        for c, cell in links.pop(b).items():
            if c == a:
                continue
            del links[c][b]
            other = mine.get(c)
            if other is None:
                mine[c] = links[c][a] = cell
            else:
                other[0] += cell[0]
                other[1] += cell[1]
                other[2] = min(other[2], cell[2])
        # a grown cluster's fit with each neighbour is a new average; a pair of clusters
        # that is not completely linked never will be (clusters only grow)
        for c, (total, count, best_c) in mine.items():
            if ordered_score[best_c] < threshold or (a in anchored and c in anchored):
                continue
            if count < size[a] * size[c]:
                result.guard_rejections += 1
                continue
            heapq.heappush(heap, (-total / (size[a] * size[c]), best_c,
                                  min(first[a], first[c]), max(first[a], first[c]),
                                  a, c, version[a], version[c]))
        result.merges.append(int(order[best]))

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = int(parent[root])
        return root
    labels = parent.copy()
    for x in np.flatnonzero(parent != np.arange(n)).tolist():
        labels[x] = find(x)
    result.labels = labels
    return result
