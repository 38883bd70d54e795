"""Clustering with the complete-link guard; anchored clusters."""
from __future__ import annotations

import numpy as np

from polybius.fuse.cluster import cluster_pairs


def groups(labels) -> set[frozenset[int]]:
    out: dict[int, set[int]] = {}
    for node, root in enumerate(labels.tolist()):
        out.setdefault(root, set()).add(node)
    return {frozenset(g) for g in out.values()}


def run(n, edges, threshold=0.55, anchored=(), rank=None):
    i = np.array([e[0] for e in edges], dtype=np.int64)
    j = np.array([e[1] for e in edges], dtype=np.int64)
    s = np.array([e[2] for e in edges], dtype=float)
    rank = np.arange(n) if rank is None else np.array(rank)
    return cluster_pairs(n, i, j, s, rank, threshold, anchored)


def test_chain_is_cut_without_a_link_between_the_ends():
    # A~B and B~C strongly, A and C never scored (or below the guard): no chain
    result = run(3, [(0, 1, 0.9), (1, 2, 0.8)])
    assert groups(result.labels) == {frozenset({0, 1}), frozenset({2})}
    assert result.guard_rejections == 1


def test_weak_but_present_end_link_allows_the_merge():
    result = run(3, [(0, 1, 0.9), (1, 2, 0.8), (0, 2, 0.4)])
    assert groups(result.labels) == {frozenset({0, 1, 2})}
    assert len(result.merges) == 2


def test_pairs_below_threshold_do_not_merge():
    assert groups(run(2, [(0, 1, 0.5)]).labels) == {frozenset({0}), frozenset({1})}


def test_anchored_clusters_never_merge_each_other():
    result = run(4, [(0, 2, 0.95), (1, 3, 0.9), (0, 1, 0.9), (2, 3, 0.9), (0, 3, 0.9),
                     (1, 2, 0.9)], anchored=[[0], [1]])
    found = groups(result.labels)
    assert frozenset({0, 1}) not in found
    assert not any({0, 1} <= g for g in found)


def test_result_does_not_depend_on_edge_order():
    edges = [(0, 1, 0.9), (1, 2, 0.9), (0, 2, 0.2), (2, 3, 0.9)]
    a = groups(run(4, edges).labels)
    b = groups(run(4, list(reversed(edges))).labels)
    assert a == b
