"""B³ and pairwise scores on textbook examples (expected values worked out by hand)."""
from __future__ import annotations

import json

import pytest

from polybius.evaluate.clusters import labels_from_clusters, load_clusters, score_clusters


def test_b3_and_pairwise_on_a_split_and_merge():
    # gold {a,b,c} {d,e}; prediction {a,b} {c,d,e}
    # B3 precision per item: a 1, b 1, c 1/3, d 2/3, e 2/3 -> 11/15
    # B3 recall per item:    a 2/3, b 2/3, c 1/3, d 1, e 1 -> 11/15
    # pairs: predicted ab, cd, ce, de (4); gold ab, ac, bc, de (4); shared ab, de (2)
    gold = labels_from_clusters({"G1": "abc", "G2": "de"})
    pred = labels_from_clusters({"P1": "ab", "P2": "cde"})
    s = score_clusters(pred, gold)
    assert s.b3_precision == pytest.approx(11 / 15)
    assert s.b3_recall == pytest.approx(11 / 15)
    assert s.b3_f1 == pytest.approx(11 / 15)
    assert (s.pair_precision, s.pair_recall, s.pair_f1) == (0.5, 0.5, 0.5)
    assert (s.n_items, s.n_gold_clusters, s.n_pred_clusters) == (5, 2, 2)


def test_all_singletons_against_one_cluster():
    # precision 1 for every item, recall 1/4 -> F1 = 2 * 1 * .25 / 1.25 = 0.4
    gold = labels_from_clusters({"G": "abcd"})
    s = score_clusters({x: x for x in "abcd"}, gold)
    assert (s.b3_precision, s.b3_recall) == (1.0, 0.25)
    assert s.b3_f1 == pytest.approx(0.4)
    assert (s.pair_precision, s.pair_recall, s.pair_f1) == (1.0, 0.0, 0.0)


def test_one_cluster_against_all_singletons():
    # B3 precision 1/4 per item, recall 1 -> F1 0.4; pairwise precision 0/6
    gold = {x: x for x in "abcd"}
    s = score_clusters({x: "P" for x in "abcd"}, gold)
    assert (s.b3_precision, s.b3_recall) == (0.25, 1.0)
    assert s.pair_precision == 0.0 and s.pair_recall == 1.0


def test_perfect_clustering_and_label_names_do_not_matter():
    gold = labels_from_clusters({"G1": "abc", "G2": "de", "G3": "f"})
    pred = labels_from_clusters({"x": "cab", "y": "ed", "z": "f"})
    s = score_clusters(pred, gold)
    assert (s.b3_f1, s.pair_f1) == (1.0, 1.0)


def test_unassigned_items_are_singletons_and_extra_items_ignored():
    gold = labels_from_clusters({"G1": "ab", "G2": "c"})
    pred = {"a": "P", "b": None, "c": None, "zzz": "P"}
    s = score_clusters(pred, gold)
    # a: precision 1, recall 1/2; b: 1, 1/2; c: 1, 1 -> recall 2/3
    assert s.b3_precision == 1.0
    assert s.b3_recall == pytest.approx(2 / 3)


def test_load_clusters_reads_three_shapes(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in [
        {"incident": "A", "event_ids": ["e1", "e2"]},
        {"incident_id": "inc_x", "event_ids": ["e3"], "n_articles": 1},
        {"event_id": "e4", "incident_id": "inc_y"}]) + "\n")
    assert load_clusters(p) == {"e1": "A", "e2": "A", "e3": "inc_x", "e4": "inc_y"}
