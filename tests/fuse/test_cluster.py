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


def test_a_pair_exactly_at_the_threshold_merges():
    # the docstring's "at or above threshold"
    assert groups(run(2, [(0, 1, 0.55)], threshold=0.55).labels) == {frozenset({0, 1})}
    assert groups(run(2, [(0, 1, 0.5499)], threshold=0.55).labels) == {frozenset({0}), frozenset({1})}


def test_two_pairs_join_into_one_incident_of_four():
    # {0,1} and {2,3} form first, then a pair across them joins all four (every cross
    # pair is linked)
    edges = [(0, 1, 0.95), (2, 3, 0.9), (0, 2, 0.8), (0, 3, 0.7), (1, 2, 0.7), (1, 3, 0.7)]
    result = run(4, edges)
    assert groups(result.labels) == {frozenset({0, 1, 2, 3})}
    assert len(result.merges) == 3


def test_every_member_of_a_grown_cluster_must_be_linked():
    # 0~1 and 0~2, but 1 and 2 never scored together: 2 stays out, whichever side of the
    # pair the grown cluster is on
    assert groups(run(3, [(0, 1, 0.9), (0, 2, 0.8)]).labels) == {frozenset({0, 1}), frozenset({2})}
    assert groups(run(3, [(1, 2, 0.9), (0, 1, 0.8)]).labels) == {frozenset({1, 2}), frozenset({0})}


def test_each_rejected_merge_is_counted_and_later_pairs_still_merge():
    edges = [(0, 1, 0.9), (1, 2, 0.85), (0, 3, 0.8), (4, 5, 0.7)]
    result = run(6, edges)
    assert groups(result.labels) == {frozenset({0, 1}), frozenset({2}), frozenset({3}), frozenset({4, 5})}
    assert result.guard_rejections == 2


def test_equal_scores_are_taken_in_rank_order_not_input_order():
    # two pairs of the same score compete for node 1; the pair whose lower rank is
    # smaller goes first (node 2 has the smallest rank here), then the pair's other rank
    assert groups(run(3, [(0, 1, 0.9), (1, 2, 0.9)], rank=[2, 1, 0]).labels) == \
        {frozenset({1, 2}), frozenset({0})}
    assert groups(run(3, [(0, 1, 0.9), (0, 2, 0.9)], rank=[0, 2, 1]).labels) == \
        {frozenset({0, 2}), frozenset({1})}


def test_an_existing_incident_stays_apart_after_taking_a_new_report():
    # incidents at 1 and 2; report 0 joins incident 1; incident 2 must still not merge
    edges = [(0, 1, 0.9), (0, 2, 0.8), (1, 2, 0.7)]
    result = run(3, edges, anchored=[[1], [2]])
    assert groups(result.labels) == {frozenset({0, 1}), frozenset({2})}


def test_an_incident_taking_a_larger_new_cluster_stays_anchored():
    # new reports 1 and 2 pair up first, then join incident 0; incident 3 is linked to
    # all of them but is another incident
    edges = [(1, 2, 0.95), (0, 1, 0.9), (0, 2, 0.85), (0, 3, 0.8), (1, 3, 0.8), (2, 3, 0.8)]
    result = run(4, edges, anchored=[[0], [3]])
    assert groups(result.labels) == {frozenset({0, 1, 2}), frozenset({3})}


def test_an_empty_anchored_group_does_not_drop_the_others():
    result = run(2, [(0, 1, 0.9)], anchored=[[], [0], [1]])
    assert groups(result.labels) == {frozenset({0}), frozenset({1})}


def test_two_pages_join_the_report_they_fit_as_a_whole_not_the_best_single_pair():
    # pages 2 and 3 (one story, two outlets) both meet report 0 and report 1, which are
    # two incidents (never scored together). Page 2 alone is closest to report 0, but
    # the two pages together fit report 1 better (mean 0.575 against 0.545): they join 1
    edges = [(2, 3, 0.91), (0, 2, 0.69), (0, 3, 0.40), (1, 2, 0.60), (1, 3, 0.55)]
    result = run(4, edges, threshold=0.45)
    assert groups(result.labels) == {frozenset({1, 2, 3}), frozenset({0})}


def test_a_weak_member_link_lowers_the_fit_of_the_whole_cluster():
    # {0,1} meets 2 through 0.7 and 0.3 (mean 0.5); 3 meets 2 at 0.6: 2 joins 3
    edges = [(0, 1, 0.95), (0, 2, 0.7), (1, 2, 0.3), (2, 3, 0.6)]
    result = run(4, edges, threshold=0.45)
    assert groups(result.labels) == {frozenset({0, 1}), frozenset({2, 3})}
